//! The embeddable widget: the catalogue, the channels, a service or a form on any page of
//! www.dvi.gov.lv. `public/widget/dvi-widget.js` defines the `<dvi-self-service>` element,
//! gives it a shadow root (so styles cross neither way) and mounts this into it through the
//! exports of `src/bin/dvi-widget.rs`.
//!
//! The widget keeps its own location: moving between its pages never touches the host's
//! address or history. Its links carry the full site's addresses, so a link opened in a new
//! tab shows the same page there; a plain click on one of its own pages stays inside.

use crate::focus::{focus_by_id, focus_page_start};
use crate::forms::FormSessions;
use crate::i18n::t;
use crate::lang::Lang;
use crate::nav::{use_nav, Embed, Nav, Sent, Visit};
use crate::pages;
use crate::routes::{FormPage, Page, Route};
use dvi_validation::forms::form;
use leptos::prelude::*;
use std::{any::Any, cell::Cell, rc::Rc};
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, HtmlElement, MouseEvent, ShadowRoot};

/// The page a widget starts on, from its `view` attribute: "catalogue", "channels",
/// "service:<id>" or "form:<id>" (ids as in content/services.toml). `None` for anything else.
pub fn start_page(view: &str) -> Option<Page> {
    match view.trim().split_once(':') {
        None => match view.trim() {
            "catalogue" => Some(Page::Catalogue),
            "channels" => Some(Page::Channels),
            _ => None,
        },
        Some(("service", id)) => crate::content::service(id).map(|s| Page::Service(&s.id)),
        Some(("form", id)) => form(id).map(|f| Page::Form(f.id, FormPage::Step(0))),
        Some(_) => None,
    }
}

/// A language tag as a host page writes it ("lv", "en-GB", "LV"); Latvian for anything else.
pub fn lang_of(tag: &str) -> Lang {
    let primary = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    Lang::from_code(&primary).unwrap_or_default()
}

/// The starting address for a `view` and a language. An unknown view shows the catalogue, and
/// says why in the console, where the editor who wrote the snippet will look.
fn start(view: &str, lang: Lang) -> String {
    let page = start_page(view).unwrap_or_else(|| {
        leptos::logging::warn!("<dvi-self-service>: unknown view {view:?}; showing the catalogue");
        Page::Catalogue
    });
    Route::new(lang, page).href()
}

/// A mounted widget. Dropping it unmounts the view and disposes of its reactive state.
pub struct Widget {
    location: RwSignal<Visit>,
    site: RwSignal<String>,
    api: RwSignal<String>,
    _mounted: Box<dyn Any>,
}

/// The widget's attributes, as the element read them (language already resolved).
pub struct Attributes {
    pub lang: String,
    pub view: String,
    pub site: String,
    pub api: String,
}

impl Widget {
    /// Mounts a widget into `root`, the shadow root of `host`.
    pub fn mount(host: HtmlElement, root: ShadowRoot, attributes: Attributes) -> Option<Widget> {
        let container = document().create_element("div").ok()?.dyn_into::<HtmlElement>().ok()?;
        root.append_child(&container).ok()?;
        let signals = Rc::new(Cell::new(None));
        let out = signals.clone();
        let mounted = leptos::mount::mount_to(container, move || {
            let lang = lang_of(&attributes.lang);
            let location = RwSignal::new(Visit { href: start(&attributes.view, lang), by_person: false });
            let site = RwSignal::new(attributes.site);
            let api = RwSignal::new(attributes.api);
            out.set(Some((location, site, api)));
            let host = StoredValue::new_local(host);
            let on_sent = Callback::new(move |sent: Sent| {
                let _ = host.try_with_value(|host| dispatch_sent(host, &sent));
            });
            let embed = Embed { site: site.into(), api: api.into(), root: StoredValue::new_local(root), on_sent };
            view! { <Frame location embed/> }
        });
        let (location, site, api) = signals.take()?;
        Some(Widget { location, site, api, _mounted: Box::new(mounted) })
    }

    /// An attribute of the element changed: the widget follows at once, in place.
    pub fn set(&self, name: &str, value: &str) {
        match name {
            // The same page in the other language; answers typed so far stay.
            "lang" => {
                let lang = lang_of(value);
                let now = self.location.with_untracked(|l| l.href.clone());
                let path = &now[..now.find(['?', '#']).unwrap_or(now.len())];
                let route = Route::parse(path);
                if route.lang != lang {
                    let query = &now[path.len()..now.find('#').unwrap_or(now.len())];
                    let href = format!("{}{query}", route.translated().href());
                    self.location.set(Visit { href, by_person: false });
                }
            }
            "view" => {
                let lang = self.location.with_untracked(|l| Route::parse(&l.href).lang);
                self.location.set(Visit { href: start(value, lang), by_person: false });
            }
            "site-base" => self.site.set(value.trim_end_matches('/').to_owned()),
            "api-base" => self.api.set(value.trim_end_matches('/').to_owned()),
            _ => {}
        }
    }
}

