//! A real server on a loopback port with its own SQLite file in a fresh directory, and a
//! plain HTTP/1.1 client over a socket: what is tested is what goes over the wire.

use dvi_server::{Config, Store};
use dvi_validation::{
    forms::{Answer, Answers, Form, Kind},
    rules,
};
use std::{
    io::{Read, Write},
    net::{SocketAddr, TcpStream},
    path::{Path, PathBuf},
    process::Command,
    sync::atomic::{AtomicUsize, Ordering},
    thread,
    time::Duration,
};

static NEXT: AtomicUsize = AtomicUsize::new(0);

fn unique() -> usize {
    NEXT.fetch_add(1, Ordering::SeqCst)
}

/// A new, empty directory with a built "site" in dist/: a page at "/" and the "not found" pages.
pub fn fresh_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("api-tests").join(format!("{name}-{}-{}", std::process::id(), unique()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("dist")).unwrap();
    std::fs::write(dir.join("dist/index.html"), "<!DOCTYPE html><title>app</title>").unwrap();
    std::fs::write(dir.join("dist/404.html"), "<!DOCTYPE html><title>not found</title>").unwrap();
    std::fs::create_dir_all(dir.join("dist/en")).unwrap();
    std::fs::write(dir.join("dist/en/404.html"), "<!DOCTYPE html><title>not found</title>").unwrap();
    dir
}

/// The default configuration without the rate limit: most tests send more than a person would.
pub fn unlimited() -> Config {
    Config { rate_per_minute: None, ..Config::default() }
}

pub struct TestServer {
    pub addr: SocketAddr,
    pub dir: PathBuf,
    pub db: PathBuf,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<thread::JoinHandle<()>>,
}

impl TestServer {
    pub fn start(name: &str) -> TestServer {
        TestServer::start_in(&fresh_dir(name), unlimited())
    }

    /// A server on the database in `dir`: a second one on the same directory finds what the
    /// first one wrote.
    pub fn start_in(dir: &Path, config: Config) -> TestServer {
        let db = dir.join("data").join("submissions.sqlite");
        let store = Store::open(&db).unwrap();
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let addr = listener.local_addr().unwrap();
        let (shutdown, stopped) = tokio::sync::oneshot::channel::<()>();
        let dist = dir.join("dist");
        // Like main.rs: one thread serves, the database runs on the blocking pool.
        let thread = thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                let app = dvi_server::app(&dist, store, &config);
                dvi_server::serve(listener, app, async {
                    let _ = stopped.await;
                })
                .await
                .unwrap();
            });
        });
        TestServer { addr, dir: dir.to_owned(), db, shutdown: Some(shutdown), thread: Some(thread) }
    }

    /// Stops serving and closes the database (the store goes with the server's runtime).
    pub fn stop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take() {
            thread.join().unwrap();
        }
    }

    pub fn request(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Response {
        request(self.addr, method, path, headers, body)
    }

    pub fn submit(&self, key: &str, body: &str) -> Response {
        self.request("POST", "/api/submissions", &[("Content-Type", "application/json"), ("Idempotency-Key", key)], body.as_bytes())
    }

    /// `name` as the client sends it: percent-encoded.
    pub fn upload(&self, name: &str, content: &[u8]) -> Response {
        self.upload_with(name, content, &[])
    }

    /// An upload with more headers (an Idempotency-Key, X-Forwarded-For).
    pub fn upload_with(&self, name: &str, content: &[u8], headers: &[(&str, &str)]) -> Response {
        let encoded = percent_encode(name);
        let mut all = vec![("Content-Type", "application/octet-stream"), ("X-File-Name", encoded.as_str())];
        all.extend_from_slice(headers);
        self.request("POST", "/api/attachments", &all, content)
    }

    /// Rows in a table, read from the file itself (WAL lets a reader in beside the server).
    pub fn count(&self, table: &str) -> i64 {
        let conn = rusqlite::Connection::open(&self.db).unwrap();
        conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0)).unwrap()
    }

    /// `dvi-server show --db FILE REFERENCE`: exit code, stdout, stderr.
    pub fn show(&self, reference: &str) -> (i32, String, String) {
        show(&self.db, reference)
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.stop();
    }
}

pub fn show(db: &Path, reference: &str) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_dvi-server")).arg("show").arg("--db").arg(db).arg(reference).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[derive(Debug)]
pub struct Response {
    pub status: u16,
    /// Names in lower case.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    pub fn has_header_prefix(&self, prefix: &str) -> bool {
        self.headers.iter().any(|(n, _)| n.starts_with(prefix))
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The body as JSON, checking that it is declared as JSON.
    pub fn json(&self) -> serde_json::Value {
        assert_eq!(self.header("content-type"), Some("application/json"), "{} {}", self.status, self.text());
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.text()))
    }
}

