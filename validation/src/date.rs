//! Calendar dates (proleptic Gregorian), enough for the rules: parse, check, compare.

/// A valid calendar date. Ordered by time (year, then month, then day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// `None` unless the day exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        (day >= 1 && day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// "YYYY-MM-DD", as `<input type="date">` gives it.
    pub fn parse_iso(text: &str) -> Option<Date> {
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

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_real_dates() {
        assert_eq!(Date::parse_iso("2024-02-29"), Date::new(2024, 2, 29));
        assert!(Date::parse_iso("2024-02-29").is_some());
        for bad in ["2023-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-4-01", "26-04-01", "2026/04/01", "+026-04-01", "２０２６-04-01", ""] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
        assert_eq!(Date::new(1900, 2, 29), None);
        assert!(Date::new(2000, 2, 29).is_some());
        assert_eq!(Date::new(2026, 11, 25).map(Date::iso).as_deref(), Some("2026-11-25"));
    }

    #[test]
    fn orders_by_time() {
        let d = |y, m, day| Date::new(y, m, day).expect("valid");
        assert!(d(2026, 11, 25) < d(2026, 12, 1));
        assert!(d(2025, 12, 31) < d(2026, 1, 1));
    }
}
