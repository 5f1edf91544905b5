use crate::components::{
    error_summary::{self, ErrorSummary},
    form_field::{target_id, FormField},
    form_notices::{DraftNotice, FormCaption, NoScriptWays, PrivacyNotice},
    page_heading::PageHeading,
};
use crate::forms::{error_message, keep_draft, today, FormSessions};
use crate::i18n::t;
use crate::lang::Lang;
use crate::nav::use_nav;
use crate::routes::{FormPage, Page, Route};
use dvi_validation::forms::{validate_step, Form};
use dvi_validation::FieldError;
use leptos::prelude::*;

/// One step of a form: its questions, Continue (which checks them, GOV.UK style) and Back.
/// The first step also says what the form is for, how the answers are used and kept.
#[component]
pub fn FormStep(lang: Lang, form: &'static Form, index: usize) -> impl IntoView {
    let session = FormSessions::get(form);
    keep_draft(session);
    let Some(step) = form.steps.get(index) else {
        return view! { <p>{t(lang, "not-found-intro")}</p> }.into_any();
    };
    // Errors from the last Continue; the backend's are shown too until the answer changes.
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let shown = move || {
        let mut all = errors.get();
        let server = session.server_errors.get();
        all.extend(
            server
                .into_iter()
                .filter(|e| step.fields.iter().any(|f| f.id == e.field) && !errors.with(|mine| mine.iter().any(|m| m.field == e.field))),
        );
        all
    };
    let list = Memo::new(move |_| {
        shown()
            .into_iter()
            .filter_map(|e| step.fields.iter().find(|f| f.id == e.field).map(|f| (target_id(f), error_message(lang, form, f, e.code))))
            .collect::<Vec<_>>()
    });
    let any = Memo::new(move |_| list.with(|l| !l.is_empty()));
    let nav = use_nav();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let found = session.answers.with(|a| validate_step(step, a, today()));
        if found.is_empty() {
            errors.set(Vec::new());
            let next = if index + 1 < form.steps.len() { FormPage::Step(index + 1) } else { FormPage::Check };
            nav.go(&Route::new(lang, Page::Form(form.id, next)).href());
        } else {
            // A summary already on screen is not mounted anew, so it is given focus here.
            let again = any.get_untracked();
            errors.set(found);
            if again {
                error_summary::refocus(nav);
            }
        }
    };
    let back = if index == 0 {
        Route::new(lang, Page::Service(form.id)).href()
    } else {
        Route::new(lang, Page::Form(form.id, FormPage::Step(index - 1))).href()
    };
    let summary = move || any.get().then(|| view! { <ErrorSummary lang errors=list/> });
    view! {
        <p class="dvi-back"><a href=nav.url(&back)>{t(lang, "form-back")}</a></p>
        {summary}
        <FormCaption lang form page=FormPage::Step(index)/>
        <PageHeading lang page=Page::Form(form.id, FormPage::Step(index))/>
        <NoScriptWays lang/>
        {(index == 0).then(|| view! {
            <p class="dvi-lead">{t(lang, &format!("form-{}-lead", form.id))}</p>
            <FormIntro lang form/>
            <PrivacyNotice lang form/>
            // Said before the first answer, since a draft is kept from the first keystroke.
            <DraftNotice lang session/>
        })}
        <form class="dvi-form" novalidate on:submit=submit>
            {step
                .fields
                .iter()
                .map(|field| {
                    let error = Signal::derive(move || shown().into_iter().find(|e| e.field == field.id).map(|e| error_message(lang, form, field, e.code)));
                    // A memo, so that typing an answer does not rebuild the fields: only a
                    // change in what is shown does.
                    let active = Memo::new(move |_| session.answers.with(|a| field.active(a)));
                    move || active.get().then(|| view! { <FormField lang session field error/> })
                })
                .collect_view()}
            <button class="dvi-button" type="submit">{t(lang, "form-continue")}</button>
        </form>
        {(index > 0).then(|| view! { <DraftNotice lang session/> })}
    }
    .into_any()
}

/// What a form needs said before its first question (the appeal's time limit, the complaint's
/// signature, feedback without a name, how a visit is agreed).
#[component]
fn FormIntro(lang: Lang, form: &'static Form) -> impl IntoView {
    let keys: &[&str] = match form.id {
        "complaint" => &["form-complaint-controller-first", "form-complaint-signature"],
        "feedback" => &["form-feedback-anonymous"],
        "visit" => &["form-visit-how"],
        _ => &[],
    };
    view! {
        {(form.id == "appeal").then(|| view! {
            <section class="dvi-panel" aria-labelledby="appeal-deadline-heading">
                <h2 id="appeal-deadline-heading">{t(lang, "form-appeal-deadline-heading")}</h2>
                <p>{t(lang, "form-appeal-deadline")}</p>
            </section>
        })}
        {keys.iter().map(|k| view! { <p>{t(lang, k)}</p> }).collect_view()}
    }
}