/// One request on its own connection. The body is written from another thread while the
/// answer is read: a server that answers 413 early and closes must not deadlock the test.
pub fn request(addr: SocketAddr, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Response {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let chunked = headers.iter().any(|(n, v)| n.eq_ignore_ascii_case("transfer-encoding") && v.eq_ignore_ascii_case("chunked"));
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if !chunked {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    let mut wire = head.into_bytes();
    if chunked {
        for chunk in body.chunks(16 * 1024) {
            wire.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
            wire.extend_from_slice(chunk);
            wire.extend_from_slice(b"\r\n");
        }
        wire.extend_from_slice(b"0\r\n\r\n");
    } else {
        wire.extend_from_slice(body);
    }
    let mut writer = stream.try_clone().unwrap();
    let sending = thread::spawn(move || {
        let _ = writer.write_all(&wire);
    });
    let mut raw = Vec::new();
    // A reset after the answer (the server closed with the body unread) still leaves the
    // answer in `raw`.
    let read = stream.read_to_end(&mut raw);
    assert!(!raw.is_empty(), "no answer: {read:?}");
    let _ = sending.join();
    parse(&raw)
}

fn parse(raw: &[u8]) -> Response {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("a complete head");
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status: u16 = lines.next().and_then(|l| l.split(' ').nth(1)).and_then(|s| s.parse().ok()).expect("a status line");
    let headers: Vec<(String, String)> =
        lines.filter_map(|l| l.split_once(':')).map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned())).collect();
    let mut body = raw[end + 4..].to_vec();
    if headers.iter().any(|(n, v)| n == "transfer-encoding" && v.contains("chunked")) {
        body = unchunk(&body);
    }
    Response { status, headers, body }
}

fn unchunk(mut rest: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    while let Some(line_end) = rest.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(String::from_utf8_lossy(&rest[..line_end]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = line_end + 2;
        body.extend_from_slice(&rest[start..start + size]);
        rest = &rest[start + size + 2..];
    }
    body
}

pub fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_') { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

/// A fresh, valid Idempotency-Key.
pub fn key(label: &str) -> String {
    format!("k-{label}-{}-{:08}", std::process::id(), unique())
}

/// A valid personal code of the format without a birth date ("32…"), check digit computed.
pub fn personal_code() -> String {
    (0..1000u32)
        .find_map(|n| {
            let digits = format!("32{n:08}");
            let mut first_ten = [0u8; 10];
            for (d, b) in first_ten.iter_mut().zip(digits.bytes()) {
                *d = b - b'0';
            }
            rules::personal_code_check_digit(&first_ten).map(|c| format!("{}-{}{c}", &digits[..6], &digits[6..]))
        })
        .unwrap()
}

/// Answers that pass, built from the form's declarations: every field that is shown once the
/// earlier choices are made (each choice takes its first option, which opens the conditional
/// fields), optional ones included, attachments left out.
pub fn valid_answers(form: &Form) -> Answers {
    let mut answers = Answers::new();
    for f in form.fields() {
        if !form.shows(f, &answers) {
            continue;
        }
        let one = |v: &str| Answer::One(v.to_owned());
        let answer = match f.kind {
            Kind::Text { .. } => one("SIA Piemērs"),
            Kind::LongText { .. } => one("Mani dati tika publicēti bez manas ziņas."),
            Kind::Name => one("Anna Liepa"),
            Kind::Email => one("anna.liepa@example.lv"),
            Kind::Phone => one("+371 2000 0000"),
            Kind::Country => one("LV"),
            Kind::Postcode => one("LV-1050"),
            Kind::PersonalCode => Answer::One(personal_code()),
            Kind::PastDate => one("2020-05-04"),
            Kind::Choice(options) => one(options[0]),
            Kind::MultiChoice(options) => Answer::Many(vec![options[0].to_owned()]),
            Kind::Files => continue,
        };
        answers.insert(f.id.to_owned(), answer);
    }
    answers
}

pub fn body(form: &str, answers: &Answers) -> String {
    serde_json::json!({"form": form, "lang": "lv", "answers": answers}).to_string()
}

/// The Riga calendar year now, which references are numbered by.
pub fn riga_year() -> i32 {
    let ms = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64;
    dvi_validation::clock::riga_time(ms).date.year
}

/// "DVI-YYYY-NNNNNN" for this year.
pub fn is_reference(text: &str) -> bool {
    let prefix = format!("DVI-{}-", riga_year());
    text.strip_prefix(&prefix).is_some_and(|n| n.len() == 6 && n.bytes().all(|b| b.is_ascii_digit()))
}

/// "YYYY-MM-DDTHH:MM:SSZ"
pub fn is_rfc3339_utc_seconds(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];
    b.len() == 20
        && digits.iter().all(|&i| b[i].is_ascii_digit())
        && (b[4], b[7], b[10], b[13], b[16], b[19]) == (b'-', b'-', b'T', b':', b':', b'Z')
        && dvi_validation::clock::Date::parse(&text[..10]).is_some()
}
