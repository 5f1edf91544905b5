use crate::components::{
    check_answers::CheckAnswers,
    no_script_ways::{NoScriptWays, StartFailed},
};
use crate::i18n::t;
use crate::islands::{Island, Props};
use crate::lang::Lang;
use dvi_validation::forms::Form;
use leptos::prelude::*;

/// Check your answers (an island: the answers are in the draft, in the browser). Without
/// JavaScript, how to send the same by e-mail or post comes first.
#[component]
pub fn FormCheck(lang: Lang, form: &'static Form) -> impl IntoView {
    view! {
        <NoScriptWays lang/>
        <StartFailed lang heading=t(lang, "form-start-failed-heading") text=t(lang, "form-start-failed") another_way=true/>
        <Island name="form-check" props=Props { form: form.id.to_owned(), ..Props::new(lang) }>
            <CheckAnswers lang form/>
        </Island>
    }
}
