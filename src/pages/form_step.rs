use crate::components::{
    no_script_ways::{NoScriptWays, StartFailed},
    question_page::QuestionPage,
};
use crate::i18n::t;
use crate::islands::{Island, Props};
use crate::lang::Lang;
use crate::nav::use_nav;
use crate::routes::{FormPage, Page, Route};
use dvi_validation::forms::Form;
use leptos::prelude::*;

/// One step of a form: Back, then its question page (an island). Without JavaScript, how to
/// send the same by e-mail or post comes first.
#[component]
pub fn FormStep(lang: Lang, form: &'static Form, index: usize) -> impl IntoView {
    let back = match index {
        0 => Route::new(lang, Page::Service(form.id)),
        _ => Route::new(lang, Page::Form(form.id, FormPage::Step(index - 1))),
    };
    view! {
        <p class="dvi-back"><a href=use_nav().href(&back)>{t(lang, "form-back")}</a></p>
        <NoScriptWays lang/>
        <StartFailed lang heading=t(lang, "form-start-failed-heading") text=t(lang, "form-start-failed") another_way=true/>
        <Island name="form-step" props=Props { form: form.id.to_owned(), step: index, ..Props::new(lang) }>
            <QuestionPage lang form index/>
        </Island>
    }
}
