//! Moving keyboard focus, for in-page links and after navigation. Browser-only: called from
//! event handlers and effects, never while rendering. Ids are looked up through `Nav`, so
//! that inside a widget they are found in its shadow root.

use crate::nav::{use_nav, Nav};
use leptos::prelude::*;

/// Focuses the element with this id, making it focusable first if it is not (a heading, a
/// list item), so that the next Tab continues from there and a screen reader reads it.
pub fn focus_by_id(nav: &Nav, id: &str) -> bool {
    let Some(el) = nav.element(id) else {
        return false;
    };
    if el.get_attribute("tabindex").is_none() && !matches!(el.tag_name().as_str(), "A" | "BUTTON" | "INPUT" | "SELECT" | "TEXTAREA") {
        let _ = el.set_attribute("tabindex", "-1");
    }
    el.focus().is_ok()
}

/// After a page change: the element the address's #fragment names, or else the page's h1.
pub fn focus_page_start(nav: &Nav, fragment: &str) {
    let target = fragment.strip_prefix('#').unwrap_or(fragment);
    if target.is_empty() || !focus_by_id(nav, target) {
        if let Some(h1) = nav.first("h1") {
            let _ = h1.focus();
        }
    }
}

/// A link to a place on the same page that moves focus there (the router would otherwise
/// treat the fragment as a navigation and leave focus behind).
#[component]
pub fn InPageLink(#[prop(into)] target: String, children: Children) -> impl IntoView {
    let nav = use_nav();
    let href = format!("#{target}");
    view! {
        <a href=href on:click=move |ev| {
            if focus_by_id(&nav, &target) {
                ev.prevent_default();
            }
        }>{children()}</a>
    }
}
