use super::{
    checkboxes::Checkboxes,
    error_summary::{self, ErrorSummary},
    form_field::target_id,
    form_notices::{DraftNotice, FormCaption, PrivacyNotice},
    move_failed::MoveFailed,
    other_ways::{Failure, OtherWays, SEND_FAILED_ID},
    page_heading::PageHeading,
    sign_first::{DocumentHeading, SignFirst},
};
use crate::api::{new_key, submit, SendError, Submission};
use crate::forms::draft::{self, Draft};
use crate::forms::{answer_text, error_message, keep_answers, label, option_labels, read_answers, today, FormSessions};
use crate::i18n::{t, t_args};
use crate::islands::prerendered_text;
use crate::lang::Lang;
use crate::moves::Moves;
use crate::nav::{use_nav, Sent};
use crate::routes::{form_heading, FormPage, Page, Route};
use dvi_validation::forms::{check, visible_answers, Answers, Form, Kind, DECLARATION};
use dvi_validation::FieldError;
use leptos::{either::Either, html, prelude::*};

/// Check your answers, GOV.UK style: every answer under its question with a Change link, from
/// the draft, then Send. Sending retries by itself; when it cannot get through, the person is
/// told plainly and given everything to send another way, and the draft stays. An island on
/// the site; drawn as it is in a widget.
#[component]
pub fn CheckAnswers(lang: Lang, form: &'static Form) -> impl IntoView {
    let session = FormSessions::get(form);
    // The one answer given on this page, the declaration, is what its checkbox holds.
    let form_node = NodeRef::<html::Form>::new();
    let fields = if form.declaration { std::slice::from_ref(&DECLARATION) } else { &[] };
    let read = keep_answers(session, form_node, fields);
    let nav = use_nav();
    // Why the last Send failed, if it did.
    let failed = RwSignal::new(None::<Failure>);
    // Sends again (once back online after failing offline).
    let resend = Trigger::new();
    // The message takes focus: the Send button, disabled while sending, has lost it.
    let fail = move |failure: Failure| {
        failed.set(Some(failure));
        request_animation_frame(move || {
            crate::focus::focus_by_id(&nav, SEND_FAILED_ID);
        });
    };
    let another_way = nav.href(&Route::new(lang, Page::AnotherWay));
    let step_href =
        move |index: usize, field: &str| format!("{}#field-{field}", Route::new(lang, Page::Form(form.id, FormPage::Step(index))).href());

    // The step and field that show an error of the backend's, if a step shows it.
    let on_step = move |e: &FieldError, answers: &Answers| {
        let index = form.steps.iter().position(|s| s.fields.iter().any(|f| f.id == e.field))?;
        let field = form.field(&e.field).filter(|f| form.shows(f, answers))?;
        Some((index, field))
    };
    // The reference of the form once sent, while this page is still shown.
    let sent = RwSignal::new(None::<String>);
    let moves = Moves::new(nav);
    let sent_href = move || Route::new(lang, Page::Form(form.id, FormPage::Sent)).href();
    moves.again_by(move || {
        if sent.get_untracked().is_some() {
            moves.go(sent_href());
        }
    });
    // In the browser: the Change links are moves too. (The form's pages were kept from its
    // steps, src/offline.rs: this page comes after them.)
    Effect::new(move |_| moves.follow_links(form));

    // A task of its own rather than an `Action`: the same behaviour (one sending at a time, its
    // state shown), and measured about 2 KB brotli less of the forms' bundle.
    let pending = RwSignal::new(false);
    let sending = move || async move {
        read_answers(session, form_node, fields);
        let answers = session.answers.with_untracked(|a| visible_answers(form, a));
        // Checked again as a whole: a draft from another day may hold an answer that no
        // longer passes (a date, a removed file).
        if let Err(errors) = check(form, &answers, today()) {
            session.server_errors.set(errors);
            error_summary::refocus(nav);
            return;
        }
        let body = Submission { form: form.id, lang: lang.code(), answers: &answers }.to_json();
        let mut key = match session.sent_with.get_untracked() {
            Some((key, sent)) if sent == body => key,
            _ => new_key(),
        };
        session.sent_with.set(Some((key.clone(), body.clone())));
        session.save();
        let api = nav.api_base();
        let mut result = submit(&api, &body, &key).await;
        if result == Err(SendError::Conflict) {
            key = new_key();
            session.sent_with.set(Some((key.clone(), body.clone())));
            session.save();
            result = submit(&api, &body, &key).await;
        }
        match result {
            Ok(receipt) => {
                failed.set(None);
                // The draft goes; what was sent goes to the confirmation alone, with the receipt
                // (never in the address: it would be in every log on the way). The answers stay
                // on this page until it is left: if the confirmation does not open, this page
                // says the form was sent, and its reference.
                let copy = Draft { answers, attached: session.attached.get_untracked(), ..Draft::default() };
                session.sent();
                draft::hand_over(form.id, &copy, &receipt);
                sent.set(Some(receipt.reference.clone()));
                moves.go(sent_href());
                nav.announce_sent(Sent { form: form.id.to_owned(), reference: receipt.reference, received_at: receipt.received_at });
            }
            Err(SendError::Invalid(errors)) => {
                // Errors that no step shows (the form as a whole, an answer the person cannot
                // see) are the other ways' to put right: the summary links to them.
                let whole = session.answers.with_untracked(|a| errors.iter().any(|e| on_step(e, a).is_none()));
                failed.set(whole.then_some(Failure::Refused));
                session.server_errors.set(errors);
                error_summary::refocus(nav);
            }
            Err(SendError::TooManyRequests) => fail(Failure::Limited),
            Err(_) => {
                let failure = Failure::of_connection();
                fail(failure);
                // Offline: sent by itself once the connection is back (the same key and body).
                if failure == Failure::Offline {
                    crate::moves::when_online(move || {
                        if failed.try_get_untracked() == Some(Some(Failure::Offline)) {
                            resend.notify();
                        }
                    });
                }
            }
        }
    };
    let send = move || {
        if !pending.get_untracked() {
            pending.set(true);
            leptos::task::spawn_local(async move {
                sending().await;
                let _ = pending.try_set(false);
            });
        }
    };
    Effect::new(move |first: Option<()>| {
        resend.track();
        if first.is_some() {
            send();
        }
    });

    let list = Memo::new(move |_| {
        let errors = session.server_errors.get();
        let mut list: Vec<_> = session.answers.with(|a| {
            errors
                .iter()
                .filter_map(|e| {
                    // The declaration is on this page; every other answer on its step's.
                    if e.field == DECLARATION.id {
                        return Some((target_id(&DECLARATION), error_message(lang, form, &DECLARATION, e.code)));
                    }
                    let (index, field) = on_step(e, a)?;
                    Some((step_href(index, field.id), error_message(lang, form, field, e.code)))
                })
                .collect()
        });
        if failed.get() == Some(Failure::Refused) {
            list.push((SEND_FAILED_ID.to_owned(), t(lang, "form-send-refused")));
        }
        list
    });
    let any = Memo::new(move |_| list.with(|l| !l.is_empty()));
    let summary = move || any.get().then(|| view! { <ErrorSummary lang errors=list/> });

    view! {
        {summary}
        <MoveFailed lang moves sent/>
        <DocumentHeading lang title=prerendered_text(|| t(lang, &format!("form-{}-title", form.id)))/>
        <FormCaption lang form page=FormPage::Check/>
        <PageHeading heading=prerendered_text(|| form_heading(lang, form, FormPage::Check)) lead=prerendered_text(|| t(lang, "form-check-lead"))/>
        {form
            .steps
            .iter()
            .enumerate()
            .map(|(index, step)| {
                let heading_id = format!("check-{}", step.id);
                view! {
                    <section class="dvi-check" aria-labelledby=heading_id.clone()>
                        <h2 id=heading_id.clone()>{prerendered_text(|| t(lang, &format!("form-{}-step-{}", form.id, step.id)))}</h2>
                        <dl class="dvi-summary">
                            {step
                                .fields
                                .iter()
                                .map(|field| {
                                    let question = prerendered_text(|| label(lang, form, field));
                                    let change = prerendered_text(|| t_args(lang, "form-check-change-hidden", &[("label", label(lang, form, field).into())]));
                                    // Every row is always there, hidden while its question is
                                    // not asked: the draft arriving changes texts, never nodes.
                                    let asked = Memo::new(move |_| session.answers.with(|a| form.shows(field, a)));
                                    // It hears when the countries' names arrive, also once a widget has
                                    // left the page (its view is kept, `islands::hydrate`): then its
                                    // answers are gone, and it writes nothing.
                                    let answer = move || {
                                        session
                                            .answers
                                            .try_with(|a| session.attached.try_with(|att| answer_text(lang, form, field, a.get(field.id), att)))
                                            .map(|text| text.flatten().unwrap_or_else(|| t(lang, "form-check-empty")))
                                            .unwrap_or_default()
                                    };
                                    view! {
                                        <div class="dvi-summary__row" hidden=move || !asked.get()>
                                            <dt class="dvi-summary__key">{question}</dt>
                                            <dd class="dvi-summary__value">{answer}</dd>
                                            <dd class="dvi-summary__action">
                                                <a href=nav.url(&step_href(index, field.id))>
                                                    {prerendered_text(|| t(lang, "form-check-change"))}
                                                    <span class="dvi-visually-hidden">" " {change}</span>
                                                </a>
                                            </dd>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </dl>
                    </section>
                }
            })
            .collect_view()}
        <PrivacyNotice lang form/>
        {form.declaration.then(|| view! { <SignFirst lang/> })}
        // Sent by its island; without it, posted (never a GET) to how to send it another way,
        // as a form step's Continue is. A real submit, so a Send pressed before the island is
        // live is held by public/start.js and sent once it is.
        <form
            class="dvi-form"
            hidden=move || sent.get().is_some()
            novalidate
            method="post"
            action=another_way
            node_ref=form_node
            on:input=read
            on:change=read
            on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                send();
            }
        >
            {if form.declaration {
                let error = Signal::derive(move || {
                    session.server_errors.with(|errors| {
                        errors.iter().find(|e| e.field == DECLARATION.id).map(|e| error_message(lang, form, &DECLARATION, e.code))
                    })
                });
                // The checkbox alone (not every kind of field): this page's bundle has no other.
                let legend = label(lang, form, &DECLARATION);
                let options = match DECLARATION.kind {
                    Kind::MultiChoice(codes) => option_labels(lang, form, &DECLARATION, codes),
                    _ => Vec::new(),
                };
                let id = format!("field-{}", DECLARATION.id);
                Either::Left(view! { <Checkboxes lang id legend hint=None options name=DECLARATION.id error/> })
            } else {
                Either::Right(view! { <p>{prerendered_text(|| t(lang, "form-send-declaration"))}</p> })
            }}
            {move || failed.get().map(|failure| view! { <OtherWays lang session failure retry=Callback::new(move |()| send())/> })}
            <p role="status" class="dvi-sending">{move || pending.get().then(|| t(lang, "form-sending"))}</p>
            <button
                class="dvi-button"
                type="submit"
                disabled=move || pending.get()
                aria-disabled=move || pending.get().then_some("true")
            >
                {move || if pending.get() { t(lang, "form-sending") } else { t(lang, "form-send") }}
            </button>
        </form>
        <DraftNotice lang session form=form_node/>
    }
}
