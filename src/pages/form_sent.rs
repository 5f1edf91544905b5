use crate::components::{form_notices::FormCaption, receipt::Receipt};
use crate::content::timeframe;
use crate::i18n::t;
use crate::islands::{Island, Props};
use crate::lang::Lang;
use crate::nav::use_nav;
use crate::routes::{FormPage, Page, Route};
use dvi_validation::forms::Form;
use leptos::prelude::*;

/// The confirmation: the receipt (an island, from the address), what happens next and how long
/// the answer may take.
#[component]
pub fn FormSent(lang: Lang, form: &'static Form) -> impl IntoView {
    let timeframe = timeframe(form.id).map(|t| t.get(lang).to_owned()).unwrap_or_default();
    view! {
        <FormCaption lang form page=FormPage::Sent/>
        <Island name="form-sent" props=Props { form: form.id.to_owned(), ..Props::new(lang) }>
            <Receipt lang form/>
        </Island>
        <h2>{t(lang, "form-sent-next-heading")}</h2>
        <p>{t(lang, "form-sent-next")}</p>
        <p><strong>{t(lang, "form-sent-time")}</strong> " " {timeframe}</p>
        <p><a href=use_nav().href(&Route::new(lang, Page::Home))>{t(lang, "form-sent-home")}</a></p>
    }
}
