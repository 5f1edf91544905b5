//! The islands of a form's check answers and confirmation pages (`islands::BUNDLES`): what
//! `public/start.js` calls, with each island's element, on a page built with this bundle. A
//! form that is not declared draws nothing (the page still reads).

use dvi_self_service::components::{check_answers::CheckAnswers, receipt::Receipt};
use dvi_self_service::islands::hydrate;
use dvi_validation::forms::form;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

#[wasm_bindgen]
pub fn island_form_check(el: HtmlElement) {
    hydrate(el, |p| form(&p.form).map(|form| view! { <CheckAnswers lang=p.lang form/> }));
}

#[wasm_bindgen]
pub fn island_form_sent(el: HtmlElement) {
    hydrate(el, |p| form(&p.form).map(|form| view! { <Receipt lang=p.lang form/> }));
}

dvi_self_service::islands_bundle!();

// No panic hook (see src/bin/dvi-contact.rs).
fn main() {}
