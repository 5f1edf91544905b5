use super::question::{ChoiceOption, Fieldset};
use crate::lang::Lang;
use leptos::prelude::*;

/// Any of several options, as checkboxes in a fieldset, GOV.UK style: as [`Radios`]
/// (`super::radios::Radios`), with none chosen as the page comes.
#[component]
pub fn Checkboxes(
    lang: Lang,
    id: String,
    legend: String,
    hint: Option<String>,
    /// (code for the id and the form field, label)
    options: Vec<(&'static str, String)>,
    /// The form field's name.
    name: &'static str,
    error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <Fieldset lang id=id.clone() legend hint error>
            {options
                .into_iter()
                .map(|(code, label)| {
                    view! { <ChoiceOption kind="checkbox" id=format!("{id}-{code}") name=name.to_owned() value=code label checked=false/> }
                })
                .collect_view()}
        </Fieldset>
    }
}
