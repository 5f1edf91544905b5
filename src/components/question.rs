//! The parts every question is made of, GOV.UK style, one component each: the form group,
//! the hint, the error message; a question with one control (`Question`: its label) or with
//! options (`Fieldset`: its legend); one option of a choice; and the ids that describe an input
//! (hint, error, count). Every field, in the forms and elsewhere, is drawn from these.

use crate::i18n::t;
use crate::lang::Lang;
use leptos::prelude::*;

/// The error under a question, prefixed for screen readers ("Error: …"), with the id that the
/// input's aria-describedby names while there is an error. Always there, hidden without one:
/// text that changes in place, not an element drawn anew (the smaller code, in every bundle).
#[component]
pub fn ErrorMessage(lang: Lang, id: String, error: Signal<Option<String>>) -> impl IntoView {
    view! {
        <p class="dvi-error-message" id=id hidden=move || error.with(Option::is_none)>
            <span class="dvi-visually-hidden">{t(lang, "error-prefix")} " "</span>
            {move || error.get().unwrap_or_default()}
        </p>
    }
}

/// The hint under a question's label or legend, if it has one.
#[component]
pub fn Hint(id: String, hint: Option<String>) -> impl IntoView {
    hint.map(|h| view! { <p class="dvi-hint" id=format!("{id}-hint")>{h}</p> })
}

/// GOV.UK's form group: around every question, marked while the question is in error.
#[component]
pub fn FormGroup<C: IntoView + 'static>(error: Signal<Option<String>>, children: TypedChildren<C>) -> impl IntoView {
    let children = children.into_inner();
    view! { <div class="dvi-form-group" class:dvi-form-group--error=move || error.with(Option::is_some)>{children()}</div> }
}

/// A question answered in one control (a text field, a file input): its label, hint and error,
/// then the control, whose id is `id`.
#[component]
pub fn Question<C: IntoView + 'static>(
    lang: Lang,
    id: String,
    label: String,
    hint: Option<String>,
    error: Signal<Option<String>>,
    children: TypedChildren<C>,
) -> impl IntoView {
    let children = children.into_inner();
    view! {
        <FormGroup error>
            <label class="dvi-label" for=id.clone()>{label}</label>
            <Hint id=id.clone() hint/>
            <ErrorMessage lang id=format!("{id}-error") error/>
            {children()}
        </FormGroup>
    }
}

/// A question answered by choosing among options (radios, checkboxes): a fieldset with its
/// legend, hint and error, the options inside (`inline`: side by side), whose ids start with
/// `id`.
#[component]
pub fn Fieldset<C: IntoView + 'static>(
    lang: Lang,
    id: String,
    legend: String,
    hint: Option<String>,
    error: Signal<Option<String>>,
    #[prop(optional)] inline: bool,
    children: TypedChildren<C>,
) -> impl IntoView {
    let children = children.into_inner();
    let describe = described_by(&id, hint.is_some(), error, &[]);
    view! {
        <FormGroup error>
            <fieldset class="dvi-fieldset" aria-describedby=describe>
                <legend class="dvi-legend">{legend}</legend>
                <Hint id=id.clone() hint/>
                <ErrorMessage lang id=format!("{id}-error") error/>
                <div class="dvi-radios" class:dvi-radios--inline=inline>{children()}</div>
            </fieldset>
        </FormGroup>
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

/// One option of a choice: a radio or a checkbox (`kind`) and its label, GOV.UK style, chosen
/// as the page comes if `checked`. Its input's id is the one an error summary links to for the
/// first option. Whatever reads the choice reads the control (`crate::dom`).
#[component]
pub fn ChoiceOption(kind: &'static str, id: String, name: String, value: &'static str, label: String, checked: bool) -> impl IntoView {
    view! {
        <div class="dvi-radio">
            <input class="dvi-radio__input" type=kind id=id.clone() name=name value=value checked=checked/>
            <label class="dvi-radio__label" for=id>{label}</label>
        </div>
    }
}
