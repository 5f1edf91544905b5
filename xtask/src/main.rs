//! `cargo xtask <command>`: the one entry point for developers and CI.
//!
//!   setup   install what is missing (wasm target, trunk, wasm-bindgen CLI, npm packages)
//!   build   setup, then build the release site into dist/ (its islands' bundles, every page
//!           pre-rendered) and the widget into dist/widget/, with .br and .gz files beside them
//!   run     build, then serve the site on http://127.0.0.1:$PORT (8080 by default)
//!   test    formatting and clippy, setup (with Chromium and nginx), Rust tests, the API against
//!           its contract (schemathesis), release build, browser tests, bytes on the wire, then
//!           the release build served through Debian's nginx with deploy/nginx
//!           (production.rs)
//!   production         the production part of `test` alone, on the dist/ built
//!   check-deployment   the production checks of `test` on an installed nginx and its site
//!   bench   bytes on the wire in Chromium until each kind of page is interactive, and the
//!           widget's first load, against their budgets (e2e/wire.js); then Lighthouse
//!           (mobile, simulated throttling) on five pages against theirs (e2e/lighthouse.js);
//!           then the backend under load (e2e/load.js)
//!
//! Every step is idempotent: a second run installs nothing.

mod compress;
mod production;
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
        Some("check-deployment") => production::check_deployment(&args[1..]),
        Some("production") => setup::all(true).and_then(|()| production::test(&root().join("dist"), &server_binary()?)),
        Some("bench") => bench(&args.get(1).map(PathBuf::from).unwrap_or_else(|| root().join("dist"))),
        _ => {
            eprintln!("usage: cargo xtask <setup [--browser] | build | run | test | bench [DIR] | production | check-deployment https://SITE [--config FILE] [--dist DIR] [--limit N]>");
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
    let bundles = site::bundles()?;
    site::trunk(&bundles)?;
    site::finish(&bundles)?;
    widget::finish()?;
    compress::precompress(&root().join("dist"))
}

/// The release build: what an operator would run, and what the figures of `bench` are of.
pub fn server_binary() -> Result<PathBuf> {
    cmd("cargo", &["build", "--quiet", "--release", "--package", "dvi-server"])?;
    Ok(root().join("target/release/dvi-server"))
}

fn run() -> Result {
    build()?;
    let server = server_binary()?;
    // The server reads PORT itself; it runs until stopped (Ctrl+C). Submissions stay in one
    // known file across runs.
    cmd(&server.to_string_lossy(), &["--dist", "dist", "--db", "dvi-data/submissions.sqlite"])
}

fn test() -> Result {
    // The cheapest checks first: formatting and lints fail in seconds, not after the builds.
    cmd("cargo", &["fmt", "--all", "--check"])?;
    cmd("cargo", &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])?;
    cmd("cargo", &["clippy", "--workspace", "--all-targets", "--features", "dvi-self-service/ssr", "--", "-D", "warnings"])?;
    setup::all(true)?;
    // The islands' code as the browser builds get it (cfg'd for wasm).
    let args = ["clippy", "--target", "wasm32-unknown-unknown", "--package", "dvi-self-service", "--features", "hydrate", "--bins"];
    cmd("cargo", &[&args[..], &["--", "-D", "warnings"]].concat())?;
    cmd("cargo", &["test", "--workspace", "--features", "dvi-self-service/ssr"])?;
    contract()?;
    build()?;
    // Every pre-rendered page through the W3C Nu HTML Checker.
    cmd_in(&root().join("e2e"), "node", &["html-check.js", &root().join("dist").to_string_lossy()], &[])?;
    // The host pages of e2e/support.js `hostPage`, on an origin of their own, call the API.
    let host = format!("http://127.0.0.1:{}", free_port()?);
    with_server(&root().join("dist"), &[("DVI_ALLOWED_ORIGINS", &host)], |base, db, server| {
        let envs = [("BASE_URL", base), ("DB_PATH", db), ("SERVER_BIN", server), ("HOST_URL", &host)];
        cmd_in(&root().join("e2e"), "npm", &["test"], &envs)?;
        // Bytes, not times: the same build gives the same figures on every machine.
        cmd_in(&root().join("e2e"), "node", &["wire.js", "--ceilings"], &envs)
    })?;
    // The same build as production serves it: Debian's nginx with deploy/nginx.
    production::test(&root().join("dist"), &server_binary()?)
}

