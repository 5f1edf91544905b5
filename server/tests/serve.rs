//! The server over real HTTP: files, the app's index for unknown paths, precompressed files,
//! cache lifetimes and the security headers, which deploy/nginx sends the same.

use std::{
    fs,
    path::PathBuf,
    sync::atomic::{AtomicUsize, Ordering},
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Each request gets its own site folder and database: the tests run at the same time, and a
/// file rewritten by one while another serves it would be read half-written.
static NEXT: AtomicUsize = AtomicUsize::new(0);

async fn get(path: &str) -> String {
    get_with(path, "").await
}

/// A form posted to `path`, answers in its body.
async fn post(path: &str) -> String {
    let body = "full-name=J%C4%81nis&personal-code=010101-12345";
    request(&format!("POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len())).await
}

/// The whole response, head and body; `headers` are extra request lines ("Accept-Encoding: br\r\n").
async fn get_with(path: &str, headers: &str) -> String {
    request(&format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}Connection: close\r\n\r\n")).await
}

/// The whole response to one raw request.
async fn request(request: &str) -> String {
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let dist = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("dist-serve-test-{}-{n}", std::process::id()));
    fs::create_dir_all(dist.join("widget")).unwrap();
    fs::write(dist.join("index.html"), "<!DOCTYPE html><title>app</title>").unwrap();
    fs::write(dist.join("index.html.br"), "brotli bytes").unwrap();
    fs::write(dist.join("style-c78ae605c0f29a2e.css"), "body{}").unwrap();
    fs::write(dist.join("widget/embed.js"), "export {};").unwrap();
    fs::create_dir_all(dist.join("lv")).unwrap();
    fs::write(dist.join("lv/sazina.html"), "<title>pre-rendered</title>").unwrap();
    // A page with pages below it, as lv/pakalpojumi.html has lv/pakalpojumi/.
    fs::create_dir_all(dist.join("lv/sazina")).unwrap();
    fs::write(dist.join("lv/sazina/below.html"), "<title>below</title>").unwrap();
    fs::write(dist.join("lv/index.html"), "<title>home</title>").unwrap();
    fs::write(dist.join("404.html"), "<title>nav atrasts</title>").unwrap();
    fs::create_dir_all(dist.join("en")).unwrap();
    fs::write(dist.join("en/404.html"), "<title>not found</title>").unwrap();
    let store = dvi_server::Store::open(&dist.join("submissions.sqlite")).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = dvi_server::app(&dist, store, &dvi_server::Config::default());
    tokio::spawn(async move { axum::serve(listener, app).await });
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    response
}

fn header<'a>(response: &'a str, name: &str) -> Option<&'a str> {
    let head = response.split("\r\n\r\n").next()?;
    head.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.eq_ignore_ascii_case(name).then(|| value.trim())
    })
}

#[tokio::test]
async fn serves_files_pages_and_a_404_page() {
    let css = get("/style-c78ae605c0f29a2e.css").await;
    assert!(css.starts_with("HTTP/1.1 200"), "{css}");
    assert!(css.contains("body{}"));
    // A page by its address and what else names it, as deploy/nginx reads an address.
    for (path, title) in [
        ("/", "app"),
        ("/lv/", "home"),
        ("/lv", "home"),
        ("/lv/index.html", "home"),
        ("/lv/sazina", "pre-rendered"),
        ("/lv/sazina/", "pre-rendered"),
        ("/lv/sazina.html", "pre-rendered"),
        ("/lv/%73azina", "pre-rendered"),
        ("/lv//sazina", "pre-rendered"),
        ("/lv/../lv/sazina", "pre-rendered"),
        ("/en/%2e%2e/lv/sazina", "pre-rendered"),
        ("/lv/sazina/below", "below"),
    ] {
        let page = get(path).await;
        assert!(page.starts_with("HTTP/1.1 200"), "{path}: {page}");
        assert!(page.contains(&format!("<title>{title}</title>")), "{path}: {page}");
        assert_eq!(header(&page, "content-type"), Some("text/html"), "{path}");
    }
    // Anything else is not found, in the address's language; the "page not found" pages and
    // the compressed copies are no address of their own; nothing outside dist/.
    for (path, title) in [
        ("/lv/Sazina", "nav atrasts"),
        ("/no/such/page", "nav atrasts"),
        ("/404.html", "nav atrasts"),
        ("/404", "nav atrasts"),
        ("/index.html.br", "nav atrasts"),
        ("/lv/sazina%0D%0ASet-Cookie:%20x=1", "nav atrasts"),
        ("/en/nothing", "not found"),
        ("/en/404.html", "not found"),
        ("/en", "not found"),
    ] {
        let page = get(path).await;
        assert!(page.starts_with("HTTP/1.1 404"), "{path}: {page}");
        assert!(page.contains(&format!("<title>{title}</title>")), "{path}: {page}");
        assert!(header(&page, "set-cookie").is_none() && header(&page, "last-modified").is_none(), "{path}: {page}");
    }
    // What nginx refuses before it looks for a file.
    for path in ["/%zz", "/a%2", "/%00", "/..", "/lv/%2e%2e/%2e%2e/etc/passwd"] {
        let refused = get(path).await;
        assert!(refused.starts_with("HTTP/1.1 400"), "{path}: {refused}");
    }
}

