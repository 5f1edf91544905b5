//! The parts every question shares, GOV.UK style: the inline error, the ids that describe an
//! input (hint, error, count), and the fieldset around a group of options.

use crate::dom::keep_checked;
use crate::i18n::t;
use crate::lang::Lang;
use leptos::{html, prelude::*};

/// The error under a question, prefixed for screen readers ("Error: …"), with the id that the
/// input's aria-describedby names.
#[component]
pub fn ErrorMessage(lang: Lang, id: String, error: Signal<Option<String>>) -> impl IntoView {
    move || {
        error.get().map(|e| {
            view! {
                <p class="dvi-error-message" id=id.clone()>
                    <span class="dvi-visually-hidden">{t(lang, "error-prefix")} " "</span>
                    {e}
                </p>
            }
        })
    }
}

/// The ids for aria-describedby: the hint if there is one, the error while there is one, and
/// any others (a character count); none at all gives no attribute.
pub fn described_by(
    id: &str,
    has_hint: bool,
    error: Signal<Option<String>>,
    others: &[&str],
) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    let hint = has_hint.then(|| format!("{id}-hint"));
    let error_id = format!("{id}-error");
    let others: Vec<String> = others.iter().map(|o| format!("{id}-{o}")).collect();
    move || {
        let ids: Vec<&str> = hint
            .iter()
            .map(String::as_str)
            .chain(error.get().map(|_| error_id.as_str()))
            .chain(others.iter().map(String::as_str))
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// A question answered by choosing among options (radios or checkboxes): legend, hint and
/// error, the options inside. The options' ids start with `id`.
#[component]
pub fn Fieldset(
    lang: Lang,
    id: String,
    legend: String,
    hint: Option<String>,
    error: Signal<Option<String>>,
    #[prop(optional)] inline: bool,
    children: Children,
) -> impl IntoView {
    let describe = described_by(&id, hint.is_some(), error, &[]);
    view! {
        <div class="dvi-form-group" class:dvi-form-group--error=move || error.get().is_some()>
            <fieldset class="dvi-fieldset" aria-describedby=describe>
                <legend class="dvi-legend">{legend}</legend>
                {hint.map(|h| view! { <p class="dvi-hint" id=format!("{id}-hint")>{h}</p> })}
                <ErrorMessage lang id=format!("{id}-error") error/>
                <div class="dvi-radios" class:dvi-radios--inline=inline>{children()}</div>
            </fieldset>
        </div>
    }
}

/// One option of a choice: a radio or a checkbox (`kind`) and its label, GOV.UK style. Its
/// input's id is the one an error summary links to for the first option.
#[component]
pub fn ChoiceOption(
    kind: &'static str,
    id: String,
    name: String,
    value: &'static str,
    label: String,
    #[prop(into)] checked: Signal<bool>,
    on_change: Callback<bool>,
) -> impl IntoView {
    let node = NodeRef::<html::Input>::new();
    keep_checked(node, move || checked.get());
    view! {
        <div class="dvi-radio">
            <input
                class="dvi-radio__input"
                type=kind
                id=id.clone()
                name=name
                value=value
                node_ref=node
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label class="dvi-radio__label" for=id>{label}</label>
        </div>
    }
}
