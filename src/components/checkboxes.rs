use super::question::{ChoiceOption, Fieldset};
use crate::forms::{option_label, FormSession};
use crate::lang::Lang;
use dvi_validation::forms::{Answer, Field};
use leptos::prelude::*;

/// Any of several options, as checkboxes in a fieldset.
#[component]
pub fn Checkboxes(
    lang: Lang,
    session: FormSession,
    field: &'static Field,
    id: String,
    legend: String,
    hint: Option<String>,
    options: &'static [&'static str],
    error: Signal<Option<String>>,
) -> impl IntoView {
    let form = session.form;
    let chosen = move |option: &str| matches!(session.answer(field.id), Some(Answer::Many(vs)) if vs.iter().any(|v| v == option));
    let toggle = move |option: &'static str, on: bool| {
        let mut values = match session.answer(field.id) {
            Some(Answer::Many(vs)) => vs,
            _ => Vec::new(),
        };
        values.retain(|v| v != option);
        if on {
            values.push(option.to_owned());
        }
        session.set_answer(field.id, (!values.is_empty()).then_some(Answer::Many(values)));
    };
    view! {
        <Fieldset lang id=id.clone() legend hint error>
            {options
                .iter()
                .map(|option| {
                    let checked = Signal::derive(move || chosen(option));
                    let on_change = Callback::new(move |on: bool| toggle(option, on));
                    let label = option_label(lang, form, field, option);
                    view! { <ChoiceOption kind="checkbox" id=format!("{id}-{option}") name=field.id.to_owned() value=*option label checked on_change/> }
                })
                .collect_view()}
        </Fieldset>
    }
}
