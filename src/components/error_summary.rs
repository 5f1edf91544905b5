use crate::focus::InPageLink;
use crate::i18n::t;
use crate::lang::Lang;
use leptos::{html, prelude::*};

/// GOV.UK's error summary: takes focus when it appears and links to each field in error.
/// `errors` holds (id of the field to focus, message).
#[component]
pub fn ErrorSummary(lang: Lang, errors: Vec<(String, String)>) -> impl IntoView {
    let node = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            let _ = el.focus();
        }
    });
    view! {
        <div class="dvi-error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" node_ref=node>
            <h2 id="error-summary-title" class="dvi-error-summary__title">{t(lang, "error-summary-title")}</h2>
            <ul class="dvi-error-summary__list">
                {errors
                    .into_iter()
                    .map(|(target, message)| view! { <li><InPageLink target>{message}</InPageLink></li> })
                    .collect_view()}
            </ul>
        </div>
    }
}
