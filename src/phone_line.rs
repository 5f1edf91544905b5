//! Whether the phone consultation line is open, computed in Europe/Riga time.

use crate::clock::{parse_hh_mm, Date, LocalTime};
use crate::content::{Holidays, Hours, Text};
use crate::holidays::{holiday_on, is_working_day, next_working_day};

#[derive(Clone, Debug, PartialEq)]
pub enum LineStatus {
    Open {
        closes: u16,
    },
    /// Closed now; opens at `opens` on `date` (which may be today).
    Closed {
        date: Date,
        today: bool,
        opens: u16,
        holiday: Option<Text>,
    },
}

/// Consultation hours as minutes since midnight; content tests guarantee they parse.
pub fn hours(hours: &Hours) -> (u16, u16) {
    (parse_hh_mm(&hours.from).unwrap_or(13 * 60), parse_hh_mm(&hours.to).unwrap_or(15 * 60))
}

pub fn status(now: LocalTime, (opens, closes): (u16, u16), holidays: &Holidays) -> LineStatus {
    let today = now.date;
    if is_working_day(holidays, today) {
        if now.minute < opens {
            return LineStatus::Closed { date: today, today: true, opens, holiday: None };
        }
        if now.minute < closes {
            return LineStatus::Open { closes };
        }
    }
    let next = next_working_day(holidays, today.add_days(1));
    LineStatus::Closed { date: next, today: false, opens, holiday: holiday_on(holidays, today).cloned() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    fn at(y: i32, m: u8, d: u8, h: u16, mi: u16) -> LineStatus {
        let c = content::all();
        let now = LocalTime { date: Date::new(y, m, d).unwrap(), minute: h * 60 + mi };
        status(now, hours(&c.contact.consultation_hours.value), &c.holidays)
    }

    /// The status at a UTC instant, as the browser computes it.
    fn at_utc(y: i32, m: u8, d: u8, h: i64, mi: i64) -> LineStatus {
        let c = content::all();
        let ms = ((Date::new(y, m, d).unwrap().to_days() * 24 + h) * 60 + mi) * 60_000;
        status(crate::clock::riga_time(ms), hours(&c.contact.consultation_hours.value), &c.holidays)
    }

    fn closed_until(y: i32, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn edges_of_the_consultation_hours() {
        // Tuesday 24 November 2026, a working day.
        assert!(matches!(at(2026, 11, 24, 12, 59), LineStatus::Closed { today: true, opens: 780, .. }));
        assert_eq!(at(2026, 11, 24, 13, 0), LineStatus::Open { closes: 900 });
        assert_eq!(at(2026, 11, 24, 14, 59), LineStatus::Open { closes: 900 });
        match at(2026, 11, 24, 15, 0) {
            LineStatus::Closed { date, today: false, .. } => assert_eq!(date, closed_until(2026, 11, 25)),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn opening_follows_summer_time() {
        // Monday 30 March 2026, the first working day of summer time (UTC+3): opens 10:00 UTC.
        assert!(matches!(at_utc(2026, 3, 30, 9, 59), LineStatus::Closed { today: true, .. }));
        assert_eq!(at_utc(2026, 3, 30, 10, 0), LineStatus::Open { closes: 900 });
        assert!(matches!(at_utc(2026, 3, 30, 12, 0), LineStatus::Closed { today: false, .. }));
        // Friday 27 March 2026, still winter time (UTC+2): 10:30 UTC is 12:30 in Riga.
        assert!(matches!(at_utc(2026, 3, 27, 10, 30), LineStatus::Closed { today: true, .. }));
        // Monday 26 October 2026, back on winter time: 11:00 UTC is 13:00, 10:59 UTC is 12:59.
        assert!(matches!(at_utc(2026, 10, 26, 10, 59), LineStatus::Closed { today: true, .. }));
        assert_eq!(at_utc(2026, 10, 26, 11, 0), LineStatus::Open { closes: 900 });
        assert_eq!(at_utc(2026, 10, 26, 12, 59), LineStatus::Open { closes: 900 });
        assert!(matches!(at_utc(2026, 10, 26, 13, 0), LineStatus::Closed { today: false, .. }));
    }

    #[test]
    fn weekends_and_holidays() {
        // Friday after closing -> Monday.
        match at(2026, 11, 27, 16, 0) {
            LineStatus::Closed { date, .. } => assert_eq!(date, closed_until(2026, 11, 30)),
            other => panic!("{other:?}"),
        }
        // Easter: Good Friday 3 April 2026 to Easter Monday 6 April -> Tuesday 7 April, naming the holiday.
        match at(2026, 4, 3, 13, 30) {
            LineStatus::Closed { date, holiday, .. } => {
                assert_eq!(date, closed_until(2026, 4, 7));
                assert!(holiday.is_some());
            }
            other => panic!("{other:?}"),
        }
        // Christmas Eve to Boxing Day 2026 (Thursday-Saturday): next is Monday 28 December.
        match at(2026, 12, 23, 15, 0) {
            LineStatus::Closed { date, .. } => assert_eq!(date, closed_until(2026, 12, 28)),
            other => panic!("{other:?}"),
        }
        // 4 May 2025 fell on a Sunday, so Monday 5 May was off: from Friday 2 May -> Tuesday 6 May.
        match at(2025, 5, 2, 15, 30) {
            LineStatus::Closed { date, .. } => assert_eq!(date, closed_until(2025, 5, 6)),
            other => panic!("{other:?}"),
        }
        // Midsummer 2026: Tuesday 23 and Wednesday 24 June -> Thursday 25 June.
        match at(2026, 6, 23, 13, 0) {
            LineStatus::Closed { date, .. } => assert_eq!(date, closed_until(2026, 6, 25)),
            other => panic!("{other:?}"),
        }
    }
}
