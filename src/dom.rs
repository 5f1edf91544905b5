//! Writing state into form controls without undoing what the person did. Browser-only, from
//! effects: an island's first render matches the page, and what the person typed or chose
//! before it started reaches its state as input (public/start.js), so these write only what
//! differs: a draft read, an answer cleared, a filter from the address.

use leptos::{html::ElementType, prelude::*};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// Keeps a text field (input, textarea or select) showing `value`. Writing the same value again
/// would be harmless for most fields, but resets a date field's parts mid-entry.
pub fn keep_value<E>(node: NodeRef<E>, value: impl Fn() -> String + 'static)
where
    E: ElementType + 'static,
    E::Output: JsCast + Clone + 'static,
{
    Effect::new(move |_| {
        let value = value();
        let Some(el) = node.get() else { return };
        if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
            if input.value() != value {
                input.set_value(&value);
            }
        } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
            if area.value() != value {
                area.set_value(&value);
            }
        } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
            if select.value() != value {
                select.set_value(&value);
            }
        }
    });
}

/// Keeps a radio or checkbox chosen exactly while `checked` says so.
pub fn keep_checked(node: NodeRef<leptos::html::Input>, checked: impl Fn() -> bool + 'static) {
    Effect::new(move |_| {
        let checked = checked();
        if let Some(input) = node.get() {
            if input.checked() != checked {
                input.set_checked(checked);
            }
        }
    });
}
