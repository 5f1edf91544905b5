//! `prerender DIST PAGES`: writes every page of the site as static HTML into DIST, after trunk
//! has built it. PAGES holds the pages trunk wrote, moved out of DIST (no one is to load them):
//! index.html, the template, and each bundle's (forms/index.html, say), which names that
//! bundle's files. `DVI_SITE_URL` says where the site is served (for canonical addresses and
//! the sitemap). See `src/prerender.rs`.
//!
//! `prerender --bundles`: the bundles of islands that trunk is to build, one a line, its name
//! and its folder of dist/ ("dvi-forms forms/"), from `islands::BUNDLES`.

use dvi_self_service::{islands, prerender};
use std::{
    env, fs,
    path::{Path, PathBuf},
    process::ExitCode,
};

fn main() -> ExitCode {
    if env::args().nth(1).as_deref() == Some("--bundles") {
        for bundle in &islands::BUNDLES {
            println!("{} {}", bundle.name, bundle.dir);
        }
        return ExitCode::SUCCESS;
    }
    let (Some(dist), Some(pages)) = (env::args().nth(1).map(PathBuf::from), env::args().nth(2).map(PathBuf::from)) else {
        eprintln!("usage: prerender DIST PAGES");
        return ExitCode::from(2);
    };
    match run(&dist, &pages) {
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

fn run(dist: &Path, pages: &Path) -> Result<usize, String> {
    let read = |name: &str| {
        let path = pages.join(name).join("index.html");
        fs::read_to_string(&path).map_err(|e| format!("{}: {e} (build with trunk first)", path.display()))
    };
    let template = read("")?;
    let mut bundles = Vec::new();
    for bundle in &islands::BUNDLES {
        bundles.push((bundle.name, prerender::bundle_link(&read(bundle.dir)?)?));
    }
    let site = env::var("DVI_SITE_URL").unwrap_or_else(|_| prerender::DEFAULT_SITE_URL.to_owned());
    let files = prerender::files(&prerender::TrunkOutput { template, bundles }, site.trim_end_matches('/'))?;
    for (name, html) in &files {
        let path = dist.join(name);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(files.len())
}
