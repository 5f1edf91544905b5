//! Limits per client and idempotency beyond submissions: rate limits with 429 and
//! Retry-After (behind a trusted proxy, per forwarded address), uploads made once per key, and
//! keys forgotten after their retention.

use crate::common::{body, fresh_dir, key, valid_answers, TestServer};
use dvi_server::{Config, Store};
use dvi_validation::forms;
use serde_json::json;

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

fn limited_to(per_minute: u32, trusted_proxies: &str) -> Config {
    let trusted_proxies =
        trusted_proxies.split(',').filter(|p| !p.is_empty()).map(|p| p.parse::<std::net::IpAddr>().unwrap().into()).collect();
    Config { rate_per_minute: Some(per_minute), trusted_proxies, ..Config::default() }
}

fn submit_from(server: &TestServer, client: &str) -> crate::common::Response {
    let request = body("question", &valid_answers(forms::form("question").unwrap()));
    let k = key("limit");
    let headers = [("Content-Type", "application/json"), ("Idempotency-Key", k.as_str()), ("X-Forwarded-For", client)];
    server.request("POST", "/api/submissions", &headers, request.as_bytes())
}

fn is_too_many(response: &crate::common::Response) -> bool {
    if response.status != 429 {
        return false;
    }
    assert_eq!(response.json(), json!({"error": "too_many_requests"}));
    let secs: u64 = response.header("retry-after").and_then(|v| v.parse().ok()).expect("Retry-After in seconds");
    assert!((1..=60).contains(&secs), "{secs}");
    true
}

#[test]
fn one_client_is_limited_while_another_is_not() {
    // The test's connections come from 127.0.0.1: the "proxy" in front of the server.
    let server = TestServer::start_in(&fresh_dir("limit"), limited_to(3, "127.0.0.1"));
    for _ in 0..3 {
        assert_eq!(submit_from(&server, "198.51.100.1").status, 201);
    }
    assert!(is_too_many(&submit_from(&server, "198.51.100.1")), "the fourth within a minute");
    assert_eq!(submit_from(&server, "198.51.100.2").status, 201, "another client is not limited");
    // A client that writes its own X-Forwarded-For is still known by what the proxy appended.
    assert!(is_too_many(&submit_from(&server, "203.0.113.9, 198.51.100.1")));
    // Uploads have an allowance of their own.
    let upload = server.upload_with("a.pdf", PDF, &[("X-Forwarded-For", "198.51.100.1")]);
    assert_eq!(upload.status, 201, "{}", upload.text());
    assert_eq!(server.count("submissions"), 4, "nothing limited was stored");
}

#[test]
fn forwarded_addresses_are_ignored_from_an_untrusted_peer() {
    let server = TestServer::start_in(&fresh_dir("limit-untrusted"), limited_to(2, ""));
    assert_eq!(submit_from(&server, "198.51.100.1").status, 201);
    assert_eq!(submit_from(&server, "198.51.100.2").status, 201);
    // Every request comes from 127.0.0.1; what the header claims does not make a new client.
    assert!(is_too_many(&submit_from(&server, "198.51.100.3")));
    for n in 0..3 {
        let upload = server.upload_with("a.pdf", PDF, &[("X-Forwarded-For", &format!("198.51.100.{n}"))]);
        assert_eq!(upload.status == 429, n == 2, "upload {n}: {}", upload.status);
    }
}

#[test]
fn an_upload_with_a_key_is_made_once() {
    let server = TestServer::start("upload-key");
    let k = key("upload");
    let first = server.upload_with("sūdzība.pdf", PDF, &[("Idempotency-Key", &k)]);
    assert_eq!(first.status, 201, "{}", first.text());
    let again = server.upload_with("sūdzība.pdf", PDF, &[("Idempotency-Key", &k)]);
    assert_eq!((again.status, again.text()), (201, first.text()), "the same id for the same key and bytes");
    assert_eq!(server.count("attachments"), 1);
    let other = server.upload_with("sūdzība.pdf", b"%PDF-1.4 other", &[("Idempotency-Key", &k)]);
    assert_eq!((other.status, other.json()), (409, json!({"error": "idempotency_conflict"})));
    let renamed = server.upload_with("cits.pdf", PDF, &[("Idempotency-Key", &k)]);
    assert_eq!(renamed.status, 409, "the name is part of the request");
    let bad = server.upload_with("a.pdf", PDF, &[("Idempotency-Key", "short")]);
    assert_eq!((bad.status, bad.json()), (400, json!({"error": "idempotency_key_invalid"})));
    // Without a key every upload is a new attachment.
    assert_ne!(server.upload("a.pdf", PDF).json()["id"], server.upload("a.pdf", PDF).json()["id"]);
    assert_eq!(server.count("attachments"), 3);
}

#[test]
fn expired_keys_are_forgotten_and_live_ones_kept() {
    let server = TestServer::start("retention");
    let answers = valid_answers(forms::form("question").unwrap());
    let (old, live) = (key("old"), key("live"));
    let first = server.submit(&old, &body("question", &answers));
    assert_eq!(first.status, 201);
    // The hourly job, run as if 30 days and an hour had passed, on the server's own file.
    let store = Store::open_existing(&server.db).unwrap();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64;
    dvi_server::housekeeping(&store, &Config::default(), now + (30 * 24 + 1) * 3_600_000);
    assert_eq!(server.count("idempotency"), 0, "the 30-day-old key is forgotten");
    assert_eq!(server.count("submissions"), 1, "the submission stays");
    // A key that is 29 days old is still answered as before.
    let mut changed = answers.clone();
    changed.insert("question".into(), dvi_validation::forms::Answer::One("Cits jautājums par maniem datiem.".into()));
    assert_eq!(server.submit(&old, &body("question", &changed)).status, 201, "the forgotten key is new again, not a conflict");
    assert_eq!(server.submit(&live, &body("question", &answers)).status, 201);
    dvi_server::housekeeping(&store, &Config::default(), now + 29 * 24 * 3_600_000);
    let replay = server.submit(&live, &body("question", &answers));
    assert_eq!(replay.status, 201);
    assert_eq!(server.count("submissions"), 3, "the live key was replayed, not stored again");
    // A shorter retention, as DVI_IDEMPOTENCY_DAYS sets it.
    dvi_server::housekeeping(&store, &Config { idempotency_days: 1, ..Config::default() }, now + 25 * 3_600_000);
    assert_eq!(server.count("idempotency"), 0);
}
