use super::error_summary::ErrorSummary;
use crate::focus::{focus_by_id, InPageLink};
use crate::channel_guide::{recommend, Answers, Means, Purpose, Recommendation};
use crate::content::{channel, content};
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use leptos::prelude::*;

/// "Which channel suits me": radio questions, GOV.UK error handling, a recommendation with
/// reasons that takes focus when it appears.
#[component]
pub fn ChannelGuide(lang: Lang) -> impl IntoView {
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
                request_animation_frame(|| {
                    focus_by_id("guide-result-heading");
                });
            }
            _ => {
                result.set(None);
                errors.set(found);
            }
        }
    };
    let error_for = move |id: &'static str| move || errors.with(|e| e.iter().find(|(target, _)| target.starts_with(id)).map(|(_, m)| m.clone()));

    view! {
        <section class="dvi-guide" aria-labelledby="guide-heading">
            <h2 id="guide-heading">{t(lang, "guide-heading")}</h2>
            <p>{t(lang, "guide-intro")}</p>
            {move || {
                let e = errors.get();
                (!e.is_empty()).then(|| view! { <ErrorSummary lang errors=e/> })
            }}
            <form class="dvi-form" on:submit=submit novalidate>
                <RadioQuestion
                    lang
                    id="guide-purpose"
                    legend="guide-purpose-legend"
                    error=Signal::derive(error_for("guide-purpose"))
                    options=vec![("signed", "guide-purpose-signed"), ("question", "guide-purpose-question")]
                    selected=Signal::derive(move || purpose.get().map(|p| if p == Purpose::SignedDocument { "signed" } else { "question" }))
                    on_pick=Callback::new(move |v: &'static str| {
                        purpose.set(Some(if v == "signed" { Purpose::SignedDocument } else { Purpose::Question }))
                    })
                />
                {move || (purpose.get() == Some(Purpose::SignedDocument)).then(|| view! {
                    <RadioQuestion
                        lang
                        id="guide-means"
                        legend="guide-means-legend"
                        hint="guide-means-hint"
                        error=Signal::derive(error_for("guide-means"))
                        options=vec![("esignature", "guide-means-esignature"), ("portal", "guide-means-portal"), ("neither", "guide-means-neither")]
                        selected=Signal::derive(move || means.get().map(|m| match m {
                            Means::ESignature => "esignature",
                            Means::PortalLogin => "portal",
                            Means::Neither => "neither",
                        }))
                        on_pick=Callback::new(move |v: &'static str| means.set(Some(match v {
                            "esignature" => Means::ESignature,
                            "portal" => Means::PortalLogin,
                            _ => Means::Neither,
                        })))
                    />
                })}
                <RadioQuestion
                    lang
                    id="guide-urgent"
                    legend="guide-urgent-legend"
                    error=Signal::derive(error_for("guide-urgent"))
                    options=vec![("yes", "guide-urgent-yes"), ("no", "guide-urgent-no")]
                    selected=Signal::derive(move || urgent.get().map(|u| if u { "yes" } else { "no" }))
                    on_pick=Callback::new(move |v: &'static str| urgent.set(Some(v == "yes")))
                />
                <button class="dvi-button" type="submit">{t(lang, "guide-submit")}</button>
            </form>
            {move || result.get().map(|r| view! { <GuideResult lang recommendation=r/> })}
        </section>
    }
}

/// A fieldset of radios; each option's input id is `{id}-{value}`.
#[component]
fn RadioQuestion(
    lang: Lang,
    id: &'static str,
    legend: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(into)] error: Signal<Option<String>>,
    options: Vec<(&'static str, &'static str)>,
    #[prop(into)] selected: Signal<Option<&'static str>>,
    on_pick: Callback<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids: Vec<&str> = Vec::new();
            if hint.is_some() {
                ids.push(&hint_id);
            }
            if error.get().is_some() {
                ids.push(&error_id);
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="dvi-form-group" class:dvi-form-group--error=move || error.get().is_some()>
            <fieldset class="dvi-fieldset" aria-describedby=described_by>
                <legend class="dvi-legend">{t(lang, legend)}</legend>
                {hint.map(|h| view! { <p class="dvi-hint" id=hint_id.clone()>{t(lang, h)}</p> })}
                {move || error.get().map(|e| view! {
                    <p class="dvi-error-message" id=error_id.clone()>
                        <span class="dvi-visually-hidden">{t(lang, "error-prefix")} " "</span>
                        {e}
                    </p>
                })}
                <div class="dvi-radios">
                    {options
                        .into_iter()
                        .map(|(value, label)| {
                            let input_id = format!("{id}-{value}");
                            view! {
                                <div class="dvi-radio">
                                    <input
                                        class="dvi-radio__input"
                                        type="radio"
                                        id=input_id.clone()
                                        name=id
                                        value=value
                                        prop:checked=move || selected.get() == Some(value)
                                        on:change=move |_| on_pick.run(value)
                                    />
                                    <label class="dvi-radio__label" for=input_id>{t(lang, label)}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}

#[component]
fn GuideResult(lang: Lang, recommendation: Recommendation) -> impl IntoView {
    let name = move |id: &str| channel(id).map(|c| c.name.get(lang).to_owned()).unwrap_or_default();
    let main = name(recommendation.channel);
    let h = &content().contact.consultation_hours.value;
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
