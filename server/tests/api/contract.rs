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
        "too_many_requests",
        "unavailable",
        "internal",
    ] {
        assert!(OPENAPI.contains(&format!("error: {{type: string, const: {error}}}")), "{error}");
    }
    assert!(OPENAPI.starts_with("openapi: 3.1.0"));
}

/// The answers of every form, as JSON Schema: generated from `validation/src/forms.rs`, kept
/// in openapi.yaml between two marker lines, and compared here, so that the contract and the
/// forms cannot drift apart. `DVI_WRITE_OPENAPI=1 cargo test -p dvi-server --test api contract`
/// writes the generated part after a change to the forms.
mod answers {
    use dvi_validation::{
        countries,
        forms::{Field, Form, Kind, COUNTRY_FIELD, FORMS},
        rules::{EMAIL_MAX, NAME_MAX, POSTCODE_MAX},
    };
    use serde_json::{json, Map, Value};

    pub const BEGIN: &str = "    # BEGIN generated from validation/src/forms.rs (tests/api/contract.rs): do not edit by hand\n";
    pub const END: &str = "    # END generated\n";

    /// What Rust's `str::trim` removes (Unicode White_Space), as a regex class body: JSON Schema's
    /// `\s` is ECMAScript's, which differs in two characters (U+0085, U+FEFF).
    const WS: &str = r"\t\n\u000B\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000";

    fn ws() -> String {
        format!("[{WS}]*")
    }

    /// The phone rule (rules::phone) as a pattern: separators (space, hyphen, dot, brackets,
    /// no-break space, and "(0)") anywhere between the digits; a Latvian number of eight digits
    /// starting with 2, 6, 8 or 9, with or without +371/00371; or + / 00 and 7 to 15 digits
    /// not starting with 0, where +371 must be followed by a Latvian number.
    fn phone_pattern() -> String {
        let s = r"(?:[ .()\u00A0-]|\(0\))*";
        let d = |n: &str| format!("(?:{s}[0-9]){n}");
        let latvian = format!("[2689]{}", d("{7}"));
        let international =
            format!("(?:[124-9]{}|3{s}[0-68-9]{}|3{s}7{s}[02-9]{}|3{s}7{s}1{s}{latvian})", d("{6,14}"), d("{5,13}"), d("{4,12}"));
        format!("^{s}(?:{latvian}|(?:\\+|0{s}0){s}{international}){s}$")
    }

    /// Schema of one field's value, by its kind.
    fn value(f: &Field) -> Value {
        let ws = ws();
        let blank = json!({"type": "string", "pattern": format!("^{ws}$")});
        let text = |max: usize| {
            if f.required {
                json!({"type": "string", "maxLength": max, "pattern": format!("[^{WS}]"),
                    "description": format!("Not blank; at most {max} characters, white space included.")})
            } else {
                json!({"type": "string", "maxLength": max, "description": format!("At most {max} characters; may be blank.")})
            }
        };
        let rule = |schema: Value| if f.required { schema } else { json!({"anyOf": [blank, schema]}) };
        match f.kind {
            Kind::Text { max } | Kind::LongText { max } => text(max),
            Kind::Name => rule(json!({"type": "string", "maxLength": NAME_MAX,
                "pattern": format!("^{ws}\\p{{Alpha}}[\\p{{Alpha}} '’.-]*{ws}$"),
                "description": "Letters of any alphabet, with spaces, hyphens, apostrophes and dots between them."})),
            Kind::Email => {
                let local = r#"[^\t\n\u000B\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0000-\u001F\u007F-\u009F@"(),:;<>\[\\\].]+"#;
                let label = r"[\p{Alpha}\p{N}](?:[\p{Alpha}\p{N}-]{0,61}[\p{Alpha}\p{N}])?";
                rule(json!({"type": "string", "maxLength": EMAIL_MAX,
                    "pattern": format!("^{ws}{local}(?:\\.{local})*@(?:{label}\\.)+\\p{{Alpha}}{{2,63}}{ws}$"),
                    "description": "An address as people have them: at most 254 characters; no quoted local parts or IP literals. Stored with the domain in lower case."}))
            }
            Kind::Phone => rule(json!({"type": "string", "pattern": phone_pattern(),
                "description": "Stored in E.164 (+37129123456)."})),
            Kind::Country => json!({"$ref": "#/components/schemas/Country"}),
            // Its pattern depends on the country: see the form's `allOf`.
            Kind::Postcode => json!({"type": "string"}),
            // The shape as a pattern (so that a blank one is not taken for an answer); the check
            // digit and the date of birth by the format.
            Kind::PersonalCode => rule(json!({"type": "string", "format": "lv-personal-code",
                "pattern": format!("^[{WS}]*(?:[0-9][{WS}]*){{6}}(?:-[{WS}]*)?(?:[0-9][{WS}]*){{5}}$"),
                "description": "A Latvian personal code, 11 digits with or without a hyphen after the sixth; the last is the check digit (weights 1, 6, 3, 7, 9, 10, 5, 8, 4, 2); an old-format code (not starting with 32) begins with an existing date of birth DDMMYY and its century digit 0, 1 or 2. Stored as NNNNNN-NNNNN."})),
            Kind::PastDate => rule(json!({"type": "string", "format": "past-date",
                "pattern": format!("^{ws}[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}{ws}$"),
                "description": "YYYY-MM-DD, from 1900-01-01 to today in Riga."})),
            Kind::Choice(options) => json!({"type": "string", "enum": options}),
            Kind::MultiChoice(options) => {
                json!({"type": "array", "minItems": u8::from(f.required), "items": {"type": "string", "enum": options}})
            }
            Kind::Files => json!({"type": "array", "minItems": u8::from(f.required), "maxItems": dvi_validation::attachments::MAX_FILES,
                "uniqueItems": true, "items": {"$ref": "#/components/schemas/AttachmentId"},
                "description": "Ids of uploads that no submission has taken yet."}),
        }
    }

