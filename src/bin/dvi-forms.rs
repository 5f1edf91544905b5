//! The island of a form's steps (`islands::BUNDLES`): what `public/start.js` calls, with the
//! island's element, on a page built with this bundle. A form that is not declared draws
//! nothing (the page still reads, and says how to send the same by e-mail or post). Check
//! answers and the confirmation are another bundle's (src/bin/dvi-form-send.rs): neither needs
//! the other's code.

use dvi_self_service::components::question_page::QuestionPage;
use dvi_self_service::islands::hydrate;
use dvi_validation::forms::form;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

#[wasm_bindgen]
pub fn island_form_step(el: HtmlElement) {
    hydrate(el, |p| form(&p.form).map(|form| view! { <QuestionPage lang=p.lang form index=p.step/> }));
}

dvi_self_service::islands_bundle!();

// No panic hook (see src/bin/dvi-contact.rs).
fn main() {}
