//! The built site from `dist/`, answered as deploy/nginx answers it (`cargo xtask test` compares
//! the two on every file and address, e2e/production.js): the file or page an address names,
//! brotli or gzip written at build time where the browser takes it, the "page not found" page
//! in the address's language for anything else, a 303 for a form posted to a page, and the
//! same headers.

use axum::{
    body::Body,
    extract::Request,
    http::{header, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::path::Path;
use tower::ServiceExt;
use tower_http::services::ServeFile;

/// No inline script or style, nothing from elsewhere, framed only by the inspectorate's own
/// sites. 'wasm-unsafe-eval' lets the page compile its WebAssembly and nothing more.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self'; font-src 'none'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
frame-ancestors 'self' https://www.dvi.gov.lv https://dvi.gov.lv";

pub const PERMISSIONS_POLICY: &str = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

/// A year, never revalidated: a hashed name changes with its content.
pub const CACHE_HASHED: &str = "public, max-age=31536000, immutable";
/// Everything else (pages, the widget's loader by its fixed name, any refusal): checked on
/// every use.
pub const CACHE_OTHER: &str = "no-cache";

/// What a page or file of the site takes: GET and HEAD read it, a POST is sent on to it.
pub const ALLOW: &str = "GET, HEAD, POST";

/// The site's files' types by extension, as deploy/nginx's `types` gives them; anything else
/// is `DEFAULT_TYPE`. No charset: every text file is UTF-8, which a page says in its
/// `<meta charset>`, and which scripts, stylesheets, fetched words and XML are read as anyway.
pub const CONTENT_TYPES: [(&str, &str); 9] = [
    ("html", "text/html"),
    ("css", "text/css"),
    ("js", "text/javascript"),
    ("wasm", "application/wasm"),
    ("txt", "text/plain"),
    ("xml", "application/xml"),
    ("json", "application/json"),
    ("svg", "image/svg+xml"),
    ("png", "image/png"),
];
pub const DEFAULT_TYPE: &str = "application/octet-stream";

/// The type of a file of the site, by its name.
pub fn content_type(file: &str) -> &'static str {
    let name = file.rsplit('/').next().unwrap_or_default();
    let extension = name.rsplit_once('.').map(|(_, e)| e).unwrap_or_default();
    CONTENT_TYPES.iter().find(|(e, _)| *e == extension).map_or(DEFAULT_TYPE, |(_, t)| t)
}

/// Answers a request for `path` (decoded and resolved: `address::normalize`) from the built
/// site: GET or HEAD, the file it names ([`resolve`]) or the "page not found" page with a 404
/// for any method; a POST to a page or file, a 303 to its address, the body never read (a form
/// step's Continue where its island is not running posts to the page on sending another way:
/// the answers reach no address, log or history); any other method, 405.
pub async fn serve(dist: &Path, path: &[u8], mut request: Request) -> Response {
    let Some(file) = resolve(dist, path) else {
        if request.method() != Method::HEAD {
            *request.method_mut() = Method::GET;
        }
        return send(dist, not_found_page(path), request, StatusCode::NOT_FOUND).await;
    };
    let method = request.method();
    if method == Method::GET || method == Method::HEAD {
        return send(dist, &file, request, StatusCode::OK).await;
    }
    let location = (method == Method::POST).then(|| posted_to(&file)).flatten().and_then(|to| HeaderValue::from_str(&to).ok());
    match location {
        Some(location) => with_site_headers((StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response(), None),
        None => refused(StatusCode::METHOD_NOT_ALLOWED),
    }
}

/// An answer of the site with no body: 400 for an address nginx cannot read, 405 for a method
/// a file does not take.
pub fn refused(status: StatusCode) -> Response {
    with_site_headers((status, Body::empty()).into_response(), None)
}

/// The file of dist/ an address names, as "/lv/sazina.html": for "/lv/sazina" or "/lv/sazina/",
/// the first there is of lv/sazina.html, lv/sazina/index.html and the file lv/sazina itself
/// ("/" is index.html). The "page not found" pages and the compressed copies beside each file
/// are no address of their own.
pub fn resolve(dist: &Path, path: &[u8]) -> Option<String> {
    let path = std::str::from_utf8(path).ok()?;
    if no_address(path) {
        return None;
    }
    let candidates = match path {
        "/" => vec!["/index.html".to_owned()],
        _ => {
            let page = path.strip_suffix('/').unwrap_or(path);
            vec![format!("{page}.html"), format!("{page}/index.html"), page.to_owned()]
        }
    };
    candidates.into_iter().find(|file| dist.join(file.trim_start_matches('/')).is_file())
}

/// deploy/nginx's `internal` location: "/404", "/en/404.html" and the like, and "x.br", "x.gz".
fn no_address(path: &str) -> bool {
    let path = path.strip_suffix('/').unwrap_or(path);
    let page = path.strip_prefix("/en").unwrap_or(path);
    matches!(page, "/404" | "/404.html") || path.ends_with(".br") || path.ends_with(".gz")
}

/// The "page not found" page for an address, in its language.
fn not_found_page(path: &[u8]) -> &'static str {
    if path == b"/en" || path.starts_with(b"/en/") {
        "/en/404.html"
    } else {
        "/404.html"
    }
}

/// Where a form posted to a file is sent (deploy/nginx's `$dvi_posted_to`): a page's address
/// ("/lv/" for lv/index.html, "/lv/sazina" for lv/sazina.html), else the file's own; only
/// letters, digits and "_.-/", so that nothing can be written into the header.
pub fn posted_to(file: &str) -> Option<String> {
    let lower = |s: &str| s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if let Some(folder) = file.strip_suffix("index.html") {
        if folder.starts_with('/') && folder[1..].split_terminator('/').all(|s| !s.is_empty() && lower(s)) {
            return Some(folder.to_owned());
        }
    }
    if let Some(page) = file.strip_suffix(".html") {
        if page.len() > 1 && page.starts_with('/') && page[1..].split('/').all(lower) {
            return Some(page.to_owned());
        }
    }
    let plain = file.len() > 1
        && file.starts_with('/')
        && file.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-' | b'/'));
    plain.then(|| file.to_owned())
}

/// A file of the site with `status`: brotli or gzip where the request takes it and a copy is
/// there, its type by its name, `Vary` wherever a copy is there; Last-Modified only where nginx
/// sends it; always whole (deploy/nginx: `max_ranges 0`).
async fn send(dist: &Path, file: &str, mut request: Request, status: StatusCode) -> Response {
    request.headers_mut().remove(header::RANGE);
    let on_disk = dist.join(file.trim_start_matches('/'));
    let mut response = match ServeFile::new(&on_disk).precompressed_br().precompressed_gzip().oneshot(request).await {
        Ok(response) => response.into_response(),
        Err(never) => match never {},
    };
    if response.status() == StatusCode::OK {
        *response.status_mut() = status;
    }
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type(file)));
    let copy = |extension: &str| {
        let mut name = on_disk.clone().into_os_string();
        name.push(extension);
        Path::new(&name).is_file()
    };
    if copy(".br") || copy(".gz") {
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    }
    if !matches!(status, StatusCode::OK | StatusCode::PARTIAL_CONTENT | StatusCode::NOT_MODIFIED) {
        headers.remove(header::LAST_MODIFIED);
    }
    headers.remove(header::ACCEPT_RANGES);
    with_site_headers(response, Some(file))
}

