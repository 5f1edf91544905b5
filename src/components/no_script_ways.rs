use crate::content;
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use leptos::prelude::*;

/// Without JavaScript (a pre-rendered form page, no island running) the form cannot be sent
/// from here: how to send the same by e-mail or by post instead.
#[component]
pub fn NoScriptWays(lang: Lang) -> impl IntoView {
    let email = content::contact().email.value.to_string();
    view! {
        <noscript>
            <div class="dvi-panel">
                <h2>{t(lang, "form-noscript-heading")}</h2>
                <p>{t(lang, "form-noscript")}</p>
                <p><a href=format!("mailto:{email}")>{t_args(lang, "form-email", &[("email", email.clone().into())])}</a></p>
                <p>{t(lang, "form-email-note")}</p>
                <p>{t_args(lang, "form-post-address", &[("address", content::postal_address(lang).into())])}</p>
            </div>
        </noscript>
    }
}
