//! The islands of the forms' pages (`islands::BUNDLES`): what `public/start.js` calls, with each
//! island's element, on a page built with this bundle. A form that is not declared draws
//! nothing (the page still reads, and says how to send the same by e-mail or post).

use dvi_self_service::components::{check_answers::CheckAnswers, question_page::QuestionPage, receipt::Receipt};
use dvi_self_service::islands::hydrate;
use dvi_validation::forms::form;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

#[wasm_bindgen]
pub fn island_form_step(el: HtmlElement) {
    hydrate(el, |p| form(&p.form).map(|form| view! { <QuestionPage lang=p.lang form index=p.step/> }));
}

#[wasm_bindgen]
pub fn island_form_check(el: HtmlElement) {
    hydrate(el, |p| form(&p.form).map(|form| view! { <CheckAnswers lang=p.lang form/> }));
}

#[wasm_bindgen]
pub fn island_form_sent(el: HtmlElement) {
    hydrate(el, |p| form(&p.form).map(|form| view! { <Receipt lang=p.lang form/> }));
}

/// When the module starts: the words these islands show (no panic hook: see src/bin/dvi-contact.rs).
fn main() {
    dvi_self_service::i18n::carry(&dvi_self_service::islands::FORMS_CATALOGS);
}
