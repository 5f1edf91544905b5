use super::{error_summary::ErrorSummary, radios::Radios};
use crate::channel_guide::{recommend, Answers, Means, Purpose, Recommendation, ALL_ANSWERS};
use crate::content::{self, channel};
use crate::dom::value;
use crate::focus::focus_by_id;
use crate::i18n::{t, t_args};
use crate::islands::{prerendered_part, prerendered_text, when_started};
use crate::lang::Lang;
use crate::nav::use_nav;
use leptos::{html, prelude::*};

/// "Which channel suits me": radio questions, GOV.UK error handling, a recommendation with
/// reasons that takes focus when it appears.
#[component]
pub fn ChannelGuide(lang: Lang) -> impl IntoView {
    let nav = use_nav();
    // The answers are the radios chosen; only whether a signed document is wanted is kept, for
    // the question it reveals (from the start: a choice made before it counts).
    let form = NodeRef::<html::Form>::new();
    let chosen = move |name: &str| form.get_untracked().and_then(|form| value(&form, name));
    let signed = RwSignal::new(false);
    let read = move || {
        let now = chosen("guide-purpose").as_deref() == Some("signed");
        if signed.get_untracked() != now {
            signed.set(now);
        }
    };
    when_started(read);
    let errors = RwSignal::new(Vec::<(String, String)>::new());
    // Which of `ALL_ANSWERS` was given: the page holds each one's recommendation.
    let result = RwSignal::new(None::<usize>);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let purpose = match chosen("guide-purpose").as_deref() {
            Some("signed") => Some(Purpose::SignedDocument),
            Some(_) => Some(Purpose::Question),
            None => None,
        };
        let means = match chosen("guide-means").as_deref() {
            Some("esignature") => Some(Means::ESignature),
            Some("portal") => Some(Means::PortalLogin),
            Some(_) => Some(Means::Neither),
            None => None,
        };
        let urgent = chosen("guide-urgent").map(|u| u == "yes");
        let mut found = Vec::new();
        if purpose.is_none() {
            found.push(("guide-purpose-signed".to_owned(), t(lang, "guide-purpose-error")));
        }
        if purpose == Some(Purpose::SignedDocument) && means.is_none() {
            found.push(("guide-means-esignature".to_owned(), t(lang, "guide-means-error")));
        }
        if urgent.is_none() {
            found.push(("guide-urgent-yes".to_owned(), t(lang, "guide-urgent-error")));
        }
        match (purpose, urgent) {
            (Some(p), Some(u)) if found.is_empty() => {
                errors.set(Vec::new());
                let i = Answers { purpose: p, means, urgent: u }.index();
                result.set(Some(i));
                request_animation_frame(move || {
                    focus_by_id(&nav, &format!("guide-result-heading-{i}"));
                });
            }
            _ => {
                result.set(None);
                errors.set(found);
            }
        }
    };
    let error_for =
        move |id: &'static str| move || errors.with(|e| e.iter().find(|(target, _)| target.starts_with(id)).map(|(_, m)| m.clone()));

    view! {
        <section class="dvi-guide" aria-labelledby="guide-heading">
            <h2 id="guide-heading">{prerendered_text(|| t(lang, "guide-heading"))}</h2>
            <p>{prerendered_text(|| t(lang, "guide-intro"))}</p>
            {move || {
                let e = errors.get();
                (!e.is_empty()).then(|| view! { <ErrorSummary lang errors=e/> })
            }}
            // Never a GET: no answer in an address, even without the island (posted to this
            // page, which the server answers with itself).
            <form class="dvi-form" novalidate method="post" node_ref=form on:submit=submit on:change=move |_| read()>
                <Radios
                    lang
                    id="guide-purpose"
                    legend=prerendered_text(|| t(lang, "guide-purpose-legend"))
                    error=Signal::derive(error_for("guide-purpose"))
                    options=vec![("signed", prerendered_text(|| t(lang, "guide-purpose-signed"))), ("question", prerendered_text(|| t(lang, "guide-purpose-question")))]
                />
                // Always on the page (hidden until a signed document is wanted), so that its
                // words are the page's own.
                <div hidden=move || !signed.get()>
                    <Radios
                        lang
                        id="guide-means"
                        legend=prerendered_text(|| t(lang, "guide-means-legend"))
                        hint=prerendered_text(|| t(lang, "guide-means-hint"))
                        error=Signal::derive(error_for("guide-means"))
                        options=vec![
                            ("esignature", prerendered_text(|| t(lang, "guide-means-esignature"))),
                            ("portal", prerendered_text(|| t(lang, "guide-means-portal"))),
                            ("neither", prerendered_text(|| t(lang, "guide-means-neither"))),
                        ]
                    />
                </div>
                <Radios
                    lang
                    id="guide-urgent"
                    legend=prerendered_text(|| t(lang, "guide-urgent-legend"))
                    error=Signal::derive(error_for("guide-urgent"))
                    options=vec![("yes", prerendered_text(|| t(lang, "guide-urgent-yes"))), ("no", prerendered_text(|| t(lang, "guide-urgent-no")))]
                />
                <button class="dvi-button" type="submit">{prerendered_text(|| t(lang, "guide-submit"))}</button>
            </form>
            {ALL_ANSWERS
                .iter()
                .enumerate()
                .map(|(i, answers)| {
                    let answers = *answers;
                    prerendered_part(Signal::derive(move || result.get() != Some(i)), move || view! { <GuideResult lang index=i recommendation=recommend(answers)/> })
                })
                .collect_view()}
        </section>
    }
}

#[component]
fn GuideResult(lang: Lang, index: usize, recommendation: Recommendation) -> impl IntoView {
    let name = move |id: &str| channel(id).map(|c| c.name.get(lang).to_owned()).unwrap_or_default();
    let main = name(recommendation.channel);
    let h = &content::contact().consultation_hours.value;
    let hours = [("from", h.from.clone().into()), ("to", h.to.clone().into())];
    let anchor = format!("channel-{}", recommendation.channel);
    view! {
        <section class="dvi-panel" aria-labelledby=format!("guide-result-heading-{index}")>
            <h3 id=format!("guide-result-heading-{index}") tabindex="-1">{t(lang, "guide-result-heading")} " " {main.clone()}</h3>
            <p><a href=format!("#{anchor}")>{t(lang, "guide-result-details")}</a></p>
            <h4>{t(lang, "guide-result-why")}</h4>
            <ul>{recommendation.reasons.iter().map(|key| view! { <li>{t_args(lang, key, &hours)}</li> }).collect_view()}</ul>
            <h4>{t(lang, "guide-result-alternatives")}</h4>
            <ul>
                {recommendation
                    .alternatives
                    .into_iter()
                    .map(|id| {
                        let label = name(id);
                        view! { <li><a href=format!("#channel-{id}")>{label}</a></li> }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
