//! What the site's build needs after trunk: its page fit for a static host, then every page
//! pre-rendered from it (src/bin/prerender.rs).

use crate::{cmd, root, Result};
use std::fs;

pub fn finish() -> Result {
    let path = root().join("dist/index.html");
    let html = fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    fs::write(&path, without_wasm_preload_integrity(&html)).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    // Built as the tests build the workspace (same features), so that nothing compiles twice.
    cmd("cargo", &["build", "--quiet", "--workspace", "--features", "dvi-self-service/ssr", "--bins"])?;
    let prerender = root().join("target/debug/prerender");
    cmd(&prerender.to_string_lossy(), &[&root().join("dist").to_string_lossy()])
}

/// trunk gives the wasm's preload link an `integrity`, which Chromium ignores on a fetch
/// preload, warning in the console each time. The JS glue keeps its own.
pub fn without_wasm_preload_integrity(html: &str) -> String {
    let Some(start) = html.find(r#"<link rel="preload""#) else {
        return html.to_owned();
    };
    let end = html[start..].find('>').map_or(html.len(), |i| start + i);
    let tag = &html[start..end];
    let Some(at) = tag.find(r#" integrity=""#) else {
        return html.to_owned();
    };
    let value_end = tag[at + 12..].find('"').map_or(tag.len(), |i| at + 12 + i + 1);
    format!("{}{}{}{}", &html[..start], &tag[..at], &tag[value_end..], &html[end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_wasm_preload_loses_its_integrity() {
        let html = r#"<link rel="modulepreload" href="/a.js" integrity="sha384-A"><link rel="preload" href="/a_bg.wasm" crossorigin="anonymous" integrity="sha384-B" as="fetch" type="application/wasm"></head>"#;
        assert_eq!(
            without_wasm_preload_integrity(html),
            r#"<link rel="modulepreload" href="/a.js" integrity="sha384-A"><link rel="preload" href="/a_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm"></head>"#
        );
        assert_eq!(without_wasm_preload_integrity("<p>none</p>"), "<p>none</p>");
    }
}
