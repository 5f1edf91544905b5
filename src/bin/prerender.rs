//! `prerender DIST`: writes every page of the site as static HTML into DIST (after trunk has
//! built it), plus app.html, the page without content for addresses that cannot be rendered
//! ahead of time (a form's confirmation, which shows its reference). See `src/prerender.rs`.

use dvi_self_service::{prerender, routes::Route};
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
    fs::write(dist.join("app.html"), &template).map_err(|e| format!("app.html: {e}"))?;
    let routes = Route::all();
    // "/" shows the Latvian home page too.
    let root = Route::parse("/");
    let pages = routes.iter().map(|r| (r.href(), r)).chain([("/".to_owned(), &root)]);
    let mut count = 0;
    for (href, route) in pages {
        let path = dist.join(prerender::file_name(&href));
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        fs::write(&path, prerender::document(&template, route)?).map_err(|e| format!("{}: {e}", path.display()))?;
        count += 1;
    }
    Ok(count)
}
