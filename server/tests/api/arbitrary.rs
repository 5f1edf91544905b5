//! Whatever bytes arrive, the server answers without failing (never 5xx) and stays up.

use crate::common::TestServer;
use proptest::prelude::*;
use std::sync::OnceLock;

fn server() -> &'static TestServer {
    static SERVER: OnceLock<TestServer> = OnceLock::new();
    SERVER.get_or_init(|| TestServer::start("arbitrary"))
}

/// Bytes that are sometimes JSON-like, so that the parser gets past its first character.
fn bodies() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..2048),
        "\\{\"form\": \"(complaint|question|visit)\", \"lang\": \"(lv|en)\", \"answers\": \\{(\"[a-z-]{1,12}\": (\"[^\"\\\\]{0,20}\"|\\[\\]|1|null|\\{\\}), ){0,4}\"x\": \"y\"\\}\\}"
            .prop_map(String::into_bytes),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_submission_bodies_never_fail_the_server(body in bodies(), n in 0u32..1_000_000) {
        let key = format!("arbitrary-key-{n:08}");
        let response = server().request("POST", "/api/submissions", &[("Content-Type", "application/json"), ("Idempotency-Key", &key)], &body);
        prop_assert!(response.status < 500, "{} {}", response.status, response.text());
        prop_assert!(matches!(response.status, 201 | 400 | 409 | 422), "{}", response.status);
    }

    #[test]
    fn arbitrary_uploads_never_fail_the_server(content in proptest::collection::vec(any::<u8>(), 0..512), name in "[a-zA-Z0-9%._/-]{0,20}") {
        let response = server().request("POST", "/api/attachments", &[("X-File-Name", &name)], &content);
        prop_assert!(response.status < 500, "{} {}", response.status, response.text());
    }
}
