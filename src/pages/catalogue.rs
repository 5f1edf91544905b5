use crate::components::{
    catalogue_filters::CatalogueFilters, no_script_ways::StartFailed, page_heading::PageHeading, service_card::ServiceCard,
};
use crate::content;
use crate::i18n::t;
use crate::islands::{Island, Props};
use crate::lang::Lang;
use crate::routes::{Page, Route};
use leptos::prelude::*;

/// Every service as a card, with search (case- and diacritic-blind) and filters. The cards are
/// the page's; the filters (an island) show and hide them.
#[component]
pub fn Catalogue(lang: Lang) -> impl IntoView {
    let services = content::services();
    view! {
        <PageHeading heading=Route::new(lang, Page::Catalogue).heading() lead=t(lang, "catalogue-intro")/>
        <noscript><p class="dvi-hint">{t(lang, "catalogue-noscript")}</p></noscript>
        <StartFailed lang heading=t(lang, "page-start-failed-heading") text=t(lang, "catalogue-start-failed")/>
        <Island name="catalogue" props=Props { services: services.len(), ..Props::new(lang) }>
            <CatalogueFilters lang total=services.len()/>
        </Island>
        <ul class="dvi-cards" id=crate::components::catalogue_filters::RESULTS_ID>
            {services.iter().map(|service| view! { <ServiceCard lang service/> }).collect_view()}
        </ul>
    }
}
