//! The submission client: JSON to the inspectorate's backend (the contract is
//! server/openapi.yaml), with an idempotency key, time limits and retries, and file uploads
//! with progress. Browser-only: called from event handlers.

use crate::forms::{draft::write_answers, Attached};
use crate::json;
use dvi_validation::forms::Answers;
use dvi_validation::{ErrorCode, FieldError};
use gloo_net::http::Request;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What is posted: the form, the language of the person, the answers of the fields shown.
pub struct Submission<'a> {
    pub form: &'a str,
    pub lang: &'a str,
    pub answers: &'a Answers,
}

impl Submission<'_> {
    /// The exact body sent, kept with its idempotency key so a retry sends the same bytes.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{");
        json::write_key(&mut out, "form", true);
        json::write_str(&mut out, self.form);
        json::write_key(&mut out, "lang", false);
        json::write_str(&mut out, self.lang);
        json::write_key(&mut out, "answers", false);
        write_answers(&mut out, self.answers);
        out.push('}');
        out
    }
}

pub use crate::forms::draft::Receipt;

#[derive(Clone, Debug, PartialEq)]
pub enum SendError {
    /// The backend would not take some answers (422); each says which field and why.
    Invalid(Vec<FieldError>),
    /// The key was used before with other answers (409): send again with a new key.
    Conflict,
    /// No answer, a time-out, or the backend failing (5xx) after every retry; or a refusal
    /// that the person cannot fix by changing answers.
    Unavailable,
    /// The backend's limit per client (429) still held after every retry: wait, then send.
    TooManyRequests,
}

/// The field errors of a 422 (`{"fields": [{"field", "code"}]}`); `None` if the body is not
/// that shape, a field error with other members or an unknown code included.
fn field_errors(text: &str) -> Option<Vec<FieldError>> {
    let value = json::parse(text)?;
    if !json::is_object(&value) {
        return None;
    }
    let fields = json::get(&value, "fields");
    if fields.is_undefined() {
        return Some(Vec::new());
    }
    json::items(&fields)?.iter().map(field_error).collect()
}

fn field_error(value: &JsValue) -> Option<FieldError> {
    if json::keys(value).len() != 2 {
        return None;
    }
    let code = json::get(value, "code").as_string()?;
    Some(FieldError { field: json::get(value, "field").as_string()?, code: ErrorCode::ALL.into_iter().find(|c| c.as_str() == code)? })
}

/// How long one attempt may take before it is given up.
const ATTEMPT_MS: u32 = 20_000;
/// Waits before the 2nd, 3rd and 4th attempts.
const BACKOFF_MS: [u32; 3] = [1_000, 3_000, 7_000];

/// Sends a submission, retrying on network errors (not while the device is offline) and 5xx
/// with the same key and body, so the backend keeps exactly one record whatever happens to the
/// answers in between.
pub async fn submit(base: &str, body: &str, key: &str) -> Result<Receipt, SendError> {
    let url = format!("{base}/submissions");
    // The backend's Retry-After, when it limited the last attempt.
    let mut limited: Option<u32> = None;
    for backoff in std::iter::once(0).chain(BACKOFF_MS) {
        let wait = limited.map_or(backoff, |after| after.max(backoff));
        if wait > 0 {
            gloo_timers::future::TimeoutFuture::new(wait).await;
        }
        let controller = web_sys::AbortController::new().ok();
        let timer = controller.clone().map(|c| gloo_timers::callback::Timeout::new(ATTEMPT_MS, move || c.abort()));
        let request = Request::post(&url)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .abort_signal(controller.as_ref().map(|c| c.signal()).as_ref())
            .body(body);
        let response = match request {
            Ok(request) => request.send().await,
            Err(_) => return Err(SendError::Unavailable),
        };
        let Ok(response) = response else {
            // The device itself is offline: no use waiting to try again; the person is told.
            if crate::dom::offline() {
                return Err(SendError::Unavailable);
            }
            limited = None;
            continue;
        };
        limited = None;
        // Read within the attempt's time limit too (the timer aborts the body as well): an answer
        // whose body never ends is tried again, as one that never began is.
        let status = response.status();
        let retry_after = response.headers().get("Retry-After");
        let text = match status {
            200 | 201 | 422 => match response.text().await {
                Ok(text) => text,
                Err(_) if crate::dom::offline() => return Err(SendError::Unavailable),
                // The same key and body: the backend answers a retry with the same receipt.
                Err(_) => continue,
            },
            _ => String::new(),
        };
        drop(timer);
        match status {
            201 | 200 => {
                return json::parse(&text).as_ref().and_then(Receipt::from_value).ok_or(SendError::Unavailable);
            }
            409 => return Err(SendError::Conflict),
            422 => {
                return Err(match field_errors(&text) {
                    Some(fields) if !fields.is_empty() => SendError::Invalid(fields),
                    _ => SendError::Unavailable,
                });
            }
            // A wait longer than a person would sit through is theirs to choose: they are told.
            429 => match retry_after_ms(retry_after.as_deref()) {
                Some(wait) => limited = Some(wait),
                None => return Err(SendError::TooManyRequests),
            },
            500..=599 => continue,
            _ => return Err(SendError::Unavailable),
        }
    }
    Err(if limited.is_some() { SendError::TooManyRequests } else { SendError::Unavailable })
}

