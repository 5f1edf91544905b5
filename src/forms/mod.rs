//! The form engine's state and words. The forms themselves are declared in the validation
//! crate (`dvi_validation::forms`), which the backend shares; the pages that show them are
//! `pages/form_step.rs`, `form_check.rs` and `form_sent.rs`, and each field is drawn by
//! `components/form_field.rs`.

pub mod controls;
pub mod draft;
pub mod text;

pub use controls::{keep_answers, read_answers};

use crate::i18n::{has, t, t_args};
use crate::lang::Lang;
use dvi_validation::attachments::FileKind;
use dvi_validation::forms::{Answer, Answers, Field, Form, Kind};
use dvi_validation::{ErrorCode, FieldError};
use leptos::prelude::*;

/// A file the person has attached: uploaded already, referenced by its id.
/// In JSON (the backend's answer to an upload, and drafts): `{"id", "name", "size", "kind"}`.
#[derive(Clone, Debug, PartialEq)]
pub struct Attached {
    pub id: String,
    pub name: String,
    pub size: u64,
    pub kind: FileKind,
}

impl Attached {
    pub fn write_json(&self, out: &mut String) {
        use crate::json::{write_key, write_str};
        out.push('{');
        write_key(out, "id", true);
        write_str(out, &self.id);
        write_key(out, "name", false);
        write_str(out, &self.name);
        write_key(out, "size", false);
        out.push_str(&self.size.to_string());
        write_key(out, "kind", false);
        write_str(out, self.kind.as_str());
        out.push('}');
    }

    /// From parsed JSON; `None` if a member is missing or of the wrong kind (others are ignored).
    pub fn from_json(value: &wasm_bindgen::JsValue) -> Option<Attached> {
        use crate::json::{get, whole};
        let kind = get(value, "kind").as_string()?;
        Some(Attached {
            id: get(value, "id").as_string()?,
            name: get(value, "name").as_string()?,
            size: whole(&get(value, "size"))?,
            kind: FileKind::ALL.into_iter().find(|k| k.as_str() == kind)?,
        })
    }
}

/// One person's progress through one form, kept while they move between its pages (and, as a
/// draft, across a reload).
#[derive(Clone, Copy)]
pub struct FormSession {
    pub form: &'static Form,
    pub answers: RwSignal<Answers>,
    pub attached: RwSignal<Vec<Attached>>,
    /// Errors the backend reported for answers it would not take, shown on their steps.
    pub server_errors: RwSignal<Vec<FieldError>>,
    /// Idempotency: the key and the exact body it was first sent with. The same body is sent
    /// again with the same key, so a retry never makes a second submission.
    pub sent_with: RwSignal<Option<(String, String)>>,
    /// Whether the draft has been read from the browser's storage yet.
    pub loaded: RwSignal<bool>,
    /// How many files are on their way to the backend.
    pub uploading: RwSignal<usize>,
}

impl FormSession {
    fn new(form: &'static Form) -> FormSession {
        FormSession {
            form,
            answers: RwSignal::new(Answers::new()),
            attached: RwSignal::new(Vec::new()),
            server_errors: RwSignal::new(Vec::new()),
            sent_with: RwSignal::new(None),
            loaded: RwSignal::new(false),
            uploading: RwSignal::new(0),
        }
    }

    /// What the draft holds now (tracked).
    fn draft(&self) -> draft::Draft {
        draft::Draft {
            answers: self.answers.get(),
            attached: self.attached.get(),
            sent_with: self.sent_with.get(),
            server_errors: self.server_errors.get(),
        }
    }

    /// Reads the draft kept in the browser, once. Answers already given win over it: they
    /// were given on this page before it started (`controls::keep_answers`).
    pub fn load(&self) {
        if self.loaded.get_untracked() {
            return;
        }
        if let Some(d) = draft::load(self.form.id) {
            self.answers.update(|a| {
                let given = std::mem::replace(a, d.answers);
                a.extend(given);
            });
            self.attached.set(d.attached);
            self.sent_with.set(d.sent_with);
            self.server_errors.set(d.server_errors);
        }
        self.loaded.set(true);
    }

