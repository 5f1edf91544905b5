//! Pre-rendering: every page as a static HTML file, rendered natively from the same components
//! (`cargo xtask build` runs `src/bin/prerender.rs` after trunk). The page is the product: it
//! reads without JavaScript, and in the browser only its islands come to life, in place
//! (`src/islands/`), from the one bundle they are in, which the page names. A page without
//! islands loads no script at all.

use crate::components::layout::Layout;
use crate::islands;
use crate::lang::Lang;
use crate::nav::Nav;
use crate::routes::{FormPage, Page, Route};
use leptos::prelude::*;

/// The page's HTML for one address: what `<body>` holds.
pub fn body(href: &str) -> String {
    let route = Route::parse(href);
    Owner::new().with(|| {
        Nav::provide_for_page(&route);
        view! { <Layout route=route.clone()>{crate::pages::page(&route)}</Layout> }.to_html()
    })
}

/// The bundle whose islands a page's body holds (`None`: the page has none). A page needs one
/// bundle at most; an island that no bundle brings to life is an error.
pub fn bundle(body: &str) -> Result<Option<&'static str>, String> {
    let mut found = None;
    for (at, _) in body.match_indices("data-island=\"") {
        let rest = &body[at + "data-island=\"".len()..];
        let name = &rest[..rest.find('"').unwrap_or(0)];
        let bundle = islands::bundle_of(name).ok_or_else(|| format!("no bundle brings the island {name:?} to life"))?;
        if found.is_some_and(|b| b != bundle) {
            return Err(format!("a page has islands of two bundles ({} and {bundle})", found.unwrap_or_default()));
        }
        found = Some(bundle);
    }
    Ok(found)
}

