use crate::components::{contact_block::ContactBlock, page_heading::PageHeading, search_box::SearchBox};
use crate::content::{self, Service};
use crate::i18n::t;
use crate::lang::Lang;
use crate::nav::use_nav;
use crate::routes::{FormPage, Page, Route};
use dvi_validation::forms::form;
use leptos::prelude::*;

#[component]
pub fn Home(lang: Lang) -> impl IntoView {
    let nav = use_nav();
    let mut tasks: Vec<&Service> = content::services().iter().filter(|s| s.top_task.is_some()).collect();
    tasks.sort_by_key(|s| s.top_task);
    view! {
        <PageHeading heading=Route::new(lang, Page::Home).heading() lead=t(lang, "home-intro")/>
        <section aria-labelledby="tasks-heading">
            <h2 id="tasks-heading">{t(lang, "home-tasks-heading")}</h2>
            <ul class="dvi-tasks">
                {tasks
                    .into_iter()
                    .map(|s| {
                        let href = nav.href(&Route::new(lang, Page::Service(&s.id)));
                        let online = form(&s.id).map(|f| nav.href(&Route::new(lang, Page::Form(f.id, FormPage::Step(0)))));
                        view! {
                            <li class="dvi-task">
                                <a href=href>{s.title.get(lang).to_owned()}</a>
                                <p>{s.summary.get(lang).to_owned()}</p>
                                {online.map(|href| view! { <p class="dvi-task__form"><a href=href>{t(lang, "form-start")}</a></p> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p>
                <a href=nav.href(&Route::new(lang, Page::Catalogue))>{t(lang, "home-all-services")}</a>
            </p>
        </section>
        <SearchBox lang/>
        <section aria-labelledby="home-help-heading">
            <h2 id="home-help-heading">{t(lang, "home-help-heading")}</h2>
            <ul>
                <li><a href=nav.href(&Route::new(lang, Page::Channels))>{t(lang, "home-help-channels")}</a></li>
                <li><a href=nav.href(&Route::new(lang, Page::Referral))>{t(lang, "home-help-referral")}</a></li>
                <li><a href=nav.href(&Route::new(lang, Page::Rights))>{t(lang, "home-help-rights")}</a></li>
            </ul>
        </section>
        <ContactBlock lang/>
    }
}