    /// `answers` holds `field` with one of `values`.
    fn has(form: &Form, field: &str, values: &[&str]) -> Value {
        let matches = match form.field(field).map(|f| f.kind) {
            Some(Kind::MultiChoice(_)) => json!({"contains": {"enum": values}}),
            _ => json!({"enum": values}),
        };
        json!({"required": [field], "properties": {field: matches}})
    }

    fn answers(form: &Form) -> Value {
        let mut properties = Map::new();
        let mut required = Vec::new();
        let mut all_of = Vec::new();
        for f in form.fields() {
            properties.insert(f.id.to_owned(), value(f));
            let needed = f.required && f.kind != Kind::Postcode;
            match f.when {
                None if needed => required.push(f.id),
                None => {}
                // A field whose condition is on a field that is itself hidden is hidden too: that
                // field is then absent, so the condition cannot hold.
                Some(c) => all_of.push(json!({
                    "if": has(form, c.field, c.any_of),
                    "then": if needed { json!({"required": [f.id]}) } else { json!({}) },
                    "else": {"not": {"required": [f.id]}},
                })),
            }
            if f.kind == Kind::Postcode {
                let ws = ws();
                all_of.push(json!({
                    "if": has(form, COUNTRY_FIELD, &[countries::LATVIA]),
                    "then": {"required": [f.id], "properties": {f.id: {"type": "string",
                        "pattern": format!("^{ws}[Ll][Vv][ -]*[1-5][0-9]{{3}}{ws}$"),
                        "description": "In Latvia: LV-NNNN, the first digit 1 to 5 (\"lv1050\" and \"LV 1050\" are read as LV-1050)."}}},
                    "else": {"properties": {f.id: {"type": "string", "maxLength": POSTCODE_MAX,
                        "pattern": format!("^{ws}(?:[A-Za-z0-9][A-Za-z0-9-]*(?:[{WS}]+[A-Za-z0-9-]+)*)?{ws}$"),
                        "description": format!("Elsewhere: Latin letters and digits, with spaces and hyphens between them, at most {POSTCODE_MAX} characters once spaces are single; may be left out.")}}},
                }));
            }
        }
        let mut schema = json!({
            "type": "object",
            "additionalProperties": false,
            "required": required,
            "properties": properties,
        });
        if !all_of.is_empty() {
            schema["allOf"] = Value::Array(all_of);
        }
        schema
    }

    fn title(id: &str) -> String {
        let mut chars = id.chars();
        chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
    }

    /// The generated lines: the request as one of five forms, each form's answers, and the
    /// lists they refer to. JSON is YAML, so each schema is written as indented JSON.
    pub fn generated() -> String {
        let mut schemas: Vec<(String, Value)> = Vec::new();
        let one_of: Vec<Value> = FORMS.iter().map(|f| json!({"$ref": format!("#/components/schemas/{}Submission", title(f.id))})).collect();
        schemas.push(("SubmissionRequest".into(), json!({"oneOf": one_of})));
        for form in &FORMS {
            schemas.push((
                format!("{}Submission", title(form.id)),
                json!({
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["form", "lang", "answers"],
                    "properties": {
                        "form": {"type": "string", "const": form.id},
                        "lang": {"$ref": "#/components/schemas/Lang"},
                        "answers": {"$ref": format!("#/components/schemas/{}Answers", title(form.id))},
                    },
                }),
            ));
            schemas.push((format!("{}Answers", title(form.id)), answers(form)));
        }
        let mut codes: Vec<&str> = countries::CODES.to_vec();
        codes.push(countries::OTHER);
        schemas.push((
            "Country".into(),
            json!({"type": "string", "enum": codes,
                "description": "ISO 3166-1 alpha-2 (and XK, Kosovo), or \"other\" with the name in `country-other`."}),
        ));
        let mut out = String::from(BEGIN);
        for (name, schema) in schemas {
            let pretty = serde_json::to_string_pretty(&schema).unwrap_or_default();
            out.push_str(&format!("    {name}:\n"));
            for line in pretty.lines() {
                out.push_str(&format!("      {line}\n"));
            }
        }
        out.push_str(END);
        out
    }
}

#[test]
fn the_openapi_document_describes_every_form_as_declared() {
    let generated = answers::generated();
    let (Some(start), Some(end)) = (OPENAPI.find(answers::BEGIN), OPENAPI.find(answers::END)) else {
        panic!("openapi.yaml has no generated part between {:?} and {:?}", answers::BEGIN.trim(), answers::END.trim());
    };
    let current = &OPENAPI[start..end + answers::END.len()];
    if current != generated && std::env::var_os("DVI_WRITE_OPENAPI").is_some() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml");
        std::fs::write(path, OPENAPI.replacen(current, &generated, 1)).unwrap();
        return;
    }
    assert!(
        current == generated,
        "openapi.yaml's answers differ from validation/src/forms.rs: run DVI_WRITE_OPENAPI=1 cargo test -p dvi-server --test api contract"
    );
}
