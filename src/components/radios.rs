use crate::i18n::t;
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
    #[prop(optional, into)] name: Option<String>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let has_hint = hint.is_some();
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let ids: Vec<&str> = [has_hint.then_some(hint_id.as_str()), error.get().map(|_| error_id.as_str())].into_iter().flatten().collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let name = name.unwrap_or_else(|| id.clone());
    view! {
        <div class="dvi-form-group" class:dvi-form-group--error=move || error.get().is_some()>
            <fieldset class="dvi-fieldset" aria-describedby=described_by>
                <legend class="dvi-legend">{legend}</legend>
                {hint.map(|h| view! { <p class="dvi-hint" id=hint_id.clone()>{h}</p> })}
                {move || error.get().map(|e| view! {
                    <p class="dvi-error-message" id=error_id.clone()>
                        <span class="dvi-visually-hidden">{t(lang, "error-prefix")} " "</span>
                        {e}
                    </p>
                })}
                <div class="dvi-radios" class:dvi-radios--inline=inline>
                    {options
                        .into_iter()
                        .map(|(value, code, label)| {
                            let input_id = format!("{id}-{code}");
                            view! {
                                <div class="dvi-radio">
                                    <input
                                        class="dvi-radio__input"
                                        type="radio"
                                        id=input_id.clone()
                                        name=name.clone()
                                        value=code
                                        prop:checked=move || selected.get() == value
                                        on:change=move |_| on_change.set(value)
                                    />
                                    <label class="dvi-radio__label" for=input_id>{label}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}
