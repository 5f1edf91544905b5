//! The local web server and reference backend: the built site for every path, and the
//! submissions API under /api (see `openapi.yaml`), with the same security headers on both.

pub mod api;
pub mod clock;
pub mod config;
pub mod site;
pub mod store;

pub use config::Config;
pub use store::Store;

use axum::{
    http::{header, HeaderValue},
    Router,
};
use std::path::Path;
use tower_http::set_header::SetResponseHeaderLayer;

/// The whole server: `/api/...` goes to the API (which answers unknown paths there with JSON,
/// never with the app's page), everything else to the files in `dist`.
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
}
