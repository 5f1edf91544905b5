use super::{
    checkboxes::Checkboxes,
    file_upload::FileUpload,
    question::{described_by, Question},
    radios::Radios,
};
use crate::forms::{country_name, hint, label, option_labels, FormSession};
use crate::i18n::{t, t_args};
use crate::islands::prerendered_text;
use crate::lang::Lang;
use dvi_validation::countries::{LATVIA, OTHER};
use dvi_validation::forms::{Answer, Field, Kind};
use dvi_validation::rules::length;
use leptos::{either::EitherOf6, prelude::*};

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
/// Its answer is what its control holds, named after the field, read by the form around it
/// (`forms::keep_answers`).
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
    let options = move |codes: &[&'static str]| option_labels(lang, form, field, codes);

    match field.kind {
        Kind::Choice(codes) => {
            EitherOf6::A(view! { <Radios lang id=id legend=label hint=hint options=options(codes) name=field.id error/> })
        }
        Kind::MultiChoice(codes) => {
            EitherOf6::B(view! { <Checkboxes lang id legend=label hint options=options(codes) name=field.id error/> })
        }
        Kind::Country => EitherOf6::F(view! { <CountrySelect lang field id label hint error/> }),
        Kind::Files => EitherOf6::C(view! { <FileUpload lang session field label hint error/> }),
        Kind::LongText { max } => {
            let count_id = format!("{id}-count");
            let count = move || {
                // Counted as the rule counts it (white space included), so the two agree.
                let left = max as i64 - length(&one()) as i64;
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
            EitherOf6::D(view! {
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
                        on:input=move |_| announce()
                    ></textarea>
                    <p
                        class=move || {
                            if length(&one()) > max { "dvi-hint dvi-count-message dvi-count-message--over" } else { "dvi-hint dvi-count-message" }
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
            let (input_type, inputmode, width) = match kind {
                Kind::Email => ("email", None, "dvi-input--wide"),
                Kind::Phone => ("tel", Some("tel"), "dvi-input--short"),
                Kind::Postcode => ("text", None, "dvi-input--short"),
                Kind::PersonalCode => ("text", Some("numeric"), "dvi-input--short"),
                Kind::PastDate => ("date", None, "dvi-input--short"),
                _ => ("text", None, "dvi-input--wide"),
            };
            let spellcheck = matches!(kind, Kind::Text { .. }).then_some("true").unwrap_or("false");
            EitherOf6::E(view! {
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
                    />
                </Question>
            })
        }
    }
}

/// The country of an address: a select of every country by name, as the language sorts them,
/// Latvia preselected, and "another country" last (its name is then asked for).
#[component]
fn CountrySelect(
    lang: Lang,
    field: &'static Field,
    id: String,
    label: String,
    hint: Option<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    // Latvia shown chosen is an answer only once Continue reads it (`forms::read_answers`), as a
    // form sends its select's value: nothing is kept before the person does anything.
    view! {
        <Question lang id=id.clone() label hint=hint.clone() error>
            // The options never change once drawn: the page has them, and an island keeps
            // them as they came (its bundle holds neither their order nor this code).
            <select
                class="dvi-select"
                class:dvi-input--error=move || error.get().is_some()
                id=id.clone()
                name=field.id
                autocomplete=field.autocomplete
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described_by(&id, hint.is_some(), error, &[])
                inner_html=prerendered_text(|| country_options(lang))
            ></select>
        </Question>
    }
}

/// The options of [`CountrySelect`], Latvia selected.
fn country_options(lang: Lang) -> String {
    let order = crate::i18n::catalogs::COUNTRY_ORDER[lang as usize];
    let mut html = String::new();
    for code in order.split(' ').chain([OTHER]) {
        let selected = if code == LATVIA { " selected" } else { "" };
        let name = country_name(lang, code).replace('&', "&amp;").replace('<', "&lt;");
        html += &format!("<option value=\"{code}\"{selected}>{name}</option>");
    }
    html
}
