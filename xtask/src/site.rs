//! What the site's build needs after trunk: its page fit for a static host, then every page
//! pre-rendered from it (src/bin/prerender.rs).

use crate::{cmd, root, Result};
use std::fs;

pub fn finish() -> Result {
    let path = root().join("dist/index.html");
    let html = fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    fs::write(&path, without_wasm_preload(&html)).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    // Built as the tests build the workspace (same features), so that nothing compiles twice.
    cmd("cargo", &["build", "--quiet", "--workspace", "--features", "dvi-self-service/ssr", "--bins"])?;
    let prerender = root().join("target/debug/prerender");
    cmd(&prerender.to_string_lossy(), &[&root().join("dist").to_string_lossy()])
}

/// trunk preloads the wasm at once, at high priority, competing with the page itself, which
/// is already readable without it; public/start.js fetches it once the page is painted.
pub fn without_wasm_preload(html: &str) -> String {
    let Some(start) = html.find(r#"<link rel="preload""#) else {
        return html.to_owned();
    };
    let end = html[start..].find('>').map_or(html.len(), |i| start + i + 1);
    if !html[start..end].contains(r#"as="fetch""#) {
        return html.to_owned();
    }
    format!("{}{}", &html[..start], &html[end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_wasm_preload_goes() {
        let html = r#"<link rel="modulepreload" href="/a.js" integrity="sha384-A"><link rel="preload" href="/a_bg.wasm" crossorigin="anonymous" integrity="sha384-B" as="fetch" type="application/wasm"></head>"#;
        assert_eq!(without_wasm_preload(html), r#"<link rel="modulepreload" href="/a.js" integrity="sha384-A"></head>"#);
        assert_eq!(without_wasm_preload("<p>none</p>"), "<p>none</p>");
    }
}
