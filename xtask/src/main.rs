//! `cargo xtask <command>`: the one entry point for developers and CI.
//!
//!   setup   install what is missing (wasm target, trunk, wasm-bindgen CLI, npm packages)
//!   build   setup, then build the release site into dist/ and the widget into dist/widget/,
//!           with .br and .gz files beside them
//!   run     build, then serve the site on http://127.0.0.1:$PORT (8080 by default)
//!   test    setup (with Chromium), Rust tests, release build, browser tests, size budget
//!   bench   sizes of the release build (raw, gzip, brotli) and the first-load transfer
//!
//! Every step is idempotent: a second run installs nothing.

mod bench;
mod compress;
mod setup;
mod site;
mod widget;

use std::{
    env,
    net::{TcpListener, TcpStream},
    path::{Path, PathBuf},
    process::{Child, Command, ExitCode},
    thread,
    time::{Duration, Instant},
};

pub type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::all(args.iter().any(|a| a == "--browser")),
        Some("build") => build(),
        Some("run") => run(),
        Some("test") => test(),
        Some("bench") => bench::sizes(&args.get(1).map(PathBuf::from).unwrap_or_else(|| root().join("dist"))),
        _ => {
            eprintln!("usage: cargo xtask <setup [--browser] | build | run | test | bench [DIR]>");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root (xtask lives one level below it).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_else(|| ".".into())
}

/// Runs a command in the workspace root, failing with its name if it fails.
pub fn cmd(program: &str, args: &[&str]) -> Result {
    cmd_in(&root(), program, args, &[])
}

pub fn cmd_in(dir: &Path, program: &str, args: &[&str], envs: &[(&str, &str)]) -> Result {
    eprintln!("$ {program} {}", args.join(" "));
    let status = Command::new(program)
        .args(args)
        .current_dir(dir)
        .envs(envs.iter().copied())
        .status()
        .map_err(|e| format!("cannot start {program}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{program} {} failed ({status})", args.join(" ")))
    }
}

fn build() -> Result {
    setup::all(false)?;
    cmd("trunk", &["build", "--release"])?;
    site::finish()?;
    widget::build()?;
    compress::precompress(&root().join("dist"))
}

fn server_binary() -> Result<PathBuf> {
    cmd("cargo", &["build", "--quiet", "--package", "dvi-server"])?;
    Ok(root().join("target/debug/dvi-server"))
}

fn run() -> Result {
    build()?;
    let server = server_binary()?;
    // The server reads PORT itself; it runs until stopped (Ctrl+C). Submissions stay in one
    // known file across runs.
    cmd(&server.to_string_lossy(), &["--dist", "dist", "--db", "dvi-data/submissions.sqlite"])
}

fn test() -> Result {
    setup::all(true)?;
    cmd("cargo", &["test", "--workspace", "--features", "dvi-self-service/ssr"])?;
    build()?;
    let server = server_binary()?;
    let port = free_port()?;
    // A fresh database for every run, so that the browser tests start from an empty inbox and
    // can check what reached it with `dvi-server show --db $DB_PATH REFERENCE`.
    let data = root().join("target/e2e-data").join(std::process::id().to_string());
    if data.exists() {
        std::fs::remove_dir_all(&data).map_err(|e| format!("cannot clear {}: {e}", data.display()))?;
    }
    std::fs::create_dir_all(&data).map_err(|e| format!("cannot create {}: {e}", data.display()))?;
    let db = data.join("submissions.sqlite");
    let mut child = Command::new(&server)
        .args(["--dist", "dist", "--db"])
        .arg(&db)
        .current_dir(root())
        .env("PORT", port.to_string())
        .spawn()
        .map_err(|e| format!("cannot start the server: {e}"))?;
    let result = wait_for(port).and_then(|()| {
        let base = format!("http://127.0.0.1:{port}");
        let envs = [("BASE_URL", base.as_str()), ("DB_PATH", &db.to_string_lossy()), ("SERVER_BIN", &server.to_string_lossy())];
        cmd_in(&root().join("e2e"), "npm", &["test"], &envs)
    });
    stop(&mut child);
    result?;
    bench::sizes(&root().join("dist"))
}

fn free_port() -> Result<u16> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free port: {e}"))?;
    listener.local_addr().map(|a| a.port()).map_err(|e| e.to_string())
}

fn wait_for(port: u16) -> Result {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(30) {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(());
        }
        thread::sleep(Duration::from_millis(100));
    }
    Err(format!("the server did not start listening on port {port}"))
}

fn stop(child: &mut Child) {
    let _ = child.kill();
    let _ = child.wait();
}
