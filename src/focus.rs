//! Moving keyboard focus, for in-page links and to what a person must read next. Browser-only: called from
//! event handlers and effects, never while rendering. Ids are looked up through `Nav`, so
//! that inside a widget they are found in its shadow root.

use crate::nav::Nav;

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

/// Focuses a field for a person coming from an error summary, GOV.UK style: the field takes
/// focus without the page jumping to it, and its label (or, for an option, its question's
/// legend) is scrolled into view, so that they read what is asked before they answer.
pub fn focus_question(nav: &Nav, id: &str) -> bool {
    let Some(field) = nav.element(id) else {
        return false;
    };
    let option = field.get_attribute("type").is_some_and(|t| t == "radio" || t == "checkbox");
    let question = if option {
        field.closest("fieldset").ok().flatten().and_then(|f| f.query_selector("legend").ok().flatten())
    } else {
        nav.first(&format!("label[for=\"{id}\"]")).map(Into::into)
    };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let focused = field.focus_with_options(&options).is_ok();
    if let Some(question) = question {
        question.scroll_into_view();
    }
    focused
}