/// What every answer of the site carries: its lifetime (a year for a hashed file found, else
/// checked on every use), CORS for everyone (the widget on host pages elsewhere fetches the
/// pages it shows, their words and bundles: public files, no credentials), and on a 405 what
/// the file takes.
fn with_site_headers(mut response: Response, file: Option<&str>) -> Response {
    let found = matches!(response.status(), StatusCode::OK | StatusCode::NOT_MODIFIED);
    let cache = if found && file.is_some_and(is_hashed) { CACHE_HASHED } else { CACHE_OTHER };
    let status = response.status();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    if status == StatusCode::METHOD_NOT_ALLOWED {
        headers.insert(header::ALLOW, HeaderValue::from_static(ALLOW));
    }
    response
}

/// The policies of a document (a page, a redirect, an empty answer, and the API's answers):
/// the Content-Security-Policy, the Referrer-Policy and the Permissions-Policy. A script, a
/// stylesheet, the wasm, an image or a bundle's words is governed by the page that loads it,
/// so they go without (about 2 KB less on the wire for a page's first load).
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
/// WebAssembly, images, plain text (the bundles' words). deploy/nginx's `$dvi_document`.
pub fn is_asset_type(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or_default().trim();
    matches!(essence, "text/css" | "text/javascript" | "application/wasm" | "text/plain") || essence.starts_with("image/")
}

