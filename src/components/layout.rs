use super::{contact_block::ContactBlock, lang_switch::LangSwitch, report_problem::ReportProblem};
use crate::i18n::t;
use crate::routes::{Page, Route};
use leptos::prelude::*;

/// Skip link, header with the language switch and the main navigation, main, footer. Static:
/// every link is a plain link to a pre-rendered page, so focus, the title and what a screen
/// reader announces on arrival are the browser's own.
#[component]
pub fn Layout(route: Route, children: Children) -> impl IntoView {
    let lang = route.lang;
    let section = match route.page {
        Page::Service(_) | Page::Form(..) => Page::Catalogue,
        ref page => page.clone(),
    };
    let link = |page: Page, key: &'static str| {
        // The link to the page the person is on says so, and the link to the section they are
        // in (a service, a form: the services) says that.
        let current = if route.page == page { Some("page") } else { (section == page).then_some("true") };
        view! { <a href=Route::new(lang, page).href() aria-current=current>{t(lang, key)}</a> }
    };
    let nav = [
        (Page::Catalogue, "nav-services"),
        (Page::Channels, "nav-channels"),
        (Page::Rights, "nav-rights"),
        (Page::Referral, "nav-referral"),
    ];
    // The home page lists the contact details itself: the footer does not repeat them there.
    let contact = (route.page != Page::Home).then(|| view! { <ContactBlock lang/> });
    view! {
        <a class="dvi-skip" href="#main">{t(lang, "skip-link")}</a>
        <header class="dvi-header">
            <div class="dvi-width dvi-header__bar">
                <a href=Route::new(lang, Page::Home).href() class="dvi-header__name" aria-current=(route.page == Page::Home).then_some("page")>
                    <span class="dvi-header__org">{t(lang, "site-name")}</span>
                    <span class="dvi-header__service">{t(lang, "site-service")}</span>
                </a>
                <div class="dvi-header__tools">
                    <a
                        href=Route::new(lang, Page::EasyRead).href()
                        class="dvi-header__easy"
                        aria-current=(route.page == Page::EasyRead).then_some("page")
                    >
                        {t(lang, "nav-easy-read")}
                    </a>
                    <LangSwitch route=route.clone()/>
                </div>
            </div>
            <nav class="dvi-nav" aria-label=t(lang, "nav-label")>
                <ul class="dvi-width dvi-nav__list">
                    {nav.into_iter().map(|(page, key)| view! { <li>{link(page, key)}</li> }).collect_view()}
                </ul>
            </nav>
        </header>
        <main id="main" class="dvi-width dvi-main" tabindex="-1">
            {children()}
            <ReportProblem route=route.clone()/>
        </main>
        <footer class="dvi-footer">
            <div class="dvi-width">
                {contact}
                <nav aria-label=t(lang, "footer-nav-label")>
                    <ul class="dvi-footer__links">
                        <li>{link(Page::Accessibility, "nav-accessibility")}</li>
                        <li>{link(Page::Privacy, "nav-privacy")}</li>
                        <li>{link(Page::Rights, "nav-rights")}</li>
                    </ul>
                </nav>
                <p class="dvi-footer__note">{t(lang, "footer-no-cookies")}</p>
            </div>
        </footer>
    }
}
