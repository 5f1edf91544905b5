//! Civil dates and the time in Riga, without a time-zone database: Latvia keeps EET (UTC+2)
//! with EU summer time (UTC+3) from the last Sunday of March to the last Sunday of October,
//! switching at 01:00 UTC both times. That one rule is smaller than any tz crate in the wasm.
//!
//! Shared by the app (the phone line, holidays, content dates) and the backend (a date "not in
//! the future" is judged by the calendar in Riga on both sides).

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Monday is 1, Sunday is 7 (ISO 8601).
pub type Weekday = u8;

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let date = Date { year, month, day };
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(date)
    }

    /// Exactly "YYYY-MM-DD", as `<input type="date">` and the content files write it.
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = text.get(range)?;
            part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
        };
        Date::new(i32::try_from(num(0..4)?).ok()?, u8::try_from(num(5..7)?).ok()?, u8::try_from(num(8..10)?).ok()?)
    }

    /// "YYYY-MM-DD"
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Days since 1970-01-01 (H. Hinnant's days_from_civil).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (4).
        ((self.to_days() + 3).rem_euclid(7) + 1) as Weekday
    }

    pub fn is_weekend(self) -> bool {
        self.weekday() >= 6
    }
}

pub fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm.
pub fn easter_sunday(year: i32) -> Date {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date { year, month: month as u8, day: day as u8 }
}

fn last_sunday(year: i32, month: u8) -> Date {
    let last = Date { year, month, day: days_in_month(year, month) };
    last.add_days(-i64::from(last.weekday() % 7))
}

/// A moment as read on a clock in Riga.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    pub date: Date,
    /// Minutes since local midnight.
    pub minute: u16,
}

const MS_PER_MINUTE: i64 = 60_000;
const MINUTES_PER_DAY: i64 = 24 * 60;

/// Riga's offset from UTC, in minutes, at a UTC instant (milliseconds since the epoch).
pub fn riga_offset_minutes(utc_ms: i64) -> i64 {
    let utc_minutes = utc_ms.div_euclid(MS_PER_MINUTE);
    let year = Date::from_days(utc_minutes.div_euclid(MINUTES_PER_DAY)).year;
    let switch = |date: Date| date.to_days() * MINUTES_PER_DAY + 60; // 01:00 UTC
    let summer = switch(last_sunday(year, 3)) <= utc_minutes && utc_minutes < switch(last_sunday(year, 10));
    if summer {
        180
    } else {
        120
    }
}

pub fn riga_time(utc_ms: i64) -> LocalTime {
    let local_minutes = utc_ms.div_euclid(MS_PER_MINUTE) + riga_offset_minutes(utc_ms);
    LocalTime { date: Date::from_days(local_minutes.div_euclid(MINUTES_PER_DAY)), minute: local_minutes.rem_euclid(MINUTES_PER_DAY) as u16 }
}

/// "13:00" -> 780
pub fn parse_hh_mm(text: &str) -> Option<u16> {
    let (h, m) = text.split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60 && text.len() == 5).then_some(h * 60 + m)
}

pub fn format_hh_mm(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(y: i32, mo: u8, d: u8, h: i64, mi: i64) -> i64 {
        (Date::new(y, mo, d).unwrap().to_days() * MINUTES_PER_DAY + h * 60 + mi) * MS_PER_MINUTE
    }

    #[test]
    fn days_round_trip_and_weekdays() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().to_days(), 0);
        assert_eq!(Date::new(1970, 1, 1).unwrap().weekday(), 4);
        assert_eq!(Date::new(2026, 11, 24).unwrap().weekday(), 2);
        assert_eq!(Date::new(2000, 2, 29).unwrap().weekday(), 2);
        for days in -800_000..800_000i64 {
            if days % 997 == 0 {
                assert_eq!(Date::from_days(days).to_days(), days);
            }
        }
        assert_eq!(Date::new(2025, 12, 31).unwrap().add_days(1), Date::new(2026, 1, 1).unwrap());
    }

    #[test]
    fn rejects_impossible_dates() {
        assert_eq!(Date::new(2026, 2, 29), None);
        assert!(Date::new(2028, 2, 29).is_some());
        assert_eq!(Date::parse("2026-13-01"), None);
        assert_eq!(Date::parse("2026-04-31"), None);
        assert_eq!(Date::parse("soon"), None);
        assert_eq!(Date::parse("2026-05-04"), Date::new(2026, 5, 4));
        for bad in ["2026-4-01", "26-04-01", "2026/04/01", "+026-04-01", "２０２６-04-01", ""] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert_eq!(Date::new(2026, 11, 25).map(Date::iso).as_deref(), Some("2026-11-25"));
    }

    #[test]
    fn easter_dates() {
        for (y, m, d) in [(2024, 3, 31), (2025, 4, 20), (2026, 4, 5), (2027, 3, 28), (2028, 4, 16), (2038, 4, 25), (2285, 3, 22)] {
            assert_eq!(easter_sunday(y), Date::new(y, m, d).unwrap(), "{y}");
        }
    }

    #[test]
    fn riga_winter_and_summer_time() {
        assert_eq!(riga_time(utc(2026, 1, 15, 11, 0)).minute, 13 * 60);
        assert_eq!(riga_time(utc(2026, 7, 15, 10, 0)).minute, 13 * 60);
        // Local midnight is still the previous UTC day.
        let t = riga_time(utc(2026, 7, 14, 22, 30));
        assert_eq!((t.date, t.minute), (Date::new(2026, 7, 15).unwrap(), 90));
    }

    #[test]
    fn dst_switch_days() {
        // 29 March 2026: clocks go from 03:00 to 04:00 at 01:00 UTC.
        assert_eq!(riga_time(utc(2026, 3, 29, 0, 59)).minute, 2 * 60 + 59);
        assert_eq!(riga_time(utc(2026, 3, 29, 1, 0)).minute, 4 * 60);
        // 25 October 2026: clocks go back from 04:00 to 03:00 at 01:00 UTC.
        assert_eq!(riga_time(utc(2026, 10, 25, 0, 59)).minute, 3 * 60 + 59);
        assert_eq!(riga_time(utc(2026, 10, 25, 1, 0)).minute, 3 * 60);
        // The Monday after each switch: 13:00 local is 10:00 UTC in summer, 11:00 UTC in winter.
        assert_eq!(riga_time(utc(2026, 3, 30, 10, 0)).minute, 13 * 60);
        assert_eq!(riga_time(utc(2026, 10, 26, 11, 0)).minute, 13 * 60);
    }

    #[test]
    fn hours_parse_and_format() {
        assert_eq!(parse_hh_mm("13:00"), Some(780));
        assert_eq!(parse_hh_mm("24:00"), None);
        assert_eq!(parse_hh_mm("9:00"), None);
        assert_eq!(format_hh_mm(900), "15:00");
    }
}
