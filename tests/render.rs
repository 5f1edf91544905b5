//! Every page rendered natively (as pre-rendering will do): one h1 that names the page, the
//! language switch to the same page, no message key left untranslated.
#![cfg(feature = "ssr")]

use dvi_self_service::{routes::Route, App};
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

fn render(path: &str) -> String {
    Owner::new().with(|| {
        provide_context(RequestUrl::new(path));
        view! { <App/> }.to_html()
    })
}

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
fn the_catalogue_filters_from_its_address() {
    let all = render("/lv/pakalpojumi");
    let found = render("/lv/pakalpojumi?q=sudziba");
    let cards = |html: &str| html.matches("class=\"dvi-card\"").count();
    assert!(cards(&found) >= 1 && cards(&found) < cards(&all), "{} of {}", cards(&found), cards(&all));
    assert!(found.contains("Sūdzība"), "the complaint is found without diacritics");
    let none = render("/en/services?q=zzzz");
    assert!(none.contains("No services found"));
    let orgs = render("/en/services?for=organisation");
    assert!(cards(&orgs) < cards(&render("/en/services")));
}

#[test]
fn the_phone_line_shows_its_hours_without_a_clock() {
    // Pre-rendered HTML must not claim "open" or "closed": that depends on when it is read.
    let html = render("/en/contact");
    assert!(html.contains("On working days from 13:00 to 15:00"));
    assert!(!html.contains("Open now") && !html.contains("Closed now"));
}
