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
    for (path, title) in
        [("/", "app"), ("/lv/", "home"), ("/lv/sazina", "pre-rendered"), ("/lv/sazina/", "pre-rendered"), ("/lv/sazina/below", "below")]
    {
        let page = get(path).await;
        assert!(page.starts_with("HTTP/1.1 200"), "{path}: {page}");
        assert!(page.contains(&format!("<title>{title}</title>")), "{path}: {page}");
    }
    // Anything else is not found, in the address's language; nothing outside dist/.
    for (path, title) in [
        ("/lv/Sazina", "nav atrasts"),
        ("/no/such/page", "nav atrasts"),
        ("/lv/../lv/sazina", "nav atrasts"),
        ("/lv/%2e%2e/lv/sazina", "nav atrasts"),
        ("/en/nothing", "not found"),
    ] {
        let page = get(path).await;
        assert!(page.starts_with("HTTP/1.1 404"), "{path}: {page}");
        assert!(page.contains(&format!("<title>{title}</title>")), "{path}: {page}");
    }
}

#[tokio::test]
async fn sends_the_precompressed_file_to_a_browser_that_takes_it() {
    let page = get_with("/", "Accept-Encoding: gzip, br\r\n").await;
    assert_eq!(header(&page, "content-encoding"), Some("br"), "{page}");
    assert!(page.ends_with("brotli bytes"));
    let plain = get("/").await;
    assert_eq!(header(&plain, "content-encoding"), None);
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
    for path in ["/", "/lv/pakalpojumi", "/no/such/page", "/api/no-such-thing"] {
        let response = get(path).await;
        assert_eq!(header(&response, "content-security-policy"), Some(dvi_server::site::CONTENT_SECURITY_POLICY), "{path}");
        assert_eq!(header(&response, "x-content-type-options"), Some("nosniff"), "{path}");
        assert_eq!(header(&response, "referrer-policy"), Some("no-referrer"), "{path}");
        assert_eq!(header(&response, "permissions-policy"), Some(dvi_server::site::PERMISSIONS_POLICY), "{path}");
        assert!(header(&response, "set-cookie").is_none(), "{path}");
    }
    let csp = dvi_server::site::CONTENT_SECURITY_POLICY;
    assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval';") && !csp.contains("unsafe-inline"));
    assert!(csp.contains("frame-ancestors 'self' https://www.dvi.gov.lv https://dvi.gov.lv"));
}

#[tokio::test]
async fn hashed_files_are_kept_for_long_and_the_rest_checked() {
    let css = get("/style-c78ae605c0f29a2e.css").await;
    assert_eq!(header(&css, "cache-control"), Some(dvi_server::site::CACHE_HASHED));
    for path in ["/", "/lv/pakalpojumi", "/widget/embed.js"] {
        assert_eq!(header(&get(path).await, "cache-control"), Some(dvi_server::site::CACHE_OTHER), "{path}");
    }
    // The widget on host pages elsewhere loads itself, and the pages, words and bundles it shows.
    for path in ["/widget/embed.js", "/style-c78ae605c0f29a2e.css", "/lv/pakalpojumi"] {
        assert_eq!(header(&get(path).await, "access-control-allow-origin"), Some("*"), "{path}");
    }
}

/// A form step's Continue without its island posts to the page on sending another way: the
/// answers are in no address, and the page is had by a GET.
#[tokio::test]
async fn a_form_posted_to_a_page_is_sent_to_it() {
    let posted = post("/lv/sazina").await;
    assert!(posted.starts_with("HTTP/1.1 303"), "{posted}");
    assert_eq!(header(&posted, "location"), Some("/lv/sazina"));
    assert!(!posted.contains("J%C4%81nis") && !posted.contains("pre-rendered"), "{posted}");
    let elsewhere = post("/lv/nothing-here").await;
    assert!(elsewhere.starts_with("HTTP/1.1 405"), "{elsewhere}");
}

/// deploy/nginx sends what the local server sends: the same policy, headers and lifetimes.
#[test]
fn the_nginx_configuration_agrees() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../deploy/nginx");
    let headers = fs::read_to_string(dir.join("dvi-headers.conf")).unwrap();
    let site = fs::read_to_string(dir.join("dvi-self-service.conf")).unwrap();
    assert!(headers.contains(&format!("add_header Content-Security-Policy \"{}\" always;", dvi_server::site::CONTENT_SECURITY_POLICY)));
    assert!(headers.contains(&format!("add_header Permissions-Policy \"{}\" always;", dvi_server::site::PERMISSIONS_POLICY)));
    assert!(headers.contains("add_header X-Content-Type-Options \"nosniff\" always;"));
    assert!(headers.contains("add_header Referrer-Policy \"no-referrer\" always;"));
    assert!(site.contains(&format!("add_header Cache-Control \"{}\";", dvi_server::site::CACHE_HASHED)));
    assert!(site.contains(&format!("add_header Cache-Control \"{}\";", dvi_server::site::CACHE_OTHER)));
    let assets = fs::read_to_string(dir.join("dvi-asset-headers.conf")).unwrap();
    assert!(assets.contains("add_header X-Content-Type-Options \"nosniff\" always;") && !assets.contains("Content-Security-Policy"));
    // nginx drops the server's add_header lines in any location with its own: each location
    // must include the headers, a document's or (hashed files, the widget's) an asset's.
    let snippets =
        site.matches("include snippets/dvi-headers.conf;").count() + site.matches("include snippets/dvi-asset-headers.conf;").count();
    assert_eq!(site.matches("location ").count(), snippets);
    assert_eq!(site.matches("include snippets/dvi-asset-headers.conf;").count(), 2, "the hashed files' location and the widget's");
    // Every file readable from other origins, as dvi-server serves them (not the API's answers).
    let static_locations = site.matches("location ").count() - 1;
    assert_eq!(site.matches("add_header Access-Control-Allow-Origin \"*\";").count(), static_locations, "{site}");
    // A form posted to a page is sent to it with a GET, as dvi-server does.
    assert_eq!(site.matches("if ($request_method = POST) { return 303 $uri; }").count(), 2, "{site}");
}
