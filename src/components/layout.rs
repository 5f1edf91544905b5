use super::{contact_block::ContactBlock, lang_switch::LangSwitch};
use crate::focus::focus_by_id;
use crate::i18n::t;
use crate::nav::use_nav;
use crate::routes::{Page, Route};
use leptos::prelude::*;
use leptos_router::components::A;

/// Skip link, header with the language switch and the main navigation, main, footer.
#[component]
pub fn Layout(route: Route, children: Children) -> impl IntoView {
    let lang = route.lang;
    let app_nav = use_nav();
    let href = move |page: Page| Route::new(lang, page).href();
    let nav = [
        (Page::Catalogue, "nav-services"),
        (Page::Channels, "nav-channels"),
        (Page::Rights, "nav-rights"),
        (Page::Referral, "nav-referral"),
    ];
    view! {
        <a class="dvi-skip" href="#main" on:click=move |ev| {
            if focus_by_id(&app_nav, "main") {
                ev.prevent_default();
            }
        }>{t(lang, "skip-link")}</a>
        <header class="dvi-header">
            <div class="dvi-width dvi-header__bar">
                <A href=href(Page::Home) exact=true attr:class="dvi-header__name">
                    <span class="dvi-header__org">{t(lang, "site-name")}</span>
                    <span class="dvi-header__service">{t(lang, "site-service")}</span>
                </A>
                <LangSwitch route=route.clone()/>
            </div>
            <nav class="dvi-nav" aria-label=t(lang, "nav-label")>
                <ul class="dvi-width dvi-nav__list">
                    {nav
                        .into_iter()
                        .map(|(page, key)| view! { <li><A href=href(page)>{t(lang, key)}</A></li> })
                        .collect_view()}
                </ul>
            </nav>
        </header>
        <main id="main" class="dvi-width dvi-main" tabindex="-1">{children()}</main>
        <footer class="dvi-footer">
            <div class="dvi-width">
                <ContactBlock lang/>
                <nav aria-label=t(lang, "footer-nav-label")>
                    <ul class="dvi-footer__links">
                        <li><A href=href(Page::Accessibility)>{t(lang, "nav-accessibility")}</A></li>
                        <li><A href=href(Page::Privacy)>{t(lang, "nav-privacy")}</A></li>
                        <li><A href=href(Page::Rights)>{t(lang, "nav-rights")}</A></li>
                    </ul>
                </nav>
                <p class="dvi-footer__note">{t(lang, "footer-no-cookies")}</p>
            </div>
        </footer>
    }
}
