use crate::focus::focus_question;
use crate::i18n::t;
use crate::lang::Lang;
use crate::nav::{use_nav, Nav};
use leptos::{html, prelude::*};
use wasm_bindgen::JsCast;

/// The id of the summary, for moving focus back to it after another failed attempt.
pub const ERROR_SUMMARY_ID: &str = "error-summary";

/// GOV.UK's error summary: takes focus when it appears (its alert role on an inner element, as
/// GOV.UK's has it, so that the focus and the announcement do not repeat each other) and links
/// to each question in error. `errors` holds (id of the field to focus, or the address of the
/// page that has it; message). Following a link to a field here focuses it with its label or
/// legend in view. The list updates in place as answers are corrected, so focus stays where
/// the person is.
#[component]
pub fn ErrorSummary(lang: Lang, #[prop(into)] errors: Signal<Vec<(String, String)>>) -> impl IntoView {
    let nav = use_nav();
    let node = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            let _ = el.focus();
        }
    });
    // GOV.UK: while a page shows errors, its title says so first ("Error: …"), which is what a
    // screen reader reads out when the person comes back to the tab. Not in a widget: the
    // title is the host page's.
    if !nav.embedded() {
        let prefix = format!("{} ", t(lang, "error-prefix"));
        mark_title(&prefix, true);
        on_cleanup(move || mark_title(&prefix, false));
    }
    // One handler for every link, rather than one each.
    let follow = move |ev: leptos::ev::MouseEvent| follow_link(&nav, &ev);
    view! {
        <div class="dvi-error-summary" id=ERROR_SUMMARY_ID tabindex="-1" aria-labelledby="error-summary-title" node_ref=node on:click=follow>
            <div role="alert">
                <h2 id="error-summary-title" class="dvi-error-summary__title">{t(lang, "error-summary-title")}</h2>
                <ul class="dvi-error-summary__list">
                    {move || {
                        errors
                            .get()
                            .into_iter()
                            .map(|(target, message)| {
                                // An address (from the check page) leads to another page; an id to a field here.
                                let href = if target.starts_with('/') { nav.url(&target) } else { format!("#{target}") };
                                view! { <li><a href=href>{message}</a></li> }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </div>
    }
}

/// A click on a link to a field on this page: the field takes focus, its question in view (a
/// fragment would only scroll, and in a widget change the host page's address).
fn follow_link(nav: &Nav, ev: &leptos::ev::MouseEvent) {
    let Some(link) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| el.closest("a").ok().flatten()) else {
        return;
    };
    if let Some(id) = link.get_attribute("href").as_deref().and_then(|h| h.strip_prefix('#')) {
        if focus_question(nav, id) {
            ev.prevent_default();
        }
    }
}

/// Starts the document's title with `prefix` (`on`), or takes it off again. Never while
/// pre-rendering: a page is drawn without errors.
fn mark_title(prefix: &str, on: bool) {
    #[cfg(target_arch = "wasm32")]
    {
        let doc = document();
        let title = doc.title();
        let plain = title.strip_prefix(prefix).unwrap_or(&title);
        doc.set_title(&if on { format!("{prefix}{plain}") } else { plain.to_owned() });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (prefix, on);
}

/// Shows the summary while there are errors; after another failed attempt with the summary
/// already there, `refocus` moves focus back to it.
pub fn refocus(nav: Nav) {
    request_animation_frame(move || {
        crate::focus::focus_by_id(&nav, ERROR_SUMMARY_ID);
    });
}
