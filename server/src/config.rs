//! What the operator configures from outside: today only which other origins may call the API
//! from a browser (`DVI_ALLOWED_ORIGINS`). With none, the API is same-origin only.

use axum::http::HeaderValue;

pub const ALLOWED_ORIGINS_VAR: &str = "DVI_ALLOWED_ORIGINS";

#[derive(Clone, Debug, Default)]
pub struct Config {
    /// Exact origins ("https://www.dvi.gov.lv") that get CORS headers.
    pub allowed_origins: Vec<HeaderValue>,
}

impl Config {
    pub fn from_env() -> Result<Config, String> {
        match std::env::var(ALLOWED_ORIGINS_VAR) {
            Ok(list) => Config::with_allowed_origins(&list).map_err(|e| format!("{ALLOWED_ORIGINS_VAR}: {e}")),
            Err(std::env::VarError::NotPresent) => Ok(Config::default()),
            Err(std::env::VarError::NotUnicode(_)) => Err(format!("{ALLOWED_ORIGINS_VAR} is not valid text")),
        }
    }

    /// A comma-separated list of exact origins. A wildcard or anything with a path is refused:
    /// a browser's Origin header never has one, so such an entry would be a mistake that
    /// silently allows nothing (or, for "*", everything).
    pub fn with_allowed_origins(list: &str) -> Result<Config, String> {
        let mut allowed_origins = Vec::new();
        for origin in list.split(',').map(str::trim).filter(|o| !o.is_empty()) {
            let host = origin.strip_prefix("https://").or_else(|| origin.strip_prefix("http://"));
            let valid = host.is_some_and(|h| {
                !h.is_empty() && h.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'))
            });
            match (valid, HeaderValue::from_str(origin)) {
                (true, Ok(value)) => allowed_origins.push(value),
                _ => return Err(format!("{origin:?} is not an origin like https://www.dvi.gov.lv")),
            }
        }
        Ok(Config { allowed_origins })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_exact_origins() {
        let config = Config::with_allowed_origins(" https://www.dvi.gov.lv, http://localhost:8080 ,").expect("valid");
        assert_eq!(config.allowed_origins, ["https://www.dvi.gov.lv", "http://localhost:8080"]);
        assert!(Config::with_allowed_origins("").expect("valid").allowed_origins.is_empty());
        for bad in ["*", "www.dvi.gov.lv", "https://www.dvi.gov.lv/", "https://", "https://a b", "ftp://x.lv"] {
            assert!(Config::with_allowed_origins(bad).is_err(), "{bad}");
        }
    }
}