    /// Writes the draft now, rather than after the next change is noticed: before going to
    /// another page, which reads it.
    pub fn save(&self) {
        if self.loaded.get_untracked() {
            draft::save(self.form.id, &untrack(|| self.draft()));
        }
    }

    pub fn answer(&self, field: &str) -> Option<Answer> {
        self.answers.with(|a| a.get(field).cloned())
    }

    pub fn set_answer(&self, field: &str, answer: Option<Answer>) {
        if self.answers.with_untracked(|a| a.get(field) == answer.as_ref()) {
            return;
        }
        self.answers.update(|a| match answer {
            Some(v) => {
                a.insert(field.to_owned(), v);
            }
            None => {
                a.remove(field);
            }
        });
        // The person changed this answer: what the backend said about it no longer stands.
        // (Only touched when there is something to drop, so nothing redraws at every key.)
        if self.server_errors.with_untracked(|e| e.iter().any(|e| e.field == field)) {
            self.server_errors.update(|e| e.retain(|e| e.field != field));
        }
    }

    /// Sent: the draft goes from the browser and nothing more is kept there, while the answers
    /// stay in the page's memory until it is left (the page says it was sent).
    pub fn sent(&self) {
        self.loaded.set(false);
        self.sent_with.set(None);
        self.server_errors.set(Vec::new());
        draft::delete(self.form.id);
    }

    /// Everything back to empty, in memory and in the browser.
    pub fn clear(&self) {
        self.answers.set(Answers::new());
        self.attached.set(Vec::new());
        self.server_errors.set(Vec::new());
        self.sent_with.set(None);
        draft::delete(self.form.id);
    }
}

/// Every form's session, provided once above the pages, so that answers survive moving
/// between steps and languages.
#[derive(Clone, Copy)]
pub struct FormSessions(StoredValue<Vec<FormSession>>);

impl FormSessions {
    pub fn provide() {
        let sessions = dvi_validation::forms::FORMS.iter().map(FormSession::new).collect();
        provide_context(FormSessions(StoredValue::new(sessions)));
    }

    pub fn get(form: &'static Form) -> FormSession {
        let sessions = use_context::<FormSessions>();
        sessions
            .and_then(|s| s.0.with_value(|all| all.iter().find(|s| s.form.id == form.id).copied()))
            .unwrap_or_else(|| FormSession::new(form))
    }
}

/// The form's own wording for a field if it has one, else the wording shared by every form
/// that asks the same thing ("field-email-label").
fn field_key(lang: Lang, form: &Form, field: &str, what: &str) -> Option<String> {
    [format!("form-{}-{field}-{what}", form.id), format!("field-{field}-{what}")].into_iter().find(|k| has(lang, k))
}

pub fn label(lang: Lang, form: &Form, field: &Field) -> String {
    field_key(lang, form, field.id, "label").map(|k| t(lang, &k)).unwrap_or_else(|| field.id.to_owned())
}

pub fn hint(lang: Lang, form: &Form, field: &Field) -> Option<String> {
    field_key(lang, form, field.id, "hint").map(|k| t(lang, &k))
}

/// An option's words: the form's own, else those of the field wherever it is asked.
pub fn option_label(lang: Lang, form: &Form, field: &Field, option: &str) -> String {
    field_key(lang, form, field.id, option).map(|k| t(lang, &k)).unwrap_or_else(|| option.to_owned())
}

