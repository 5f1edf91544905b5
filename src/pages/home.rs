use crate::components::{contact_block::ContactBlock, page_heading::PageHeading, search_box::SearchBox};
use crate::content::{self, Service};
use crate::i18n::t;
use crate::lang::Lang;
use crate::routes::{FormPage, Page, Route};
use dvi_validation::forms::form;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Home(lang: Lang) -> impl IntoView {
    let mut tasks: Vec<&Service> = content::services().iter().filter(|s| s.top_task.is_some()).collect();
    tasks.sort_by_key(|s| s.top_task);
    view! {
        <PageHeading lang page=Page::Home lead=t(lang, "home-intro")/>
        <section aria-labelledby="tasks-heading">
            <h2 id="tasks-heading">{t(lang, "home-tasks-heading")}</h2>
            <ul class="dvi-tasks">
                {tasks
                    .into_iter()
                    .map(|s| {
                        let href = Route::new(lang, Page::Service(&s.id)).href();
                        let online = form(&s.id).map(|f| Route::new(lang, Page::Form(f.id, FormPage::Step(0))).href());
                        view! {
                            <li class="dvi-task">
                                <A href=href>{s.title.get(lang).to_owned()}</A>
                                <p>{s.summary.get(lang).to_owned()}</p>
                                {online.map(|href| view! { <p class="dvi-task__form"><A href=href>{t(lang, "form-start")}</A></p> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p>
                <A href=Route::new(lang, Page::Catalogue).href()>{t(lang, "home-all-services")}</A>
            </p>
        </section>
        <SearchBox lang/>
        <section aria-labelledby="home-help-heading">
            <h2 id="home-help-heading">{t(lang, "home-help-heading")}</h2>
            <ul>
                <li><A href=Route::new(lang, Page::Channels).href()>{t(lang, "home-help-channels")}</A></li>
                <li><A href=Route::new(lang, Page::Referral).href()>{t(lang, "home-help-referral")}</A></li>
                <li><A href=Route::new(lang, Page::Rights).href()>{t(lang, "home-help-rights")}</A></li>
            </ul>
        </section>
        <ContactBlock lang/>
    }
}
