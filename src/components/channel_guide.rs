use super::{error_summary::ErrorSummary, radios::Radios};
use crate::channel_guide::{recommend, Answers, Means, Purpose, Recommendation};
use crate::content::{self, channel};
use crate::focus::{focus_by_id, InPageLink};
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::nav::use_nav;
use leptos::prelude::*;

/// "Which channel suits me": radio questions, GOV.UK error handling, a recommendation with
/// reasons that takes focus when it appears.
#[component]
pub fn ChannelGuide(lang: Lang) -> impl IntoView {
    let nav = use_nav();
    let purpose = RwSignal::new(None::<Purpose>);
    let means = RwSignal::new(None::<Means>);
    let urgent = RwSignal::new(None::<bool>);
    let errors = RwSignal::new(Vec::<(String, String)>::new());
    let result = RwSignal::new(None::<Recommendation>);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut found = Vec::new();
        if purpose.get().is_none() {
            found.push(("guide-purpose-signed".to_owned(), t(lang, "guide-purpose-error")));
        }
        if purpose.get() == Some(Purpose::SignedDocument) && means.get().is_none() {
            found.push(("guide-means-esignature".to_owned(), t(lang, "guide-means-error")));
        }
        if urgent.get().is_none() {
            found.push(("guide-urgent-yes".to_owned(), t(lang, "guide-urgent-error")));
        }
        match (purpose.get(), urgent.get()) {
            (Some(p), Some(u)) if found.is_empty() => {
                errors.set(Vec::new());
                let means = if p == Purpose::SignedDocument { means.get() } else { None };
                result.set(Some(recommend(Answers { purpose: p, means, urgent: u })));
                request_animation_frame(move || {
                    focus_by_id(&nav, "guide-result-heading");
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
            <h2 id="guide-heading">{t(lang, "guide-heading")}</h2>
            <p>{t(lang, "guide-intro")}</p>
            {move || {
                let e = errors.get();
                (!e.is_empty()).then(|| view! { <ErrorSummary lang errors=e/> })
            }}
            <form class="dvi-form" on:submit=submit novalidate>
                <Radios
                    lang
                    id="guide-purpose"
                    legend=t(lang, "guide-purpose-legend")
                    error=Signal::derive(error_for("guide-purpose"))
                    options=vec![
                        (Some(Purpose::SignedDocument), "signed", t(lang, "guide-purpose-signed")),
                        (Some(Purpose::Question), "question", t(lang, "guide-purpose-question")),
                    ]
                    selected=purpose
                    on_change=purpose
                />
                {move || (purpose.get() == Some(Purpose::SignedDocument)).then(|| view! {
                    <Radios
                        lang
                        id="guide-means"
                        legend=t(lang, "guide-means-legend")
                        hint=t(lang, "guide-means-hint")
                        error=Signal::derive(error_for("guide-means"))
                        options=vec![
                            (Some(Means::ESignature), "esignature", t(lang, "guide-means-esignature")),
                            (Some(Means::PortalLogin), "portal", t(lang, "guide-means-portal")),
                            (Some(Means::Neither), "neither", t(lang, "guide-means-neither")),
                        ]
                        selected=means
                        on_change=means
                    />
                })}
                <Radios
                    lang
                    id="guide-urgent"
                    legend=t(lang, "guide-urgent-legend")
                    error=Signal::derive(error_for("guide-urgent"))
                    options=vec![(Some(true), "yes", t(lang, "guide-urgent-yes")), (Some(false), "no", t(lang, "guide-urgent-no"))]
                    selected=urgent
                    on_change=urgent
                />
                <button class="dvi-button" type="submit">{t(lang, "guide-submit")}</button>
            </form>
            {move || result.get().map(|r| view! { <GuideResult lang recommendation=r/> })}
        </section>
    }
}

#[component]
fn GuideResult(lang: Lang, recommendation: Recommendation) -> impl IntoView {
    let name = move |id: &str| channel(id).map(|c| c.name.get(lang).to_owned()).unwrap_or_default();
    let main = name(recommendation.channel);
    let h = &content::contact().consultation_hours.value;
    let hours = [("from", h.from.clone().into()), ("to", h.to.clone().into())];
    let anchor = format!("channel-{}", recommendation.channel);
    view! {
        <section class="dvi-panel" aria-labelledby="guide-result-heading">
            <h3 id="guide-result-heading" tabindex="-1">{t(lang, "guide-result-heading")} " " {main.clone()}</h3>
            <p><InPageLink target=anchor>{t(lang, "guide-result-details")}</InPageLink></p>
            <h4>{t(lang, "guide-result-why")}</h4>
            <ul>{recommendation.reasons.iter().map(|key| view! { <li>{t_args(lang, key, &hours)}</li> }).collect_view()}</ul>
            <h4>{t(lang, "guide-result-alternatives")}</h4>
            <ul>
                {recommendation
                    .alternatives
                    .into_iter()
                    .map(|id| {
                        let label = name(id);
                        view! { <li><InPageLink target=format!("channel-{id}")>{label}</InPageLink></li> }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
