//! The built site from `dist/`, served as a static host serves it (deploy/nginx does the
//! same): brotli or gzip files written at build time where the browser takes them, each page's
//! pre-rendered file, long cache lifetimes for hashed file names, and the security headers.

use axum::{
    extract::Request,
    http::{header, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::path::{Path, PathBuf};
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

/// No inline script or style, nothing from elsewhere, framed only by the inspectorate's own
/// sites. 'wasm-unsafe-eval' lets the page compile its WebAssembly and nothing more.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self'; font-src 'none'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
frame-ancestors 'self' https://www.dvi.gov.lv https://dvi.gov.lv";

pub const PERMISSIONS_POLICY: &str = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

/// A year, never revalidated: a hashed name changes with its content.
pub const CACHE_HASHED: &str = "public, max-age=31536000, immutable";
/// Everything else (pages, the widget's loader by its fixed name): checked on every use.
pub const CACHE_OTHER: &str = "no-cache";

/// Answers a request from the built site: a file as it is; a page's address with its
/// pre-rendered file ("/lv/sazina" with lv/sazina.html); any other address with the "page not
/// found" page and a 404 (en/404.html for English addresses, else 404.html).
/// A form posted to a page (a form step's Continue where its island is not running, which
/// posts to the page on sending another way) is answered with that page by a 303, its body
/// never read: the answers reach no address, log or history.
pub async fn serve(dist: PathBuf, request: Request) -> Response {
    let path = request.uri().path().to_owned();
    if request.method() == axum::http::Method::POST {
        let (_, found) = page_file(&dist, &path);
        return match HeaderValue::from_str(&path) {
            Ok(location) if found => (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response(),
            _ => StatusCode::METHOD_NOT_ALLOWED.into_response(),
        };
    }
    // ServeDir answers a folder with its index.html, or with a redirect to its "/" address.
    if on_disk(&dist, &path) {
        let files = ServeDir::new(&dist).precompressed_br().precompressed_gzip();
        return match files.oneshot(request).await {
            Ok(response) => response.into_response(),
            Err(never) => match never {},
        };
    }
    let (page, found) = page_file(&dist, &path);
    let mut response = match ServeFile::new(page).precompressed_br().precompressed_gzip().oneshot(request).await {
        Ok(response) => response.into_response(),
        Err(never) => match never {},
    };
    if !found && response.status() == StatusCode::OK {
        *response.status_mut() = StatusCode::NOT_FOUND;
    }
    response
}

/// Only plain addresses lead to pages: the site's are lowercase ASCII words, numbers, hyphens.
fn plain(name: &str) -> bool {
    !name.is_empty()
        && name.split('/').all(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'))
}

/// Is there a file at this path in dist/, or a folder with an index.html? (Never outside it.)
/// A folder without one is a page's subpages: "/lv/pakalpojumi" is lv/pakalpojumi.html.
fn on_disk(dist: &Path, path: &str) -> bool {
    let name = path.trim_start_matches('/');
    if name.split('/').any(|s| s == ".." || s.contains('%') || s.contains('\\')) {
        return false;
    }
    let file = dist.join(name);
    file.is_file() || file.join("index.html").is_file()
}

/// The pre-rendered file for an address and `true`; else the "page not found" and `false`.
fn page_file(dist: &Path, path: &str) -> (PathBuf, bool) {
    let name = path.trim_matches('/');
    let rendered = dist.join(format!("{name}.html"));
    if plain(name) && rendered.is_file() {
        return (rendered, true);
    }
    let english = dist.join("en/404.html");
    if (path == "/en" || path.starts_with("/en/")) && english.is_file() {
        return (english, false);
    }
    let not_found = dist.join("404.html");
    (if not_found.is_file() { not_found } else { dist.join("index.html") }, false)
}

/// The policies of a document (a page, and the API's answers): the Content-Security-Policy,
/// the Referrer-Policy and the Permissions-Policy. A script, a stylesheet, the wasm or an image
/// is governed by the page that loads it, so they go without (about 2 KB less on the wire for a
/// page's first load); every response says nosniff.
pub async fn document_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let asset = response.headers().get(header::CONTENT_TYPE).and_then(|t| t.to_str().ok()).is_some_and(is_asset_type);
    if !asset {
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CONTENT_SECURITY_POLICY));
        headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
        headers.insert(header::HeaderName::from_static("permissions-policy"), HeaderValue::from_static(PERMISSIONS_POLICY));
    }
    response
}

/// A content type that is never a document that runs anything: scripts, stylesheets,
/// WebAssembly, images, plain text (the bundles' words).
pub fn is_asset_type(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or_default().trim();
    matches!(essence, "text/css" | "text/javascript" | "application/javascript" | "application/wasm" | "text/plain")
        || essence.starts_with("image/")
}

/// Cache lifetimes for the site's files, and CORS for all of them: the widget on host pages of
/// other origins fetches the pages it shows, their words and bundles (public files, no
/// credentials).
pub async fn static_headers(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    if path.starts_with("/api/") || path == "/api" {
        return response;
    }
    let headers = response.headers_mut();
    let cache = if is_hashed(&path) { CACHE_HASHED } else { CACHE_OTHER };
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    response
}

/// trunk's hashed names: "style-c78ae605c0f29a2e.css", "dvi-info-264cc79941f9ef_bg.wasm". trunk
/// writes its 64-bit hash in hex without leading zeros, so it is up to 16 digits: 8 or more
/// are taken as a hash (a shorter one is rare, and only loses the long cache lifetime).
pub fn is_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    name.match_indices('-').any(|(at, _)| {
        let rest = &name[at + 1..];
        let digits = rest.bytes().take_while(u8::is_ascii_hexdigit).count();
        (8..=16).contains(&digits) && matches!(rest.as_bytes().get(digits), Some(b'.' | b'_'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names() {
        assert!(is_hashed("/style-c78ae605c0f29a2e.css"));
        assert!(is_hashed("/dvi-self-service-3079d03f5a0b5fd4_bg.wasm"));
        assert!(is_hashed("/start-2444c945e563bcfd.js"));
        assert!(is_hashed("/dvi-info-264cc79941f9ef_bg.wasm"));
        assert!(is_hashed("/forms/dvi-forms-361a9709f492dfcb.js"));
        for plain in [
            "/",
            "/index.html",
            "/widget/embed.js",
            "/widget/dvi-widget_bg.wasm",
            "/lv/pakalpojumi",
            "/favicon.png",
            "/a-c78ae60.css",
            "/a-c78ae605c0f29a2ea.css",
            "/a-c78ae605c0f29a2x.css",
            "/embed-demo.css",
        ] {
            assert!(!is_hashed(plain), "{plain}");
        }
    }
}
