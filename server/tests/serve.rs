//! The server over real HTTP: files, the app's index for unknown paths, security headers.

use std::{fs, path::PathBuf, sync::atomic::{AtomicUsize, Ordering}};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Each request gets its own site folder and database: the tests run at the same time, and a
/// file rewritten by one while another serves it would be read half-written.
static NEXT: AtomicUsize = AtomicUsize::new(0);

async fn get(path: &str) -> String {
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let dist = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("dist-serve-test-{}-{n}", std::process::id()));
    fs::create_dir_all(&dist).unwrap();
    fs::write(dist.join("index.html"), "<!DOCTYPE html><title>app</title>").unwrap();
    fs::write(dist.join("style-abc.css"), "body{}").unwrap();
    let store = dvi_server::Store::open(&dist.join("submissions.sqlite")).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = dvi_server::app(&dist, store, &dvi_server::Config::default());
    tokio::spawn(async move { axum::serve(listener, app).await });
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    response
}

#[tokio::test]
async fn serves_files_and_the_app_for_any_route() {
    let css = get("/style-abc.css").await;
    assert!(css.starts_with("HTTP/1.1 200"), "{css}");
    assert!(css.contains("body{}"));
    for path in ["/", "/lv/pakalpojumi", "/en/services/complaint-about-personal-data", "/no/such/page"] {
        let page = get(path).await;
        assert!(page.starts_with("HTTP/1.1 200"), "{path}: {page}");
        assert!(page.contains("<title>app</title>"), "{path}");
    }
}

#[tokio::test]
async fn sends_security_headers() {
    let page = get("/").await.to_lowercase();
    assert!(page.contains("x-content-type-options: nosniff"));
    assert!(page.contains("referrer-policy: no-referrer"));
    assert!(page.contains("permissions-policy:"));
    assert!(!page.contains("set-cookie"));
}