#[tokio::test]
async fn sends_the_precompressed_file_to_a_browser_that_takes_it() {
    let page = get_with("/", "Accept-Encoding: gzip, br\r\n").await;
    assert_eq!(header(&page, "content-encoding"), Some("br"), "{page}");
    assert!(page.ends_with("brotli bytes"));
    // Whichever is sent, a shared cache must keep them apart.
    assert_eq!(header(&page, "vary"), Some("Accept-Encoding"), "{page}");
    let plain = get("/").await;
    assert_eq!(header(&plain, "content-encoding"), None);
    assert_eq!(header(&plain, "vary"), Some("Accept-Encoding"), "{plain}");
    // Whole files only, as deploy/nginx sends them.
    assert_eq!(header(&plain, "accept-ranges"), None, "{plain}");
    let ranged = get_with("/", "Range: bytes=0-3\r\n").await;
    assert!(ranged.starts_with("HTTP/1.1 200") && ranged.ends_with("<!DOCTYPE html><title>app</title>"), "{ranged}");
    // No copy, no choice.
    assert_eq!(header(&get_with("/lv/sazina", "Accept-Encoding: gzip, br\r\n").await, "vary"), None);
}

#[tokio::test]
async fn sends_security_headers() {
    // Documents (pages, the API's answers) carry the policies; a script or a stylesheet is
    // governed by the page that loads it, and only says nosniff.
    for path in ["/style-c78ae605c0f29a2e.css", "/widget/embed.js"] {
        let response = get(path).await;
        assert_eq!(header(&response, "x-content-type-options"), Some("nosniff"), "{path}");
        assert_eq!(header(&response, "content-security-policy"), None, "{path}");
        assert_eq!(header(&response, "permissions-policy"), None, "{path}");
        assert!(header(&response, "set-cookie").is_none(), "{path}");
    }
    for path in ["/", "/lv/pakalpojumi", "/no/such/page", "/api/no-such-thing", "/%zz"] {
        let response = get(path).await;
        assert_eq!(header(&response, "content-security-policy"), Some(dvi_server::site::CONTENT_SECURITY_POLICY), "{path}");
        assert_eq!(header(&response, "x-content-type-options"), Some("nosniff"), "{path}");
        assert_eq!(header(&response, "referrer-policy"), Some("no-referrer"), "{path}");
        assert_eq!(header(&response, "permissions-policy"), Some(dvi_server::site::PERMISSIONS_POLICY), "{path}");
        assert!(header(&response, "set-cookie").is_none(), "{path}");
        // HSTS is nginx's: this server speaks plain HTTP, where it means nothing.
        assert!(header(&response, "strict-transport-security").is_none(), "{path}");
    }
    let csp = dvi_server::site::CONTENT_SECURITY_POLICY;
    assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval';") && !csp.contains("unsafe-inline"));
    assert!(csp.contains("frame-ancestors 'self' https://www.dvi.gov.lv https://dvi.gov.lv"));
}

