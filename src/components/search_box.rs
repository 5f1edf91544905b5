use crate::i18n::t;
use crate::lang::Lang;
use crate::nav::use_nav;
use crate::routes::{Page, Route};
use leptos::{html, prelude::*};

/// The home page's search: a GET form to the catalogue (so it works as a plain form without
/// script too); with script it navigates in the app.
#[component]
pub fn SearchBox(lang: Lang) -> impl IntoView {
    let action = Route::new(lang, Page::Catalogue).href();
    let input = NodeRef::<html::Input>::new();
    let nav = use_nav();
    let submit = {
        let action = action.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let query = input.get().map(|i| i.value()).unwrap_or_default();
            let query = String::from(js_sys::encode_uri_component(query.trim()));
            nav.go(&format!("{action}?q={query}"));
        }
    };
    view! {
        <form class="dvi-search" role="search" action=action method="get" on:submit=submit>
            <label class="dvi-label" for="home-search">{t(lang, "search-label")}</label>
            <p class="dvi-hint" id="home-search-hint">{t(lang, "search-hint")}</p>
            <div class="dvi-search__row">
                <input class="dvi-input" id="home-search" name="q" type="search" autocomplete="off" aria-describedby="home-search-hint" node_ref=input/>
                <button class="dvi-button" type="submit">{t(lang, "search-button")}</button>
            </div>
        </form>
    }
}
