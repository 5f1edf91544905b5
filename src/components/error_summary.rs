use crate::focus::InPageLink;
use crate::i18n::t;
use crate::lang::Lang;
use crate::nav::{use_nav, Nav};
use leptos::{html, prelude::*};

/// The id of the summary, for moving focus back to it after another failed attempt.
pub const ERROR_SUMMARY_ID: &str = "error-summary";

/// GOV.UK's error summary: takes focus when it appears and links to each field in error.
/// `errors` holds (id of the field to focus, or the address of the page that has it; message).
/// The list updates in place as answers are corrected, so focus stays where the person is.
#[component]
pub fn ErrorSummary(lang: Lang, #[prop(into)] errors: Signal<Vec<(String, String)>>) -> impl IntoView {
    let nav = use_nav();
    let node = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            let _ = el.focus();
        }
    });
    view! {
        <div class="dvi-error-summary" id=ERROR_SUMMARY_ID role="alert" tabindex="-1" aria-labelledby="error-summary-title" node_ref=node>
            <h2 id="error-summary-title" class="dvi-error-summary__title">{t(lang, "error-summary-title")}</h2>
            <ul class="dvi-error-summary__list">
                {move || errors
                    .get()
                    .into_iter()
                    .map(|(target, message)| {
                        // An address (from the check page) leads to another page; an id to a field here.
                        if target.starts_with('/') {
                            view! { <li><a href=nav.url(&target)>{message}</a></li> }.into_any()
                        } else {
                            view! { <li><InPageLink target>{message}</InPageLink></li> }.into_any()
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}

/// Shows the summary while there are errors; after another failed attempt with the summary
/// already there, `refocus` moves focus back to it.
pub fn refocus(nav: Nav) {
    request_animation_frame(move || {
        crate::focus::focus_by_id(&nav, ERROR_SUMMARY_ID);
    });
}
