//! What the operator configures from outside, all from the environment so that a service
//! manager's unit file says everything:
//! - `DVI_ALLOWED_ORIGINS`: other origins that may call the API from a browser (none: the API
//!   is same-origin only);
//! - `DVI_RATE_LIMIT`: requests per minute that one client may send to each of the submission
//!   and the upload endpoints (60 unless set; 0 turns the limit off);
//! - `DVI_TRUSTED_PROXIES`: the reverse proxies whose `X-Forwarded-For` names the client
//!   (addresses or networks; none unless set, so the connection's own address is the client);
//! - `DVI_IDEMPOTENCY_DAYS`: how long an idempotency key is remembered (30 unless set).

use axum::http::HeaderValue;
use ipnet::IpNet;
use std::net::IpAddr;

pub const ALLOWED_ORIGINS_VAR: &str = "DVI_ALLOWED_ORIGINS";
pub const RATE_LIMIT_VAR: &str = "DVI_RATE_LIMIT";
pub const TRUSTED_PROXIES_VAR: &str = "DVI_TRUSTED_PROXIES";
pub const IDEMPOTENCY_DAYS_VAR: &str = "DVI_IDEMPOTENCY_DAYS";

/// A person sends one submission and uploads at most ten files (five per files field); sixty a
/// minute leaves room for retries and for an office where many people share one address, and
/// still stops a script filling the inbox.
pub const DEFAULT_RATE_PER_MINUTE: u32 = 60;
/// Long enough for any retry a client makes (the app gives up after minutes), long enough for
/// an operator to see what a key stood for when a person calls about it.
pub const DEFAULT_IDEMPOTENCY_DAYS: u32 = 30;

#[derive(Clone, Debug)]
pub struct Config {
    /// Exact origins ("https://www.dvi.gov.lv") that get CORS headers.
    pub allowed_origins: Vec<HeaderValue>,
    /// Requests per minute per client on each limited endpoint; `None`: no limit.
    pub rate_per_minute: Option<u32>,
    /// Peers whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<IpNet>,
    pub idempotency_days: u32,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            allowed_origins: Vec::new(),
            rate_per_minute: Some(DEFAULT_RATE_PER_MINUTE),
            trusted_proxies: Vec::new(),
            idempotency_days: DEFAULT_IDEMPOTENCY_DAYS,
        }
    }
}

fn var(name: &str) -> Result<Option<String>, String> {
    match std::env::var(name) {
        Ok(value) => Ok(Some(value)),
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => Err(format!("{name} is not valid text")),
    }
}

impl Config {
    pub fn from_env() -> Result<Config, String> {
        let mut config = Config::default();
        if let Some(list) = var(ALLOWED_ORIGINS_VAR)? {
            config.allowed_origins = allowed_origins(&list).map_err(|e| format!("{ALLOWED_ORIGINS_VAR}: {e}"))?;
        }
        if let Some(rate) = var(RATE_LIMIT_VAR)? {
            let n: u32 = rate.trim().parse().map_err(|_| format!("{RATE_LIMIT_VAR}: {rate:?} is not a number of requests per minute"))?;
            config.rate_per_minute = (n > 0).then_some(n);
        }
        if let Some(list) = var(TRUSTED_PROXIES_VAR)? {
            config.trusted_proxies = trusted_proxies(&list).map_err(|e| format!("{TRUSTED_PROXIES_VAR}: {e}"))?;
        }
        if let Some(days) = var(IDEMPOTENCY_DAYS_VAR)? {
            config.idempotency_days = days
                .trim()
                .parse()
                .ok()
                .filter(|&d| d > 0)
                .ok_or_else(|| format!("{IDEMPOTENCY_DAYS_VAR}: {days:?} is not a number of days (1 or more)"))?;
        }
        Ok(config)
    }

    /// A comma-separated list of exact origins. A wildcard or anything with a path is refused:
    /// a browser's Origin header never has one, so such an entry would be a mistake that
    /// silently allows nothing (or, for "*", everything).
    pub fn with_allowed_origins(list: &str) -> Result<Config, String> {
        Ok(Config { allowed_origins: allowed_origins(list)?, ..Config::default() })
    }

    /// Whether a peer is one of the trusted proxies.
    pub fn is_trusted_proxy(&self, addr: IpAddr) -> bool {
        let addr = canonical(addr);
        self.trusted_proxies.iter().any(|net| net.contains(&addr))
    }
}

fn allowed_origins(list: &str) -> Result<Vec<HeaderValue>, String> {
    let mut allowed = Vec::new();
    for origin in list.split(',').map(str::trim).filter(|o| !o.is_empty()) {
        let host = origin.strip_prefix("https://").or_else(|| origin.strip_prefix("http://"));
        let valid = host.is_some_and(|h| {
            !h.is_empty() && h.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'))
        });
        match (valid, HeaderValue::from_str(origin)) {
            (true, Ok(value)) => allowed.push(value),
            _ => return Err(format!("{origin:?} is not an origin like https://www.dvi.gov.lv")),
        }
    }
    Ok(allowed)
}

/// "10.0.0.1, 192.168.0.0/16, ::1": an address is a network of one.
pub(crate) fn trusted_proxies(list: &str) -> Result<Vec<IpNet>, String> {
    list.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.parse::<IpNet>()
                .or_else(|_| p.parse::<IpAddr>().map(IpNet::from))
                .map_err(|_| format!("{p:?} is not an IP address or a network like 10.0.0.0/8"))
        })
        .collect()
}

/// An IPv4 address written as IPv6 (`::ffff:10.0.0.1`, how a dual-stack socket reports it) is
/// that IPv4 address.
pub fn canonical(addr: IpAddr) -> IpAddr {
    match addr {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(addr, IpAddr::V4),
        v4 => v4,
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

    #[test]
    fn reads_trusted_proxies() {
        let config = Config { trusted_proxies: trusted_proxies("10.0.0.1, 192.168.0.0/16 ,::1").expect("valid"), ..Config::default() };
        for trusted in ["10.0.0.1", "192.168.4.2", "::1", "::ffff:10.0.0.1"] {
            assert!(config.is_trusted_proxy(trusted.parse().expect("address")), "{trusted}");
        }
        for untrusted in ["10.0.0.2", "192.169.0.1", "::2"] {
            assert!(!config.is_trusted_proxy(untrusted.parse().expect("address")), "{untrusted}");
        }
        for bad in ["*", "10.0.0.0/33", "proxy.local", "10.0.0"] {
            assert!(trusted_proxies(bad).is_err(), "{bad}");
        }
    }
}
