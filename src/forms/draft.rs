//! Drafts in the browser's local storage, so that a reload or a failed sending loses nothing.
//! The form pages say so before anything is kept, and a draft is deleted when the form is sent
//! or when the person deletes it. Storage can be missing or full (private browsing): then the
//! form still works, only without a draft.

use super::Attached;
use dvi_validation::forms::Answers;
use leptos::prelude::window;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub answers: Answers,
    #[serde(default)]
    pub attached: Vec<Attached>,
    /// The idempotency key and the body it was sent with, if sending was tried.
    #[serde(default)]
    pub sent_with: Option<(String, String)>,
}

impl Draft {
    fn is_empty(&self) -> bool {
        self.answers.is_empty() && self.attached.is_empty()
    }
}

fn key(form: &str) -> String {
    format!("dvi-draft-{form}")
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The saved draft; one that cannot be read (an older shape, a hand edit) is dropped.
pub fn load(form: &str) -> Option<Draft> {
    let text = storage()?.get_item(&key(form)).ok().flatten()?;
    match serde_json::from_str(&text) {
        Ok(draft) => Some(draft),
        Err(_) => {
            delete(form);
            None
        }
    }
}

pub fn save(form: &str, draft: &Draft) {
    let Some(storage) = storage() else { return };
    if draft.is_empty() {
        let _ = storage.remove_item(&key(form));
    } else if let Ok(text) = serde_json::to_string(draft) {
        let _ = storage.set_item(&key(form), &text);
    }
}

pub fn delete(form: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&key(form));
    }
}
