//! A form page's answers are what its controls hold (`crate::dom`). The session follows them as
//! the person types (one handler on the form for all its fields) and reads them again on
//! Continue and on Send; what the person put in them before the page started is their answer,
//! and the draft fills only the controls they have not touched. Nothing writes a control after.

use super::{draft, FormSession};
use dvi_validation::forms::{Answer, Field, Kind};
use leptos::{html, prelude::*};

/// A field's answer from what its controls hold: none for an empty text or nothing chosen.
fn answer_from(field: &Field, values: Vec<String>) -> Option<Answer> {
    match field.kind {
        Kind::MultiChoice(_) => (!values.is_empty()).then_some(Answer::Many(values)),
        _ => values.into_iter().next().filter(|v| !v.is_empty()).map(Answer::One),
    }
}

/// What a field's controls are filled with for an answer.
fn values_of(answer: Option<Answer>) -> Vec<String> {
    match answer {
        Some(Answer::One(v)) => vec![v],
        Some(Answer::Many(vs)) => vs,
        None => Vec::new(),
    }
}

/// The fields whose answer a control holds (files are uploaded, their answer is their ids).
fn held(fields: &'static [Field]) -> impl Iterator<Item = &'static Field> {
    fields.iter().filter(|f| f.kind != Kind::Files)
}

/// Gives the session `field`'s answer as its controls in `form` hold it now.
fn take(session: FormSession, form: &web_sys::Element, field: &Field) {
    session.set_answer(field.id, answer_from(field, crate::dom::values(form, field.id)));
}

/// Keeps the session's answers to `fields` those of the controls in `form`, and the draft in
/// the browser up to date. Once the page is live (`islands::when_started`, after hydration, so
/// that the page is as it came): what the controls were given before is the answer, then the
/// draft is read (once) for the rest, and fills the controls the person has not touched (in a
/// widget, whose pages are drawn anew: every control, from the answers so far). Returns the
/// handler for the form's `input` and `change` events.
pub fn keep_answers(
    session: FormSession,
    form: NodeRef<html::Form>,
    fields: &'static [Field],
) -> impl Fn(leptos::ev::Event) + Copy + 'static {
    crate::islands::when_started(move || {
        let form = form.get_untracked();
        if let Some(form) = &form {
            for field in held(fields).filter(|f| crate::dom::touched(form, f.id)) {
                take(session, form, field);
            }
        }
        session.load();
        if let Some(form) = &form {
            for field in held(fields) {
                crate::dom::fill(form, field.id, &values_of(session.answers.with_untracked(|a| a.get(field.id).cloned())));
            }
        }
    });
    Effect::new(move |_| {
        let d = session.draft();
        if session.loaded.get() {
            draft::save(session.form.id, &d);
        }
    });
    move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let name = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| el.get_attribute("name"));
        if let (Some(name), Some(form)) = (name, form.get_untracked()) {
            if let Some(field) = held(fields).find(|f| f.id == name) {
                take(session, &form, field);
            }
        }
    }
}

/// The answers of the `fields` asked, as the controls in `form` hold them now: on Continue and
/// on Send, so that what is checked and sent is what the person sees.
pub fn read_answers(session: FormSession, form: NodeRef<html::Form>, fields: &'static [Field]) {
    let Some(form) = form.get_untracked() else { return };
    for field in held(fields) {
        if session.answers.with_untracked(|a| session.form.shows(field, a)) {
            take(session, &form, field);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn field(id: &'static str, kind: Kind) -> Field {
        Field { id, kind, required: true, when: None, autocomplete: None }
    }

    #[test]
    fn an_answer_is_what_the_controls_hold() {
        let text = field("question", Kind::Text { max: 10 });
        let many = field("topics", Kind::MultiChoice(&["a", "b"]));
        let one = field("topic", Kind::Choice(&["a", "b"]));
        let own = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(answer_from(&text, own(&[""])), None);
        assert_eq!(answer_from(&text, own(&[" x "])), Some(Answer::One(" x ".to_owned())));
        assert_eq!(answer_from(&one, own(&[])), None);
        assert_eq!(answer_from(&one, own(&["b"])), Some(Answer::One("b".to_owned())));
        assert_eq!(answer_from(&many, own(&[])), None);
        assert_eq!(answer_from(&many, own(&["a", "b"])), Some(Answer::Many(own(&["a", "b"]))));
        for answer in [None, Some(Answer::One("x".to_owned())), Some(Answer::Many(own(&["a", "b"])))] {
            let field = if matches!(answer, Some(Answer::Many(_))) { &many } else { &text };
            assert_eq!(answer_from(field, values_of(answer.clone())), answer, "filled and read back");
        }
    }
}
