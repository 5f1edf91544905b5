//! Limits per client: who the client is (the connection's address, or what a trusted proxy
//! says in `X-Forwarded-For`) and how many requests it may send to an endpoint a minute.

use crate::config::{canonical, Config};
use axum::http::{HeaderMap, HeaderName};
use governor::{clock::Clock, DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::{
    net::{IpAddr, Ipv6Addr},
    num::NonZeroU32,
    sync::Arc,
    time::Duration,
};

const FORWARDED_FOR: HeaderName = HeaderName::from_static("x-forwarded-for");

/// The client of a request. Behind trusted proxies, `X-Forwarded-For` is read from the right
/// (each proxy appends the address it was called from): the first address that is not a
/// trusted proxy is the client. Anything unreadable there ends the walk at the last hop that
/// was a proxy, so a forged header never makes two requests look like two clients.
pub fn client_address(peer: IpAddr, headers: &HeaderMap, config: &Config) -> IpAddr {
    let mut client = canonical(peer);
    if !config.is_trusted_proxy(client) {
        return client;
    }
    let hops: Vec<&str> =
        headers.get_all(&FORWARDED_FOR).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',')).map(str::trim).collect();
    for hop in hops.iter().rev() {
        let Ok(addr) = hop.parse::<IpAddr>() else {
            break;
        };
        client = canonical(addr);
        if !config.is_trusted_proxy(client) {
            break;
        }
    }
    client
}

/// The key a client is counted under: an IPv4 address, or an IPv6 address's /64 (one
/// household or phone gets a whole /64 and may use any address in it).
fn key(client: IpAddr) -> IpAddr {
    match client {
        IpAddr::V4(_) => client,
        IpAddr::V6(v6) => {
            let s = v6.segments();
            IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
        }
    }
}

/// Clients remembered before the idle ones are forgotten (a few hundred KB at most).
const FORGET_AFTER_CLIENTS: usize = 10_000;

/// One endpoint's limit, shared by every request to it.
#[derive(Clone)]
pub struct Limiter {
    limiter: Option<Arc<DefaultKeyedRateLimiter<IpAddr>>>,
}

impl Limiter {
    /// `per_minute` requests a minute, all of them at once if need be; `None`: no limit.
    pub fn per_minute(per_minute: Option<u32>) -> Limiter {
        let limiter = per_minute.and_then(NonZeroU32::new).map(|n| Arc::new(RateLimiter::keyed(Quota::per_minute(n))));
        Limiter { limiter }
    }

    /// `Ok` if the client may go on; else how long until it may.
    pub fn check(&self, client: IpAddr) -> Result<(), Duration> {
        let Some(limiter) = &self.limiter else {
            return Ok(());
        };
        // Clients whose allowance is full again are forgotten now and then, so that memory is
        // bounded by the clients of the last minute, not of all time.
        if limiter.len() > FORGET_AFTER_CLIENTS {
            limiter.retain_recent();
        }
        limiter.check_key(&key(client)).map_err(|not_until| not_until.wait_time_from(governor::clock::DefaultClock::default().now()))
    }
}

/// Whole seconds to wait, rounded up, at least one: what `Retry-After` says.
pub fn retry_after_secs(wait: Duration) -> u64 {
    (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn config(proxies: &str) -> Config {
        Config { trusted_proxies: crate::config::trusted_proxies(proxies).expect("networks"), ..Config::default() }
    }

    fn forwarded(values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for v in values {
            headers.append(FORWARDED_FOR, HeaderValue::from_str(v).expect("header"));
        }
        headers
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("address")
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let headers = forwarded(&["198.51.100.7"]);
        assert_eq!(client_address(ip("203.0.113.1"), &headers, &config("")), ip("203.0.113.1"), "no proxy is trusted");
        assert_eq!(client_address(ip("10.0.0.1"), &headers, &config("10.0.0.0/8")), ip("198.51.100.7"));
        // The client wrote "1.2.3.4" itself; the proxy appended the address it really saw.
        let spoofed = forwarded(&["1.2.3.4, 198.51.100.7"]);
        assert_eq!(client_address(ip("10.0.0.1"), &spoofed, &config("10.0.0.0/8")), ip("198.51.100.7"));
        // Two proxies in a row, and the header split over two lines.
        let chain = forwarded(&["1.2.3.4, 198.51.100.7", "10.0.0.2"]);
        assert_eq!(client_address(ip("10.0.0.1"), &chain, &config("10.0.0.0/8")), ip("198.51.100.7"));
        assert_eq!(client_address(ip("10.0.0.1"), &forwarded(&["garbage"]), &config("10.0.0.0/8")), ip("10.0.0.1"));
        assert_eq!(client_address(ip("10.0.0.1"), &HeaderMap::new(), &config("10.0.0.0/8")), ip("10.0.0.1"));
        assert_eq!(client_address(ip("::ffff:10.0.0.1"), &headers, &config("10.0.0.1")), ip("198.51.100.7"));
    }

    #[test]
    fn limits_each_client_apart() {
        let limiter = Limiter::per_minute(Some(2));
        assert!(limiter.check(ip("192.0.2.1")).is_ok());
        assert!(limiter.check(ip("192.0.2.1")).is_ok());
        let wait = limiter.check(ip("192.0.2.1")).expect_err("a third request within the minute");
        assert!(wait > Duration::from_secs(20) && wait <= Duration::from_secs(30), "{wait:?}");
        assert!(limiter.check(ip("192.0.2.2")).is_ok(), "another client is not limited");
        // One IPv6 /64 is one client.
        assert!(limiter.check(ip("2001:db8::1")).is_ok());
        assert!(limiter.check(ip("2001:db8::2")).is_ok());
        assert!(limiter.check(ip("2001:db8::3")).is_err());
        assert!(Limiter::per_minute(None).check(ip("192.0.2.1")).is_ok());
    }

    #[test]
    fn retry_after_rounds_up() {
        assert_eq!(retry_after_secs(Duration::from_millis(0)), 1);
        assert_eq!(retry_after_secs(Duration::from_millis(1)), 1);
        assert_eq!(retry_after_secs(Duration::from_secs(1)), 1);
        assert_eq!(retry_after_secs(Duration::from_millis(29_001)), 30);
    }
}
