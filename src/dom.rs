//! A page's form controls are its state: what a person typed or chose is what the control holds,
//! read from it when it is wanted, never kept apart and written back. A control is touched when
//! it differs from how the page drew it (the person changed it, perhaps before the page
//! started); only an untouched one is ever filled (from a draft, from the address).
//! Browser-only, from effects and event handlers.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// Every control named `name` inside `root` (names are field ids and query keys: plain words).
fn named(root: &Element, name: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(&format!("[name=\"{name}\"]")) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

/// Whether a radio or a checkbox: a control that holds a value only while chosen.
fn choosable(input: &HtmlInputElement) -> bool {
    matches!(input.type_().as_str(), "radio" | "checkbox")
}

/// The value a select was drawn with: its option marked `selected`, else its first.
fn drawn_value(select: &HtmlSelectElement) -> String {
    let option = select.query_selector("option[selected]").ok().flatten().or_else(|| select.query_selector("option").ok().flatten());
    option.and_then(|o| o.get_attribute("value")).unwrap_or_default()
}

/// Whether any control named `name` differs from how the page drew it.
pub fn touched(root: &Element, name: &str) -> bool {
    named(root, name).iter().any(|el| {
        if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
            if choosable(input) {
                input.checked() != input.default_checked()
            } else if input.type_() == "file" {
                input.files().is_some_and(|files| files.length() > 0)
            } else {
                input.value() != input.default_value()
            }
        } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
            area.default_value().is_ok_and(|drawn| area.value() != drawn)
        } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
            select.value() != drawn_value(select)
        } else {
            false
        }
    })
}

/// What the controls named `name` hold: a text's or a select's value, the value of each radio
/// or checkbox chosen. A file input holds files, not a value: none.
pub fn values(root: &Element, name: &str) -> Vec<String> {
    named(root, name)
        .iter()
        .filter_map(|el| {
            if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
                let holds = if choosable(input) { input.checked() } else { input.type_() != "file" };
                holds.then(|| input.value())
            } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
                Some(area.value())
            } else {
                el.dyn_ref::<HtmlSelectElement>().map(HtmlSelectElement::value)
            }
        })
        .collect()
}

/// The first of [`values`], if it is not empty: a text's, a select's or a radio group's.
pub fn value(root: &Element, name: &str) -> Option<String> {
    values(root, name).into_iter().next().filter(|v| !v.is_empty())
}

/// Puts `values` into the controls named `name` if none of them is touched: the text or the
/// select's option, the radios or checkboxes chosen. A value no control offers is left out, and
/// where nothing offered is given, the controls stay as they are.
pub fn fill(root: &Element, name: &str, values: &[String]) {
    if touched(root, name) {
        return;
    }
    let controls = named(root, name);
    let choices: Vec<HtmlInputElement> =
        controls.iter().filter_map(|el| el.dyn_ref::<HtmlInputElement>().filter(|i| choosable(i)).cloned()).collect();
    if !choices.is_empty() {
        if choices.iter().any(|c| values.contains(&c.value())) {
            for choice in choices {
                choice.set_checked(values.contains(&choice.value()));
            }
        }
        return;
    }
    let Some(value) = values.first() else { return };
    for el in controls {
        if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
            if input.type_() != "file" {
                input.set_value(value);
            }
        } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
            area.set_value(value);
        } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
            let drawn = select.value();
            select.set_value(value);
            if select.value() != *value {
                select.set_value(&drawn);
            }
        }
    }
}

/// Whether the browser knows its device is offline, so that a failure is put down to the
/// person's own connection rather than to our system.
pub fn offline() -> bool {
    !leptos::prelude::window().navigator().on_line()
}