/// Longest wait for a Retry-After before an attempt: longer, and the person is told instead.
const RETRY_AFTER_MAX_MS: u32 = 10_000;

/// A 429's Retry-After (whole seconds) as a wait before the next attempt; a second if it says
/// nothing usable; `None` if it is longer than [`RETRY_AFTER_MAX_MS`].
fn retry_after_ms(header: Option<&str>) -> Option<u32> {
    let wait = header.and_then(|v| v.trim().parse::<u32>().ok()).map_or(1_000, |secs| secs.saturating_mul(1_000));
    (wait <= RETRY_AFTER_MAX_MS).then_some(wait)
}

#[derive(Clone, Debug, PartialEq)]
pub enum UploadError {
    Invalid(Vec<FieldError>),
    /// The backend's limit per client (429): the person waits a minute and tries again.
    TooManyRequests,
    Failed,
}

/// Uploads one file, reporting progress in percent. XMLHttpRequest, because fetch cannot tell
/// how much of a request body has gone.
pub async fn upload(base: &str, file: &web_sys::File, on_progress: impl Fn(u32) + 'static) -> Result<Attached, UploadError> {
    let xhr = web_sys::XmlHttpRequest::new().map_err(|_| UploadError::Failed)?;
    xhr.open("POST", &format!("{base}/attachments")).map_err(|_| UploadError::Failed)?;
    let name = String::from(js_sys::encode_uri_component(&file.name()));
    xhr.set_request_header("X-File-Name", &name).map_err(|_| UploadError::Failed)?;
    xhr.set_timeout(120_000);
    let progress = Closure::<dyn Fn(web_sys::ProgressEvent)>::new(move |e: web_sys::ProgressEvent| {
        if e.length_computable() && e.total() > 0.0 {
            on_progress((e.loaded() / e.total() * 100.0).round() as u32);
        }
    });
    if let Ok(upload) = xhr.upload() {
        upload.set_onprogress(Some(progress.as_ref().unchecked_ref()));
    }
    // "loadend" follows load, error, time-out and abort alike; the status tells them apart.
    let done = js_sys::Promise::new(&mut |resolve, _reject| {
        let _ = xhr.add_event_listener_with_callback("loadend", &resolve);
    });
    xhr.send_with_opt_blob(Some(file)).map_err(|_| UploadError::Failed)?;
    let _ = JsFuture::from(done).await;
    drop(progress);
    let text = xhr.response_text().ok().flatten().unwrap_or_default();
    match xhr.status().unwrap_or(0) {
        201 | 200 => json::parse(&text).as_ref().and_then(Attached::from_json).ok_or(UploadError::Failed),
        422 => Err(field_errors(&text).map(UploadError::Invalid).unwrap_or(UploadError::Failed)),
        429 => Err(UploadError::TooManyRequests),
        _ => Err(UploadError::Failed),
    }
}

/// A fresh idempotency key: a random UUID from the browser.
pub fn new_key() -> String {
    let from_crypto = leptos::prelude::window().crypto().ok().map(|c| c.random_uuid());
    from_crypto.unwrap_or_else(|| {
        // Without crypto (an old browser): 32 hex digits from Math.random, enough to keep one
        // person's submissions apart.
        (0..4).map(|_| format!("{:08x}", (js_sys::Math::random() * f64::from(u32::MAX)) as u32)).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use dvi_validation::forms::Answer;

    #[test]
    fn retry_after_is_a_bounded_wait() {
        assert_eq!(retry_after_ms(Some("3")), Some(3_000));
        assert_eq!(retry_after_ms(Some(" 1 ")), Some(1_000));
        assert_eq!(retry_after_ms(Some("10")), Some(RETRY_AFTER_MAX_MS));
        // Longer than a person would wait: they are told instead (SendError::TooManyRequests).
        assert_eq!(retry_after_ms(Some("11")), None);
        assert_eq!(retry_after_ms(Some("60")), None);
        assert_eq!(retry_after_ms(Some("4294967295")), None);
        assert_eq!(retry_after_ms(Some("Wed, 21 Oct 2026 07:28:00 GMT")), Some(1_000));
        assert_eq!(retry_after_ms(None), Some(1_000));
    }

    /// The body serde wrote before, byte for byte: a draft may hold a key sent with it.
    #[test]
    fn submission_written_as_serde_json_wrote_it() {
        #[derive(serde::Serialize)]
        struct Serde<'a> {
            form: &'a str,
            lang: &'a str,
            answers: &'a Answers,
        }
        let answers: Answers =
            [("a".to_owned(), Answer::One("x\"y".to_owned())), ("b".to_owned(), Answer::Many(vec!["1".to_owned(), "ā".to_owned()]))]
                .into_iter()
                .collect();
        for answers in [Answers::new(), answers] {
            let ours = Submission { form: "complaint", lang: "lv", answers: &answers }.to_json();
            assert_eq!(ours, serde_json::to_string(&Serde { form: "complaint", lang: "lv", answers: &answers }).unwrap_or_default());
        }
    }
}
