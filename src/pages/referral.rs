use crate::components::page_heading::PageHeading;
use crate::content;
use crate::i18n::t;
use crate::lang::Lang;
use crate::nav::use_nav;
use crate::routes::{Page, Route};
use leptos::prelude::*;

/// "Is this ours?": matters outside our competence and who handles them (standard, point 8).
#[component]
pub fn Referral(lang: Lang) -> impl IntoView {
    let nav = use_nav();
    view! {
        <PageHeading heading=Route::new(lang, Page::Referral).heading() lead=t(lang, "referral-intro")/>
        <p>{t(lang, "referral-ours")}</p>
        <ul class="dvi-cards">
            {content::institutions()
                .iter()
                .map(|i| {
                    view! {
                        <li class="dvi-card" id=format!("institution-{}", i.id)>
                            <h2 class="dvi-card__title">{i.case.get(lang).to_owned()}</h2>
                            <p><strong>{i.name.get(lang).to_owned()}</strong></p>
                            <p>{i.handles.get(lang).to_owned()}</p>
                            <p><a href=i.link.href.clone()>{i.link.label.get(lang).to_owned()}</a></p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <section class="dvi-panel" aria-labelledby="referral-unsure-heading">
            <h2 id="referral-unsure-heading">{t(lang, "referral-unsure-heading")}</h2>
            <p>{t(lang, "referral-unsure")}</p>
            <p><a href=nav.href(&Route::new(lang, Page::Channels))>{t(lang, "referral-contact-link")}</a></p>
        </section>
    }
}
