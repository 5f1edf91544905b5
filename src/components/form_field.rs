use super::{
    file_upload::FileUpload,
    question::{described_by, ChoiceOption, Fieldset, Question},
    radios::Radios,
};
use crate::dom::keep_value;
use crate::forms::{hint, label, option_label, FormSession};
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use dvi_validation::forms::{Answer, Field, Kind};
use leptos::{either::EitherOf5, html, prelude::*};

/// The id an error summary links to: the input itself, or the first option of a choice.
pub fn target_id(field: &Field) -> String {
    match field.kind {
        Kind::Choice(options) | Kind::MultiChoice(options) => {
            format!("field-{}-{}", field.id, options.first().copied().unwrap_or_default())
        }
        _ => format!("field-{}", field.id),
    }
}

/// One declared field, GOV.UK style: label, hint and error above the input, tied to it with
/// aria-describedby; aria-invalid when in error; the right type, inputmode and autocomplete.
#[component]
pub fn FormField(lang: Lang, session: FormSession, field: &'static Field, #[prop(into)] error: Signal<Option<String>>) -> impl IntoView {
    let form = session.form;
    let label =
        if field.required { label(lang, form, field) } else { format!("{} {}", label(lang, form, field), t(lang, "form-optional")) };
    let hint = hint(lang, form, field);
    let id = format!("field-{}", field.id);
    let one = move || match session.answer(field.id) {
        Some(Answer::One(v)) => v,
        _ => String::new(),
    };
    let set_one = move |v: String| session.set_answer(field.id, (!v.is_empty()).then_some(Answer::One(v)));

    match field.kind {
        Kind::Choice(options) => {
            let selected = Signal::derive(move || match session.answer(field.id) {
                Some(Answer::One(v)) => options.iter().copied().find(|o| *o == v),
                _ => None,
            });
            let options = options.iter().map(|o| (*o, option_label(lang, form, field, o))).collect();
            let on_change = Callback::new(move |v: &'static str| session.set_answer(field.id, Some(Answer::One(v.to_owned()))));
            EitherOf5::A(view! { <Radios lang id=id legend=label hint=hint options selected on_change error/> })
        }
        Kind::MultiChoice(options) => EitherOf5::B(view! { <Checkboxes lang session field id legend=label hint options error/> }),
        Kind::Files => EitherOf5::C(view! { <FileUpload lang session field label hint error/> }),
        Kind::LongText { max } => {
            let node = NodeRef::<html::Textarea>::new();
            keep_value(node, one);
            let count_id = format!("{id}-count");
            let count = move || {
                let left = max as i64 - one().trim().chars().count() as i64;
                if left >= 0 {
                    t_args(lang, "form-chars-left", &[("count", left.into())])
                } else {
                    t_args(lang, "form-chars-over", &[("count", (-left).into())])
                }
            };
            // The count is read out politely a moment after typing stops, not at every key.
            let announced = RwSignal::new(String::new());
            let generation = StoredValue::new(0u32);
            let announce = move || {
                generation.update_value(|g| *g += 1);
                let mine = generation.get_value();
                // The person may have moved on by then: the page's signals may be gone.
                set_timeout(
                    move || {
                        if generation.try_get_value() == Some(mine) {
                            let _ = announced.try_set(count());
                        }
                    },
                    std::time::Duration::from_millis(1200),
                );
            };
            EitherOf5::D(view! {
                <Question lang id=id.clone() label hint=hint.clone() error>
                    <textarea
                        class="dvi-textarea"
                        class:dvi-input--error=move || error.get().is_some()
                        id=id.clone()
                        name=field.id
                        rows="6"
                        spellcheck="true"
                        aria-invalid=move || error.get().is_some().then_some("true")
                        aria-describedby=described_by(&id, hint.is_some(), error, &["count"])
                        node_ref=node
                        on:input=move |ev| {
                            set_one(event_target_value(&ev));
                            announce();
                        }
                    ></textarea>
                    <p
                        class=move || {
                            if one().trim().chars().count() > max { "dvi-hint dvi-count-message dvi-count-message--over" } else { "dvi-hint dvi-count-message" }
                        }
                        id=count_id.clone()
                        aria-hidden="true"
                    >
                        {count}
                    </p>
                    <p class="dvi-visually-hidden" aria-live="polite">{move || announced.get()}</p>
                </Question>
            })
        }
        kind => {
            let node = NodeRef::<html::Input>::new();
            keep_value(node, one);
            let (input_type, inputmode, width) = match kind {
                Kind::Email => ("email", None, "dvi-input--wide"),
                Kind::Phone => ("tel", Some("tel"), "dvi-input--short"),
                Kind::Postcode => ("text", None, "dvi-input--short"),
                Kind::PersonalCode => ("text", Some("numeric"), "dvi-input--short"),
                Kind::PastDate => ("date", None, "dvi-input--short"),
                _ => ("text", None, "dvi-input--wide"),
            };
            let spellcheck = matches!(kind, Kind::Text { .. }).then_some("true").unwrap_or("false");
            EitherOf5::E(view! {
                <Question lang id=id.clone() label hint=hint.clone() error>
                    <input
                        class=format!("dvi-input {width}")
                        class:dvi-input--error=move || error.get().is_some()
                        id=id.clone()
                        name=field.id
                        type=input_type
                        inputmode=inputmode
                        autocomplete=field.autocomplete
                        spellcheck=spellcheck
                        aria-invalid=move || error.get().is_some().then_some("true")
                        aria-describedby=described_by(&id, hint.is_some(), error, &[])
                        node_ref=node
                        on:input=move |ev| set_one(event_target_value(&ev))
                    />
                </Question>
            })
        }
    }
}

/// Any of several options, as checkboxes in a fieldset.
#[component]
fn Checkboxes(
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
