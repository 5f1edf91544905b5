//! Which days are Latvian public holidays, from the rules in content/holidays.toml.

use crate::clock::{days_in_month, easter_sunday, Date};
use crate::content::{Holidays, Length, Text, Unit};

/// The holiday that falls on `date`, if any, including a holiday moved to Monday.
pub fn holiday_on(holidays: &Holidays, date: Date) -> Option<&Text> {
    let fixed = holidays.fixed.iter().find(|h| {
        let on_day = |d: Date| d.month == h.month && d.day == h.day;
        // May 4 and November 18 falling on a Saturday or a Sunday move to the next Monday.
        on_day(date) || (h.weekend_moves_to_monday && date.weekday() == 1 && (on_day(date.add_days(-1)) || on_day(date.add_days(-2))))
    });
    let easter = || {
        let sunday = easter_sunday(date.year);
        holidays.easter.iter().find(|h| sunday.add_days(i64::from(h.offset)) == date)
    };
    let extra = || holidays.extra.iter().find(|h| Date::parse(&h.date) == Some(date));
    fixed.map(|h| &h.name).or_else(|| easter().map(|h| &h.name)).or_else(|| extra().map(|h| &h.name))
}

pub fn is_working_day(holidays: &Holidays, date: Date) -> bool {
    let worked = || holidays.worked.iter().any(|w| Date::parse(&w.date) == Some(date));
    (!date.is_weekend() && holiday_on(holidays, date).is_none()) || worked()
}

/// The last day of a time limit that starts the day after `received` (Administrative Procedure
/// Law, section 42): in months, the same day of the month that many months on (the month's last
/// day where it is shorter), moved on from a Saturday, a Sunday, a holiday or another day off to
/// the next day that is none of these (section 43); in working days (a Saturday worked in place
/// of a day off counts), the last of that many.
pub fn due_date(holidays: &Holidays, received: Date, length: Length) -> Date {
    match length.unit {
        // The law moves the end off a Saturday or a Sunday even where that Saturday is worked.
        Unit::Months => {
            let end = months_on(received, length.count);
            (0..31).map(|n| end.add_days(n)).find(|&d| !d.is_weekend() && holiday_on(holidays, d).is_none()).unwrap_or(end)
        }
        Unit::Workdays => (0..length.count).fold(received, |due, _| next_working_day(holidays, due.add_days(1))),
    }
}

/// The same day of the month `months` on, or that month's last day where it is shorter.
fn months_on(date: Date, months: u8) -> Date {
    let index = i64::from(date.month) - 1 + i64::from(months);
    let year = date.year + i32::try_from(index / 12).unwrap_or(0);
    let month = u8::try_from(index % 12 + 1).unwrap_or(1);
    let day = date.day.min(days_in_month(year, month));
    Date::new(year, month, day).unwrap_or(date)
}

/// `date`, or the first working day after it.
pub fn next_working_day(holidays: &Holidays, date: Date) -> Date {
    // No run of days off is longer than a few days; the bound keeps a bad file from looping.
    (0..31).map(|n| date.add_days(n)).find(|&d| is_working_day(holidays, d)).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn fixed_and_easter_holidays() {
        let h = content::holidays();
        for date in [
            d(2026, 1, 1),
            d(2026, 4, 3),
            d(2026, 4, 6),
            d(2026, 5, 1),
            d(2026, 6, 23),
            d(2026, 6, 24),
            d(2026, 12, 24),
            d(2026, 12, 25),
            d(2026, 12, 26),
            d(2026, 12, 31),
            d(2027, 3, 26),
            d(2027, 3, 29),
        ] {
            assert!(holiday_on(h, date).is_some(), "{date:?}");
            assert!(!is_working_day(h, date), "{date:?}");
        }
        for date in [d(2026, 4, 7), d(2026, 11, 24), d(2026, 6, 19), d(2027, 3, 30)] {
            assert!(is_working_day(h, date), "{date:?}");
        }
    }

    #[test]
    fn may_4_and_november_18_move_to_monday() {
        let h = content::holidays();
        // 4 May 2025 was a Sunday: Monday 5 May was a holiday.
        assert!(!is_working_day(h, d(2025, 5, 5)));
        // 4 May 2024 was a Saturday: Monday 6 May was a holiday.
        assert!(!is_working_day(h, d(2024, 5, 6)));
        // 18 November 2028 is a Saturday: Monday 20 November is a holiday.
        assert!(!is_working_day(h, d(2028, 11, 20)));
        // 18 November 2029 is a Sunday: Monday 19 November is a holiday.
        assert!(!is_working_day(h, d(2029, 11, 19)));
        // 18 November 2026 is a Wednesday: nothing moves, the next Monday is a working day.
        assert!(!is_working_day(h, d(2026, 11, 18)));
        assert!(is_working_day(h, d(2026, 11, 23)));
        // 1 May is not moved: 1 May 2027 is a Saturday and Monday 3 May 2027 is a working day.
        assert!(is_working_day(h, d(2027, 5, 3)));
    }

    #[test]
    fn a_time_limit_ends_on_a_working_day() {
        let h = content::holidays();
        let months = |count| Length { count, unit: Unit::Months };
        let working_days = |count| Length { count, unit: Unit::Workdays };
        // Three months on is Christmas Eve: Christmas, Boxing Day and a weekend follow.
        assert_eq!(due_date(h, d(2026, 9, 24), months(3)), d(2026, 12, 28));
        // 31 January and a month: February's last day, a Sunday, so Monday 1 March.
        assert_eq!(due_date(h, d(2027, 1, 31), months(1)), d(2027, 3, 1));
        // A month on is 22 June 2026, a day off the Cabinet moved, then Līgo and Jāņi.
        assert_eq!(due_date(h, d(2026, 5, 22), months(1)), d(2026, 6, 25));
        // Ten working days across Christmas and the New Year.
        assert_eq!(due_date(h, d(2026, 12, 18), working_days(10)), d(2027, 1, 7));
        // Saturday 17 January 2026 was worked: it counts.
        assert_eq!(due_date(h, d(2026, 1, 9), working_days(10)), d(2026, 1, 22));
        assert!(is_working_day(h, d(2026, 1, 17)) && !is_working_day(h, d(2026, 1, 2)));
        // A month on is Saturday 27 June 2026, a day worked for a moved day off: a Saturday still.
        assert_eq!(due_date(h, d(2026, 5, 27), months(1)), d(2026, 6, 29));
        // Received on a Saturday: the days count from Monday.
        assert_eq!(due_date(h, d(2026, 11, 28), working_days(1)), d(2026, 11, 30));
    }
}
