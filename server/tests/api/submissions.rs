//! POST /api/submissions: what is accepted, what is refused and why, and what is stored.

use crate::common::{body, is_reference, is_rfc3339_utc_seconds, key, valid_answers, TestServer};
use dvi_validation::{
    clock::Date,
    forms::{self, Answer, Answers, FORMS},
};
use serde_json::{json, Value};

fn complaint() -> Answers {
    valid_answers(forms::form("complaint").unwrap())
}

fn set(answers: &mut Answers, field: &str, value: &str) {
    answers.insert(field.to_owned(), Answer::One(value.to_owned()));
}

/// The field errors of a 422 answer, as (field, code).
fn field_codes(response: &crate::common::Response) -> Vec<(String, String)> {
    assert_eq!(response.status, 422, "{}", response.text());
    let json = response.json();
    assert_eq!(json["error"], "invalid");
    json["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["field"].as_str().unwrap().to_owned(), f["code"].as_str().unwrap().to_owned()))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(f, c)| (f.to_string(), c.to_string())).collect()
}

#[test]
fn each_form_is_accepted_with_a_reference_and_a_timestamp() {
    let server = TestServer::start("each-form");
    let mut references = Vec::new();
    for form in &FORMS {
        let response = server.submit(&key("each"), &body(form.id, &valid_answers(form)));
        assert_eq!(response.status, 201, "{}: {}", form.id, response.text());
        let json = response.json();
        let reference = json["reference"].as_str().unwrap().to_owned();
        assert!(is_reference(&reference), "{reference}");
        assert!(is_rfc3339_utc_seconds(json["received_at"].as_str().unwrap()), "{json}");
        assert_eq!(json["form"], form.id);
        assert_eq!(json.as_object().unwrap().len(), 4, "{json}");
        assert_eq!(json["signed"], false, "no signed container came with it");
        assert!(response.text().starts_with("{\"reference\":\"DVI-"), "in the contract's order: {}", response.text());
        references.push(reference);
    }
    // Numbered one after another in this year, from the database.
    let numbers: Vec<&str> = references.iter().map(|r| &r[r.len() - 6..]).collect();
    assert_eq!(numbers, ["000001", "000002", "000003", "000004", "000005"]);
    assert_eq!(server.count("submissions"), 5);
}

#[test]
fn the_canonical_answers_are_stored_and_shown() {
    let server = TestServer::start("canonical");
    let mut answers = complaint();
    set(&mut answers, "email", "Anna.Liepa@Example.LV");
    set(&mut answers, "postcode", "lv1050");
    set(&mut answers, "full-name", "  Anna   Liepa ");
    let request = json!({"form": "complaint", "lang": "en", "answers": answers}).to_string();
    let response = server.submit(&key("canonical"), &request);
    assert_eq!(response.status, 201, "{}", response.text());
    let reference = response.json()["reference"].as_str().unwrap().to_owned();

    let (code, stdout, stderr) = server.show(&reference);
    assert_eq!(code, 0, "{stderr}");
    let shown: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(shown["reference"], reference.as_str());
    assert_eq!(shown["form"], "complaint");
    assert_eq!(shown["lang"], "en");
    assert!(is_rfc3339_utc_seconds(shown["received_at"].as_str().unwrap()));
    assert_eq!(shown["answers"]["email"], "Anna.Liepa@example.lv");
    assert_eq!(shown["answers"]["postcode"], "LV-1050");
    assert_eq!(shown["answers"]["full-name"], "Anna Liepa");
    assert_eq!(shown["answers"]["phone"], "+37120000000");
    assert_eq!(shown["attachments"], json!([]));

    let (code, _, stderr) = server.show("DVI-1999-000001");
    assert_eq!(code, 1);
    assert!(stderr.contains("DVI-1999-000001"), "{stderr}");
    let (code, _, _) = crate::common::show(&server.dir.join("no-such.sqlite"), &reference);
    assert_eq!(code, 1);
    assert!(!server.dir.join("no-such.sqlite").exists(), "show creates nothing");
}

#[test]
fn missing_required_fields_get_the_validation_crates_codes() {
    let server = TestServer::start("required");
    let complaint = forms::form("complaint").unwrap();
    let response = server.submit(&key("required"), &body("complaint", &Answers::new()));
    let expected = forms::validate(complaint, &Answers::new(), Date::new(2026, 1, 1).unwrap()).unwrap_err();
    assert_eq!(response.status, 422);
    assert_eq!(response.json(), json!({"error": "invalid", "fields": expected}));
    assert!(field_codes(&response).contains(&("email".into(), "required".into())));
    assert_eq!(server.count("submissions"), 0);
}

#[test]
fn bad_email_phone_and_personal_code() {
    let server = TestServer::start("bad-values");
    let mut answers = complaint();
    set(&mut answers, "email", "anna.liepa@");
    set(&mut answers, "phone", "12345");
    set(&mut answers, "personal-code", "320000-00000");
    let mut codes = field_codes(&server.submit(&key("bad"), &body("complaint", &answers)));
    codes.sort();
    assert_eq!(codes, pairs(&[("email", "email_invalid"), ("personal-code", "personal_code_invalid"), ("phone", "phone_invalid")]));
}

#[test]
fn dates_fields_and_forms_that_do_not_belong() {
    let server = TestServer::start("unexpected");
    let mut answers = complaint();
    set(&mut answers, "when-happened", "2999-01-01");
    assert_eq!(field_codes(&server.submit(&key("future"), &body("complaint", &answers))), pairs(&[("when-happened", "date_in_future")]));

    let mut answers = complaint();
    set(&mut answers, "password", "hunter2");
    assert_eq!(field_codes(&server.submit(&key("extra"), &body("complaint", &answers))), pairs(&[("password", "unexpected")]));

    // "contacted-details" is shown only when "contacted" is "yes".
    let mut answers = complaint();
    set(&mut answers, "contacted", "no");
    assert_eq!(field_codes(&server.submit(&key("hidden"), &body("complaint", &answers))), pairs(&[("contacted-details", "unexpected")]));

    assert_eq!(field_codes(&server.submit(&key("form"), &body("tax-return", &Answers::new()))), pairs(&[("form", "choice_invalid")]));
    assert_eq!(server.count("submissions"), 0);
}

#[test]
fn malformed_bodies_are_400_with_serdes_message() {
    let server = TestServer::start("malformed");
    let valid = serde_json::to_value(complaint()).unwrap();
    let cases = [
        ("syntax", "{\"form\": \"complaint\",".to_owned(), "EOF"),
        (
            "unknown top-level field",
            json!({"form": "complaint", "lang": "lv", "answers": valid, "admin": true}).to_string(),
            "unknown field `admin`",
        ),
        ("number for a string", json!({"form": "complaint", "lang": "lv", "answers": {"full-name": 5}}).to_string(), ""),
        ("form as a number", json!({"form": 1, "lang": "lv", "answers": {}}).to_string(), "invalid type"),
        ("unknown language", json!({"form": "complaint", "lang": "de", "answers": {}}).to_string(), "unknown variant"),
        ("missing answers", json!({"form": "complaint", "lang": "lv"}).to_string(), "missing field `answers`"),
        ("not an object", "[]".to_owned(), ""),
        ("control character in a string", "{\"form\": \"\u{0}\"}".to_owned(), "control character"),
        ("empty", String::new(), "EOF"),
    ];
    for (what, request, message) in cases {
        let response = server.submit(&key("malformed"), &request);
        assert_eq!(response.status, 400, "{what}: {}", response.text());
        let json = response.json();
        assert_eq!(json["error"], "malformed_json", "{what}");
        let text = json["message"].as_str().unwrap();
        assert!(!text.is_empty() && text.contains(message), "{what}: {text}");
    }
    let bytes = server.request(
        "POST",
        "/api/submissions",
        &[("Content-Type", "application/json"), ("Idempotency-Key", &key("bytes"))],
        b"{\"form\": \"\xff\"}",
    );
    assert_eq!((bytes.status, bytes.json()["error"].clone()), (400, json!("malformed_json")));
    assert_eq!(server.count("submissions"), 0);
}

#[test]
fn oversized_bodies_are_413_in_json() {
    let server = TestServer::start("too-large");
    let mut answers = complaint();
    set(&mut answers, "request", &"ā".repeat(150 * 1024));
    let request = body("complaint", &answers);
    assert!(request.len() > 256 * 1024);
    let response = server.submit(&key("large"), &request);
    assert_eq!((response.status, response.json()), (413, json!({"error": "too_large"})));
    // Without a Content-Length the limit holds while reading.
    let headers = [("Content-Type", "application/json"), ("Idempotency-Key", &key("chunked")), ("Transfer-Encoding", "chunked")];
    let chunked = server.request("POST", "/api/submissions", &headers, request.as_bytes());
    assert_eq!((chunked.status, chunked.json()), (413, json!({"error": "too_large"})));
    // Just under the limit is read (and judged on its answers).
    set(&mut answers, "request", &"a".repeat(250 * 1024));
    let near = server.submit(&key("near"), &body("complaint", &answers));
    assert_eq!(field_codes(&near), pairs(&[("request", "too_long")]));
}

#[test]
fn only_json_is_accepted() {
    let server = TestServer::start("media-type");
    let request = body("complaint", &complaint());
    for content_type in [Some("text/plain"), Some("application/x-www-form-urlencoded"), Some("multipart/form-data; boundary=x"), None] {
        let mut headers = vec![("Idempotency-Key", "0123456789abcdef-media")];
        if let Some(ct) = content_type {
            headers.push(("Content-Type", ct));
        }
        let response = server.request("POST", "/api/submissions", &headers, request.as_bytes());
        assert_eq!((response.status, response.json()), (415, json!({"error": "unsupported_media_type"})), "{content_type:?}");
    }
    let headers = [("Content-Type", "application/json; charset=utf-8"), ("Idempotency-Key", "0123456789abcdef-media")];
    assert_eq!(server.request("POST", "/api/submissions", &headers, request.as_bytes()).status, 201);
}

#[test]
fn the_idempotency_key_is_required_and_well_formed() {
    let server = TestServer::start("key");
    let request = body("complaint", &complaint());
    let long = "a".repeat(129);
    for bad in [None, Some("short"), Some("0123456789abcde"), Some("0123456789abcdef!"), Some("0123456789 abcdef"), Some(long.as_str())] {
        let mut headers = vec![("Content-Type", "application/json")];
        if let Some(k) = bad {
            headers.push(("Idempotency-Key", k));
        }
        let response = server.request("POST", "/api/submissions", &headers, request.as_bytes());
        assert_eq!((response.status, response.json()), (400, json!({"error": "idempotency_key_invalid"})), "{bad:?}");
    }
    assert_eq!(server.submit(&"a".repeat(128), &request).status, 201);
    assert_eq!(server.submit("0123456789abcdef", &request).status, 201);
    assert_eq!(server.count("submissions"), 2);
}
