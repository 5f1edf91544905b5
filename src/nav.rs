//! Where a page is and how it moves to another, for pages and components.
//!
//! On the site every page is its own pre-rendered file: the address is the browser's, and
//! going to another page is loading it, as a link does. An embedded widget keeps a location
//! of its own, so it never touches the host page's address or history, and its links point at
//! the full site, so that opening one in a new tab shows the same page there. Pages use only
//! this, so that the same pages serve both.

use crate::routes::Route;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ShadowRoot};

#[derive(Clone, Copy)]
pub struct Nav {
    /// The current page's path: "/lv/pakalpojumi".
    pub path: Signal<String>,
    /// Its query, with the "?": "?q=s%C5%ABdz%C4%ABba".
    pub search: Signal<String>,
    go: Callback<String>,
    embed: Option<Embed>,
}

/// Where a widget is: "path?query#fragment", and whether the person went there (then focus
/// follows) or the host page sent it there (through an attribute; then focus stays put).
#[derive(Clone, Debug, PartialEq)]
pub struct Visit {
    pub href: String,
    pub by_person: bool,
}

/// What a widget knows of where it is embedded.
#[derive(Clone, Copy)]
pub struct Embed {
    /// The full site's address, without a trailing "/": "https://pakalpojumi.dvi.gov.lv".
    pub site: Signal<String>,
    /// The API's address, without a trailing "/".
    pub api: Signal<String>,
    /// Its shadow root, where the widget's ids live.
    pub root: StoredValue<ShadowRoot, LocalStorage>,
    /// Tells the host page that a form was sent (the widget dispatches its event).
    pub on_sent: Callback<Sent>,
}

/// A form sent: which one, its reference and when the backend received it.
#[derive(Clone, Debug, PartialEq)]
pub struct Sent {
    pub form: String,
    pub reference: String,
    pub received_at: String,
}

/// The context's `Nav`. Every page is rendered below one (pre-rendering, an island or a widget
/// provides it).
pub fn use_nav() -> Nav {
    use_context::<Nav>().expect("pages are rendered below a Nav: pre-rendering, an island and a widget provide one")
}

impl Nav {
    /// A pre-rendered page's, while it is rendered: its own address, and no query (a static
    /// file is the same for every query).
    pub fn provide_for_page(route: &Route) {
        provide_context(Nav {
            path: Signal::stored(route.href()),
            search: Signal::stored(String::new()),
            go: Callback::new(|_: String| {}),
            embed: None,
        });
    }

    /// The site's, in the browser: the page's address; going elsewhere loads that page.
    pub fn provide_for_site() {
        let location = window().location();
        provide_context(Nav {
            path: Signal::stored(location.pathname().unwrap_or_default()),
            search: Signal::stored(location.search().unwrap_or_default()),
            go: Callback::new(move |href: String| {
                let _ = window().location().assign(&href);
            }),
            embed: None,
        });
    }

    /// A widget's: a location of its own.
    pub fn provide_for_widget(location: RwSignal<Visit>, embed: Embed) {
        let part = move |which: fn(&str) -> &str| Signal::derive(move || location.with(|l| which(&l.href).to_owned()));
        provide_context(Nav {
            path: part(|l| &l[..l.find(['?', '#']).unwrap_or(l.len())]),
            search: part(|l| {
                let l = &l[..l.find('#').unwrap_or(l.len())];
                &l[l.find('?').unwrap_or(l.len())..]
            }),
            go: Callback::new(move |href: String| location.set(Visit { href, by_person: true })),
            embed: Some(embed),
        });
    }

    /// Goes to a page: `href` is a path as `Route::href` writes it, with any query.
    pub fn go(&self, href: &str) {
        self.go.run(href.to_owned());
    }

    /// The address to put in a link to `path` ("/lv/sazina"): the path itself on the site,
    /// the full site's address of it in a widget.
    pub fn url(&self, path: &str) -> String {
        match self.embed {
            Some(embed) => format!("{}{path}", embed.site.get_untracked()),
            None => path.to_owned(),
        }
    }

    /// The address of a page, for a link.
    pub fn href(&self, route: &Route) -> String {
        self.url(&route.href())
    }

    /// One decoded value of the query (tracked).
    pub fn query(&self, key: &str) -> Option<String> {
        crate::routes::query_value(&self.search.get(), key)
    }

    /// Where the API is: the widget's `api-base`; on the site a `<meta name="dvi-api-base">`
    /// in the page, else the build's `DVI_API_BASE`, else "/api" beside the site.
    pub fn api_base(&self) -> String {
        let base = match self.embed {
            Some(embed) => embed.api.get_untracked(),
            None => document()
                .query_selector("meta[name='dvi-api-base']")
                .ok()
                .flatten()
                .and_then(|m| m.get_attribute("content"))
                .filter(|c| !c.trim().is_empty())
                .unwrap_or_else(|| option_env!("DVI_API_BASE").unwrap_or("/api").to_owned()),
        };
        base.trim_end_matches('/').to_owned()
    }

    pub fn embed(&self) -> Option<Embed> {
        self.embed
    }

    /// The element with this id: in the document, or in the widget's shadow root.
    pub fn element(&self, id: &str) -> Option<HtmlElement> {
        let el = match self.embed {
            Some(embed) => embed.root.with_value(|root| root.get_element_by_id(id)),
            None => document().get_element_by_id(id),
        };
        el.and_then(|el| el.dyn_into::<HtmlElement>().ok())
    }

    /// The element with focus where the pages are; `None` when none has it (the document's
    /// body has it after a focused control was disabled or removed).
    pub fn focused(&self) -> Option<web_sys::Element> {
        let el = match self.embed {
            Some(embed) => embed.root.with_value(|root| root.active_element()),
            None => document().active_element(),
        };
        el.filter(|el| el.tag_name() != "BODY")
    }

    /// The first element that matches `selector` where the pages are.
    pub fn first(&self, selector: &str) -> Option<HtmlElement> {
        let el = match self.embed {
            Some(embed) => embed.root.with_value(|root| root.query_selector(selector)),
            None => document().query_selector(selector),
        };
        el.ok().flatten().and_then(|el| el.dyn_into::<HtmlElement>().ok())
    }

    /// Tells the host page of a widget that a form was sent (the site has no one to tell).
    pub fn announce_sent(&self, sent: Sent) {
        if let Some(embed) = self.embed {
            embed.on_sent.run(sent);
        }
    }
}
