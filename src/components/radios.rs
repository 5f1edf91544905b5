use super::question::{ChoiceOption, Fieldset};
use crate::lang::Lang;
use leptos::prelude::*;

/// A question answered by one of several radios, GOV.UK style: legend, optional hint, an inline
/// error tied to the fieldset with aria-describedby. Each input's id is `{id}-{code}`, so an
/// error summary can link to the first one. Texts come in translated; the answer (an option's
/// code) is the radio chosen, which its form reads (`crate::dom`).
#[component]
pub fn Radios(
    lang: Lang,
    #[prop(into)] id: String,
    #[prop(into)] legend: String,
    #[prop(optional_no_strip, into)] hint: Option<String>,
    /// (code for the id and the form field, label)
    options: Vec<(&'static str, String)>,
    /// The option chosen as the page comes, if any.
    #[prop(optional)]
    checked: Option<&'static str>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    #[prop(optional)] inline: bool,
    /// The form field's name, when it differs from `id` (a field's id, a query parameter).
    #[prop(optional, into)]
    name: Option<String>,
) -> impl IntoView {
    let name = name.unwrap_or_else(|| id.clone());
    view! {
        <Fieldset lang id=id.clone() legend hint error inline>
            {options
                .into_iter()
                .map(|(code, label)| {
                    view! { <ChoiceOption kind="radio" id=format!("{id}-{code}") name=name.clone() value=code label checked=checked == Some(code)/> }
                })
                .collect_view()}
        </Fieldset>
    }
}
