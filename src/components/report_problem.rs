use crate::i18n::t;
use crate::routes::{FormPage, Page, Route};
use dvi_validation::forms::PAGE_FIELD;
use leptos::prelude::*;

/// "Report a problem with this page", at the end of every page's main content (so in a widget
/// too): the feedback form, which takes the page's address from the link (`?page=`, the
/// address alone) and chooses "Our website" for it. Not from "page not found", one page for
/// every missing address: it would give its own.
#[component]
pub fn ReportProblem(route: Route) -> impl IntoView {
    view! {
        <p class="dvi-report">
            <a href=report_href(&route)>{t(route.lang, "report-problem")}</a>
        </p>
    }
}

/// The feedback form's address that reports a problem with `route`'s page.
pub fn report_href(route: &Route) -> String {
    let form = Route::new(route.lang, Page::Form("feedback", FormPage::Step(0))).href();
    match route.page {
        Page::NotFound => form,
        _ => format!("{form}?{PAGE_FIELD}={}", route.href()),
    }
}
