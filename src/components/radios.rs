use super::question::{ChoiceOption, Fieldset};
use crate::lang::Lang;
use leptos::prelude::*;

/// A question answered by one of several radios, GOV.UK style: legend, optional hint, an inline
/// error tied to the fieldset with aria-describedby. Each input's id is `{id}-{code}`, so an
/// error summary can link to the first one. Texts come in translated; the answer lives wherever
/// the caller keeps it (`selected` to read, `on_change` to write).
#[component]
pub fn Radios<T>(
    lang: Lang,
    #[prop(into)] id: String,
    #[prop(into)] legend: String,
    #[prop(optional_no_strip, into)] hint: Option<String>,
    /// (value, code for the id and the form field, label)
    options: Vec<(T, &'static str, String)>,
    #[prop(into)] selected: Signal<T>,
    #[prop(into)] on_change: SignalSetter<T>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    #[prop(optional)] inline: bool,
    /// The form field's name, when it differs from `id` (a query parameter, say).
    #[prop(optional, into)]
    name: Option<String>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let name = name.unwrap_or_else(|| id.clone());
    view! {
        <Fieldset lang id=id.clone() legend hint error inline>
            {options
                .into_iter()
                .map(|(value, code, label)| {
                    let checked = Signal::derive(move || selected.get() == value);
                    let on_change = Callback::new(move |on: bool| {
                        if on {
                            on_change.set(value);
                        }
                    });
                    view! { <ChoiceOption kind="radio" id=format!("{id}-{code}") name=name.clone() value=code label checked on_change/> }
                })
                .collect_view()}
        </Fieldset>
    }
}
