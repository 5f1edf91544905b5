//! Where a page is and how it moves to another, for pages and components.
//!
//! On the site every page is its own pre-rendered file: the address is the browser's, and
//! going to another page is loading it, as a link does. In a widget the same page is shown in
//! the shadow root of a `<dvi-self-service>` element (public/widget/embed.js), in a frame whose
//! data attributes say which page it is and where the full site and the API are; going to
//! another page asks the element to show it, so the host page's address and history are never
//! touched, and links carry the full site's address, so that one opened in a new tab shows the
//! same page there. Pages use only this, so that the same pages serve both.

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
    embed: Option<Embed>,
}

/// Where a widget shows the page: its frame (public/widget/embed.js), with `data-href` (the
/// page's path and query), `data-site` and `data-api` (absolute, no trailing "/"), read when
/// wanted so that a changed attribute counts at once; and the shadow root, where its ids live.
#[derive(Clone, Copy)]
pub struct Embed {
    frame: StoredValue<HtmlElement, LocalStorage>,
    root: StoredValue<ShadowRoot, LocalStorage>,
}

impl Embed {
    /// The widget around `island`, if it is in one.
    fn around(island: &web_sys::Element) -> Option<Embed> {
        let root = island.get_root_node().dyn_into::<ShadowRoot>().ok()?;
        let frame = island.closest("[data-site]").ok().flatten()?.dyn_into::<HtmlElement>().ok()?;
        Some(Embed { frame: StoredValue::new_local(frame), root: StoredValue::new_local(root) })
    }

    fn data(&self, key: &str) -> String {
        // (A page's state outlives none of its island's tasks: nothing once it has gone.)
        self.frame.try_with_value(|f| f.dataset().get(key)).flatten().unwrap_or_default()
    }

    /// Tells the element (its listener on the shadow root): `dvi-go` to show another page (the
    /// detail: `{href}`, to which it adds `shown`, a promise of whether it did), `dvi-print` to
    /// print the widget, `dvi-keep` to keep pages (the detail: their paths).
    fn tell(&self, what: &str, detail: &wasm_bindgen::JsValue) {
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_detail(detail);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(what, &init) {
            let _ = self.frame.try_with_value(|f| f.dispatch_event(&event));
        }
    }
}

/// A form sent: which one, its reference and when the backend received it.
#[derive(Clone, Debug, PartialEq)]
pub struct Sent {
    pub form: String,
    pub reference: String,
    pub received_at: String,
}

/// The context's `Nav`. Every page is rendered below one (pre-rendering and each island
/// provide it).
pub fn use_nav() -> Nav {
    use_context::<Nav>().expect("pages are rendered below a Nav: pre-rendering and each island provide one")
}

impl Nav {
    /// A pre-rendered page's, while it is rendered: its own address, and no query (a static
    /// file is the same for every query).
    pub fn provide_for_page(route: &Route) {
        provide_context(Nav { path: Signal::stored(route.href()), search: Signal::stored(String::new()), embed: None });
    }

