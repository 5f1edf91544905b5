//! The submission client: JSON to the inspectorate's backend (the contract is
//! server/openapi.yaml), with an idempotency key, time limits and retries, and file uploads
//! with progress. Browser-only: called from event handlers.

use crate::forms::Attached;
use dvi_validation::FieldError;
use gloo_net::http::Request;
use dvi_validation::forms::Answers;
use serde::{Deserialize, Serialize};
use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_futures::JsFuture;

/// What is posted: the form, the language of the person, the answers of the fields shown.
#[derive(Serialize)]
pub struct Submission<'a> {
    pub form: &'a str,
    pub lang: &'a str,
    pub answers: &'a Answers,
}

impl Submission<'_> {
    /// The exact body sent, kept with its idempotency key so a retry sends the same bytes.
    pub fn to_json(&self) -> String {
        // Strings and string lists only: serialising cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Receipt {
    pub reference: String,
    pub received_at: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SendError {
    /// The backend would not take some answers (422); each says which field and why.
    Invalid(Vec<FieldError>),
    /// The key was used before with other answers (409): send again with a new key.
    Conflict,
    /// No answer, a time-out, or the backend failing (5xx) after every retry; or a refusal
    /// that the person cannot fix by changing answers.
    Unavailable,
}

#[derive(Deserialize)]
struct ErrorBody {
    #[serde(default)]
    fields: Vec<FieldError>,
}

/// How long one attempt may take before it is given up.
const ATTEMPT_MS: u32 = 20_000;
/// Waits before the 2nd, 3rd and 4th attempts.
const BACKOFF_MS: [u32; 3] = [1_000, 3_000, 7_000];

/// Sends a submission, retrying on network errors and 5xx with the same key and body, so the
/// backend keeps exactly one record whatever happens to the answers in between.
pub async fn submit(base: &str, body: &str, key: &str) -> Result<Receipt, SendError> {
    let url = format!("{base}/submissions");
    for wait in std::iter::once(0).chain(BACKOFF_MS) {
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
        drop(timer);
        let Ok(response) = response else { continue };
        match response.status() {
            201 | 200 => return response.json::<Receipt>().await.map_err(|_| SendError::Unavailable),
            409 => return Err(SendError::Conflict),
            422 => {
                let fields = response.json::<ErrorBody>().await.map(|b| b.fields).unwrap_or_default();
                return Err(if fields.is_empty() { SendError::Unavailable } else { SendError::Invalid(fields) });
            }
            429 | 500..=599 => continue,
            _ => return Err(SendError::Unavailable),
        }
    }
    Err(SendError::Unavailable)
}

#[derive(Clone, Debug, PartialEq)]
pub enum UploadError {
    Invalid(Vec<FieldError>),
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
        201 | 200 => serde_json::from_str::<Attached>(&text).map_err(|_| UploadError::Failed),
        422 => Err(serde_json::from_str::<ErrorBody>(&text).map(|b| UploadError::Invalid(b.fields)).unwrap_or(UploadError::Failed)),
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
