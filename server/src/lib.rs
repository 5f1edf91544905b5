//! The local web server and reference backend: the built site for every path, and the
//! submissions API under /api (see `openapi.yaml`), with the same security headers on both.

pub mod address;
pub mod api;
pub mod clock;
pub mod config;
pub mod drain;
pub mod limit;
pub mod log;
pub mod site;
pub mod store;

pub use config::Config;
pub use store::Store;

use axum::{
    extract::Request,
    http::{header, HeaderValue, Method, StatusCode},
    response::Response,
    Router,
};
use std::{
    future::Future,
    net::SocketAddr,
    path::{Path, PathBuf},
};
use tower::ServiceExt;
use tower_http::set_header::SetResponseHeaderLayer;

/// The whole server: each request by its path as nginx reads it (`address::normalize`), so
/// that both servers answer every address alike: "/api" and below to the API (which answers
/// unknown paths there with JSON, never with a page), everything else to the files in `dist`.
/// One log line per request.
pub fn app(dist: &Path, store: Store, config: &Config) -> Router {
    let api = api::router(store, config);
    let dist = dist.to_path_buf();
    Router::new()
        .fallback(move |request: Request| route(api.clone(), dist.clone(), request))
        .layer(axum::middleware::from_fn(site::document_headers))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(axum::middleware::from_fn(drain::unread_bodies))
        .layer(axum::middleware::from_fn(log::requests))
}

async fn route(api: Router, dist: PathBuf, mut request: Request) -> Response {
    // nginx refuses TRACE itself, whatever the address.
    if request.method() == Method::TRACE {
        return site::refused(StatusCode::METHOD_NOT_ALLOWED);
    }
    let Some(path) = address::normalize(request.uri().path()) else {
        return site::refused(StatusCode::BAD_REQUEST);
    };
    if !address::is_api(&path) {
        return site::serve(&dist, &path, request).await;
    }
    // The API's routes match the resolved path ("/api/x/../health" is the health check).
    let query = request.uri().query().map(|q| format!("?{q}")).unwrap_or_default();
    match format!("{}{query}", address::encode(&path)).parse() {
        Ok(uri) => *request.uri_mut() = uri,
        Err(_) => return site::refused(StatusCode::BAD_REQUEST),
    }
    match api.oneshot(request).await {
        Ok(response) => response,
        Err(never) => match never {},
    }
}

/// Serves `app` until `stop` completes; then accepts no new connection, lets the requests in
/// flight finish, and returns. The connection's address reaches the handlers (the rate limit).
pub async fn serve(listener: tokio::net::TcpListener, app: Router, stop: impl Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).with_graceful_shutdown(stop).await
}

/// Files uploaded but never sent with a submission are deleted after this many days: long
/// enough for a draft to be finished another day, short enough not to keep documents for nothing.
pub const UNUSED_UPLOAD_DAYS: i64 = 7;

/// The hourly job: deletes the uploads that no submission took in time and forgets the
/// idempotency keys older than the configured retention. `now` in milliseconds since the epoch.
pub fn housekeeping(store: &Store, config: &Config, now_ms: i64) {
    let ago = |days: i64| clock::Instant { utc_ms: now_ms - days * 86_400_000 }.rfc3339();
    match store.purge_unused_attachments(&ago(UNUSED_UPLOAD_DAYS)) {
        Ok(0) => {}
        Ok(n) => tracing::info!("deleted {n} unused upload(s) older than {UNUSED_UPLOAD_DAYS} days"),
        Err(e) => tracing::error!("could not delete unused uploads: {e}"),
    }
    match store.forget_idempotency_keys(&ago(i64::from(config.idempotency_days))) {
        Ok(0) => {}
        Ok(n) => tracing::info!("forgot {n} idempotency key(s) older than {} days", config.idempotency_days),
        Err(e) => tracing::error!("could not forget idempotency keys: {e}"),
    }
}
