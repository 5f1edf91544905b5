//! Sizes of the release build as a browser would fetch them: raw, gzip -9 and brotli q11,
//! and the first load of a page (its HTML, JS, wasm and CSS). Sizes, not timings: they are the
//! same on every run of the same build.

use crate::{compress, Result};
use std::{fs, path::Path};

/// Budget for the first load of any page, brotli-compressed. Issue 2 set 200 KB for the site
/// without forms (met at 198.7 KB); the forms took it to 290 KB. Messages resolved without
/// fluent-bundle's f64 numbers, JSON without serde_json and smaller checks brought it back to
/// about 236 KB (index.html now carries the pre-rendered home page), so the budget is 250 KB.
const FIRST_LOAD_BUDGET: usize = 250 * 1024;

/// The embeddable widget's first load on a host page: issue 4 asks for at most 200 KB brotli.
const WIDGET_BUDGET: usize = 200 * 1024;

/// What a host page loads for the widget, all from dist/widget/ (embed.js loads the rest).
const WIDGET_FILES: [&str; 4] = ["embed.js", "dvi-widget.js", "dvi-widget_bg.wasm", "dvi-widget.css"];

struct Size {
    name: String,
    raw: usize,
    gzip: usize,
    brotli: usize,
}

fn measure(name: String, bytes: &[u8]) -> Result<Size> {
    Ok(Size { name, raw: bytes.len(), gzip: compress::gzip(bytes)?.len(), brotli: compress::brotli(bytes)?.len() })
}

fn kb(n: usize) -> String {
    format!("{:.1} KB", n as f64 / 1024.0)
}

pub fn sizes(dist: &Path) -> Result {
    let site = first_load("the site: first load of a page (index.html and what it names)", dist, &site_files(dist)?, FIRST_LOAD_BUDGET);
    let widget_files: Vec<String> = WIDGET_FILES.iter().map(|f| f.to_string()).collect();
    let widget = first_load("the widget: first load on a host page", &dist.join("widget"), &widget_files, WIDGET_BUDGET);
    site.and(widget)
}

/// index.html, the files it names (the start script, the JS glue, the CSS, the icon) and the
/// wasm beside the glue.
fn site_files(dist: &Path) -> Result<Vec<String>> {
    let html =
        fs::read_to_string(dist.join("index.html")).map_err(|e| format!("{}: {e} (build first: cargo xtask build)", dist.display()))?;
    let mut files = vec!["index.html".to_owned()];
    for attribute in ["href=\"/", "src=\"/"] {
        for (at, _) in html.match_indices(attribute) {
            let rest = &html[at + attribute.len()..];
            let name = &rest[..rest.find('"').unwrap_or(0)];
            if !name.is_empty() && !files.iter().any(|f| f == name) && dist.join(name).is_file() {
                files.push(name.to_owned());
                // The wasm beside the JS glue, which public/start.js fetches by that name.
                let wasm = name.strip_suffix(".js").map(|stem| format!("{stem}_bg.wasm"));
                if let Some(wasm) = wasm.filter(|w| dist.join(w).is_file()) {
                    files.push(wasm);
                }
            }
        }
    }
    Ok(files)
}

fn first_load(title: &str, dir: &Path, files: &[String], budget: usize) -> Result {
    let mut sizes = Vec::new();
    for name in files {
        let path = dir.join(name);
        let bytes = fs::read(&path).map_err(|e| format!("{}: {e} (build first: cargo xtask build)", path.display()))?;
        sizes.push(measure(name.clone(), &bytes)?);
    }
    sizes.sort_by(|a, b| b.raw.cmp(&a.raw));
    println!("\nRelease build sizes: {title} ({}):", dir.display());
    println!("{:<48} {:>10} {:>10} {:>10}", "file", "raw", "gzip", "brotli");
    for s in &sizes {
        println!("{:<48} {:>10} {:>10} {:>10}", s.name, kb(s.raw), kb(s.gzip), kb(s.brotli));
    }
    let total = |f: fn(&Size) -> usize| sizes.iter().map(f).sum::<usize>();
    let (raw, gzip, brotli) = (total(|s| s.raw), total(|s| s.gzip), total(|s| s.brotli));
    println!("{:<48} {:>10} {:>10} {:>10}", "first load (all of the above)", kb(raw), kb(gzip), kb(brotli));
    println!("budget: first load at most {} brotli", kb(budget));
    if brotli > budget {
        return Err(format!("{title} is {} brotli, over the budget of {}", kb(brotli), kb(budget)));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_loads_what_it_names_and_the_wasm_beside_its_glue() {
        let dist = std::env::temp_dir().join(format!("dvi-bench-test-{}", std::process::id()));
        fs::create_dir_all(&dist).unwrap();
        let html = r#"<script src="/start-1.js"></script><link rel="stylesheet" href="/style-2.css"><link rel="modulepreload" href="/app-3.js"><a href="/lv/sazina">"#;
        fs::write(dist.join("index.html"), html).unwrap();
        for name in ["start-1.js", "style-2.css", "app-3.js", "app-3_bg.wasm", "unrelated.js"] {
            fs::write(dist.join(name), "x").unwrap();
        }
        let files = site_files(&dist).unwrap();
        fs::remove_dir_all(&dist).unwrap();
        assert_eq!(files, ["index.html", "style-2.css", "app-3.js", "app-3_bg.wasm", "start-1.js"]);
    }
}
