//! Which days are Latvian public holidays, from the rules in content/holidays.toml.

use crate::clock::{easter_sunday, Date};
use crate::content::{Holidays, Text};

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
    !date.is_weekend() && holiday_on(holidays, date).is_none()
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
        for date in [d(2026, 4, 7), d(2026, 11, 24), d(2026, 6, 22), d(2027, 3, 30)] {
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
}
