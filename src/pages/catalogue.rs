use crate::components::{
    page_heading::PageHeading,
    radios::Radios,
    service_card::{audience_key, ServiceCard},
};
use crate::content::{self, Audience};
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::nav::use_nav;
use crate::routes::{query_value, Page};
use crate::search::{filter, Filter};
use leptos::prelude::*;

/// Every service as a card, with search (case- and diacritic-blind) and filters. The filters
/// start from the address (?q=&for=&channel=), so a search can be shared as a link.
#[component]
pub fn Catalogue(lang: Lang) -> impl IntoView {
    let search = use_nav().search;
    let initial = |key: &str| search.with_untracked(|s| query_value(s, key)).unwrap_or_default();
    let q = RwSignal::new(initial("q"));
    let audience = RwSignal::new(match initial("for").as_str() {
        "person" => Some(Audience::Person),
        "organisation" => Some(Audience::Organisation),
        _ => None,
    });
    let channel_ids: Vec<&'static str> = content::channels().iter().map(|c| &*c.id).collect();
    let chosen = initial("channel");
    let channel = RwSignal::new(channel_ids.iter().find(|id| **id == chosen).map(|id| id.to_string()));

    let results = Memo::new(move |_| {
        let f = Filter { query: q.get(), audience: audience.get(), channel: channel.get() };
        filter(content::services(), lang, &f)
    });
    let count = move || t_args(lang, "catalogue-count", &[("count", results.with(|r| r.len()).into())]);

    view! {
        <PageHeading lang page=Page::Catalogue lead=t(lang, "catalogue-intro")/>
        <form class="dvi-filters" role="search" aria-label=t(lang, "catalogue-filters-label") on:submit=|ev| ev.prevent_default()>
            <div class="dvi-form-group">
                <label class="dvi-label" for="catalogue-q">{t(lang, "search-label")}</label>
                <p class="dvi-hint" id="catalogue-q-hint">{t(lang, "search-hint")}</p>
                <input
                    class="dvi-input"
                    id="catalogue-q"
                    name="q"
                    type="search"
                    autocomplete="off"
                    aria-describedby="catalogue-q-hint"
                    prop:value=move || q.get()
                    on:input=move |ev| q.set(event_target_value(&ev))
                />
            </div>
            <Radios
                lang
                id="catalogue-for"
                legend=t(lang, "catalogue-audience-legend")
                options=vec![
                    (None, "all", t(lang, "audience-all")),
                    (Some(Audience::Person), "person", t(lang, audience_key(Audience::Person))),
                    (Some(Audience::Organisation), "organisation", t(lang, audience_key(Audience::Organisation))),
                ]
                selected=audience
                on_change=audience
                inline=true
                name="for"
            />
            <div class="dvi-form-group">
                <label class="dvi-label" for="catalogue-channel">{t(lang, "catalogue-channel-label")}</label>
                <select
                    class="dvi-select"
                    id="catalogue-channel"
                    name="channel"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        channel.set((!v.is_empty()).then_some(v));
                    }
                >
                    <option value="" selected=channel.get_untracked().is_none()>{t(lang, "catalogue-channel-any")}</option>
                    {content::channels()
                        .iter()
                        .map(|c| {
                            let selected = channel.get_untracked().as_deref() == Some(&*c.id);
                            view! { <option value=c.id.clone() selected=selected>{c.name.get(lang).to_owned()}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
            <button class="dvi-button dvi-button--secondary" type="submit">{t(lang, "search-button")}</button>
        </form>
        <p class="dvi-count" role="status">{count}</p>
        <ul class="dvi-cards">
            {move || results.get().into_iter().map(|service| view! { <ServiceCard lang service/> }).collect_view()}
        </ul>
    }
}