#[tokio::test]
async fn hashed_files_are_kept_for_long_and_the_rest_checked() {
    let css = get("/style-c78ae605c0f29a2e.css").await;
    assert_eq!(header(&css, "cache-control"), Some(dvi_server::site::CACHE_HASHED));
    // A hashed name that is not there is the "page not found" page, checked on every use.
    for path in ["/", "/lv/pakalpojumi", "/widget/embed.js", "/style-c78ae605c0f29a2f.css"] {
        assert_eq!(header(&get(path).await, "cache-control"), Some(dvi_server::site::CACHE_OTHER), "{path}");
    }
    // The widget on host pages elsewhere loads itself, and the pages, words and bundles it shows.
    for path in ["/widget/embed.js", "/style-c78ae605c0f29a2e.css", "/lv/pakalpojumi", "/nothing"] {
        assert_eq!(header(&get(path).await, "access-control-allow-origin"), Some("*"), "{path}");
    }
}

/// A form step's Continue without its island posts to the page on sending another way: the
/// answers are in no address, and the page is had by a GET.
#[tokio::test]
async fn a_form_posted_to_a_page_is_sent_to_it() {
    for (path, to) in [
        ("/lv/sazina", "/lv/sazina"),
        ("/lv/sazina/", "/lv/sazina"),
        ("/lv/sazina?x=%0D%0ASet-Cookie:%20x=1", "/lv/sazina"),
        ("/lv", "/lv/"),
        ("/", "/"),
        ("/widget/embed.js", "/widget/embed.js"),
    ] {
        let posted = post(path).await;
        assert!(posted.starts_with("HTTP/1.1 303"), "{path}: {posted}");
        assert_eq!(header(&posted, "location"), Some(to), "{path}");
        assert!(!posted.contains("J%C4%81nis") && !posted.contains("pre-rendered"), "{posted}");
        assert!(header(&posted, "set-cookie").is_none(), "{posted}");
    }
    // What is not there is not found, whatever the method; another method on a file is refused.
    let elsewhere = post("/lv/nothing-here%0D%0ASet-Cookie:%20x=1").await;
    assert!(elsewhere.starts_with("HTTP/1.1 404") && elsewhere.contains("nav atrasts"), "{elsewhere}");
    assert!(header(&elsewhere, "set-cookie").is_none(), "{elsewhere}");
    let put = request("PUT /lv/sazina HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").await;
    assert!(put.starts_with("HTTP/1.1 405"), "{put}");
    assert_eq!(header(&put, "allow"), Some(dvi_server::site::ALLOW));
}

/// deploy/nginx says what this server says: the same policies, lifetimes, types and methods
/// (e2e/production.js then compares the two servers' answers).
#[test]
fn the_nginx_configuration_agrees() {
    let site = fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../deploy/nginx/dvi-self-service.conf")).unwrap();
    use dvi_server::site::*;
    for (value, what) in [
        (CONTENT_SECURITY_POLICY, "CSP"),
        (PERMISSIONS_POLICY, "Permissions-Policy"),
        (CACHE_HASHED, "hashed files' lifetime"),
        (CACHE_OTHER, "other lifetime"),
        (ALLOW, "Allow"),
    ] {
        assert!(site.contains(&format!(" \"{value}\";")), "{what}: {value}");
    }
    // The types: nginx's types block, and no charset added to any.
    let block = site.split("types {").nth(1).and_then(|b| b.split('}').next()).unwrap();
    let nginx: Vec<(String, String)> = block
        .lines()
        .filter_map(|l| l.trim().trim_end_matches(';').split_once(char::is_whitespace))
        .map(|(t, e)| (e.trim().to_owned(), t.to_owned()))
        .collect();
    assert!(!site.lines().any(|l| l.trim_start().starts_with("charset")), "no charset directive");
    let ours: Vec<(String, String)> = CONTENT_TYPES.iter().map(|(e, t)| (e.to_string(), t.to_string())).collect();
    assert_eq!(nginx, ours);
    assert!(site.contains(&format!("default_type {DEFAULT_TYPE};")));
    // No decoded address reaches a header (gixy-ng checks the rest in `cargo xtask test`).
    for line in site.lines().map(str::trim).filter(|l| l.starts_with("return") || l.starts_with("add_header")) {
        assert!(!line.contains("$uri") && !line.contains("$document_uri"), "{line}");
    }
}
