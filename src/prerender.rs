//! Pre-rendering: every page as a static HTML file, rendered natively from the same components
//! (`cargo xtask build` runs `src/bin/prerender.rs` after trunk). The page shows at once and
//! reads without JavaScript; in the browser the app then takes over (`takeover.rs`).

use crate::lang::Lang;
use crate::routes::{FormPage, Page, Route};
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

/// trunk's page as it is, with the page's language and title only: for a form's confirmation,
/// which shows a reference that only a submission gives, so the app draws it in the browser.
pub fn shell(template: &str, route: &Route) -> Result<String, String> {
    let html = replace_between(template, "<html lang=\"", "\"", route.lang.code())?;
    replace_between(&html, "<title>", "</title>", &escape(&route.title()))
}

/// Every file to write: each page's, "/" (the Latvian home page), each form's confirmation
/// (the shell), and the "page not found" that a static host sends with a 404 (404.html, and
/// en/404.html for English addresses).
pub fn files(template: &str) -> Result<Vec<(String, String)>, String> {
    let mut files = Vec::new();
    for route in Route::all() {
        files.push((file_name(&route.href()), document(template, &route)?));
    }
    files.push(("index.html".to_owned(), document(template, &Route::parse("/"))?));
    for lang in Lang::ALL {
        for form in &dvi_validation::forms::FORMS {
            let sent = Route::new(lang, Page::Form(form.id, FormPage::Sent));
            files.push((file_name(&sent.href()), shell(template, &sent)?));
        }
        let not_found = document(template, &Route::new(lang, Page::NotFound))?;
        files.push((if lang == Lang::Lv { "404.html".to_owned() } else { format!("{}/404.html", lang.code()) }, not_found));
    }
    Ok(files)
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

    #[test]
    fn every_address_has_a_file() {
        let template = "<html lang=\"lv\"><head><title>x</title></head><body><noscript>needs js</noscript></body></html>";
        let files = files(template).expect("the template fits");
        let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
        for route in Route::all() {
            assert!(names.contains(&file_name(&route.href()).as_str()), "{}", route.href());
        }
        for name in ["index.html", "404.html", "en/404.html", "lv/pakalpojumi/sudziba-par-personas-datu-apstradi/pieteikums/nosutits.html", "en/services/ask-a-question/apply/sent.html"] {
            assert!(names.contains(&name), "{name}");
        }
        let sent = &files.iter().find(|(name, _)| name == "en/services/ask-a-question/apply/sent.html").expect("sent page").1;
        assert!(sent.contains("<html lang=\"en\">") && sent.contains("needs js"), "the confirmation is drawn by the app");
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "one file per address");
    }
}
