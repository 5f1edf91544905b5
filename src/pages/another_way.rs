use crate::components::{no_script_ways::WaysToSend, page_heading::PageHeading};
use crate::i18n::t;
use crate::lang::Lang;
use crate::nav::use_nav;
use crate::routes::{Page, Route};
use leptos::prelude::*;

/// Where a form step's Continue leads while its island is not running (JavaScript off, or the
/// page could not start): the form posts here, and the server answers with this page by a GET,
/// so no answer is ever in an address. Nothing was received; how to send the same instead.
#[component]
pub fn AnotherWay(lang: Lang) -> impl IntoView {
    let route = Route::new(lang, Page::AnotherWay);
    view! {
        <PageHeading heading=route.heading() lead=route.description()/>
        <p>{t(lang, "another-way-nothing-kept")}</p>
        <WaysToSend lang/>
        <p><a href=use_nav().href(&Route::new(lang, Page::Channels))>{t(lang, "another-way-all-channels")}</a></p>
    }
}
