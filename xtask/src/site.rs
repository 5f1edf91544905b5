//! The site's build after trunk: the pages trunk wrote move out of dist/ (no one is to load
//! them) into target/trunk-pages/, and every page is pre-rendered from them
//! (src/bin/prerender.rs): trunk's page for the site is the template, and each bundle's page
//! names that bundle's files.

use crate::{cmd, root, Result};
use std::fs;

/// trunk's entry for each of the site's bundles and the folder of dist/ it builds into, as
/// `islands::BUNDLES` in src/islands.rs has them: the first (the site's page, its stylesheet
/// and loader too) into dist/ itself, the others below it.
pub const BUNDLE_PAGES: [(&str, &str); 4] =
    [("index.html", ""), ("catalogue.html", "catalogue/"), ("forms.html", "forms/"), ("form-send.html", "send/")];

/// trunk builds each bundle (the site's first: trunk empties the folder it builds into, and
/// the others are inside).
pub fn trunk() -> Result {
    for (html, dir) in BUNDLE_PAGES {
        let dist = format!("dist/{dir}");
        let url = format!("/{dir}");
        cmd("trunk", &["build", html, "--release", "--dist", &dist, "--public-url", &url])?;
    }
    Ok(())
}

pub fn finish() -> Result {
    let pages = root().join("target/trunk-pages");
    for (_, dir) in BUNDLE_PAGES {
        let from = root().join("dist").join(dir).join("index.html");
        let to = pages.join(dir).join("index.html");
        fs::create_dir_all(to.parent().unwrap_or(&pages)).map_err(|e| format!("cannot create {}: {e}", pages.display()))?;
        fs::rename(&from, &to).map_err(|e| format!("cannot move {} to {}: {e}", from.display(), to.display()))?;
    }
    minify_scripts(&pages)?;
    // Built as the tests build the workspace (same features), so that nothing compiles twice.
    cmd("cargo", &["build", "--quiet", "--workspace", "--features", "dvi-self-service/ssr", "--bins"])?;
    let prerender = root().join("target/debug/prerender");
    cmd(&prerender.to_string_lossy(), &[&root().join("dist").to_string_lossy(), &pages.to_string_lossy()])
}

/// The pages' scripts (the loader, each bundle's glue) minified with terser (from e2e/):
/// wasm-bindgen and trunk write them for reading (measured: the contact page's glue 6.3 KB
/// brotli as written). Each is named with its integrity in trunk's pages, which pre-rendering
/// copies into every page: that is written anew for the minified file.
fn minify_scripts(pages: &std::path::Path) -> Result {
    use base64::Engine;
    use sha2::Digest;
    let mut texts = Vec::new();
    for (_, dir) in BUNDLE_PAGES {
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
    fn the_bundles_are_those_of_the_islands() {
        let islands = include_str!("../../src/islands.rs");
        for (html, dir) in super::BUNDLE_PAGES {
            assert!(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(html).is_file(), "{html}");
            assert!(islands.contains(&format!("\", \"{dir}\", &[")), "src/islands.rs builds a bundle into dist/{dir}");
        }
        assert_eq!(islands.matches("\", &[\"").count(), super::BUNDLE_PAGES.len(), "as many bundles in src/islands.rs");
    }
}
