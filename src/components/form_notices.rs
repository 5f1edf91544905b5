use crate::forms::FormSession;
use crate::i18n::{t, t_args};
use crate::islands::{prerendered_part, prerendered_text};
use crate::lang::Lang;
use crate::nav::use_nav;
use crate::routes::{FormPage, Page, Route};
use dvi_validation::forms::Form;
use leptos::{html, prelude::*};

/// Above a form page's heading: which form, and how far along ("Step 2 of 4").
#[component]
pub fn FormCaption(lang: Lang, form: &'static Form, page: FormPage) -> impl IntoView {
    let progress = match page {
        FormPage::Step(i) => {
            Some(prerendered_text(|| t_args(lang, "form-step-of", &[("step", (i + 1).into()), ("total", form.steps.len().into())])))
        }
        _ => None,
    };
    view! {
        <p class="dvi-caption">
            {prerendered_text(|| t(lang, &format!("form-{}-title", form.id)))}
            {progress.map(|p| view! { <span class="dvi-caption__step">{p}</span> })}
        </p>
    }
}

/// The short notice of GDPR art. 13: who processes the answers, why, for how long, your rights.
/// The page's own, in an island (`prerendered_part`).
#[component]
pub fn PrivacyNotice(lang: Lang, form: &'static Form) -> impl IntoView {
    let privacy = use_nav().href(&Route::new(lang, Page::Privacy));
    prerendered_part(Signal::stored(false), move || {
        view! {
            <details class="dvi-details">
                <summary class="dvi-details__summary">{t(lang, "privacy-notice-heading")}</summary>
                <div class="dvi-details__text">
                    <p>{t(lang, "privacy-notice-controller")}</p>
                    <p>{t(lang, &format!("form-{}-privacy", form.id))}</p>
                    <p>
                        {t(lang, "privacy-notice-rights")} " "
                        <a href=privacy>{t(lang, "nav-privacy")}</a>
                    </p>
                </div>
            </details>
        }
    })
}

/// Says that the answers are kept on this device until sent (in a widget: by the page it is
/// on), and lets the person delete them
/// (and so empty the page's `form`). The button goes with the draft: focus moves to the message
/// that says it is gone, rather than falling to the page's start.
#[component]
pub fn DraftNotice(lang: Lang, session: FormSession, form: NodeRef<html::Form>) -> impl IntoView {
    let nav = use_nav();
    let status = RwSignal::new(String::new());
    let has_answers = move || session.answers.with(|a| !a.is_empty()) || session.attached.with(|a| !a.is_empty());
    view! {
        <div class="dvi-draft">
            // The page says where the draft is kept: on the site, by this site; in a widget, by
            // the page it is on, whose storage it is (public/widget/embed.js shows that one).
            <p data-on-site="">{prerendered_text(|| t(lang, "form-draft-notice"))}</p>
            <p data-in-widget="" hidden>{prerendered_text(|| t(lang, "form-draft-notice-widget"))}</p>
            {move || has_answers().then(|| view! {
                <button type="button" class="dvi-button dvi-button--secondary" on:click=move |_| {
                    session.clear();
                    if let Some(form) = form.get_untracked() {
                        form.reset();
                    }
                    status.set(t(lang, "form-draft-deleted"));
                    request_animation_frame(move || {
                        crate::focus::focus_by_id(&nav, DRAFT_STATUS_ID);
                    });
                }>{t(lang, "form-draft-delete")}</button>
            })}
            <p role="status" class="dvi-draft__status" id=DRAFT_STATUS_ID>{move || status.get()}</p>
        </div>
    }
}

/// What `DraftNotice` says once the draft is deleted, focused then.
const DRAFT_STATUS_ID: &str = "draft-status";
