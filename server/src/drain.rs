//! What is left of a request's body when the answer comes before it was read (a 413 known
//! from Content-Length, a 429, a 415, a POST to a page) is read and dropped before the answer
//! goes. Closing with it unread resets the connection: a proxy in front (nginx) that is still
//! sending the body then loses the answer and says 502 instead (RFC 9112, 9.6). Only so much is
//! read, for so long: past that the connection is closed, as before.

use axum::{
    body::{Body, Bytes},
    extract::Request,
    http::header,
    middleware::Next,
    response::Response,
};
use http_body::{Body as _, Frame, SizeHint};
use http_body_util::BodyExt;
use std::{
    pin::Pin,
    sync::{Arc, Mutex},
    task::{Context, Poll},
    time::Duration,
};

/// More than any body the server takes (a 10 MiB file) and than deploy/nginx lets through (11
/// MiB), so that whatever a proxy sends on is read.
pub const DRAIN_BYTES: u64 = 16 * 1024 * 1024;
const DRAIN_TIME: Duration = Duration::from_secs(10);

type Left = Arc<Mutex<Option<Body>>>;

/// A request's body that, dropped before its end, leaves the rest in `left`.
struct Tapped {
    inner: Option<Body>,
    left: Left,
}

impl http_body::Body for Tapped {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        let Some(inner) = self.inner.as_mut() else { return Poll::Ready(None) };
        let polled = Pin::new(inner).poll_frame(cx);
        if matches!(polled, Poll::Ready(None) | Poll::Ready(Some(Err(_)))) {
            self.inner = None;
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.as_ref().is_none_or(|b| b.is_end_stream())
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.as_ref().map_or_else(|| SizeHint::with_exact(0), |b| b.size_hint())
    }
}

impl Drop for Tapped {
    fn drop(&mut self) {
        if let Some(rest) = self.inner.take().filter(|b| !b.is_end_stream()) {
            if let Ok(mut left) = self.left.lock() {
                *left = Some(rest);
            }
        }
    }
}

/// The middleware: the request goes on with its body tapped; once the answer is there, what the
/// handler left unread is read (up to `DRAIN_BYTES`, for up to `DRAIN_TIME`) and dropped.
pub async fn unread_bodies(request: Request, next: Next) -> Response {
    let declared = request.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > DRAIN_BYTES) {
        return next.run(request).await;
    }
    let left = Left::default();
    let (parts, body) = request.into_parts();
    let tapped = Body::new(Tapped { inner: Some(body), left: left.clone() });
    let response = next.run(Request::from_parts(parts, tapped)).await;
    let rest = left.lock().ok().and_then(|mut l| l.take());
    if let Some(rest) = rest {
        let _ = tokio::time::timeout(DRAIN_TIME, drain(rest)).await;
    }
    response
}

async fn drain(body: Body) {
    let mut body = http_body_util::Limited::new(body, DRAIN_BYTES as usize);
    while let Some(Ok(_)) = body.frame().await {}
}