/// Bytes on the wire against their budgets, then Lighthouse, on the release build served by the
/// reference backend (built first if `dist` has none).
fn bench(dist: &Path) -> Result {
    setup::all(true)?;
    if !dist.join("index.html").is_file() {
        build()?;
    }
    let pages = with_server(dist, &[], |base, _, _| {
        let wire = cmd_in(&root().join("e2e"), "node", &["wire.js"], &[("BASE_URL", base)]);
        let lighthouse = cmd_in(&root().join("e2e"), "node", &["lighthouse.js"], &[("BASE_URL", base)]);
        wire.and(lighthouse)
    });
    // Without the rate limit: the load comes from one address.
    let load = with_server(dist, &[("DVI_RATE_LIMIT", "0")], |base, db, server| {
        cmd_in(&root().join("e2e"), "node", &["load.js"], &[("BASE_URL", base), ("DB_PATH", db), ("SERVER_BIN", server)])
    });
    pages.and(load)
}

/// The API against server/openapi.yaml: schemathesis with every check, positive and negative
/// data, deterministic generation (server/schemathesis.toml, server/schemathesis_hooks.py), on
/// a server with one allowed origin (so that the preflights are answered) and no rate limit.
fn contract() -> Result {
    let site = root().join("target/contract-site");
    std::fs::create_dir_all(&site).map_err(|e| format!("cannot create {}: {e}", site.display()))?;
    std::fs::write(site.join("index.html"), "<!DOCTYPE html><title>contract</title>").map_err(|e| e.to_string())?;
    let envs = [("DVI_ALLOWED_ORIGINS", "https://www.dvi.gov.lv"), ("DVI_RATE_LIMIT", "0")];
    with_server(&site, &envs, |base, _, _| {
        let schemathesis = setup::schemathesis()?;
        cmd_in(
            &root().join("server"),
            &schemathesis.to_string_lossy(),
            &["--config-file", "schemathesis.toml", "run", "openapi.yaml", "--url", base, "--no-color"],
            // For the hooks, which upload the attachments a generated submission names.
            &[("DVI_BASE_URL", base)],
        )
    })
}

/// Runs `f(base URL, database path, server binary)` while the reference backend serves `dist`
/// on a free port, with a fresh database (so the browser tests start from an empty inbox and
/// can check what reached it with `dvi-server show --db $DB_PATH REFERENCE`).
pub fn with_server(dist: &Path, envs: &[(&str, &str)], f: impl FnOnce(&str, &str, &str) -> Result) -> Result {
    let server = server_binary()?;
    let port = free_port()?;
    let data = fresh_dir(&root().join("target/e2e-data").join(std::process::id().to_string()))?;
    let db = data.join("submissions.sqlite");
    let (server, dist, db_arg, port_arg) = (server.to_string_lossy(), dist.to_string_lossy(), db.to_string_lossy(), port.to_string());
    let envs: Vec<(&str, &str)> = [("PORT", port_arg.as_str())].into_iter().chain(envs.iter().copied()).collect();
    // One line per request: kept beside the database, for when a test fails.
    let _running = start(&server, &["--dist", &dist, "--db", &db_arg], &envs, &data.join("server.log"))?;
    wait_for(port).and_then(|()| f(&format!("http://127.0.0.1:{port}"), &db_arg, &server))
}

/// An empty folder at `dir` (what was there is removed).
pub fn fresh_dir(dir: &Path) -> Result<PathBuf> {
    if dir.exists() {
        std::fs::remove_dir_all(dir).map_err(|e| format!("cannot clear {}: {e}", dir.display()))?;
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    Ok(dir.to_path_buf())
}

/// A program running in the workspace root, its standard output in `log`; stopped when dropped.
pub struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        stop(&mut self.0);
    }
}

pub fn start(program: &str, args: &[&str], envs: &[(&str, &str)], log: &Path) -> Result<Running> {
    let out = std::fs::File::create(log).map_err(|e| format!("cannot create {}: {e}", log.display()))?;
    Command::new(program)
        .args(args)
        .envs(envs.iter().copied())
        .current_dir(root())
        .stdout(out)
        .spawn()
        .map(Running)
        .map_err(|e| format!("cannot start {program}: {e}"))
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
