//! What an operator relies on: the health check, a graceful stop on SIGTERM, and bounded
//! memory while many large uploads arrive at once. The last two run the real binary.

use crate::common::{fresh_dir, request, TestServer};
use serde_json::json;
use std::{
    io::{Read, Write},
    net::{SocketAddr, TcpListener, TcpStream},
    path::Path,
    process::{Child, Command, Stdio},
    thread,
    time::{Duration, Instant},
};

#[test]
fn health_says_whether_the_database_takes_writes() {
    let server = TestServer::start("health");
    let ok = server.request("GET", "/api/health", &[], b"");
    assert_eq!((ok.status, ok.json()), (200, json!({"status": "ok"})));
    assert_eq!(ok.header("cache-control"), Some("no-store"));
    assert!(ok.header("x-request-id").is_some_and(|id| id.len() == 16), "{:?}", ok.headers);
    // Another process holds the write lock for longer than the server waits (5 s).
    let other = rusqlite::Connection::open(&server.db).unwrap();
    other.execute_batch("BEGIN IMMEDIATE;").unwrap();
    let locked = server.request("GET", "/api/health", &[], b"");
    assert_eq!((locked.status, locked.json()), (503, json!({"error": "unavailable"})));
    other.execute_batch("ROLLBACK;").unwrap();
    assert_eq!(server.request("GET", "/api/health", &[], b"").status, 200);
    assert_eq!(server.request("POST", "/api/health", &[], b"").status, 405);
}

/// The release or debug binary of this build, serving `dir` on a free port.
struct Binary {
    child: Child,
    addr: SocketAddr,
}

impl Binary {
    fn start(dir: &Path, env: &[(&str, &str)]) -> Binary {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(env!("CARGO_BIN_EXE_dvi-server"))
            .arg("--dist")
            .arg(dir.join("dist"))
            .arg("--db")
            .arg(dir.join("data/submissions.sqlite"))
            .env("PORT", port.to_string())
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let started = Instant::now();
        while TcpStream::connect(addr).is_err() {
            assert!(started.elapsed() < Duration::from_secs(20), "the server did not start");
            thread::sleep(Duration::from_millis(50));
        }
        Binary { child, addr }
    }

    /// From /proc: the resident set now and its peak, in KiB.
    fn memory_kib(&self) -> (u64, u64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        let field = |name: &str| {
            status.lines().find_map(|l| l.strip_prefix(name)).and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok()).unwrap()
        };
        (field("VmRSS:"), field("VmHWM:"))
    }

    fn signal(&self, name: &str) {
        let status = Command::new("kill").arg(format!("-{name}")).arg(self.child.id().to_string()).status().unwrap();
        assert!(status.success());
    }
}

impl Drop for Binary {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The head of an upload of `size` bytes, as a client sends it before the body.
fn upload_head(addr: SocketAddr, size: usize) -> String {
    format!(
        "POST /api/attachments HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: application/pdf\r\n\
         X-File-Name: scan.pdf\r\nContent-Length: {size}\r\n\r\n"
    )
}

fn read_status(stream: &mut TcpStream) -> (u16, String) {
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, text)
}

#[test]
fn sigterm_lets_the_request_in_flight_finish() {
    let dir = fresh_dir("sigterm");
    let mut server = Binary::start(&dir, &[]);
    let body = [b"%PDF-1.7\n".as_slice(), &[b' '; 100_000]].concat();
    let mut stream = TcpStream::connect(server.addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    stream.write_all(upload_head(server.addr, body.len()).as_bytes()).unwrap();
    stream.write_all(&body[..50_000]).unwrap();
    thread::sleep(Duration::from_millis(300));
    server.signal("TERM");
    thread::sleep(Duration::from_millis(300));
    // Still running: it waits for the upload.
    assert!(server.child.try_wait().unwrap().is_none(), "the server stopped with a request in flight");
    assert!(TcpStream::connect(server.addr).is_err(), "no new connection is taken");
    stream.write_all(&body[50_000..]).unwrap();
    let (status, text) = read_status(&mut stream);
    assert_eq!(status, 201, "{text}");
    let exited = server.child.wait().unwrap();
    assert!(exited.success(), "{exited:?}");
    let mut log = String::new();
    server.child.stdout.take().unwrap().read_to_string(&mut log).unwrap();
    // One line per request, with its status; no file name in the log.
    assert!(log.lines().any(|l| l.contains("method=POST") && l.contains("path=/api/attachments") && l.contains("status=201")), "{log}");
    assert!(!log.contains("scan.pdf"), "{log}");
    let conn = rusqlite::Connection::open(dir.join("data/submissions.sqlite")).unwrap();
    let stored: i64 = conn.query_row("SELECT size FROM attachments", [], |r| r.get(0)).unwrap();
    assert_eq!(stored, body.len() as i64);
}

#[test]
fn twenty_large_uploads_at_once_keep_memory_bounded() {
    const SIZE: usize = 10 * 1024 * 1024;
    let dir = fresh_dir("memory");
    let server = Binary::start(&dir, &[("DVI_RATE_LIMIT", "0")]);
    assert_eq!(request(server.addr, "GET", "/api/health", &[], b"").status, 200);
    let (before, _) = server.memory_kib();
    let addr = server.addr;
    let clients: Vec<_> = (0..20)
        .map(|n| {
            thread::spawn(move || {
                let mut stream = TcpStream::connect(addr).unwrap();
                stream.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
                stream.write_all(upload_head(addr, SIZE).as_bytes()).unwrap();
                // Written in pieces, each client's bytes its own: nothing here is 10 MiB at once.
                let mut piece = vec![b'0' + n as u8; 64 * 1024];
                piece[..9].copy_from_slice(b"%PDF-1.7\n");
                stream.write_all(&piece).unwrap();
                piece[..9].fill(b' ');
                for _ in 1..SIZE / piece.len() {
                    stream.write_all(&piece).unwrap();
                }
                read_status(&mut stream)
            })
        })
        .collect();
    for client in clients {
        let (status, text) = client.join().unwrap();
        assert_eq!(status, 201, "{text}");
    }
    let (_, peak) = server.memory_kib();
    let growth_mib = peak.saturating_sub(before) as f64 / 1024.0;
    println!("resident memory {before} KiB before, peak {peak} KiB: grew {growth_mib:.1} MiB for 20 × 10 MiB uploads at once");
    assert!(growth_mib < 64.0, "grew {growth_mib:.1} MiB");
    let conn = rusqlite::Connection::open(dir.join("data/submissions.sqlite")).unwrap();
    let (count, total): (i64, i64) =
        conn.query_row("SELECT COUNT(*), SUM(size) FROM attachments", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!((count, total), (20, 20 * SIZE as i64));
}
