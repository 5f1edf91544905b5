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
    // Built as the tests build the workspace (same features), so that nothing compiles twice.
    cmd("cargo", &["build", "--quiet", "--workspace", "--features", "dvi-self-service/ssr", "--bins"])?;
    let prerender = root().join("target/debug/prerender");
    cmd(&prerender.to_string_lossy(), &[&root().join("dist").to_string_lossy(), &pages.to_string_lossy()])
}

#[cfg(test)]
mod tests {
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
