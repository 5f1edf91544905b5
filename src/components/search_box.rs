use crate::i18n::t;
use crate::lang::Lang;
use crate::routes::{Page, Route};
use leptos::prelude::*;

/// The home page's search: a plain GET form to the catalogue, whose filters read `?q=` (the
/// home page loads no WebAssembly, so this is all there is to it).
#[component]
pub fn SearchBox(lang: Lang) -> impl IntoView {
    let action = Route::new(lang, Page::Catalogue).href();
    view! {
        <form class="dvi-search" role="search" action=action method="get">
            <label class="dvi-label" for="home-search">{t(lang, "search-label")}</label>
            <p class="dvi-hint" id="home-search-hint">{t(lang, "search-hint")}</p>
            <div class="dvi-search__row">
                <input class="dvi-input" id="home-search" name="q" type="search" autocomplete="off" aria-describedby="home-search-hint"/>
                <button class="dvi-button" type="submit">{t(lang, "search-button")}</button>
            </div>
        </form>
    }
}
