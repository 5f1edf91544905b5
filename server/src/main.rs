//! `dvi-server [--dist DIR] [--db FILE]`: serves the site and the API on 127.0.0.1:$PORT
//! (8080 by default), keeping submissions in FILE (dvi-data/submissions.sqlite by default).
//!
//! `dvi-server show --db FILE REFERENCE`: prints one submission as JSON, for an operator and
//! for the browser tests that check a submission reached the database.
//!
//! `dvi-server forms`: prints the forms' declarations as JSON (steps, fields, kinds, options,
//! conditions), from which the browser tests generate a test for every reveal.

use dvi_server::{Config, Store};
use std::{
    env,
    net::SocketAddr,
    path::{Path, PathBuf},
    process::ExitCode,
};

const USAGE: &str = "usage: dvi-server [--dist DIR] [--db FILE]   (PORT sets the port, 8080 by default;
       DVI_ALLOWED_ORIGINS lists other origins that may call the API; DVI_RATE_LIMIT requests
       per minute per client, 60; DVI_TRUSTED_PROXIES whose X-Forwarded-For is believed;
       DVI_IDEMPOTENCY_DAYS, 30)
       dvi-server show --db FILE REFERENCE
       dvi-server count --db FILE   (submissions and attachments stored, as JSON)
       dvi-server forms   (the forms' declarations, as JSON)";
const DEFAULT_DB: &str = "dvi-data/submissions.sqlite";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("show") {
        return show(&args[1..]);
    }
    if args.first().map(String::as_str) == Some("count") {
        return count(&args[1..]);
    }
    if args.first().map(String::as_str) == Some("forms") && args.len() == 1 {
        println!("{}", forms());
        return ExitCode::SUCCESS;
    }
    let mut dist = PathBuf::from("dist");
    let mut db = PathBuf::from(DEFAULT_DB);
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--dist", Some(dir)) => dist = dir.into(),
            ("--db", Some(file)) => db = file.into(),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    serve(&dist, &db)
}

/// At start and then every hour: unused uploads and old idempotency keys go.
async fn hourly_housekeeping(store: Store, config: Config) {
    let mut hourly = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        hourly.tick().await;
        let (store, config) = (store.clone(), config.clone());
        let now = dvi_server::clock::Instant::now().utc_ms;
        if let Err(e) = tokio::task::spawn_blocking(move || dvi_server::housekeeping(&store, &config, now)).await {
            tracing::error!("housekeeping failed: {e}");
        }
    }
}

fn serve(dist: &Path, db: &Path) -> ExitCode {
    dvi_server::log::init();
    if !dist.join("index.html").is_file() {
        eprintln!("{} has no index.html: build the site first (cargo xtask build)", dist.display());
        return ExitCode::FAILURE;
    }
    let port = match env::var("PORT").map(|p| p.parse::<u16>()) {
        Err(_) => 8080,
        Ok(Ok(port)) => port,
        Ok(Err(_)) => {
            eprintln!("PORT must be a port number");
            return ExitCode::from(2);
        }
    };
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let store = match Store::open(db) {
        Ok(store) => store,
        Err(e) => {
            eprintln!("cannot open {}: {e}", db.display());
            return ExitCode::FAILURE;
        }
    };
    // One thread serves; the database work runs on tokio's blocking pool.
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async {
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let listener = match tokio::net::TcpListener::bind(addr).await {
            Ok(l) => l,
            Err(e) => {
                eprintln!("cannot listen on {addr}: {e}");
                return ExitCode::FAILURE;
            }
        };
        tracing::info!("serving {} on http://{addr}/, API under /api, submissions in {} (Ctrl+C stops)", dist.display(), db.display());
        tokio::spawn(hourly_housekeeping(store.clone(), config.clone()));
        match dvi_server::serve(listener, dvi_server::app(dist, store, &config), stopped()).await {
            Ok(()) => {
                tracing::info!("stopped: every request in flight was answered");
                ExitCode::SUCCESS
            }
            Err(e) => {
                tracing::error!("server error: {e}");
                ExitCode::FAILURE
            }
        }
    })
}

/// Ctrl+C, or SIGTERM from a service manager: finish the requests in flight, then stop.
async fn stopped() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
                tracing::info!("stopping: no new connections, finishing the requests in flight");
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

fn show(args: &[String]) -> ExitCode {
    let mut db = None;
    let mut reference = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--db" => match args.next() {
                Some(file) => db = Some(PathBuf::from(file)),
                None => return usage(),
            },
            _ if reference.is_none() && !arg.starts_with("--") => reference = Some(arg.clone()),
            _ => return usage(),
        }
    }
    let (Some(db), Some(reference)) = (db, reference) else {
        return usage();
    };
    let store = match Store::open_existing(&db) {
        Ok(store) => store,
        Err(e) => {
            eprintln!("cannot open {}: {e}", db.display());
            return ExitCode::FAILURE;
        }
    };
    match store.submission(&reference) {
        Ok(Some(record)) => match serde_json::to_string_pretty(&record) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("cannot print {reference}: {e}");
                ExitCode::FAILURE
            }
        },
        Ok(None) => {
            eprintln!("no submission {reference} in {}", db.display());
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("cannot read {}: {e}", db.display());
            ExitCode::FAILURE
        }
    }
}

fn count(args: &[String]) -> ExitCode {
    let [flag, db] = args else {
        return usage();
    };
    if flag != "--db" {
        return usage();
    }
    match Store::open_existing(Path::new(db)).and_then(|store| store.counts()) {
        Ok((submissions, attachments)) => {
            println!("{}", serde_json::json!({"submissions": submissions, "attachments": attachments}));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot read {db}: {e}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

/// The forms' declarations (`dvi_validation::forms::FORMS`) as JSON.
fn forms() -> serde_json::Value {
    use dvi_validation::forms::{Kind, FORMS};
    let field = |f: &dvi_validation::forms::Field| {
        let (kind, options): (String, &[&str]) = match f.kind {
            Kind::Choice(options) => ("choice".into(), options),
            Kind::MultiChoice(options) => ("multi-choice".into(), options),
            kind => (format!("{kind:?}").split([' ', '{']).next().unwrap_or_default().to_lowercase(), &[]),
        };
        serde_json::json!({
            "id": f.id,
            "kind": kind,
            "options": options,
            "required": f.required,
            "when": f.when.map(|c| serde_json::json!({ "field": c.field, "any_of": c.any_of })),
        })
    };
    FORMS
        .iter()
        .map(|form| {
            let steps: Vec<_> = form
                .steps
                .iter()
                .map(|s| serde_json::json!({ "id": s.id, "fields": s.fields.iter().map(field).collect::<Vec<_>>() }))
                .collect();
            let advice: Vec<_> = form
                .advice
                .iter()
                .map(|a| serde_json::json!({ "id": a.id, "step": form.advice_step(a), "when": { "field": a.when.field, "any_of": a.when.any_of } }))
                .collect();
            serde_json::json!({ "id": form.id, "declaration": form.declaration, "steps": steps, "advice": advice })
        })
        .collect()
}
