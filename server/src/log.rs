//! The server's log, through `tracing`: one line per request (an id that the response carries
//! as `X-Request-Id`, method, path, status, duration), never a query string, a header, a
//! field of a submission or a file name: the inspectorate's log must not hold personal data.

use axum::{
    extract::Request,
    http::{HeaderName, HeaderValue},
    middleware::Next,
    response::Response,
};
use std::time::Instant;

pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Plain lines on standard output (a service manager keeps them), with the time in UTC.
/// `RUST_LOG`-style filtering is not needed: there is one level of interest.
pub fn init() {
    let _ = tracing_subscriber::fmt().with_target(false).with_ansi(false).try_init();
}

/// 16 hex digits from 8 random bytes; "0000000000000000" if the system has no randomness
/// (a log line is not worth failing a request for).
fn request_id() -> String {
    let mut bytes = [0u8; 8];
    let _ = getrandom::fill(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub async fn requests(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let id = request_id();
    let method = request.method().clone();
    // The path only: a query string could carry anything.
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    tracing::info!(id = %id, method = %method, path = %path, status = response.status().as_u16(), ms = format_args!("{ms:.1}"), "request");
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert(REQUEST_ID, value);
    }
    response
}
