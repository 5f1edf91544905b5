//! Pre-rendering: every page as a static HTML file, rendered natively from the same components
//! (`cargo xtask build` runs `src/bin/prerender.rs` after trunk). The page shows at once and
//! reads without JavaScript; in the browser the app then takes over (`takeover.rs`).

use crate::routes::Route;
use crate::App;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

/// The app's HTML for one address (what `<body>` holds once the app has drawn it).
pub fn body(href: &str) -> String {
    Owner::new().with(|| {
        provide_context(RequestUrl::new(href));
        view! { <App/> }.to_html()
    })
}

/// Where a page's file goes in dist/: "/lv/" is lv/index.html, "/lv/pakalpojumi" is
/// lv/pakalpojumi.html (a static host answers /lv/pakalpojumi with it: deploy/nginx, dvi-server).
pub fn file_name(href: &str) -> String {
    let path = href.trim_start_matches('/');
    match path.strip_suffix('/') {
        Some(dir) if !dir.is_empty() => format!("{dir}/index.html"),
        _ if path.is_empty() => "index.html".to_owned(),
        _ => format!("{path}.html"),
    }
}

/// The whole document for `route`: trunk's page (`template`, with the app's scripts and styles)
/// with the page's language, title and body.
pub fn document(template: &str, route: &Route) -> Result<String, String> {
    let lang = route.lang.code();
    let html = replace_between(template, "<html lang=\"", "\"", lang)?;
    let html = replace_between(&html, "<title>", "</title>", &escape(&route.title()))?;
    let body = body(&route.href());
    replace_between(&html, "<body>", "</body>", &format!("\n{body}\n"))
}

fn replace_between(text: &str, start: &str, end: &str, with: &str) -> Result<String, String> {
    let from = text.find(start).ok_or_else(|| format!("the page template has no {start}"))? + start.len();
    let to = from + text[from..].find(end).ok_or_else(|| format!("the page template has no {end} after {start}"))?;
    Ok(format!("{}{with}{}", &text[..from], &text[to..]))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::routes::Page;

    #[test]
    fn file_names() {
        assert_eq!(file_name("/"), "index.html");
        assert_eq!(file_name("/lv/"), "lv/index.html");
        assert_eq!(file_name("/en/services"), "en/services.html");
        assert_eq!(file_name("/lv/pakalpojumi/sudziba/pieteikums/1"), "lv/pakalpojumi/sudziba/pieteikums/1.html");
    }

    #[test]
    fn a_page_in_the_template() {
        let template = "<!DOCTYPE html><html lang=\"lv\"><head><title>x</title><script src=\"/start.js\"></script></head><body>\n<noscript>needs js</noscript>\n</body></html>";
        let route = Route::new(Lang::En, Page::Channels);
        let page = document(template, &route).expect("the template fits");
        assert!(page.starts_with("<!DOCTYPE html><html lang=\"en\"><head><title>How to reach us – "), "{page}");
        assert!(page.contains("<script src=\"/start.js\"></script>"));
        assert!(page.contains("<h1") && page.contains("How to reach us</h1>"));
        assert!(!page.contains("needs js"), "the page reads without script");
        assert!(document("<html>", &route).is_err());
    }
}
