//! Drafts in the browser's local storage, so that a reload or a failed sending loses nothing.
//! The form pages say so before anything is kept, and a draft is deleted when the form is sent
//! or when the person deletes it. What was sent is handed to the confirmation with the
//! backend's receipt in the tab's session storage (gone with the tab): the confirmation takes the
//! answers into the page's memory and deletes them at once, and leaves the receipt. Storage can be missing or full (private browsing): then the
//! form still works, only without a draft.

use super::Attached;
use crate::json;
use dvi_validation::forms::{Answer, Answers};
use dvi_validation::{ErrorCode, FieldError};
use leptos::prelude::window;
use wasm_bindgen::JsValue;

/// In storage as JSON: `{"answers": {field: "value" | ["values"]}, "attached": [..],
/// "sent_with": null | [key, body], "errors": [[field, code], ..]}`: the shape earlier versions
/// wrote with serde, and the backend's field errors, which the step pages show.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    pub answers: Answers,
    pub attached: Vec<Attached>,
    /// The idempotency key and the body it was sent with, if sending was tried.
    pub sent_with: Option<(String, String)>,
    /// What the backend said of answers it would not take.
    pub server_errors: Vec<FieldError>,
}

/// What the backend answers a form sent with: its reference, when it was received, and whether
/// a signed container came with it. The confirmation shows it; it is never in an address.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Receipt {
    pub reference: String,
    pub received_at: String,
    /// A signed container (.edoc, .asice) came with it.
    pub signed: bool,
}

impl Receipt {
    /// The backend's 201 answer, or what `to_json` wrote; `None` for anything else.
    pub fn from_value(value: &JsValue) -> Option<Receipt> {
        Some(Receipt {
            reference: json::get(value, "reference").as_string()?,
            received_at: json::get(value, "received_at").as_string()?,
            signed: json::get(value, "signed").as_bool().unwrap_or(false),
        })
    }

    pub fn to_json(&self) -> String {
        let mut out = String::from("{");
        json::write_key(&mut out, "reference", true);
        json::write_str(&mut out, &self.reference);
        json::write_key(&mut out, "received_at", false);
        json::write_str(&mut out, &self.received_at);
        json::write_key(&mut out, "signed", false);
        out.push_str(if self.signed { "true" } else { "false" });
        out.push('}');
        out
    }
}

impl Draft {
    fn is_empty(&self) -> bool {
        self.answers.is_empty() && self.attached.is_empty()
    }

    fn to_json(&self) -> String {
        let mut out = String::from("{");
        json::write_key(&mut out, "answers", true);
        write_answers(&mut out, &self.answers);
        json::write_key(&mut out, "attached", false);
        out.push('[');
        for (i, file) in self.attached.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            file.write_json(&mut out);
        }
        out.push(']');
        json::write_key(&mut out, "sent_with", false);
        match &self.sent_with {
            Some((key, body)) => json::write_strs(&mut out, [key.as_str(), body.as_str()]),
            None => out.push_str("null"),
        }
        if !self.server_errors.is_empty() {
            json::write_key(&mut out, "errors", false);
            out.push('[');
            for (i, e) in self.server_errors.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                json::write_strs(&mut out, [e.field.as_str(), e.code.as_str()]);
            }
            out.push(']');
        }
        out.push('}');
        out
    }

    /// `None` for anything but that shape ("attached" and "sent_with" may be left out).
    fn from_json(text: &str) -> Option<Draft> {
        Draft::from_value(&json::parse(text)?)
    }

    fn from_value(value: &JsValue) -> Option<Draft> {
        let attached = match json::get(value, "attached") {
            v if v.is_undefined() => Vec::new(),
            v => json::items(&v)?.iter().map(Attached::from_json).collect::<Option<_>>()?,
        };
        let sent_with = match json::get(value, "sent_with") {
            v if v.is_undefined() || v.is_null() => None,
            v => match <[String; 2]>::try_from(json::strings(&v)?) {
                Ok([key, body]) => Some((key, body)),
                Err(_) => return None,
            },
        };
        // Errors of a code this version does not know are left out, not the whole draft.
        let server_errors = match json::get(value, "errors") {
            v if v.is_undefined() => Vec::new(),
            v => json::items(&v)?
                .iter()
                .filter_map(|pair| match <[String; 2]>::try_from(json::strings(pair)?) {
                    Ok([field, code]) => Some(FieldError { field, code: ErrorCode::ALL.into_iter().find(|c| c.as_str() == code)? }),
                    Err(_) => None,
                })
                .collect(),
        };
        Some(Draft { answers: read_answers(&json::get(value, "answers"))?, attached, sent_with, server_errors })
    }
}

/// Answers as an object: a string for one value, a list of strings for several.
pub fn write_answers(out: &mut String, answers: &Answers) {
    out.push('{');
    for (i, (field, answer)) in answers.iter().enumerate() {
        json::write_key(out, field, i == 0);
        match answer {
            Answer::One(value) => json::write_str(out, value),
            Answer::Many(values) => json::write_strs(out, values.iter().map(String::as_str)),
        }
    }
    out.push('}');
}

