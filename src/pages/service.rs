use crate::components::{page_heading::PageHeading, service_card::audience_key};
use crate::content::{self, channel, Service};
use crate::i18n::t;
use crate::lang::Lang;
use crate::nav::use_nav;
use crate::routes::{FormPage, Page, Route};
use dvi_validation::forms::form;
use leptos::prelude::*;

/// One service: what it is, who may use it, what you need, how to apply through each channel,
/// the cost, how long it takes and by which law, and the e-service on the state portal.
#[component]
pub fn ServicePage(lang: Lang, service: &'static Service) -> impl IntoView {
    let tx = |text: &crate::content::Text| text.get(lang).to_owned();
    let nav = use_nav();
    let channels_href = nav.href(&Route::new(lang, Page::Channels));
    let audience = service.audience.iter().map(|a| t(lang, audience_key(*a))).collect::<Vec<_>>().join(", ");
    view! {
        <nav class="dvi-breadcrumbs" aria-label=t(lang, "breadcrumbs-label")>
            <ol>
                <li><a href=nav.href(&Route::new(lang, Page::Home))>{t(lang, "breadcrumbs-home")}</a></li>
                <li><a href=nav.href(&Route::new(lang, Page::Catalogue))>{t(lang, "catalogue-title")}</a></li>
            </ol>
        </nav>
        <PageHeading heading=tx(&service.title) lead=tx(&service.summary)/>
        {form(&service.id).map(|f| view! {
            <section class="dvi-panel" aria-labelledby="online-form-heading">
                <h2 id="online-form-heading">{t(lang, &format!("form-{}-title", f.id))}</h2>
                <p>{t(lang, "form-start-hint")}</p>
                <p><a href=nav.href(&Route::new(lang, Page::Form(f.id, FormPage::Step(0)))) class="dvi-button dvi-button--start">{t(lang, "form-start")}</a></p>
            </section>
        })}
        <section aria-labelledby="what-heading">
            <h2 id="what-heading">{t(lang, "service-what")}</h2>
            <p>{tx(&service.description)}</p>
        </section>
        <section aria-labelledby="who-heading">
            <h2 id="who-heading">{t(lang, "service-who")}</h2>
            <p>{tx(&service.who)}</p>
            <p class="dvi-card__meta">{t(lang, "service-for")} " " {audience}</p>
        </section>
        <section aria-labelledby="needs-heading">
            <h2 id="needs-heading">{t(lang, "service-needs")}</h2>
            <ul>{service.needs.iter().map(|n| view! { <li>{tx(n)}</li> }).collect_view()}</ul>
        </section>
        <section aria-labelledby="how-heading">
            <h2 id="how-heading">{t(lang, "service-how")}</h2>
            {service
                .channels
                .iter()
                .map(|sc| {
                    let name = channel(&sc.channel).map(|c| tx(&c.name)).unwrap_or_default();
                    let more = format!("{channels_href}#channel-{}", sc.channel);
                    view! {
                        <div class="dvi-how">
                            <h3>{name}</h3>
                            <p>{tx(&sc.how)}</p>
                            <p><a href=more>{t(lang, "service-channel-details")}</a></p>
                        </div>
                    }
                })
                .collect_view()}
        </section>
        <section aria-labelledby="cost-heading">
            <h2 id="cost-heading">{t(lang, "service-cost")}</h2>
            <p>{tx(&service.fee)}</p>
        </section>
        <section aria-labelledby="time-heading">
            <h2 id="time-heading">{t(lang, "service-time")}</h2>
            <p>{tx(&service.timeframe)}</p>
            <p>{t(lang, "service-law")} " " {tx(&service.law)}</p>
            {content::deadline(&service.id).map(|d| {
                view! {
                    <p>{t(lang, "service-deadline")} " " {tx(&d.law)}</p>
                    <p>{t(lang, "service-deadline-counting")}</p>
                }
            })}
        </section>
        <section aria-labelledby="portal-heading">
            <h2 id="portal-heading">{t(lang, "service-portal")}</h2>
            <p><a href=service.portal.href.clone()>{tx(&service.portal.label)}</a></p>
        </section>
        <section class="dvi-sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{t(lang, "service-sources")}</h2>
            <ul>{service.sources.iter().map(|s| view! { <li><a href=s.clone()>{s.clone()}</a></li> }).collect_view()}</ul>
        </section>
    }
}
