//! `dvi-server [--dist DIR]`: serves the site on 127.0.0.1:$PORT (8080 by default).

use std::{env, net::SocketAddr, path::PathBuf, process::ExitCode};

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let mut dist = PathBuf::from("dist");
    let mut args = env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--dist", Some(dir)) => dist = dir.into(),
            _ => {
                eprintln!("usage: dvi-server [--dist DIR]   (PORT sets the port, 8080 by default)");
                return ExitCode::from(2);
            }
        }
    }
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
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("cannot listen on {addr}: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!("Serving {} on http://{addr}/ (Ctrl+C stops)", dist.display());
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    match axum::serve(listener, dvi_server::app(&dist)).with_graceful_shutdown(shutdown).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("server error: {e}");
            ExitCode::FAILURE
        }
    }
}
