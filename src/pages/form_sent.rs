use crate::components::{form_notices::FormCaption, receipt::Receipt};
use crate::i18n::t;
use crate::islands::{Island, Props};
use crate::lang::Lang;
use crate::nav::use_nav;
use crate::routes::{FormPage, Page, Route};
use dvi_validation::forms::Form;
use leptos::prelude::*;

/// The confirmation: the receipt and what happens next, by when (an island, from the address).
#[component]
pub fn FormSent(lang: Lang, form: &'static Form) -> impl IntoView {
    view! {
        <FormCaption lang form page=FormPage::Sent/>
        <Island name="form-sent" props=Props { form: form.id.to_owned(), ..Props::new(lang) }>
            <Receipt lang form/>
        </Island>
        <p><a href=use_nav().href(&Route::new(lang, Page::Home))>{t(lang, "form-sent-home")}</a></p>
    }
}
