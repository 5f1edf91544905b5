use super::{question::Question, radios::Radios, service_card::audience_key};
use crate::content::Audience;
use crate::dom::{fill, value};
use crate::i18n::{t, t_args};
use crate::islands::{prerendered_text, when_started};
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
/// card is drawn anew and the content stays out of the WebAssembly. The filter is what the
/// form's controls hold: those the person has not touched start from the address
/// (`?q=&for=&channel=`), and what is chosen is written back into it, so a search can be shared
/// as a link. `total` is how many cards the page lists.
#[component]
pub fn CatalogueFilters(lang: Lang, total: usize) -> impl IntoView {
    let nav = use_nav();
    let form = NodeRef::<html::Form>::new();
    let filter = RwSignal::new(Filter::default());
    let shown = RwSignal::new(total);
    let read = move || {
        if let Some(form) = form.get_untracked() {
            let now = Filter {
                query: value(&form, "q").unwrap_or_default(),
                audience: value(&form, "for").and_then(|code| audience_from_code(&code)),
                channel: value(&form, "channel"),
            };
            if filter.with_untracked(|f| *f != now) {
                filter.set(now);
            }
        }
    };
    when_started(move || {
        if let Some(form) = form.get_untracked() {
            for key in ["q", "for", "channel"] {
                if let Some(wanted) = nav.search.with_untracked(|s| query_value(s, key)) {
                    fill(&form, key, &[wanted]);
                }
            }
        }
        read();
        // Only once the island is live: its first run reads every card, in a task of its own,
        // and finds them as the page drew them until the address says otherwise.
        show_admitted(nav, filter, shown);
    });
    let count = move || t_args(lang, "catalogue-count", &[("count", shown.get().into())]);
    let no_error = Signal::stored(None::<String>);
    view! {
        <form
            class="dvi-filters"
            role="search"
            aria-label=prerendered_text(|| t(lang, "catalogue-filters-label"))
            node_ref=form
            on:input=move |_| read()
            on:change=move |_| read()
            on:submit=|ev| ev.prevent_default()
        >
            <Question lang id="catalogue-q".to_owned() label=prerendered_text(|| t(lang, "search-label")) hint=Some(prerendered_text(|| t(lang, "search-hint"))) error=no_error>
                <input class="dvi-input" id="catalogue-q" name="q" type="search" autocomplete="off" aria-describedby="catalogue-q-hint"/>
            </Question>
            <Radios
                lang
                id="catalogue-for"
                legend=prerendered_text(|| t(lang, "catalogue-audience-legend"))
                options=vec![
                    (ALL, prerendered_text(|| t(lang, "audience-all"))),
                    (audience_code(Audience::Person), prerendered_text(|| t(lang, audience_key(Audience::Person)))),
                    (audience_code(Audience::Organisation), prerendered_text(|| t(lang, audience_key(Audience::Organisation)))),
                ]
                checked=ALL
                inline=true
                name="for"
            />
            <Question lang id="catalogue-channel".to_owned() label=prerendered_text(|| t(lang, "catalogue-channel-label")) hint=None error=no_error>
                <ChannelSelect lang/>
            </Question>
            <button class="dvi-button dvi-button--secondary" type="submit">{prerendered_text(|| t(lang, "search-button"))}</button>
        </form>
        <p class="dvi-count" role="status">{count}</p>
    }
}

/// Shows the cards the filters admit and hides the others, as they change; and writes the
/// filters into the address (not in a widget, whose host page's address it is not).
fn show_admitted(nav: crate::nav::Nav, filter: RwSignal<Filter>, shown: RwSignal<usize>) {
    Effect::new(move |_| {
        let f = filter.get();
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
        if !nav.embedded() {
            write_address(&f);
        }
    });
}

/// The channels to filter by. In an island's bundle the options are the page's own: the select
/// is claimed without its options, so that the bundle carries no channel's name.
#[component]
fn ChannelSelect(lang: Lang) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        let _ = lang;
        view! { <select class="dvi-select" id="catalogue-channel" name="channel" inner_html=""></select> }
    }
    #[cfg(not(feature = "hydrate"))]
    view! {
        <select class="dvi-select" id="catalogue-channel" name="channel">
            <option value="" selected=true>{t(lang, "catalogue-channel-any")}</option>
            {crate::content::channels().iter().map(|c| view! { <option value=c.id.clone()>{c.name.get(lang).to_owned()}</option> }).collect_view()}
        </select>
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
