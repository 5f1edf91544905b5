use crate::components::page_heading::PageHeading;
use crate::i18n::t;
use crate::lang::Lang;
use crate::routes::{Page, Route};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound(lang: Lang) -> impl IntoView {
    view! {
        <PageHeading lang page=Page::NotFound lead=t(lang, "not-found-intro")/>
        <ul>
            <li><A href=Route::new(lang, Page::Home).href()>{t(lang, "not-found-home")}</A></li>
            <li><A href=Route::new(lang, Page::Catalogue).href()>{t(lang, "not-found-services")}</A></li>
            <li><A href=Route::new(lang, Page::Channels).href()>{t(lang, "not-found-contact")}</A></li>
        </ul>
    }
}