/// trunk's hashed names: "style-c78ae605c0f29a2e.css", "dvi-info-264cc79941f9ef_bg.wasm", a
/// bundle's words "dvi-forms-lv-1a2b3c4d.txt". trunk writes its 64-bit hash in hex without
/// leading zeros, so it is up to 16 digits: 8 or more are taken as a hash (a shorter one is
/// rare, and only loses the long cache lifetime). deploy/nginx's `$dvi_cache_control`.
pub fn is_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    let Some((stem, extension)) = name.rsplit_once('.') else { return false };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let digits = stem.bytes().rev().take_while(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b)).count();
    matches!(extension, "js" | "css" | "wasm" | "txt") && (8..=16).contains(&digits) && stem[..stem.len() - digits].ends_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names() {
        for hashed in [
            "/style-c78ae605c0f29a2e.css",
            "/dvi-self-service-3079d03f5a0b5fd4_bg.wasm",
            "/start-2444c945e563bcfd.js",
            "/dvi-info-264cc79941f9ef_bg.wasm",
            "/forms/dvi-forms-361a9709f492dfcb.js",
            "/words/dvi-forms-lv-1a2b3c4d.txt",
        ] {
            assert!(is_hashed(hashed), "{hashed}");
        }
        for plain in [
            "/",
            "/index.html",
            "/widget/embed.js",
            "/widget/dvi-widget_bg.wasm",
            "/lv/pakalpojumi",
            "/favicon.png",
            "/a-c78ae60.css",
            "/a-c78ae605c0f29a2ea.css",
            "/a-C78AE605C0F29A2E.css",
            "/a-c78ae605c0f29a2x.css",
            "/a-c78ae605c0f29a2e.png",
            "/a-c78ae605c0f29a2e.css.br",
            "/embed-demo.css",
        ] {
            assert!(!is_hashed(plain), "{plain}");
        }
    }

    #[test]
    fn a_post_is_sent_to_the_address_of_what_it_names() {
        for (file, to) in [
            ("/index.html", Some("/")),
            ("/lv/index.html", Some("/lv/")),
            ("/lv/sazina.html", Some("/lv/sazina")),
            (
                "/lv/pakalpojumi/jautajums-vai-konsultacija/pieteikums/1.html",
                Some("/lv/pakalpojumi/jautajums-vai-konsultacija/pieteikums/1"),
            ),
            ("/style-c78ae605c0f29a2e.css", Some("/style-c78ae605c0f29a2e.css")),
            ("/widget/embed.js", Some("/widget/embed.js")),
            ("/Lv/Index.html", Some("/Lv/Index.html")),
            ("/lv/\r\nSet-Cookie: x=1.html", None),
            ("/a b.css", None),
            ("/sūdzība.pdf", None),
        ] {
            assert_eq!(posted_to(file).as_deref(), to, "{file:?}");
        }
    }

    #[test]
    fn types_by_name() {
        assert_eq!(content_type("/lv/sazina.html"), "text/html");
        assert_eq!(content_type("/start-2444c945e563bcfd.js"), "text/javascript");
        assert_eq!(content_type("/dvi-forms-3079d03f5a0b5fd4_bg.wasm"), "application/wasm");
        assert_eq!(content_type("/robots"), DEFAULT_TYPE);
        assert_eq!(content_type("/lv.d/robots"), DEFAULT_TYPE);
    }
}
