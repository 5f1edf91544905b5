use crate::components::page_heading::PageHeading;
use crate::i18n::t;
use crate::lang::Lang;
use crate::nav::use_nav;
use crate::routes::{Page, Route};
use leptos::prelude::*;

#[component]
pub fn NotFound(lang: Lang) -> impl IntoView {
    let nav = use_nav();
    view! {
        <PageHeading heading=Route::new(lang, Page::NotFound).heading() lead=t(lang, "not-found-intro")/>
        <ul>
            <li><a href=nav.href(&Route::new(lang, Page::Home))>{t(lang, "not-found-home")}</a></li>
            <li><a href=nav.href(&Route::new(lang, Page::Catalogue))>{t(lang, "not-found-services")}</a></li>
            <li><a href=nav.href(&Route::new(lang, Page::Channels))>{t(lang, "not-found-contact")}</a></li>
        </ul>
    }
}
