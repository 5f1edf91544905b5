//! The moment a request is received, read once: its Riga calendar date judges "not in the
//! future" and numbers the reference by year, and its UTC form is what the person is told.

use dvi_validation::clock::{riga_time, Date};
use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instant {
    /// Milliseconds since the Unix epoch, UTC.
    pub utc_ms: i64,
}

impl Instant {
    pub fn now() -> Instant {
        // A clock set before 1970 is a broken machine; the epoch is as good an answer as any
        // and nothing panics on it.
        let utc_ms = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX)).unwrap_or(0);
        Instant { utc_ms }
    }

    /// Today in Riga, which is what the forms' dates are judged against.
    pub fn riga_date(self) -> Date {
        riga_time(self.utc_ms).date
    }

    /// RFC 3339 in UTC, whole seconds: "2026-11-25T10:15:00Z".
    pub fn rfc3339(self) -> String {
        let secs = self.utc_ms.div_euclid(1000);
        let date = Date::from_days(secs.div_euclid(86_400));
        let s = secs.rem_euclid(86_400);
        format!("{}T{:02}:{:02}:{:02}Z", date.iso(), s / 3600, s % 3600 / 60, s % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_utc_with_whole_seconds() {
        let at = |y, m, d, secs: i64, ms: i64| Instant {
            utc_ms: (Date::new(y, m, d).map(Date::to_days).unwrap_or(0) * 86_400 + secs) * 1000 + ms,
        };
        assert_eq!(at(2026, 11, 25, 10 * 3600 + 15 * 60, 999).rfc3339(), "2026-11-25T10:15:00Z");
        assert_eq!(at(1970, 1, 1, 0, 0).rfc3339(), "1970-01-01T00:00:00Z");
        assert_eq!(at(2028, 2, 29, 86_399, 0).rfc3339(), "2028-02-29T23:59:59Z");
        // 22:30 UTC on 31 December is already New Year's Day in Riga.
        let eve = at(2026, 12, 31, 22 * 3600 + 30 * 60, 0);
        assert_eq!((eve.riga_date().year, eve.rfc3339().as_str()), (2027, "2026-12-31T22:30:00Z"));
    }
}
