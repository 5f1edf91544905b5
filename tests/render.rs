//! Every page rendered natively, as pre-rendering does: one h1 that names the page, the
//! language switch to the same page, no message key left untranslated, islands only where a
//! person interacts.
#![cfg(feature = "ssr")]

use dvi_self_service::prerender::{body as render, bundle};
use dvi_self_service::routes::{FormPage, Page, Route};

fn text_nodes(html: &str) -> Vec<String> {
    html.split('<').filter_map(|part| part.split_once('>').map(|(_, text)| text.trim().to_owned())).filter(|t| !t.is_empty()).collect()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[test]
fn every_page_in_both_languages() {
    let key_shaped = regex::Regex::new(r"^[a-z]+(-[a-z0-9]+)+$").expect("regex");
    for route in Route::all() {
        let href = route.href();
        let html = render(&href);
        assert_eq!(html.matches("<h1").count(), 1, "{href}: one h1");
        assert!(html.contains(&format!(">{}</h1>", escape(&route.heading()))), "{href}: h1 names the page");
        let switch = format!("href=\"{}\"", route.translated().href());
        assert!(html.contains(&switch), "{href}: the language switch leads to {switch}");
        assert!(html.contains("id=\"main\""), "{href}: skip-link target");
        for text in text_nodes(&html) {
            assert!(!key_shaped.is_match(&text), "{href}: untranslated key {text:?}");
            assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'), "{href}: isolation marks in {text:?}");
        }
    }
}

#[test]
fn unknown_addresses_show_not_found() {
    for (path, heading) in [("/lv/nekas", "Lapa nav atrasta"), ("/en/nothing", "Page not found"), ("/xx", "Lapa nav atrasta")] {
        assert!(render(path).contains(heading), "{path}");
    }
}

#[test]
fn islands_only_where_a_person_interacts() {
    for route in Route::all() {
        let html = render(&route.href());
        let expected = match route.page {
            Page::Channels => Some("dvi-contact"),
            Page::Catalogue => Some("dvi-catalogue"),
            Page::Form(_, FormPage::Step(_)) => Some("dvi-forms"),
            Page::Form(..) => Some("dvi-form-send"),
            _ => None,
        };
        assert_eq!(bundle(&html), Ok(expected), "{}", route.href());
        // A <noscript> inside an island would not hydrate: with scripting on, its content is
        // one text node, not the elements the island draws.
        for island in html.split("class=\"dvi-island\"").skip(1) {
            let inside = &island[..island.find("</main>").unwrap_or(island.len())];
            assert!(!inside.contains("<noscript"), "{}: a <noscript> in an island", route.href());
        }
    }
}

#[test]
fn the_catalogue_cards_say_what_the_search_reads() {
    let html = render("/lv/pakalpojumi");
    let cards = html.matches("<li data-for=\"").count();
    assert_eq!(cards, dvi_self_service::content::services().len());
    assert!(html.contains("data-words=\"sudziba par personas datu apstradi"), "folded words, in the page's language");
    assert!(html.contains("data-island=\"catalogue\" data-props=\"lang=lv&amp;form=&amp;step=0&amp;services="));
}

#[test]
fn a_form_page_says_how_to_send_without_javascript_outside_its_island() {
    let html = render(&Route::new(dvi_self_service::lang::Lang::En, Page::Form("complaint", FormPage::Step(0))).href());
    let noscript = html.find("<noscript").expect("a noscript part");
    let island = html.find("data-island=\"form-step\"").expect("the step's island");
    assert!(noscript < island, "before the island");
}

/// Every question of every step is in the page, those waiting for an answer hidden, so that an
/// island reveals what was pre-rendered and never draws a question anew; every select has its
/// options; and each step's form is posted, never sent as a GET, to how to send it another way.
#[test]
fn every_question_is_pre_rendered_and_no_form_sends_its_answers_in_an_address() {
    use dvi_self_service::lang::Lang;
    use dvi_validation::forms::{Kind, FORMS};
    for lang in Lang::ALL {
        let another_way = format!("action=\"{}\"", Route::new(lang, Page::AnotherWay).href());
        for form in &FORMS {
            for (index, step) in form.steps.iter().enumerate() {
                let href = Route::new(lang, Page::Form(form.id, FormPage::Step(index))).href();
                let html = render(&href);
                for field in step.fields {
                    let id = match field.kind {
                        Kind::Choice(options) | Kind::MultiChoice(options) => format!("field-{}-{}", field.id, options[0]),
                        _ => format!("field-{}", field.id),
                    };
                    let at = html.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("{href}: {id} pre-rendered"));
                    let class = html[..at].rfind("class=\"dvi-question\"").unwrap_or_else(|| panic!("{href}: {id} in a question"));
                    let question = html[..class].rfind("<div").unwrap_or(0);
                    let opening = &html[question..class + html[class..].find('>').unwrap_or(0)];
                    assert_eq!(opening.contains("hidden"), field.when.is_some(), "{href}: {id} hidden only while it waits for an answer");
                    if field.kind == Kind::Country {
                        let select = &html[at..at + html[at..].find("</select>").unwrap_or(0)];
                        assert!(select.matches("<option").count() > 200, "{href}: {id} has every country");
                    }
                }
                let forms: Vec<&str> = html.split("<form").skip(1).map(|f| &f[..f.find('>').unwrap_or(0)]).collect();
                assert_eq!(forms.len(), 1, "{href}: one form");
                assert!(forms[0].contains("method=\"post\"") && forms[0].contains(&another_way), "{href}: {}", forms[0]);
            }
        }
        // No other form of the site is a GET either, but the search (a query, not an answer).
        for route in Route::all().into_iter().filter(|r| r.lang == lang) {
            let html = render(&route.href());
            for form in html.split("<form").skip(1).map(|f| &f[..f.find('>').unwrap_or(0)]) {
                let search = form.contains("role=\"search\"");
                assert!(search || form.contains("method=\"post\""), "{}: {form}", route.href());
            }
        }
    }
}

#[test]
fn the_phone_line_shows_its_hours_without_a_clock() {
    // Pre-rendered HTML must not claim "open" or "closed": that depends on when it is read.
    let html = render("/en/contact");
    assert!(html.contains("On working days from 13:00 to 15:00"));
    assert!(!html.contains("Open now") && !html.contains("Closed now"));
}
