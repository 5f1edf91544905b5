use super::{
    error_summary::{self, ErrorSummary},
    form_field::{target_id, FormField},
    form_notices::{DraftNotice, FormCaption, PrivacyNotice},
    move_failed::MoveFailed,
    page_heading::PageHeading,
};
use crate::forms::{error_message, keep_answers, read_answers, today, FormSessions};
use crate::i18n::t;
use crate::islands::{prerendered_part, prerendered_text};
use crate::lang::Lang;
use crate::moves::Moves;
use crate::nav::use_nav;
use crate::routes::{form_heading, FormPage, Page, Route};
use dvi_validation::forms::{validate_step, Form};
use dvi_validation::FieldError;
use leptos::{either::Either, html, prelude::*};

/// One step of a form, GOV.UK's question page: its questions, and Continue, which checks them
/// (the error summary, each error on its field) and goes on to the next step's address with
/// the answers kept in the draft. The first step also says what the form is for, and how the
/// answers are used and kept. An island on the site; drawn as it is in a widget.
#[component]
pub fn QuestionPage(lang: Lang, form: &'static Form, index: usize) -> impl IntoView {
    let session = FormSessions::get(form);
    let Some(step) = form.steps.get(index) else {
        return Either::Left(view! { <p>{prerendered_text(|| t(lang, "not-found-intro"))}</p> });
    };
    // The answers are what the form's controls hold.
    let form_node = NodeRef::<html::Form>::new();
    let read = keep_answers(session, form_node, step.fields);
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
    let another_way = nav.href(&Route::new(lang, Page::AnotherWay));
    // Continue pressed while files were still on their way: it goes on once they are there.
    let waiting = RwSignal::new(false);
    let moves = Moves::new(nav);
    let go_to_next_step = move || {
        // As the controls hold them, a select left as it came included (Latvia).
        read_answers(session, form_node, step.fields);
        let found = session.answers.with_untracked(|a| validate_step(form, step, a, today()));
        if !found.is_empty() {
            // A summary already on screen is not mounted anew, so it is given focus here.
            let again = any.get_untracked();
            errors.set(found);
            if again {
                error_summary::refocus(nav);
            }
            return;
        }
        errors.set(Vec::new());
        if session.uploading.get_untracked() > 0 {
            waiting.set(true);
            return;
        }
        session.save();
        // An answer that calls for advice (form.advice) leads there first.
        let next = match session.answers.with_untracked(|a| form.advice_after(index, a)) {
            Some(advice) => FormPage::Advice(advice.id),
            None if index + 1 < form.steps.len() => FormPage::Step(index + 1),
            None => FormPage::Check,
        };
        moves.go(Route::new(lang, Page::Form(form.id, next)).href());
    };
    moves.again_by(go_to_next_step);
    // In the browser: the form's links are moves too, and its pages are kept for offline.
    Effect::new(move |_| {
        moves.follow_links(form);
        crate::offline::keep(nav, lang, form);
    });
    Effect::new(move |_| {
        if waiting.get() && session.uploading.get() == 0 {
            waiting.set(false);
            go_to_next_step();
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        go_to_next_step();
    };
    let summary = move || any.get().then(|| view! { <ErrorSummary lang errors=list/> });
    // What never changes once drawn, kept as the page came.
    let about = prerendered_part(Signal::stored(false), move || {
        view! {
            <FormCaption lang form page=FormPage::Step(index)/>
            <PageHeading heading=form_heading(lang, form, FormPage::Step(index))/>
            {(index == 0)
                .then(|| {
                    view! {
                        <p class="dvi-lead">{t(lang, &format!("form-{}-lead", form.id))}</p>
                        <FormIntro lang form/>
                        <PrivacyNotice lang form/>
                    }
                })}
        }
    });
    // Said before the first answer on the first step, since a draft is kept from the first
    // keystroke; after the questions on the others.
    let draft_notice = move || view! { <DraftNotice lang session form=form_node/> };
    Either::Right(view! {
        {summary}
        {about}
        {(index == 0).then(draft_notice)}
        // Sent by its island; without it, posted (never a GET: answers stay out of addresses) to
        // how to send it another way, which the server answers with that page, body unread.
        <form class="dvi-form" novalidate method="post" action=another_way node_ref=form_node on:submit=submit on:input=read on:change=read>
            {step
                .fields
                .iter()
                .map(|field| {
                    // Every question is drawn, those not asked hidden: the page already holds
                    // whatever an answer reveals (a select's options included), so an island
                    // never draws one anew.
                    let error = Signal::derive(move || shown().into_iter().find(|e| e.field == field.id).map(|e| error_message(lang, form, field, e.code)));
                    let asked = Memo::new(move |_| session.answers.with(|a| form.shows(field, a)));
                    view! {
                        <div class="dvi-question" hidden=move || !asked.get()>
                            <FormField lang session field error/>
                        </div>
                    }
                })
                .collect_view()}
            <MoveFailed lang moves/>
            <p class="dvi-sending" role="status">{move || waiting.get().then(|| t(lang, "form-files-waiting"))}</p>
            <button class="dvi-button" type="submit">{prerendered_text(|| t(lang, "form-continue"))}</button>
        </form>
        {(index > 0).then(draft_notice)}
    })
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
    prerendered_part(Signal::stored(false), move || {
        view! {
            {(form.id == "appeal")
                .then(|| {
                    view! {
                        <section class="dvi-panel" aria-labelledby="appeal-deadline-heading">
                            <h2 id="appeal-deadline-heading">{t(lang, "form-appeal-deadline-heading")}</h2>
                            <p>{t(lang, "form-appeal-deadline")}</p>
                        </section>
                    }
                })}
            {keys.iter().map(|k| view! { <p>{t(lang, k)}</p> }).collect_view()}
        }
    })
}
