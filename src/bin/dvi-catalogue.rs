//! The island of the catalogue (`islands::BUNDLES`): what `public/start.js` calls, with the
//! island's element, on a page built with this bundle.

use dvi_self_service::components::catalogue_filters::CatalogueFilters;
use dvi_self_service::islands::hydrate;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

#[wasm_bindgen]
pub fn island_catalogue(el: HtmlElement) {
    hydrate(el, |p| view! { <CatalogueFilters lang=p.lang total=p.count/> });
}

/// The islands' words in the page's language, fetched by `public/start.js` (a words file:
/// `i18n::words_file`) before it starts any island.
#[wasm_bindgen]
pub fn carry_words(lang: &str, text: String) {
    if let Some(lang) = dvi_self_service::lang::Lang::from_code(lang) {
        dvi_self_service::i18n::carry_words(lang, text);
    }
}

// No panic hook (see src/bin/dvi-contact.rs).
fn main() {}
