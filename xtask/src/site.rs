//! The site's build after trunk: the pages trunk wrote move out of dist/ (no one is to load
//! them) into target/trunk-pages/, and every page is pre-rendered from them
//! (src/bin/prerender.rs): trunk's page for the site is the template, and each bundle's page
//! names that bundle's files.

use crate::{cmd, root, Result};
use std::fs;

/// The bundles of islands, as `islands::BUNDLES` lists them (`prerender --bundles`): each one's
/// name and folder of dist/. The first, the site's own, is built into dist/ itself.
pub type Bundles = Vec<(String, String)>;

/// The [`Bundles`], asked of the pre-renderer once per build.
pub fn bundles() -> Result<Bundles> {
    // Built as the tests build the workspace (same features), so that nothing compiles twice.
    cmd("cargo", &["build", "--quiet", "--workspace", "--features", "dvi-self-service/ssr", "--bins"])?;
    let out =
        std::process::Command::new(prerender()).arg("--bundles").output().map_err(|e| format!("cannot run prerender --bundles: {e}"))?;
    let list = String::from_utf8_lossy(&out.stdout);
    let bundles: Vec<(String, String)> =
        list.lines().map(|l| l.split_once(' ').map_or((l.to_owned(), String::new()), |(n, d)| (n.to_owned(), d.to_owned()))).collect();
    match bundles.first() {
        Some((_, dir)) if out.status.success() && dir.is_empty() => Ok(bundles),
        _ => Err(format!("prerender --bundles: {list}")),
    }
}

fn prerender() -> std::path::PathBuf {
    root().join("target/debug/prerender")
}

/// trunk's page for a bundle: the first bundle's is index.html (the site's page: the template
/// of every page, with the stylesheet and the loader, which must name it); every other's is
/// written from the list, naming only its bin.
fn trunk_page(index: usize, name: &str) -> Result<String> {
    if index == 0 {
        let html = fs::read_to_string(root().join("index.html")).map_err(|e| format!("cannot read index.html: {e}"))?;
        let bins: Vec<&str> = html.split("data-bin=\"").skip(1).filter_map(|rest| rest.split('"').next()).collect();
        return if bins == [name] { Ok("index.html".to_owned()) } else { Err(format!("index.html builds {bins:?}, not {name}")) };
    }
    let dir = root().join("target/trunk-entries");
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let path = dir.join(format!("{name}.html"));
    fs::write(&path, bundle_page(name)).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path.to_string_lossy().into_owned())
}

/// A bundle's trunk page: the bin, as the site's own is built (index.html), and nothing else.
fn bundle_page(name: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"lv\"><head><meta charset=\"utf-8\"><title>{name}</title>\
         <link data-trunk rel=\"rust\" href=\"../../Cargo.toml\" data-wasm-opt=\"z\" data-cargo-features=\"hydrate\" data-bin=\"{name}\">\
         </head><body></body></html>\n"
    )
}

/// trunk builds each bundle (the site's first: trunk empties the folder it builds into, and
/// the others are inside).
pub fn trunk(bundles: &Bundles) -> Result {
    for (i, (name, dir)) in bundles.iter().enumerate() {
        let html = trunk_page(i, name)?;
        let dist = format!("dist/{dir}");
        let url = format!("/{dir}");
        cmd("trunk", &["build", &html, "--release", "--dist", &dist, "--public-url", &url])?;
    }
    Ok(())
}

pub fn finish(bundles: &Bundles) -> Result {
    let pages = root().join("target/trunk-pages");
    for (_, dir) in bundles {
        let from = root().join("dist").join(dir).join("index.html");
        let to = pages.join(dir).join("index.html");
        fs::create_dir_all(to.parent().unwrap_or(&pages)).map_err(|e| format!("cannot create {}: {e}", pages.display()))?;
        fs::rename(&from, &to).map_err(|e| format!("cannot move {} to {}: {e}", from.display(), to.display()))?;
    }
    minify_scripts(bundles, &pages)?;
    cmd(&prerender().to_string_lossy(), &[&root().join("dist").to_string_lossy(), &pages.to_string_lossy()])
}

/// The pages' scripts (the loader, each bundle's glue) minified with terser (from e2e/):
/// wasm-bindgen and trunk write them for reading (measured: the contact page's glue 6.3 KB
/// brotli as written). Each is named with its integrity in trunk's pages, which pre-rendering
/// copies into every page: that is written anew for the minified file.
fn minify_scripts(bundles: &Bundles, pages: &std::path::Path) -> Result {
    use base64::Engine;
    use sha2::Digest;
    let mut texts = Vec::new();
    for (_, dir) in bundles {
        let path = pages.join(dir).join("index.html");
        let text = fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        texts.push((path, text));
    }
    let scripts: std::collections::BTreeMap<String, String> = texts.iter().flat_map(|(_, text)| scripts_with_integrity(text)).collect();
    let terser = root().join("e2e/node_modules/terser/bin/terser").to_string_lossy().into_owned();
    for (src, integrity) in &scripts {
        let file = root().join("dist").join(src.trim_start_matches('/'));
        let name = file.to_string_lossy().into_owned();
        cmd("node", &[&terser, "--module", "--compress", "--mangle", "--output", &name, &name])?;
        let bytes = fs::read(&file).map_err(|e| format!("cannot read {name}: {e}"))?;
        let minified = format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(&bytes)));
        for (_, text) in texts.iter_mut() {
            *text = text.replace(integrity.as_str(), &minified);
        }
    }
    for (path, text) in texts {
        fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// The scripts a page of trunk's names with their integrity: (address, "sha384-…").
fn scripts_with_integrity(page: &str) -> Vec<(String, String)> {
    page.split('<')
        .filter_map(|tag| {
            let attr = |name: &str| {
                let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
                tag[at..].split('"').next().map(str::to_owned)
            };
            let src = attr("src").or_else(|| attr("href")).filter(|s| s.ends_with(".js"))?;
            Some((src, attr("integrity")?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn scripts_are_found_with_their_integrity() {
        let page = r#"<script src="/start-96.js" integrity="sha384-a/b+" type="module"></script>
<link rel="stylesheet" href="/style-40.css" integrity="sha384-css"/>
<link rel="modulepreload" href="/forms/dvi-forms-bd.js" crossorigin="anonymous" integrity="sha384-c=">
<link rel="preload" href="/dvi-forms-bd_bg.wasm" integrity="sha384-w" as="fetch">"#;
        assert_eq!(
            super::scripts_with_integrity(page),
            [("/start-96.js".to_owned(), "sha384-a/b+".to_owned()), ("/forms/dvi-forms-bd.js".to_owned(), "sha384-c=".to_owned())]
        );
    }

    #[test]
    fn a_bundle_page_names_its_bin_and_the_crate() {
        let page = super::bundle_page("dvi-forms");
        assert!(page.contains("data-bin=\"dvi-forms\"") && page.contains("data-cargo-features=\"hydrate\""), "{page}");
        // Written into target/trunk-entries/: the workspace's Cargo.toml is two folders up.
        assert!(page.contains("href=\"../../Cargo.toml\""), "{page}");
    }
}
