use crate::content;
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::routes::{Page, Route};
use leptos::prelude::*;

/// Without JavaScript (a pre-rendered form page, no island running) the form cannot be sent
/// from here: how to send the same by e-mail or by post instead.
#[component]
pub fn NoScriptWays(lang: Lang) -> impl IntoView {
    view! {
        <noscript>
            <div class="dvi-panel">
                <h2>{t(lang, "form-noscript-heading")}</h2>
                <p>{t(lang, "form-noscript")}</p>
                <WaysToSend lang/>
            </div>
        </noscript>
    }
}

/// The ways to send a form's answers without the form: by e-mail (signed, where the law asks
/// for a signature) or by post.
#[component]
pub fn WaysToSend(lang: Lang) -> impl IntoView {
    let email = content::contact().email.value.to_string();
    view! {
        <p><a href=format!("mailto:{email}")>{t_args(lang, "form-email", &[("email", email.clone().into())])}</a></p>
        <p>{t(lang, "form-email-note")}</p>
        <p>{t_args(lang, "form-post-address", &[("address", content::postal_address(lang).into())])}</p>
    }
}

/// Shown by `public/start.js` when the page's islands could not start (their code could not be
/// had, or failed): on a form's page, what the person typed is still there, and Continue now
/// leads to how to send it another way.
#[component]
pub fn StartFailed(lang: Lang, heading: String, text: String, #[prop(optional)] another_way: bool) -> impl IntoView {
    let link = another_way.then(|| {
        let href = crate::nav::use_nav().href(&Route::new(lang, Page::AnotherWay));
        view! { <p><a href=href>{t(lang, "form-start-failed-link")}</a></p> }
    });
    view! {
        <div class="dvi-panel dvi-panel--warning" id="start-failed" tabindex="-1" hidden=true>
            <h2>{heading}</h2>
            <p>{text}</p>
            {link}
        </div>
    }
}
