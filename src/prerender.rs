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

/// Where the site is served, for canonical addresses, hreflang alternates and the sitemap
/// (`DVI_SITE_URL` when pre-rendering overrides it).
pub const DEFAULT_SITE_URL: &str = "https://pakalpojumi.dvi.gov.lv";

/// The whole document for `route`: trunk's page (`template`, with the app's scripts and styles)
/// with the page's language, title, description, canonical address and its address in the
/// other language, and its body.
pub fn document(template: &str, route: &Route, site: &str) -> Result<String, String> {
    let html = head(template, route, site)?;
    let body = body(&route.href());
    replace_between(&html, "<body>", "</body>", &format!("\n{body}\n"))
}

fn head(template: &str, route: &Route, site: &str) -> Result<String, String> {
    let html = replace_between(template, "<html lang=\"", "\"", route.lang.code())?;
    let html = replace_between(&html, "<meta name=\"description\" content=\"", "\"", &escape(&route.description()))?;
    let links = if route.indexable() {
        let mut links = format!("<link rel=\"canonical\" href=\"{site}{}\">", route.href());
        for lang in Lang::ALL {
            links += &format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{site}{}\">",
                lang.code(),
                Route::new(lang, route.page.clone()).href()
            );
        }
        links
            + &format!("<link rel=\"alternate\" hreflang=\"x-default\" href=\"{site}{}\">", Route::new(Lang::Lv, route.page.clone()).href())
    } else {
        "<meta name=\"robots\" content=\"noindex\">".to_owned()
    };
    let html = replace_between(&html, "<title>", "</title>", &escape(&route.title()))?;
    let at = html.find("</title>").map(|i| i + "</title>".len()).ok_or("the page template has no </title>")?;
    Ok(format!("{}{links}{}", &html[..at], &html[at..]))
}

/// Every file to write: each page's; "/" (the Latvian home page); each form's confirmation
/// with only its head (it shows a reference that only a submission gives, so the app draws it
/// in the browser); the "page not found" that a static host sends with a 404 (404.html, and
/// en/404.html for English addresses); sitemap.xml and robots.txt. `site` is where the site is
/// served ("https://…", no trailing "/").
pub fn files(template: &str, site: &str) -> Result<Vec<(String, String)>, String> {
    let mut files = Vec::new();
    for route in Route::all() {
        files.push((file_name(&route.href()), document(template, &route, site)?));
    }
    files.push(("index.html".to_owned(), document(template, &Route::parse("/"), site)?));
    for lang in Lang::ALL {
        for form in &dvi_validation::forms::FORMS {
            let sent = Route::new(lang, Page::Form(form.id, FormPage::Sent));
            files.push((file_name(&sent.href()), head(template, &sent, site)?));
        }
        let not_found = document(template, &Route::new(lang, Page::NotFound), site)?;
        files.push((if lang == Lang::Lv { "404.html".to_owned() } else { format!("{}/404.html", lang.code()) }, not_found));
    }
    files.push(("sitemap.xml".to_owned(), sitemap(site)));
    files.push(("robots.txt".to_owned(), format!("User-agent: *\nAllow: /\nSitemap: {site}/sitemap.xml\n")));
    Ok(files)
}

/// The pages search engines should list, each with its address in both languages.
pub fn sitemap(site: &str) -> String {
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for route in Route::all().iter().filter(|r| r.indexable()) {
        xml += &format!("<url><loc>{site}{}</loc>", route.href());
        for lang in Lang::ALL {
            xml += &format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{site}{}\"/>",
                lang.code(),
                Route::new(lang, route.page.clone()).href()
            );
        }
        xml += "</url>\n";
    }
    xml + "</urlset>\n"
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
        let template = "<!DOCTYPE html><html lang=\"lv\"><head><meta name=\"description\" content=\"x\"><title>x</title><script src=\"/start.js\"></script></head><body>\n<noscript>needs js</noscript>\n</body></html>";
        let route = Route::new(Lang::En, Page::Channels);
        let page = document(template, &route, "https://example.lv").expect("the template fits");
        assert!(page.starts_with("<!DOCTYPE html><html lang=\"en\"><head><meta name=\"description\" content=\"Choose the way"), "{page}");
        assert!(page.contains("<title>How to reach us – "), "{page}");
        assert!(page.contains("<link rel=\"canonical\" href=\"https://example.lv/en/contact\">"), "{page}");
        assert!(page.contains("<link rel=\"alternate\" hreflang=\"lv\" href=\"https://example.lv/lv/sazina\">"), "{page}");
        assert!(page.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.lv/lv/sazina\">"), "{page}");
        assert!(page.contains("<script src=\"/start.js\"></script>"));
        assert!(page.contains("<h1") && page.contains("How to reach us</h1>"));
        assert!(!page.contains("needs js"), "the page reads without script");
        assert!(document("<html>", &route, "https://example.lv").is_err());
        let check = document(template, &Route::new(Lang::En, Page::Form("question", FormPage::Check)), "https://example.lv").expect("fits");
        assert!(check.contains("<meta name=\"robots\" content=\"noindex\">") && !check.contains("canonical"));
    }

    #[test]
    fn every_address_has_a_file() {
        let template = "<html lang=\"lv\"><head><meta name=\"description\" content=\"x\"><title>x</title></head><body><noscript>needs js</noscript></body></html>";
        let files = files(template, "https://example.lv").expect("the template fits");
        let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
        for route in Route::all() {
            assert!(names.contains(&file_name(&route.href()).as_str()), "{}", route.href());
        }
        for name in [
            "index.html",
            "404.html",
            "en/404.html",
            "sitemap.xml",
            "robots.txt",
            "lv/pakalpojumi/sudziba-par-personas-datu-apstradi/pieteikums/nosutits.html",
            "en/services/ask-a-question/apply/sent.html",
        ] {
            assert!(names.contains(&name), "{name}");
        }
        let sent = &files.iter().find(|(name, _)| name == "en/services/ask-a-question/apply/sent.html").expect("sent page").1;
        assert!(sent.contains("<html lang=\"en\">") && sent.contains("needs js"), "the confirmation is drawn by the app");
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "one file per address");
    }

    #[test]
    fn the_sitemap_lists_the_pages_to_find() {
        let xml = sitemap("https://example.lv");
        assert!(xml.contains("<url><loc>https://example.lv/lv/</loc><xhtml:link rel=\"alternate\" hreflang=\"lv\" href=\"https://example.lv/lv/\"/><xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.lv/en/\"/></url>"), "{xml}");
        assert!(xml.contains("<loc>https://example.lv/en/services/ask-a-question/apply/1</loc>"));
        assert!(!xml.contains("/apply/2<") && !xml.contains("/check<") && !xml.contains("not-found"));
        assert_eq!(xml.matches("<url>").count(), Route::all().iter().filter(|r| r.indexable()).count());
    }
}
