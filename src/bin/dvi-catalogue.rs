//! The island of the catalogue (`islands::BUNDLES`): what `public/start.js` calls, with the
//! island's element, on a page built with this bundle.

use dvi_self_service::components::catalogue_filters::CatalogueFilters;
use dvi_self_service::islands::hydrate;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

#[wasm_bindgen]
pub fn island_catalogue(el: HtmlElement) {
    hydrate(el, |p| view! { <CatalogueFilters lang=p.lang total=p.services/> });
}

dvi_self_service::islands_bundle!();

// No panic hook (see src/bin/dvi-contact.rs).
fn main() {}
