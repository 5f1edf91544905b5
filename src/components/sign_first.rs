use crate::content;
use crate::forms::today;
use crate::i18n::{date_long, t};
use crate::islands::{prerendered_part, prerendered_text, when_started};
use crate::lang::Lang;
use leptos::prelude::*;

/// "Sign it first" on the check page of a complaint or an appeal, which the inspectorate wants
/// signed: save the submission as a PDF (the browser's own "Save as PDF", from a print layout
/// made to be a document: no PDF code in the bundle), sign it with eParaksts, and attach the
/// signed .edoc to this submission, or send it by e-mail or e-address. In a widget the widget
/// alone is printed (`Nav::print`).
#[component]
pub fn SignFirst(lang: Lang) -> impl IntoView {
    let nav = crate::nav::use_nav();
    let steps = ["form-sign-step-save", "form-sign-step-sign", "form-sign-step-attach"];
    // The button prints only once the island is live: until then (and without JavaScript) it
    // is not offered, rather than pressed in vain (the browser's own Print still works).
    let live = RwSignal::new(false);
    when_started(move || live.set(true));
    view! {
        <section class="dvi-panel dvi-sign" aria-labelledby="sign-heading">
            <h2 id="sign-heading">{prerendered_text(|| t(lang, "form-sign-heading"))}</h2>
            {prerendered_part(Signal::stored(false), move || {
                view! {
                    <p>{t(lang, "form-sign-intro")}</p>
                    <ol>{steps.iter().map(|k| view! { <li>{t(lang, k)}</li> }).collect_view()}</ol>
                }
            })}
            <button
                type="button"
                class="dvi-button dvi-button--secondary"
                hidden=move || !live.get()
                on:click=move |_| nav.print()
            >
                {prerendered_text(|| t(lang, "form-sign-save"))}
            </button>
        </section>
    }
}

/// What a printed or saved submission starts with, and only then: whom it is addressed to and
/// the date (today's, once the page is live in the browser).
#[component]
pub fn DocumentHeading(lang: Lang, title: String) -> impl IntoView {
    let date = RwSignal::new(String::new());
    when_started(move || date.set(date_long(lang, today())));
    view! {
        <div class="dvi-print-only">
            {prerendered_part(Signal::stored(false), move || {
                let c = content::contact();
                let a = &c.address.value;
                view! {
                    <p>
                        {t(lang, "form-document-to")} " " {c.name.get(lang).to_owned()} ", " {a.street.to_string()} ", " {a.city.to_string()} ", "
                        {a.postcode.to_string()}
                    </p>
                    <p class="dvi-print-only__title">{title}</p>
                }
            })}
            <p>{move || date.get()}</p>
        </div>
    }
}
