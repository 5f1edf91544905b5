use super::{radios::Radios, service_card::audience_key};
use crate::content::{self, Audience};
use crate::dom::keep_value;
use crate::i18n::{t, t_args};
use crate::islands::when_started;
use crate::lang::Lang;
use crate::nav::use_nav;
use crate::routes::query_value;
use crate::search::{audience_code, audience_from_code, Entry, Filter};
use leptos::{html, prelude::*};
use wasm_bindgen::JsCast;

/// The audience radio that filters nothing.
const ALL: &str = "all";

/// The id of the list of service cards that the filters show and hide.
pub const RESULTS_ID: &str = "catalogue-results";

/// The catalogue's search and filters, and how many services they leave. They show and hide
/// the page's own cards (`RESULTS_ID`, each with its `search::Entry` in data attributes), so no
/// card is drawn anew and the content stays out of the WebAssembly. They start from the
/// address (`?q=&for=&channel=`), and write what is chosen back into it, so a search can be
/// shared as a link. `total` is how many cards the page lists.
#[component]
pub fn CatalogueFilters(lang: Lang, total: usize) -> impl IntoView {
    let nav = use_nav();
    let q = RwSignal::new(String::new());
    let audience = RwSignal::new(None::<Audience>);
    let channel = RwSignal::new(None::<String>);
    let shown = RwSignal::new(total);

    when_started(move || {
        let from_address = |key| nav.search.with_untracked(|s| query_value(s, key)).unwrap_or_default();
        q.set(from_address("q"));
        audience.set(audience_from_code(&from_address("for")));
        channel.set(content::channel(&from_address("channel")).map(|c| c.id.to_string()));
    });
    Effect::new(move |_| {
        let f = Filter { query: q.get(), audience: audience.get(), channel: channel.get() };
        let Some(list) = nav.element(RESULTS_ID) else { return };
        let cards = list.children();
        let mut count = 0;
        for i in 0..cards.length() {
            let Some(card) = cards.item(i).and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
            let data = card.dataset();
            let entry = Entry {
                audiences: data.get("for").unwrap_or_default(),
                channels: data.get("channels").unwrap_or_default(),
                words: data.get("words").unwrap_or_default(),
            };
            let admitted = f.admits(&entry);
            if card.hidden() == admitted {
                card.set_hidden(!admitted);
            }
            count += usize::from(admitted);
        }
        shown.set(count);
        if nav.embed().is_none() {
            write_address(&f);
        }
    });

    let input = NodeRef::<html::Input>::new();
    keep_value(input, move || q.get());
    let select = NodeRef::<html::Select>::new();
    keep_value(select, move || channel.get().unwrap_or_default());
    let count = move || t_args(lang, "catalogue-count", &[("count", shown.get().into())]);
    view! {
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
                    node_ref=input
                    on:input=move |ev| q.set(event_target_value(&ev))
                />
            </div>
            <Radios
                lang
                id="catalogue-for"
                legend=t(lang, "catalogue-audience-legend")
                options=vec![
                    (ALL, t(lang, "audience-all")),
                    (audience_code(Audience::Person), t(lang, audience_key(Audience::Person))),
                    (audience_code(Audience::Organisation), t(lang, audience_key(Audience::Organisation))),
                ]
                selected=Signal::derive(move || Some(audience.get().map_or(ALL, audience_code)))
                on_change=Callback::new(move |code: &str| audience.set(audience_from_code(code)))
                inline=true
                name="for"
            />
            <div class="dvi-form-group">
                <label class="dvi-label" for="catalogue-channel">{t(lang, "catalogue-channel-label")}</label>
                <select
                    class="dvi-select"
                    id="catalogue-channel"
                    name="channel"
                    node_ref=select
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        channel.set((!v.is_empty()).then_some(v));
                    }
                >
                    <option value="" selected=true>{t(lang, "catalogue-channel-any")}</option>
                    {content::channels().iter().map(|c| view! { <option value=c.id.clone()>{c.name.get(lang).to_owned()}</option> }).collect_view()}
                </select>
            </div>
            <button class="dvi-button dvi-button--secondary" type="submit">{t(lang, "search-button")}</button>
        </form>
        <p class="dvi-count" role="status">{count}</p>
    }
}

/// The filters into the page's address, without a new history entry: a reload, a bookmark or
/// a shared link shows the same services.
fn write_address(f: &Filter) {
    let mut query = Vec::new();
    if !f.query.trim().is_empty() {
        query.push(format!("q={}", js_sys::encode_uri_component(f.query.trim())));
    }
    if let Some(a) = f.audience {
        query.push(format!("for={}", audience_code(a)));
    }
    if let Some(c) = &f.channel {
        query.push(format!("channel={c}"));
    }
    let location = window().location();
    let search = if query.is_empty() { String::new() } else { format!("?{}", query.join("&")) };
    if location.search().unwrap_or_default() != search {
        let path = location.pathname().unwrap_or_default();
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{search}")));
        }
    }
}
