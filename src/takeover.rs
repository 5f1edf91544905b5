//! The app taking over a pre-rendered page (`prerender.rs`). The app draws the same page, so it
//! replaces the static one in one go, before the browser paints again. Whatever the person did
//! on the static page in the meantime carries over: what they typed or chose (by the fields'
//! ids; the app hears it as input), where focus was, how far they had scrolled.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

enum Change {
    Value(String),
    Checked(bool),
}

/// Replaces the page's static content with what `mount` draws, carrying over the person's input.
pub fn take_over(mount: impl FnOnce()) {
    let doc = document();
    let Some(body) = doc.body() else {
        mount();
        return;
    };
    let typed = changed_fields(&body);
    let focused = doc.active_element().map(|e| e.id()).filter(|id| !id.is_empty());
    let (x, y) = (window().scroll_x().unwrap_or_default(), window().scroll_y().unwrap_or_default());

    body.set_text_content(None);
    mount();

    for (id, change) in typed {
        let Some(el) = doc.get_element_by_id(&id) else { continue };
        match change {
            Change::Value(value) => {
                if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
                    input.set_value(&value);
                } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
                    area.set_value(&value);
                }
            }
            Change::Checked(checked) => {
                if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
                    input.set_checked(checked);
                }
            }
        }
        // The app's handlers listen for these, as if the person had typed or clicked here.
        for kind in ["input", "change"] {
            if let Ok(event) = web_sys::Event::new_with_event_init_dict(kind, &{
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                init
            }) {
                let _ = el.dispatch_event(&event);
            }
        }
    }
    if let Some(el) = focused.and_then(|id| doc.get_element_by_id(&id)).and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
    window().scroll_to_with_x_and_y(x, y);
    // For tests and tools: the page is the app's now.
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("data-app", "started");
    }
}

/// Fields with an id whose value or choice differs from what the page came with.
fn changed_fields(root: &Element) -> Vec<(String, Change)> {
    let mut found = Vec::new();
    let Ok(fields) = root.query_selector_all("input[id], textarea[id]") else {
        return found;
    };
    for i in 0..fields.length() {
        let Some(node) = fields.item(i) else { continue };
        if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
            if matches!(input.type_().as_str(), "radio" | "checkbox") {
                if input.checked() != input.default_checked() {
                    found.push((input.id(), Change::Checked(input.checked())));
                }
            } else if input.type_() != "file" && input.value() != input.default_value() {
                found.push((input.id(), Change::Value(input.value())));
            }
        } else if let Some(area) = node.dyn_ref::<HtmlTextAreaElement>() {
            if area.default_value().is_ok_and(|default| default != area.value()) {
                found.push((area.id(), Change::Value(area.value())));
            }
        }
    }
    found
}