fn read_answers(value: &JsValue) -> Option<Answers> {
    if !json::is_object(value) {
        return None;
    }
    json::keys(value)
        .into_iter()
        .map(|field| {
            let v = json::get(value, &field);
            let answer = match v.as_string() {
                Some(one) => Answer::One(one),
                None => Answer::Many(json::strings(&v)?),
            };
            Some((field, answer))
        })
        .collect()
}

fn key(form: &str) -> String {
    format!("dvi-draft-{form}")
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The saved draft; one that cannot be read (an older shape, a hand edit) is dropped.
pub fn load(form: &str) -> Option<Draft> {
    let text = storage()?.get_item(&key(form)).ok().flatten()?;
    match Draft::from_json(&text) {
        Some(draft) => Some(draft),
        None => {
            delete(form);
            None
        }
    }
}

pub fn save(form: &str, draft: &Draft) {
    let Some(storage) = storage() else { return };
    if draft.is_empty() {
        let _ = storage.remove_item(&key(form));
    } else {
        let _ = storage.set_item(&key(form), &draft.to_json());
    }
}

fn sent_key(form: &str) -> String {
    format!("dvi-sent-{form}")
}

fn session_storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// What was just sent and the backend's receipt for it, for the confirmation: kept in the tab's
/// session storage for the moment between the two pages, as `{"receipt": …, "draft": …}`.
pub fn hand_over(form: &str, sent: &Draft, receipt: &Receipt) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(&sent_key(form), &format!("{{\"receipt\":{},\"draft\":{}}}", receipt.to_json(), sent.to_json()));
    }
}

/// The receipt of the form just sent, and its answers and files if they are still there: the
/// answers are taken out of the browser's storage into the page's memory alone, the receipt
/// stays in the tab's session storage (gone with the tab), so that a reload still shows it.
pub fn take_sent(form: &str) -> Option<(Receipt, Option<Draft>)> {
    let storage = session_storage()?;
    let value = json::parse(&storage.get_item(&sent_key(form)).ok().flatten()?)?;
    let receipt = Receipt::from_value(&json::get(&value, "receipt"))?;
    let _ = storage.set_item(&sent_key(form), &format!("{{\"receipt\":{}}}", receipt.to_json()));
    Some((receipt, Draft::from_value(&json::get(&value, "draft"))))
}

pub fn delete(form: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&key(form));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dvi_validation::attachments::FileKind;

    /// The shapes serde wrote before, so that drafts and sent bodies kept by earlier versions
    /// still read and compare equal.
    #[derive(serde::Serialize)]
    struct SerdeDraft {
        answers: Answers,
        attached: Vec<SerdeAttached>,
        sent_with: Option<(String, String)>,
    }

    #[derive(serde::Serialize)]
    struct SerdeAttached {
        id: String,
        name: String,
        size: u64,
        kind: FileKind,
    }

    #[test]
    fn written_as_serde_json_wrote_it() {
        let answers: Answers = [
            ("email".to_owned(), Answer::One("a@b.lv".to_owned())),
            ("topics".to_owned(), Answer::Many(vec!["x".to_owned(), "y \"z\"".to_owned()])),
            ("none".to_owned(), Answer::Many(Vec::new())),
            ("text".to_owned(), Answer::One("Rindiņa\nun \\ cita\u{1}".to_owned())),
        ]
        .into_iter()
        .collect();
        let file = Attached { id: "f1".to_owned(), name: "sūdzība \"1\".pdf".to_owned(), size: 123_456, kind: FileKind::Edoc };
        for (attached, sent_with) in [(vec![], None), (vec![file.clone(), file], Some(("k".to_owned(), "{\"a\":[1]}".to_owned())))] {
            let serde = SerdeDraft {
                answers: answers.clone(),
                attached: attached
                    .iter()
                    .map(|f: &Attached| SerdeAttached { id: f.id.clone(), name: f.name.clone(), size: f.size, kind: f.kind })
                    .collect(),
                sent_with: sent_with.clone(),
            };
            let draft = Draft { answers: answers.clone(), attached, sent_with, server_errors: Vec::new() };
            assert_eq!(draft.to_json(), serde_json::to_string(&serde).unwrap_or_default());
        }
    }

    /// A receipt is written as the backend's 201 answer has it (and `from_value` reads both).
    #[test]
    fn a_receipt_is_written_as_the_backend_writes_it() {
        for signed in [false, true] {
            let receipt = Receipt { reference: "DVI-2026-000001".to_owned(), received_at: "2026-11-25T10:15:00Z".to_owned(), signed };
            let backend = serde_json::json!({"reference": receipt.reference, "received_at": receipt.received_at, "signed": signed});
            assert_eq!(serde_json::from_str::<serde_json::Value>(&receipt.to_json()).ok(), Some(backend));
        }
    }
}