    /// An island's, in the browser: the page's address on the site; in a widget, the page the
    /// widget shows.
    pub fn provide_for_island(island: &web_sys::Element) {
        let (href, embed) = match Embed::around(island) {
            Some(embed) => (embed.data("href"), Some(embed)),
            None => {
                let location = window().location();
                (format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default()), None)
            }
        };
        let (path, search) = href.split_at(href.find('?').unwrap_or(href.len()));
        provide_context(Nav { path: Signal::stored(path.to_owned()), search: Signal::stored(search.to_owned()), embed });
    }

    /// Goes to a page (`href`: a path as `Route::href` writes it, with any query), or says it
    /// could not: `false` when the page did not arrive (no connection, the site not answering),
    /// and the person is still where they were. On the site the page is asked for first (a
    /// HEAD), so that the browser's own "no internet" page never replaces the form; in a
    /// widget the element fetches and shows it (public/widget/embed.js, `dvi-go`), and says
    /// whether it did.
    pub async fn go(&self, href: &str) -> bool {
        use wasm_bindgen_futures::JsFuture;
        match self.embed {
            Some(embed) => {
                let detail = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&detail, &"href".into(), &href.into());
                embed.tell("dvi-go", &detail);
                // The element's listener puts its promise in the detail as it is told.
                let shown = js_sys::Reflect::get(&detail, &"shown".into()).ok().and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
                match shown {
                    Some(shown) => JsFuture::from(shown).await.ok().and_then(|v| v.as_bool()).unwrap_or(false),
                    None => false,
                }
            }
            None => {
                let init = web_sys::RequestInit::new();
                init.set_method("HEAD");
                init.set_cache(web_sys::RequestCache::NoStore);
                let reached = JsFuture::from(window().fetch_with_str_and_init(href, &init)).await.is_ok();
                if reached {
                    let _ = window().location().assign(href);
                }
                reached
            }
        }
    }

    /// A link's address as the page writes it (`a.getAttribute("href")`), as a path of the
    /// site with its query and #fragment; `None` for anything else (another site, `mailto:`).
    pub fn local(&self, href: &str) -> Option<String> {
        let path = match self.embed {
            Some(embed) => href.strip_prefix(&embed.data("site"))?,
            None => href,
        };
        (path.starts_with('/') && !path.starts_with("//")).then(|| path.to_owned())
    }

    /// Where the pages' events can be heard first: the document on the site, the widget's frame
    /// (before the element's own listeners, on its shadow root).
    pub fn events(&self) -> Option<web_sys::EventTarget> {
        match self.embed {
            Some(embed) => embed.frame.try_get_value().map(Into::into),
            None => Some(document().into()),
        }
    }

    /// Tells a widget's element which pages to keep in memory for a started form (the site's
    /// are kept by a service worker: src/offline.rs).
    pub fn keep_in_widget(&self, hrefs: &[String]) {
        let Some(embed) = self.embed else { return };
        let list = js_sys::Array::new();
        for href in hrefs {
            list.push(&href.into());
        }
        embed.tell("dvi-keep", &list);
    }

    /// The address to put in a link to `path` ("/lv/sazina"): the path itself on the site,
    /// the full site's address of it in a widget.
    pub fn url(&self, path: &str) -> String {
        match self.embed {
            Some(embed) => format!("{}{path}", embed.data("site")),
            None => path.to_owned(),
        }
    }

    /// The full address of a path of the site ("/lv/sazina"), to give to someone: the site's
    /// origin, or the full site's address in a widget.
    pub fn absolute(&self, path: &str) -> String {
        match self.embed {
            Some(embed) => format!("{}{path}", embed.data("site")),
            None => format!("{}{path}", window().location().origin().unwrap_or_default()),
        }
    }

    /// The address of a page, for a link.
    pub fn href(&self, route: &Route) -> String {
        self.url(&route.href())
    }

    /// Where the API is: the widget's `api-base`; on the site a `<meta name="dvi-api-base">`
    /// in the page, else the build's `DVI_API_BASE`, else "/api" beside the site.
    pub fn api_base(&self) -> String {
        let base = match self.embed {
            Some(embed) => embed.data("api"),
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

    /// Prints the page (or saves it as a PDF, in the browser's print window). In a widget, asks
    /// the element to print: it prints the widget alone, not its host page.
    pub fn print(&self) {
        match self.embed {
            Some(embed) => embed.tell("dvi-print", &"".into()),
            None => {
                let _ = window().print();
            }
        }
    }

    /// Whether the page is shown in a widget on another page (which has its own address, title
    /// and print).
    pub fn embedded(&self) -> bool {
        self.embed.is_some()
    }

    /// The element with this id: in the document, or in the widget's shadow root.
    pub fn element(&self, id: &str) -> Option<HtmlElement> {
        let el = match self.embed {
            Some(embed) => embed.root.try_with_value(|root| root.get_element_by_id(id)).flatten(),
            None => document().get_element_by_id(id),
        };
        el.and_then(|el| el.dyn_into::<HtmlElement>().ok())
    }

    /// The element with focus where the pages are; `None` when none has it (the document's
    /// body has it after a focused control was disabled or removed).
    pub fn focused(&self) -> Option<web_sys::Element> {
        let el = match self.embed {
            Some(embed) => embed.root.try_with_value(|root| root.active_element()).flatten(),
            None => document().active_element(),
        };
        el.filter(|el| el.tag_name() != "BODY")
    }

    /// The first element that matches `selector` where the pages are.
    pub fn first(&self, selector: &str) -> Option<HtmlElement> {
        let el = match self.embed {
            Some(embed) => embed.root.try_with_value(|root| root.query_selector(selector)).unwrap_or(Ok(None)),
            None => document().query_selector(selector),
        };
        el.ok().flatten().and_then(|el| el.dyn_into::<HtmlElement>().ok())
    }

    /// Tells the host page of a widget that a form was sent (the site has no one to tell): a
    /// `dvi-submitted` event on the element, which bubbles out of the shadow root, with the
    /// form, the reference and the time received.
    pub fn announce_sent(&self, sent: Sent) {
        let Some(host) = self.embed.and_then(|embed| embed.root.try_with_value(ShadowRoot::host)) else { return };
        let detail = js_sys::Object::new();
        for (key, value) in [("form", &sent.form), ("reference", &sent.reference), ("receivedAt", &sent.received_at)] {
            let _ = js_sys::Reflect::set(&detail, &key.into(), &value.as_str().into());
        }
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("dvi-submitted", &init) {
            let _ = host.dispatch_event(&event);
        }
    }
}
