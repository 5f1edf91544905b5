use crate::clock::{riga_time, Date};
use crate::components::{page_heading::PageHeading, summary_row::SummaryRow};
use crate::content;
use crate::i18n::{date_long, t, t_args};
use crate::lang::Lang;
use crate::routes::{Page, Route};
use dvi_validation::forms::FORMS;
use leptos::prelude::*;

/// The accessibility evaluation record, written at build time from what the checks cover: the
/// tools and their versions (e2e/package-lock.json), the forms' steps and the questions their
/// answers reveal (the declarations), and every page, linked, so that the crawl of the pages'
/// test (e2e/tests/pages.test.js) reaches, and checks, every page listed here.
#[component]
pub fn AccessibilityRecord(lang: Lang) -> impl IntoView {
    let route = Route::new(lang, Page::AccessibilityRecord);
    let built = build_date();
    let steps: usize = FORMS.iter().map(|f| f.steps.len()).sum();
    let reveals = FORMS.iter().flat_map(|f| f.fields()).filter(|f| f.when.is_some()).count();
    let facts = [
        ("record-version", date_long(lang, built)),
        ("record-evaluator", t(lang, "record-evaluator-value")),
        ("record-method", t(lang, "record-method-value")),
        ("record-standard", t(lang, "record-standard-value")),
    ];
    let tool = |name: &str| content::checked_with(name).to_owned();
    let checks = [
        t_args(lang, "record-check-axe", &[("version", tool("axe-core").into())]),
        t(lang, "record-check-reflow"),
        t_args(lang, "record-check-html", &[("version", tool("vnu-jar").into())]),
        t_args(lang, "record-check-forms", &[("forms", FORMS.len().into()), ("steps", steps.into())]),
        t_args(lang, "record-check-reveals", &[("count", reveals.into())]),
        t(lang, "record-check-widget"),
    ];
    let pages: Vec<Route> = Route::all().into_iter().filter(|r| r.page != Page::NotFound).collect();
    let count = pages.len();
    view! {
        <PageHeading heading=route.heading() lead=route.description()/>
        <dl class="dvi-summary">
            {facts.into_iter().map(|(key, value)| view! { <SummaryRow key=t(lang, key) value/> }).collect_view()}
        </dl>
        <section aria-labelledby="record-checks">
            <h2 id="record-checks">{t(lang, "record-checks-heading")}</h2>
            <p>{t_args(lang, "record-checks-intro", &[("browser", format!("Chromium, Playwright {}", tool("playwright-core")).into())])}</p>
            <ul>{checks.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
        </section>
        <section aria-labelledby="record-pages">
            <h2 id="record-pages">{t_args(lang, "record-pages-heading", &[("count", count.into())])}</h2>
            {[Lang::Lv, Lang::En]
                .into_iter()
                .map(|in_lang| {
                    // A page's title in the other language is marked as such, for screen readers.
                    let other = (in_lang != lang).then_some(in_lang.code());
                    let list = pages.iter().filter(|r| r.lang == in_lang).map(move |r| {
                        let (href, title) = (r.href(), r.heading());
                        view! { <li><a href=href.clone() lang=other>{title}</a> " " <span class="dvi-muted">{href}</span></li> }
                    });
                    view! {
                        <h3>{t(lang, &format!("record-pages-{}", in_lang.code()))}</h3>
                        <ul class="dvi-record-pages">{list.collect_view()}</ul>
                    }
                })
                .collect_view()}
        </section>
    }
}

/// The day this version of the site was built, in Riga: `DVI_BUILD_DATE` (YYYY-MM-DD) if the
/// build gives it, else today.
fn build_date() -> Date {
    let given = std::env::var("DVI_BUILD_DATE").ok().and_then(|d| Date::parse(&d));
    given.unwrap_or_else(|| {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis());
        riga_time(i64::try_from(now).unwrap_or(0)).date
    })
}
