//! The local web server and reference backend: the built site for every path, and the
//! submissions API under /api (see `openapi.yaml`), with the same security headers on both.

pub mod api;
pub mod clock;
pub mod config;
pub mod limit;
pub mod log;
pub mod site;
pub mod store;

pub use config::Config;
pub use store::Store;

use axum::{
    http::{header, HeaderValue},
    Router,
};
use std::{future::Future, net::SocketAddr, path::Path};
use tower_http::set_header::SetResponseHeaderLayer;

/// The whole server: `/api/...` goes to the API (which answers unknown paths there with JSON,
/// never with the app's page), everything else to the files in `dist`. One log line per request.
pub fn app(dist: &Path, store: Store, config: &Config) -> Router {
    Router::new()
        .merge(api::router(store, config))
        .fallback({
            let dist = dist.to_path_buf();
            move |request: axum::extract::Request| site::serve(dist.clone(), request)
        })
        .layer(axum::middleware::from_fn(site::static_headers))
        .layer(axum::middleware::from_fn(site::document_headers))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(axum::middleware::from_fn(log::requests))
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