/// The widget's frame: the page, a link to the same page on the full site (outside the forms),
/// and the handling of clicks on links (its own pages stay inside; in-page links move focus,
/// not the host's URL).
#[component]
fn Frame(location: RwSignal<Visit>, embed: Embed) -> impl IntoView {
    Nav::provide_for_widget(location, embed);
    FormSessions::provide();
    let nav = use_nav();
    let route = Memo::new(move |_| Route::parse(&nav.path.get()));

    // When the person moved (not the host page through an attribute), focus goes to the new
    // page's h1 or the field the link named, as on the site.
    Effect::new(move |previous: Option<()>| {
        let visit = location.get();
        if previous.is_some() && visit.by_person {
            let fragment = visit.href.find('#').map(|i| visit.href[i..].to_owned()).unwrap_or_default();
            request_animation_frame(move || focus_page_start(&nav, &fragment));
        }
    });

    let page = move || {
        // Links carry the site's address: a new `site-base` renders them anew.
        embed.site.track();
        pages::embeddable(&route.get()).unwrap_or_else(|| ().into_any())
    };
    let lang = move || route.get().lang;
    // Not within a form: the full site may be on another origin, without this draft.
    let in_form = Memo::new(move |_| matches!(route.get().page, Page::Form(..)));
    let full_site = move || {
        (!in_form.get()).then(|| {
            view! {
                <p class="dvi-widget__site">
                    <a href=move || nav.href(&route.get())>{move || t(lang(), "widget-full-site")}</a>
                </p>
            }
        })
    };
    view! {
        <div class="dvi-widget" lang=move || lang().code() on:click=move |ev| follow(&nav, embed, &ev)>
            {page}
            {full_site}
        </div>
    }
}

/// A click on a link inside the widget: its own pages open inside it, `#` links move focus;
/// anything else (another page of the site, another site) the browser follows as usual.
fn follow(nav: &Nav, embed: Embed, ev: &MouseEvent) {
    if ev.default_prevented() || ev.button() != 0 || ev.meta_key() || ev.ctrl_key() || ev.shift_key() || ev.alt_key() {
        return;
    }
    let path = ev.composed_path();
    let Some(a) = (0..path.length()).find_map(|i| path.get(i).dyn_into::<HtmlAnchorElement>().ok()) else {
        return;
    };
    if !a.target().is_empty() || a.has_attribute("download") {
        return;
    }
    let written = a.get_attribute("href").unwrap_or_default();
    if let Some(id) = written.strip_prefix('#') {
        // The host's address must not change: focus moves instead.
        ev.prevent_default();
        focus_by_id(nav, id);
        return;
    }
    let site = embed.site.get_untracked();
    let Some(inside) = a.href().strip_prefix(&site).filter(|rest| rest.starts_with('/')).map(str::to_owned) else {
        return;
    };
    let path = &inside[..inside.find(['?', '#']).unwrap_or(inside.len())];
    if Route::parse(path).page.embeddable() {
        ev.prevent_default();
        nav.go(&inside);
    }
}

/// Tells the host page that a form was sent: a `dvi-submitted` event on the element, which
/// bubbles out of the shadow root, with the form, the reference and the time received.
pub fn dispatch_sent(host: &HtmlElement, sent: &Sent) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_name_a_starting_page() {
        assert_eq!(start_page("catalogue"), Some(Page::Catalogue));
        assert_eq!(start_page(" channels "), Some(Page::Channels));
        assert_eq!(start_page("service:complaint"), Some(Page::Service("complaint")));
        assert_eq!(start_page("form:complaint"), Some(Page::Form("complaint", FormPage::Step(0))));
        for bad in ["", "home", "form:", "form:nothing", "service:nothing", "page:complaint", "Catalogue"] {
            assert_eq!(start_page(bad), None, "{bad:?}");
        }
        // Every form has a service page, and every page a view names can be shown in a widget.
        for f in &dvi_validation::forms::FORMS {
            assert!(start_page(&format!("service:{}", f.id)).is_some_and(|p| p.embeddable()), "{}", f.id);
        }
    }

    #[test]
    fn an_unknown_view_starts_on_the_catalogue() {
        assert_eq!(start("nonsense", Lang::En), "/en/services");
        assert_eq!(start("form:question", Lang::Lv), Route::new(Lang::Lv, Page::Form("question", FormPage::Step(0))).href());
    }

    #[test]
    fn host_language_tags() {
        assert_eq!(lang_of("lv"), Lang::Lv);
        assert_eq!(lang_of("en"), Lang::En);
        assert_eq!(lang_of("en-GB"), Lang::En);
        assert_eq!(lang_of("EN"), Lang::En);
        assert_eq!(lang_of("ru"), Lang::Lv);
        assert_eq!(lang_of(""), Lang::Lv);
    }
}
