//! A form page's answers are what its controls hold (`crate::dom`). The session follows them as
//! the person types (one handler on the form for all its fields) and reads them again on
//! Continue and on Send; what the person put in them before the page started is their answer,
//! and the draft fills only the controls they have not touched. Nothing writes a control after.

use super::{draft, FormSession};
use dvi_validation::forms::{Answer, Field, Form, Kind, PAGE_FIELD};
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

/// The answers a link gives (`forms::PAGE_FIELD`): from "Report a problem with this page",
/// `?page=/lv/sazina` answers the page field, with `address` making the path a full address,
/// and the choice that shows it. Nothing but a path of this site is taken.
fn given_by_link(form: &Form, search: &str, address: impl Fn(&str) -> String) -> Vec<(&'static str, String)> {
    let Some(field) = form.field(PAGE_FIELD) else { return Vec::new() };
    let path = crate::routes::query_value(search, PAGE_FIELD)
        .filter(|p| p.starts_with('/') && !p.starts_with("//") && p.len() <= 200 && p.bytes().all(|b| b.is_ascii_graphic()));
    match (path, field.when) {
        (Some(path), Some(c)) => c.any_of.first().map_or_else(Vec::new, |v| vec![(c.field, (*v).to_owned()), (field.id, address(&path))]),
        (Some(path), None) => vec![(field.id, address(&path))],
        _ => Vec::new(),
    }
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
    let nav = crate::nav::use_nav();
    crate::islands::when_started(move || {
        let form = form.get_untracked();
        let touched = |id: &str| form.as_ref().is_some_and(|form| crate::dom::touched(form, id));
        if let Some(form) = &form {
            for field in held(fields).filter(|f| touched(f.id)) {
                take(session, form, field);
            }
        }
        session.load();
        // A link's answers beat the draft's (the person just followed it), not what they typed.
        for (id, value) in given_by_link(session.form, &nav.search.get_untracked(), |p| nav.absolute(p)) {
            if fields.iter().any(|f| f.id == id) && !touched(id) {
                session.set_answer(id, Some(Answer::One(value)));
            }
        }
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
    fn a_link_gives_the_page_and_nothing_else() {
        let feedback = dvi_validation::forms::form("feedback").expect("the feedback form");
        let site = |p: &str| format!("https://pakalpojumi.dvi.gov.lv{p}");
        let given = given_by_link(feedback, "?page=%2Flv%2Fsazina", site);
        let expected = vec![("about", "website".to_owned()), ("page", "https://pakalpojumi.dvi.gov.lv/lv/sazina".to_owned())];
        assert_eq!(given, expected);
        assert_eq!(given_by_link(feedback, "?page=/en/services&about=other&went-badly=x", site), {
            vec![("about", "website".to_owned()), ("page", "https://pakalpojumi.dvi.gov.lv/en/services".to_owned())]
        });
        for bad in ["", "?page=", "?page=https://evil.example/", "?page=//evil.example/x", "?page=/a%20b", "?page=/%0a", "?about=website"] {
            assert_eq!(given_by_link(feedback, bad, site), Vec::new(), "{bad}");
        }
        // Only a form that asks for a page takes one.
        let question = dvi_validation::forms::form("question").expect("the question form");
        assert_eq!(given_by_link(question, "?page=/lv/", site), Vec::new());
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
