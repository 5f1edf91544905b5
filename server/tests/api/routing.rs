//! What is the API's and what is the site's, and who may call the API from a browser.

use crate::common::{fresh_dir, TestServer};
use dvi_server::Config;
use serde_json::json;

#[test]
fn unknown_api_paths_and_methods_are_json() {
    let server = TestServer::start("routing");
    for path in ["/api/nothing", "/api/submissions/DVI-2026-000001", "/api/", "/api", "/api/attachments/x"] {
        let response = server.request("GET", path, &[], b"");
        assert_eq!(response.status, 404, "{path}");
        assert_eq!(response.json(), json!({"error": "not_found"}), "{path}");
        assert!(!response.text().contains("<title>app</title>"));
    }
    for (method, path) in
        [("GET", "/api/submissions"), ("PUT", "/api/submissions"), ("DELETE", "/api/attachments"), ("OPTIONS", "/api/submissions")]
    {
        let response = server.request(method, path, &[], b"");
        assert_eq!((response.status, response.json()), (405, json!({"error": "method_not_allowed"})), "{method} {path}");
        assert_eq!(response.header("allow"), Some("POST"), "{method} {path}");
    }
    let api = server.request("POST", "/api/submissions", &[], b"");
    assert_eq!(api.header("cache-control"), Some("no-store"));
    assert_eq!(api.header("x-content-type-options"), Some("nosniff"));
}

/// A path is the API's as nginx reads it in front of the server: escapes decoded, dot segments
/// resolved; TRACE refused everywhere, as nginx refuses it.
#[test]
fn api_paths_are_read_as_nginx_reads_them() {
    let server = TestServer::start("resolved");
    for path in ["/api/x/../health", "/api/%68ealth", "//api//health", "/lv/../api/health"] {
        let response = server.request("GET", path, &[], b"");
        assert_eq!((response.status, response.json()), (200, json!({"status": "ok"})), "{path}");
    }
    let site = server.request("GET", "/api/..", &[], b"");
    assert!(site.status == 200 && site.text().contains("<title>app</title>"), "{}", site.text());
    for path in ["/api/%zz", "/api/../../x", "/api/%00"] {
        assert_eq!(server.request("GET", path, &[], b"").status, 400, "{path}");
    }
    assert_eq!(server.request("TRACE", "/api/health", &[], b"").status, 405);
}

/// An answer that comes before the body was read (a 413 known from Content-Length) leaves the
/// connection whole: the body is read to its end first, so a proxy still sending it (nginx)
/// gets the answer, and the next request on the connection is answered too.
#[test]
fn a_body_answered_early_is_read_to_its_end() {
    use std::io::{BufRead, BufReader, Read, Write};
    let server = TestServer::start("drained");
    let stream = std::net::TcpStream::connect(server.addr).unwrap();
    stream.set_read_timeout(Some(std::time::Duration::from_secs(30))).unwrap();
    let body = vec![b'x'; 300 * 1024];
    let head = format!(
        "POST /api/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: 0123456789abcdef-drain\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    let mut writer = stream.try_clone().unwrap();
    let sending = std::thread::spawn(move || {
        writer.write_all(head.as_bytes()).unwrap();
        for chunk in body.chunks(16 * 1024) {
            writer.write_all(chunk).unwrap();
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        writer.write_all(b"GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    });
    let mut reader = BufReader::new(stream);
    let mut statuses = Vec::new();
    let mut line = String::new();
    while reader.read_line(&mut line).unwrap() > 0 {
        if line.starts_with("HTTP/1.1 ") {
            statuses.push(line[9..12].to_owned());
        }
        if let Some(length) = line.to_ascii_lowercase().strip_prefix("content-length: ") {
            let n: usize = length.trim().parse().unwrap();
            let mut blank = String::new();
            while blank != "\r\n" {
                blank.clear();
                reader.read_line(&mut blank).unwrap();
            }
            reader.by_ref().take(n as u64).read_to_end(&mut Vec::new()).unwrap();
        }
        line.clear();
    }
    sending.join().unwrap();
    assert_eq!(statuses, ["413", "200"]);
}

#[test]
fn the_site_is_still_served_beside_the_api() {
    let server = TestServer::start("site");
    for path in ["/", "/lv/pakalpojumi", "/apiary", "/en/api-docs"] {
        let response = server.request("GET", path, &[], b"");
        // Only "/" has a page in this test's site: the others get the site's "not found",
        // never the API's answer.
        let (status, title) = if path == "/" { (200, "<title>app</title>") } else { (404, "<title>not found</title>") };
        assert_eq!(response.status, status, "{path}");
        assert!(response.text().contains(title), "{path}");
        assert_eq!(response.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(response.header("referrer-policy"), Some("no-referrer"));
        assert!(response.header("permissions-policy").is_some());
        // Public files, readable by the widget from any origin, never with credentials.
        assert_eq!(response.header("access-control-allow-origin"), Some("*"), "{path}");
        assert_eq!(response.header("access-control-allow-credentials"), None, "{path}");
    }
}

const ALLOWED: &str = "https://www.dvi.gov.lv";

fn preflight(server: &TestServer, origin: &str, path: &str) -> crate::common::Response {
    server.request(
        "OPTIONS",
        path,
        &[
            ("Origin", origin),
            ("Access-Control-Request-Method", "POST"),
            ("Access-Control-Request-Headers", "content-type,idempotency-key"),
        ],
        b"",
    )
}

#[test]
fn cors_only_for_configured_origins() {
    let config = Config::with_allowed_origins(&format!("{ALLOWED}, https://dvi.gov.lv")).unwrap();
    let server = TestServer::start_in(&fresh_dir("cors"), config);
    for path in ["/api/submissions", "/api/attachments"] {
        let allowed = preflight(&server, ALLOWED, path);
        assert!(allowed.status < 300, "{}", allowed.status);
        assert_eq!(allowed.header("access-control-allow-origin"), Some(ALLOWED));
        let methods = allowed.header("access-control-allow-methods").unwrap_or_default().to_ascii_uppercase();
        assert!(methods.contains("POST") && methods.contains("OPTIONS"), "{methods}");
        let headers = allowed.header("access-control-allow-headers").unwrap_or_default().to_ascii_lowercase();
        for h in ["content-type", "idempotency-key", "x-file-name"] {
            assert!(headers.contains(h), "{headers}");
        }
        let other = preflight(&server, "https://evil.example", path);
        assert_eq!(other.header("access-control-allow-origin"), None);
    }
    let post = |origin: &str| {
        server.request(
            "POST",
            "/api/submissions",
            &[("Origin", origin), ("Content-Type", "application/json"), ("Idempotency-Key", "0123456789abcdef-cors")],
            b"{}",
        )
    };
    let allowed = post(ALLOWED);
    assert_eq!(allowed.status, 400);
    assert_eq!(allowed.header("access-control-allow-origin"), Some(ALLOWED));
    assert_eq!(post("https://evil.example").header("access-control-allow-origin"), None);
    assert_eq!(post("https://www.dvi.gov.lv.evil.example").header("access-control-allow-origin"), None);
}

#[test]
fn no_cors_headers_without_configured_origins() {
    let server = TestServer::start("no-cors");
    let response = preflight(&server, ALLOWED, "/api/submissions");
    assert!(!response.has_header_prefix("access-control-"), "{:?}", response.headers);
    let post = server.request("POST", "/api/submissions", &[("Origin", ALLOWED), ("Content-Type", "application/json")], b"{}");
    assert!(!post.has_header_prefix("access-control-"), "{:?}", post.headers);
}