/// What trunk built: its page for the site (the stylesheet, the loader, the contact bundle) is
/// the template of every page, and each bundle's `<link rel="modulepreload">` (with its
/// integrity) is what a page with its islands names.
pub struct TrunkOutput {
    pub template: String,
    pub bundles: Vec<(&'static str, String)>,
}

impl TrunkOutput {
    /// The template with the scripts a page with these islands needs: the loader and its
    /// bundle, or (no islands) no script at all.
    fn template_for(&self, bundle: Option<&str>, lang: Lang, form: Option<&str>) -> Result<String, String> {
        // trunk's own links to its bundle: the module, and the wasm preloaded at once (which
        // would compete with the page itself, readable without it).
        let html = remove_tags(&tidy(&self.template), "<link rel=\"modulepreload\"");
        let mut html = remove_tags(&html, "<link rel=\"preload\"");
        let Some(bundle) = bundle else {
            return Ok(remove_tags(&html, "<script "));
        };
        let link =
            self.bundles.iter().find(|(b, _)| *b == bundle).map(|(_, l)| l).ok_or_else(|| format!("the build has no bundle {bundle}"))?;
        // And the bundle's words in the page's language, which public/start.js fetches with it
        // (and, on a form's pages, where the countries' names are when an answer needs them).
        let countries = if form.is_some() { format!("data-countries=\"/{}\" ", country_words(lang).0) } else { String::new() };
        let link = link.replacen("<link ", &format!("<link data-words=\"/{}\" {countries}", words(bundle, lang, form).0), 1);
        let at = html.find("</head>").ok_or("the page template has no </head>")?;
        html.insert_str(at, &link);
        Ok(html)
    }
}

/// A bundle's words file in one language (`i18n::words_file`) and its name in dist/, hashed
/// (served as immutable, as trunk's files are).
/// On a form's pages (`form`), only what those need (`islands::page_needs`).
pub fn words(bundle: &str, lang: Lang, form: Option<&str>) -> (String, String) {
    let text = crate::islands::page_words(bundle, lang, form);
    // A form's pages share one (both its bundles carry the forms' words), cached from the first.
    let name = match form {
        Some(form) => format!("dvi-forms-{form}"),
        None => bundle.to_owned(),
    };
    hashed(&name, lang, text)
}

/// The countries' names in one language (`islands::COUNTRY_WORDS`).
pub fn country_words(lang: Lang) -> (String, String) {
    hashed("dvi-countries", lang, crate::i18n::words_file(lang, &crate::islands::COUNTRY_WORDS))
}

fn hashed(name: &str, lang: Lang, text: String) -> (String, String) {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    text.hash(&mut hasher);
    (format!("words/{name}-{}-{:016x}.txt", lang.code(), hasher.finish()), text)
}

/// The widget's element, public/widget/embed.js, with what it must know of the site written in
/// where it says `const SITE = {};` (it shows the site's own pages, and fetches only what a page
/// names): for each `view`, its page in each language (`Lang::ALL`'s order); the paths it shows
/// inside (the catalogue's and all under it, the channels'); where a form's pages are (no link
/// to the full site there: it is without the draft); and the words of that link.
pub fn embed_script() -> Result<String, String> {
    use crate::json::{write_key, write_str, write_strs};
    let template = include_str!("../public/widget/embed.js");
    let marker = "const SITE = {};";
    if template.matches(marker).count() != 1 {
        return Err(format!("public/widget/embed.js must say `{marker}` once"));
    }
    let hrefs = |page: Page| Lang::ALL.map(|lang| Route::new(lang, page.clone()).href());
    let mut views: Vec<(String, [String; 2])> =
        vec![("catalogue".to_owned(), hrefs(Page::Catalogue)), ("channels".to_owned(), hrefs(Page::Channels))];
    for slug in crate::content::service_slugs() {
        views.push((format!("service:{}", slug.id), hrefs(Page::Service(&slug.id))));
    }
    for form in &dvi_validation::forms::FORMS {
        views.push((format!("form:{}", form.id), hrefs(Page::Form(form.id, FormPage::Step(0)))));
    }
    let mut json = String::from("{");
    write_key(&mut json, "langs", true);
    write_strs(&mut json, Lang::ALL.map(Lang::code));
    write_key(&mut json, "views", false);
    json.push('{');
    for (i, (view, pages)) in views.iter().enumerate() {
        write_key(&mut json, view, i == 0);
        write_strs(&mut json, pages.iter().map(String::as_str));
    }
    json.push('}');
    let inside: Vec<String> = [Page::Catalogue, Page::Channels].into_iter().flat_map(hrefs).collect();
    write_key(&mut json, "inside", false);
    write_strs(&mut json, inside.iter().map(String::as_str));
    let forms: Vec<String> = dvi_validation::forms::FORMS
        .iter()
        .flat_map(|f| hrefs(Page::Form(f.id, FormPage::Check)))
        .map(|check| check[..check.rfind('/').unwrap_or(0) + 1].to_owned())
        .collect();
    write_key(&mut json, "forms", false);
    write_strs(&mut json, forms.iter().map(String::as_str));
    write_key(&mut json, "fullSite", false);
    json.push('[');
    for (i, lang) in Lang::ALL.into_iter().enumerate() {
        if i > 0 {
            json.push(',');
        }
        write_str(&mut json, &crate::i18n::t(lang, "widget-full-site"));
    }
    json.push_str("]}");
    Ok(template.replace(marker, &format!("const SITE = {json};")))
}

/// The template without its comments (notes for whoever edits index.html: about 300 bytes of
/// brotli on every page) and the blank lines that removed tags leave.
fn tidy(template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(at) = rest.find("<!--") {
        out.push_str(&rest[..at]);
        rest = rest[at..].find("-->").map_or("", |end| &rest[at + end + 3..]);
    }
    out.push_str(rest);
    out.lines().filter(|line| !line.trim().is_empty()).collect::<Vec<_>>().join("\n")
}

/// `html` without any element that starts with `start` (up to its `>`, and a `</script>` after).
fn remove_tags(html: &str, start: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(start) {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let mut end = tail.find('>').map_or(tail.len(), |i| i + 1);
        if tail[end..].starts_with("</script>") {
            end += "</script>".len();
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// A bundle's modulepreload link from the page trunk wrote for it, with the integrity of its
/// wasm beside it (`data-wasm-integrity`: public/start.js fetches the wasm with it, once the
/// page has been painted, rather than preload it in competition with the page).
pub fn bundle_link(trunk_page: &str) -> Result<String, String> {
    let tag = |start: &str| {
        let at = trunk_page.find(start)?;
        let end = trunk_page[at..].find('>')? + at + 1;
        Some(trunk_page[at..end].to_owned())
    };
    let link = tag("<link rel=\"modulepreload\"").ok_or("trunk's page has no modulepreload link")?;
    let wasm = tag("<link rel=\"preload\"").filter(|l| l.contains("as=\"fetch\"")).ok_or("trunk's page has no preload of the wasm")?;
    let integrity = attribute(&wasm, "integrity").ok_or("the wasm's preload has no integrity")?;
    Ok(link.replacen("<link ", &format!("<link data-wasm-integrity=\"{integrity}\" "), 1))
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(tag[start..start + tag[start..].find('"')?].to_owned())
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
pub fn document(built: &TrunkOutput, route: &Route, site: &str) -> Result<String, String> {
    let body = body(&route.href());
    let form = match route.page {
        Page::Form(id, _) => Some(id),
        _ => None,
    };
    let html = head(&built.template_for(bundle(&body)?, route.lang, form)?, route, site)?;
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

/// Every file to write: each page's; "/" (the Latvian home page); the "page not found" that a
/// static host sends with a 404 (404.html, and en/404.html for English addresses); sitemap.xml
/// and robots.txt. `site` is where the site is served ("https://…", no trailing "/").
pub fn files(built: &TrunkOutput, site: &str) -> Result<Vec<(String, String)>, String> {
    let mut files = Vec::new();
    for route in Route::all() {
        files.push((file_name(&route.href()), document(built, &route, site)?));
    }
    files.push(("index.html".to_owned(), document(built, &Route::parse("/"), site)?));
    for lang in Lang::ALL {
        let not_found = document(built, &Route::new(lang, Page::NotFound), site)?;
        files.push((if lang == Lang::Lv { "404.html".to_owned() } else { format!("{}/404.html", lang.code()) }, not_found));
    }
    for lang in Lang::ALL {
        for bundle in &islands::BUNDLES {
            files.push(words(bundle.name, lang, None));
        }
        for form in &dvi_validation::forms::FORMS {
            files.push(words("dvi-forms", lang, Some(form.id)));
        }
        files.dedup_by(|a, b| a.0 == b.0);
        files.push(country_words(lang));
    }
    files.push(("widget/embed.js".to_owned(), embed_script()?));
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
    use crate::routes::FormPage;

    #[test]
    fn file_names() {
        assert_eq!(file_name("/"), "index.html");
        assert_eq!(file_name("/lv/"), "lv/index.html");
        assert_eq!(file_name("/en/services"), "en/services.html");
        assert_eq!(file_name("/lv/pakalpojumi/sudziba/pieteikums/1"), "lv/pakalpojumi/sudziba/pieteikums/1.html");
    }

    const TRUNK_INFO: &str = "<!DOCTYPE html><html lang=\"lv\"><head><!-- a note\n for editors -->\n  \n<meta name=\"description\" content=\"x\"><title>x</title><link rel=\"stylesheet\" href=\"/style-1.css\"><link rel=\"modulepreload\" href=\"/dvi-contact-2.js\" crossorigin=\"anonymous\" integrity=\"sha384-I\"><link rel=\"preload\" href=\"/dvi-contact-2_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-W\" as=\"fetch\" type=\"application/wasm\"><script type=\"module\" src=\"/start-3.js\" integrity=\"sha384-S\"></script></head><body>\n<noscript>needs js</noscript>\n</body></html>";
    const TRUNK_CATALOGUE: &str = "<html><head><link rel=\"modulepreload\" href=\"/catalogue/dvi-catalogue-5.js\" crossorigin=\"anonymous\" integrity=\"sha384-C\"><link rel=\"preload\" href=\"/catalogue/dvi-catalogue-5_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-D\" as=\"fetch\" type=\"application/wasm\"></head><body></body></html>";
    const TRUNK_SEND: &str = "<html><head><link rel=\"modulepreload\" href=\"/send/dvi-form-send-6.js\" crossorigin=\"anonymous\" integrity=\"sha384-H\"><link rel=\"preload\" href=\"/send/dvi-form-send-6_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-J\" as=\"fetch\" type=\"application/wasm\"></head><body></body></html>";
    const TRUNK_FORMS: &str = "<html><head><link rel=\"modulepreload\" href=\"/forms/dvi-forms-4.js\" crossorigin=\"anonymous\" integrity=\"sha384-F\"><link rel=\"preload\" href=\"/forms/dvi-forms-4_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-G\" as=\"fetch\" type=\"application/wasm\"></head><body></body></html>";

    fn built() -> TrunkOutput {
        TrunkOutput {
            template: TRUNK_INFO.to_owned(),
            bundles: vec![
                ("dvi-contact", bundle_link(TRUNK_INFO).expect("trunk's page")),
                ("dvi-catalogue", bundle_link(TRUNK_CATALOGUE).expect("trunk's page")),
                ("dvi-forms", bundle_link(TRUNK_FORMS).expect("trunk's page")),
                ("dvi-form-send", bundle_link(TRUNK_SEND).expect("trunk's page")),
            ],
        }
    }

    #[test]
    fn a_page_in_the_template() {
        let built = built();
        let route = Route::new(Lang::En, Page::Channels);
        let page = document(&built, &route, "https://example.lv").expect("the template fits");
        assert!(page.starts_with("<!DOCTYPE html><html lang=\"en\"><head>\n<meta name=\"description\" content=\"Choose the way"), "{page}");
        assert!(page.contains("<title>How to reach us – "), "{page}");
        assert!(page.contains("<link rel=\"canonical\" href=\"https://example.lv/en/contact\">"), "{page}");
        assert!(page.contains("<link rel=\"alternate\" hreflang=\"lv\" href=\"https://example.lv/lv/sazina\">"), "{page}");
        assert!(page.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.lv/lv/sazina\">"), "{page}");
        assert!(page.contains("<h1") && page.contains("How to reach us</h1>"));
        assert!(!page.contains("needs js"), "the page reads without script");
        assert!(!page.contains("for editors") && !page.contains("\n  \n"), "the template's notes and blank lines left out: {page}");
        let mut broken = built;
        broken.template = "<html>".to_owned();
        assert!(document(&broken, &route, "https://example.lv").is_err());
    }

    #[test]
    fn a_page_names_the_bundle_of_its_islands_or_no_script() {
        let built = built();
        let scripts =
            |html: &str| (html.matches("<script").count(), html.matches("modulepreload").count(), html.matches("_bg.wasm").count());
        let contact = document(&built, &Route::new(Lang::En, Page::Channels), "https://x.lv").expect("fits");
        assert_eq!(scripts(&contact), (1, 1, 0), "the loader and the info bundle, the wasm not preloaded");
        let words = format!(
            "<link data-words=\"/{}\" data-wasm-integrity=\"sha384-W\" rel=\"modulepreload\" href=\"/dvi-contact-2.js\"",
            super::words("dvi-contact", Lang::En, None).0
        );
        assert!(contact.contains(&words), "{contact}");
        let check = document(&built, &Route::new(Lang::En, Page::Form("question", FormPage::Check)), "https://x.lv").expect("fits");
        assert!(check.contains("href=\"/send/dvi-form-send-6.js\"") && !check.contains("/dvi-forms-4.js"), "{check}");
        let step = document(&built, &Route::new(Lang::En, Page::Form("question", FormPage::Step(0))), "https://x.lv").expect("fits");
        assert!(step.contains("href=\"/forms/dvi-forms-4.js\"") && !step.contains("/dvi-contact-2.js"), "{step}");
        assert!(check.contains("<meta name=\"robots\" content=\"noindex\">") && !check.contains("canonical"));
        for page in
            [Page::Home, Page::Service("complaint"), Page::Rights, Page::Referral, Page::Privacy, Page::Accessibility, Page::NotFound]
        {
            let html = document(&built, &Route::new(Lang::Lv, page.clone()), "https://x.lv").expect("fits");
            assert_eq!(scripts(&html), (0, 0, 0), "{page:?}: no script at all");
            assert!(html.contains("<link rel=\"stylesheet\" href=\"/style-1.css\">"), "{page:?}");
        }
        assert_eq!(bundle("<div data-island=\"form-step\"></div><div data-island=\"form-step\">"), Ok(Some("dvi-forms")));
        assert!(bundle("<div data-island=\"phone-line\"></div><div data-island=\"form-step\">").is_err());
        assert!(bundle("<div data-island=\"nothing\">").is_err());
    }

    #[test]
    fn every_address_has_a_file() {
        let files = files(&built(), "https://example.lv").expect("the template fits");
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
        assert!(sent.contains("<html lang=\"en\">") && sent.contains("We have received your submission</h1>"), "{sent}");
        // Each bundle's words in each language, hashed.
        for bundle in islands::BUNDLES.iter().map(|b| b.name) {
            for lang in Lang::ALL {
                let (name, text) = words(bundle, lang, None);
                assert!(name.starts_with(&format!("words/{bundle}-{}-", lang.code())) && name.ends_with(".txt"), "{name}");
                assert!(names.contains(&name.as_str()) && !text.is_empty(), "{name}");
            }
        }
        // A form's pages name their own words, without the other forms' and the countries'.
        let (complaint, text) = words("dvi-forms", Lang::Lv, Some("complaint"));
        assert!(names.contains(&complaint.as_str()) && names.contains(&country_words(Lang::Lv).0.as_str()));
        assert!(text.contains("\x1eform-complaint-title\x1f") && !text.contains("\x1eform-appeal-title\x1f"));
        assert!(text.contains("\x1ecountry-LV\x1fLatvija") && !text.contains("\x1ecountry-DE\x1f"));
        assert!(country_words(Lang::Lv).1.contains("\x1ecountry-DE\x1fVācija"));
        let page =
            &files.iter().find(|(n, _)| n == "lv/pakalpojumi/sudziba-par-personas-datu-apstradi/pieteikums/1.html").expect("a step").1;
        assert!(page.contains(&format!("data-words=\"/{complaint}\" data-countries=\"/{}\"", country_words(Lang::Lv).0)), "{page}");
        assert!(names.contains(&"widget/embed.js"));
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "one file per address");
    }

    #[test]
    fn the_widget_knows_every_view_and_which_pages_it_shows() {
        let script = embed_script().expect("the marker is there");
        let facts = script.split("const SITE = ").nth(1).and_then(|rest| rest.split(";\n").next()).expect("written in");
        let facts: serde_json::Value = serde_json::from_str(facts).expect("JSON");
        for slug in crate::content::service_slugs() {
            let pages = &facts["views"][format!("service:{}", slug.id)];
            assert_eq!(pages[1], Route::new(Lang::En, Page::Service(&slug.id)).href(), "{}", slug.id);
        }
        for form in &dvi_validation::forms::FORMS {
            assert_eq!(facts["views"][format!("form:{}", form.id)][0], Route::new(Lang::Lv, Page::Form(form.id, FormPage::Step(0))).href());
        }
        assert_eq!(facts["views"]["catalogue"][1], "/en/services");
        // The element's rule (embed.js `inside`, `inForm`) says what the routes say.
        let list = |key: &str| facts[key].as_array().map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect::<Vec<_>>());
        let (inside, forms) = (list("inside").unwrap_or_default(), list("forms").unwrap_or_default());
        for route in Route::all() {
            let path = route.href();
            let shown = inside.iter().any(|p| path == *p || path.starts_with(&format!("{p}/")));
            assert_eq!(shown, route.page.embeddable(), "{path}");
            assert_eq!(forms.iter().any(|p| path.starts_with(p.as_str())), matches!(route.page, Page::Form(..)), "{path}");
        }
        assert_eq!(facts["fullSite"][0], crate::i18n::t(Lang::Lv, "widget-full-site"));
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
