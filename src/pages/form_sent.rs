use crate::components::{form_notices::FormCaption, page_heading::PageHeading};
use crate::content::service;
use crate::i18n::t;
use crate::lang::Lang;
use crate::routes::{query_value, FormPage, Page, Route};
use dvi_validation::forms::Form;
use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_location};

/// The confirmation: the reference number and date (from the address, so a reload or a
/// bookmark still shows them), what happens next and how long the answer may take.
#[component]
pub fn FormSent(lang: Lang, form: &'static Form) -> impl IntoView {
    // From the location itself: after a navigation inside the app, the router's query map can
    // still hold the previous page's query, while `search` is already the new one.
    let search = use_location().search;
    let receipt = Memo::new(move |_| {
        search.with(|s| {
            let reference = query_value(s, "ref").filter(|r| r.starts_with("DVI-") && r.len() <= 40)?;
            let received = query_value(s, "at").filter(|a| a.len() <= 40).unwrap_or_default();
            Some((reference, received))
        })
    });
    let timeframe = service(form.id).map(|s| s.timeframe.get(lang).to_owned()).unwrap_or_default();
    move || {
        let Some((reference, received)) = receipt.get() else {
            // Without a reference there is nothing to confirm: the address was typed or cut short.
            return view! { <super::not_found::NotFound lang/> }.into_any();
        };
        // "2026-11-25T10:15:00Z" as the date and time in UTC, which is what the backend recorded.
        let when = received.replacen('T', " ", 1).trim_end_matches('Z').to_owned();
        view! {
            <FormCaption lang form page=FormPage::Sent/>
            <div class="dvi-confirmation">
                <PageHeading lang page=Page::Form(form.id, FormPage::Sent)/>
                <p class="dvi-confirmation__ref">{t(lang, "form-sent-reference")} <br/> <strong>{reference}</strong></p>
            </div>
            <dl class="dvi-summary">
                <div class="dvi-summary__row">
                    <dt class="dvi-summary__key">{t(lang, "form-sent-date")}</dt>
                    <dd class="dvi-summary__value"><time datetime=received>{when} " UTC"</time></dd>
                </div>
            </dl>
            <h2>{t(lang, "form-sent-next-heading")}</h2>
            <p>{t(lang, "form-sent-next")}</p>
            <p><strong>{t(lang, "form-sent-time")}</strong> " " {timeframe.clone()}</p>
            <p class="dvi-button-group">
                <button type="button" class="dvi-button dvi-button--secondary" on:click=|_| { let _ = window().print(); }>{t(lang, "form-sent-print")}</button>
            </p>
            <p><A href=Route::new(lang, Page::Home).href()>{t(lang, "form-sent-home")}</A></p>
        }
        .into_any()
    }
}

