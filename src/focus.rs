//! Moving keyboard focus, for in-page links and after navigation. Browser-only: called from
//! event handlers and effects, never while rendering.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Focuses the element with this id, making it focusable first if it is not (a heading, a
/// list item), so that the next Tab continues from there and a screen reader reads it.
pub fn focus_by_id(id: &str) -> bool {
    let Some(el) = document().get_element_by_id(id).and_then(|el| el.dyn_into::<HtmlElement>().ok()) else {
        return false;
    };
    if el.get_attribute("tabindex").is_none() && !matches!(el.tag_name().as_str(), "A" | "BUTTON" | "INPUT" | "SELECT" | "TEXTAREA") {
        let _ = el.set_attribute("tabindex", "-1");
    }
    el.focus().is_ok()
}

/// After a page change: the element the address's #fragment names, or else the page's h1.
pub fn focus_page_start() {
    let hash = window().location().hash().unwrap_or_default();
    let target = hash.strip_prefix('#').unwrap_or_default();
    if target.is_empty() || !focus_by_id(target) {
        let h1 = document().query_selector("main h1").ok().flatten();
        if let Some(h1) = h1.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
            let _ = h1.focus();
        }
    }
}

/// A link to a place on the same page that moves focus there (the router would otherwise
/// treat the fragment as a navigation and leave focus behind).
#[component]
pub fn InPageLink(#[prop(into)] target: String, children: Children) -> impl IntoView {
    let href = format!("#{target}");
    view! {
        <a href=href on:click=move |ev| {
            if focus_by_id(&target) {
                ev.prevent_default();
            }
        }>{children()}</a>
    }
}
