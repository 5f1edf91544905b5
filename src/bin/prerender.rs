//! `prerender DIST`: writes every page of the site as static HTML into DIST, after trunk has
//! built it (its index.html is the template). `DVI_SITE_URL` says where the site is served
//! (for canonical addresses and the sitemap). See `src/prerender.rs`.

use dvi_self_service::prerender;
use std::{env, fs, path::PathBuf, process::ExitCode};

fn main() -> ExitCode {
    let Some(dist) = env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender DIST");
        return ExitCode::from(2);
    };
    match run(&dist) {
        Ok(count) => {
            println!("pre-rendered {count} pages into {}", dist.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(dist: &std::path::Path) -> Result<usize, String> {
    let template_path = dist.join("index.html");
    let template = fs::read_to_string(&template_path).map_err(|e| format!("{}: {e} (build with trunk first)", template_path.display()))?;
    let site = env::var("DVI_SITE_URL").unwrap_or_else(|_| prerender::DEFAULT_SITE_URL.to_owned());
    let files = prerender::files(&template, site.trim_end_matches('/'))?;
    for (name, html) in &files {
        let path = dist.join(name);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(files.len())
}
