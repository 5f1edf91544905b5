use super::question::{ChoiceOption, Fieldset};
use crate::lang::Lang;
use leptos::prelude::*;

/// A question answered by one of several radios, GOV.UK style: legend, optional hint, an inline
/// error tied to the fieldset with aria-describedby. Each input's id is `{id}-{code}`, so an
/// error summary can link to the first one. Texts come in translated; the answer (an option's
/// code) lives wherever the caller keeps it (`selected` to read, `on_change` to write). Codes,
/// not the caller's own types: one copy of this in the WebAssembly, not one per type.
#[component]
pub fn Radios(
    lang: Lang,
    #[prop(into)] id: String,
    #[prop(into)] legend: String,
    #[prop(optional_no_strip, into)] hint: Option<String>,
    /// (code for the id and the form field, label)
    options: Vec<(&'static str, String)>,
    #[prop(into)] selected: Signal<Option<&'static str>>,
    on_change: Callback<&'static str>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    #[prop(optional)] inline: bool,
    /// The form field's name, when it differs from `id` (a query parameter, say).
    #[prop(optional, into)]
    name: Option<String>,
) -> impl IntoView {
    let name = name.unwrap_or_else(|| id.clone());
    view! {
        <Fieldset lang id=id.clone() legend hint error inline>
            {options
                .into_iter()
                .map(|(code, label)| {
                    let checked = Signal::derive(move || selected.get() == Some(code));
                    let on_change = Callback::new(move |on: bool| {
                        if on {
                            on_change.run(code);
                        }
                    });
                    view! { <ChoiceOption kind="radio" id=format!("{id}-{code}") name=name.clone() value=code label checked on_change/> }
                })
                .collect_view()}
        </Fieldset>
    }
}