/// A choice's options as its radios or checkboxes show them: (code, words).
pub fn option_labels(lang: Lang, form: &Form, field: &Field, codes: &[&'static str]) -> Vec<(&'static str, String)> {
    codes.iter().map(|o| (*o, option_label(lang, form, field, o))).collect()
}

/// How to put it right, in the person's language: the field's own message where there is one
/// ("Enter your question"), else the rule's ("Enter an e-mail address in the right format").
pub fn error_message(lang: Lang, form: &Form, field: &Field, code: ErrorCode) -> String {
    let own = field_key(lang, form, field.id, &format!("error-{}", code.as_str().replace('_', "-")));
    let max = match (code, field.kind) {
        (ErrorCode::TooLong, Kind::Text { max } | Kind::LongText { max }) => max as u64,
        (ErrorCode::TooLong, Kind::Name) => dvi_validation::rules::NAME_MAX as u64,
        (ErrorCode::TooLong, Kind::Email) => dvi_validation::rules::EMAIL_MAX as u64,
        (ErrorCode::FileTooLarge, _) => dvi_validation::attachments::MAX_FILE_BYTES / (1024 * 1024),
        (ErrorCode::TooManyFiles, _) => dvi_validation::attachments::MAX_FILES as u64,
        _ => 0,
    };
    t_args(lang, &own.unwrap_or_else(|| code.message_key()), &[("max", max.into())])
}

/// A country's name in `lang` (content/countries.toml), or the words for one not listed. On a
/// form's page only Latvia's name comes with the page's words; any other is fetched the first
/// time an answer needs it (the page names the file: `data-countries`), and shown once there.
/// Called below a `Nav` (in a view).
pub fn country_name(lang: Lang, code: &str) -> String {
    if code == dvi_validation::countries::OTHER {
        return t(lang, "country-other");
    }
    let key = format!("country-{code}");
    if !crate::i18n::has(lang, &key) {
        COUNTRY_NAMES.with(|arrived| arrived.track());
        fetch_country_names(lang);
    }
    t(lang, &key)
}

thread_local! {
    /// Notified when the countries' names have arrived.
    static COUNTRY_NAMES: ArcTrigger = ArcTrigger::new();
}

#[cfg(target_arch = "wasm32")]
fn fetch_country_names(lang: Lang) {
    use std::cell::Cell;
    // Once in each language: a widget switched to the other language asks again.
    thread_local!(static ASKED: Cell<u8> = const { Cell::new(0) });
    let bit = 1 << lang as u8;
    if ASKED.with(|asked| asked.replace(asked.get() | bit)) & bit != 0 {
        return;
    }
    // The page names them in its language (its `<link>`, or in a widget its frame).
    let url =
        use_context::<crate::nav::Nav>().and_then(|nav| nav.first("[data-countries]")).and_then(|el| el.get_attribute("data-countries"));
    let Some(url) = url else {
        ASKED.with(|asked| asked.set(asked.get() & !bit));
        return;
    };
    leptos::task::spawn_local(async move {
        match crate::i18n::fetch_words(&url).await {
            Some(text) => {
                crate::i18n::carry_words(lang, text);
                COUNTRY_NAMES.with(|arrived| arrived.notify());
            }
            // Asked again when next wanted (the connection may be back).
            None => ASKED.with(|asked| asked.set(asked.get() & !bit)),
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn fetch_country_names(_: Lang) {}

/// The answer as a person reads it on the check page and in the text to take elsewhere.
pub fn answer_text(lang: Lang, form: &Form, field: &Field, answer: Option<&Answer>, attached: &[Attached]) -> Option<String> {
    let text = match (field.kind, answer?) {
        (Kind::Choice(_), Answer::One(v)) => option_label(lang, form, field, v),
        (Kind::Country, Answer::One(v)) => country_name(lang, v),
        (Kind::MultiChoice(_), Answer::Many(vs)) => vs.iter().map(|v| option_label(lang, form, field, v)).collect::<Vec<_>>().join(", "),
        (Kind::Files, Answer::Many(ids)) => ids
            .iter()
            .map(|id| attached.iter().find(|a| &a.id == id).map_or_else(|| id.clone(), |a| a.name.clone()))
            .collect::<Vec<_>>()
            .join(", "),
        (_, Answer::One(v)) => v.trim().to_owned(),
        (_, Answer::Many(vs)) => vs.join(", "),
    };
    (!text.is_empty()).then_some(text)
}

/// Today in Riga, by which "not in the future" is judged (the backend judges the same way).
/// Reads the clock: only from event handlers.
pub fn today() -> dvi_validation::clock::Date {
    dvi_validation::clock::riga_time(js_sys::Date::now() as i64).date
}
