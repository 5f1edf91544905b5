//! The embeddable widget's files in dist/widget/, beside the site (README, "Embedding"): its
//! element, public/widget/embed.js, which pre-rendering writes there with what it must know of
//! the site, and its stylesheet. It shows the site's own pages and starts their islands with
//! the site's bundles, so it has no bundle of its own.
//!
//! Their names carry no hash: host pages load `widget/embed.js` by name, and it loads the
//! stylesheet by name.

use crate::{cmd, root, Result};
use std::fs;

pub fn finish() -> Result {
    let dir = root().join("dist/widget");
    // Minified (terser, from e2e/): host pages load it by name, whether or not the widget is used.
    let file = dir.join("embed.js").to_string_lossy().into_owned();
    let terser = root().join("e2e/node_modules/terser/bin/terser").to_string_lossy().into_owned();
    cmd("node", &[&terser, "--module", "--compress", "--mangle", "--output", &file, &file])?;
    let read = |name: &str| fs::read_to_string(root().join(name)).map_err(|e| format!("cannot read {name}: {e}"));
    let css = shadow_css(&read("public/widget/shadow.css")?, &read("public/style.css")?);
    fs::write(dir.join("dvi-widget.css"), css).map_err(|e| format!("cannot write dvi-widget.css: {e}"))
}

/// The widget's stylesheet: its own rules for the shadow root, then the site's with `:root`
/// as `:host`, `body` as the widget's frame and `rem` as `px` (16 px to the rem, as on the
/// site), since `rem` follows the host page's root font size, which the widget must not. The
/// site's rules for what a widget never shows (the header, the footer, pages it does not
/// show), between a line that starts `/* site only` and `/* end site only */`, are left out.
pub fn shadow_css(shadow: &str, site: &str) -> String {
    let mut out = String::with_capacity(shadow.len() + site.len());
    for line in shadow.lines() {
        out.push_str(&rem_to_px(line));
        out.push('\n');
    }
    let mut site_only = false;
    for line in site.lines() {
        let marker = line.trim_start();
        if marker.starts_with("/* site only") || marker.starts_with("/* end site only") {
            site_only = marker.starts_with("/* site only");
            continue;
        }
        if site_only {
            continue;
        }
        let line = match line.strip_prefix("body ") {
            Some(rest) => format!(".dvi-widget {rest}"),
            None => line.replace(":root", ":host"),
        };
        out.push_str(&rem_to_px(&line));
        out.push('\n');
    }
    out
}

fn rem_to_px(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find("rem") {
        let (before, after) = rest.split_at(at);
        let start = before.rfind(|c: char| !(c.is_ascii_digit() || c == '.')).map_or(0, |i| i + 1);
        let number = &before[start..];
        // Only a number directly before "rem" is a length ("remove" and "1.5rem" differ).
        let unit_ends = !after[3..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-');
        match number.parse::<f64>() {
            Ok(n) if !number.is_empty() && unit_ends => {
                out.push_str(&before[..start]);
                out.push_str(&format!("{}px", n * 16.0));
            }
            _ => {
                out.push_str(before);
                out.push_str("rem");
            }
        }
        rest = &after[3..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rem_becomes_px() {
        assert_eq!(rem_to_px("h1 { font-size: 2rem; margin: 0.25rem 1.5rem; }"), "h1 { font-size: 32px; margin: 4px 24px; }");
        assert_eq!(rem_to_px("--dvi-width: 60rem;"), "--dvi-width: 960px;");
        assert_eq!(rem_to_px("max(1px, 0.0625rem)"), "max(1px, 1px)");
        assert_eq!(rem_to_px(".dvi-remove { margin: 0 }"), ".dvi-remove { margin: 0 }");
        assert_eq!(rem_to_px("/* 1 remark */"), "/* 1 remark */");
    }

    #[test]
    fn what_a_widget_never_shows_is_left_out() {
        let site =
            ".a { color: red; }\n/* site only: the header */\n.dvi-header { color: blue; }\n/* end site only */\n.b { margin: 1rem; }\n";
        let css = shadow_css("", site);
        assert_eq!(css, ".a { color: red; }\n.b { margin: 16px; }\n");
        let real = shadow_css("", include_str!("../../public/style.css"));
        assert!(!real.contains(".dvi-header {") && !real.contains(".dvi-easy {") && real.contains(".dvi-letter__text {"), "{real}");
    }

    #[test]
    fn root_and_body_become_the_widget() {
        let css =
            shadow_css(":host { all: initial !important; }", ":root {\n  --dvi-space-1: 0.25rem;\n}\nbody {\n  font-size: 1.125rem;\n}\n");
        assert!(css.starts_with(":host { all: initial !important; }\n"), "{css}");
        assert!(css.contains(":host {\n  --dvi-space-1: 4px;\n}"), "{css}");
        assert!(css.contains(".dvi-widget {\n  font-size: 18px;\n}"), "{css}");
        assert!(!css.contains("rem;") && !css.contains(":root") && !css.contains("\nbody"), "{css}");
    }

    #[test]
    fn the_real_stylesheet_converts_whole() {
        let site = include_str!("../../public/style.css");
        let css = shadow_css(include_str!("../../public/widget/shadow.css"), site);
        // A digit and then "rem": a length that would follow the host page's root font size.
        let rem_lengths = |s: &str| s.match_indices("rem").filter(|(i, _)| s[..*i].ends_with(|c: char| c.is_ascii_digit())).count();
        assert!(rem_lengths(site) > 10);
        assert_eq!(rem_lengths(&css), 0, "a rem length is left");
        assert_eq!(css.matches('{').count(), css.matches('}').count());
    }
}
