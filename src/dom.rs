//! Writing state into form controls without undoing what the person did. Browser-only, from
//! effects: an island's first render matches the page, and what the person typed or chose
//! before it started reaches its state as input (public/start.js), so these write only what
//! differs: a draft read, an answer cleared, a filter from the address. A control claimed from
//! the page is not written at all until its state first changes: until the island has been
//! handed what the person did, its state is the page's, and the control may hold more.

/// Runs `claim`, which hydrates pre-rendered markup: the controls it keeps (`keep_value`,
/// `keep_checked`) are the page's.
#[cfg(feature = "hydrate")]
pub fn claiming<T>(claim: impl FnOnce() -> T) -> T {
    CLAIMING.with(|c| c.set(true));
    let claimed = claim();
    CLAIMING.with(|c| c.set(false));
    claimed
}

#[cfg(feature = "hydrate")]
thread_local! {
    static CLAIMING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the control being drawn is claimed from the page (and so shows what the person left
/// in it) rather than drawn anew from its state.
fn from_page() -> bool {
    #[cfg(feature = "hydrate")]
    return CLAIMING.with(|c| c.get());
    #[cfg(not(feature = "hydrate"))]
    false
}

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
    let from_page = from_page();
    Effect::new(move |untouched: Option<Option<String>>| {
        let value = value();
        // Claimed from the page: left as it is while its state is still the page's.
        let untouched = match untouched {
            None => from_page.then(|| value.clone()),
            Some(page) => page.filter(|page| *page == value),
        };
        if untouched.is_some() {
            return untouched;
        }
        let el = node.get()?;
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
        None
    });
}

/// Keeps a radio or checkbox chosen exactly while `checked` says so.
pub fn keep_checked(node: NodeRef<leptos::html::Input>, checked: impl Fn() -> bool + 'static) {
    let from_page = from_page();
    Effect::new(move |untouched: Option<Option<bool>>| {
        let checked = checked();
        // Claimed from the page: left as it is while its state is still the page's.
        let untouched = match untouched {
            None => from_page.then_some(checked),
            Some(page) => page.filter(|page| *page == checked),
        };
        if untouched.is_some() {
            return untouched;
        }
        if let Some(input) = node.get() {
            if input.checked() != checked {
                input.set_checked(checked);
            }
        }
        None
    });
}

/// Whether the browser knows its device is offline, so that a failure is put down to the
/// person's own connection rather than to our system.
pub fn offline() -> bool {
    !window().navigator().on_line()
}
