//! openapi.yaml stays the contract of this code: every error code the validation crate has and
//! every `error` the API answers is documented there.

use dvi_validation::ErrorCode;

const OPENAPI: &str = include_str!("../../openapi.yaml");

#[test]
fn the_openapi_document_lists_every_code() {
    let listed: Vec<&str> = OPENAPI
        .split("    ErrorCode:")
        .nth(1)
        .and_then(|rest| rest.split("    FieldError:").next())
        .unwrap()
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- "))
        .collect();
    let codes: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(listed, codes);
    for error in [
        "invalid",
        "malformed_json",
        "idempotency_key_invalid",
        "idempotency_conflict",
        "file_name_invalid",
        "body_unreadable",
        "unsupported_media_type",
        "too_large",
        "not_found",
        "method_not_allowed",
        "internal",
    ] {
        assert!(OPENAPI.contains(&format!("error: {{type: string, const: {error}}}")), "{error}");
    }
    assert!(OPENAPI.starts_with("openapi: 3.1.0"));
}
