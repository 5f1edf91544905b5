//! The embeddable widget: the catalogue, the channels, a service or a form on any page of
//! www.dvi.gov.lv, drawn in the browser from the same pages as the site. `public/widget/embed.js`
//! defines the `<dvi-self-service>` element, gives it a shadow root (so styles cross neither
//! way) and mounts this into it through the exports of one of its three bundles
//! (`routes::WidgetBundle`: `src/bin/dvi-widget-pages.rs`, `dvi-widget-forms.rs`,
//! `dvi-widget-send.rs`), so that a host page loads only the part it shows.
//!
//! The widget keeps its own location: moving between its pages never touches the host's
//! address or history. Its links carry the full site's addresses, so a link opened in a new
//! tab shows the same page there; a plain click on one of its own pages stays inside (a page of
//! another bundle: the element loads that one, which starts there).

use crate::focus::{focus_by_id, focus_page_start};
use crate::forms::FormSessions;
use crate::i18n::{catalogs, t, Catalog};
use crate::lang::Lang;
use crate::nav::{use_nav, Embed, Nav, Sent, Visit};
use crate::routes::{FormPage, Page, Route, WidgetBundle};
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
        Some(("service", id)) => crate::content::service_slugs().iter().find(|s| s.id == id).map(|s| Page::Service(&s.id)),
        Some(("form", id)) => form(id).map(|f| Page::Form(f.id, FormPage::Step(0))),
        Some(_) => None,
    }
}

/// A language tag as a host page writes it ("lv", "en-GB", "LV"); Latvian for anything else.
pub fn lang_of(tag: &str) -> Lang {
    let primary = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    Lang::from_code(&primary).unwrap_or_default()
}

/// The starting address for a `view` and a language, or an address itself (a page a link led
/// to, from the other bundle). An unknown view shows the catalogue, and says why in the console,
/// where the editor who wrote the snippet will look.
fn start(view: &str, lang: Lang) -> String {
    if view.starts_with('/') && Route::parse(&view[..view.find(['?', '#']).unwrap_or(view.len())]).page.embeddable() {
        return view.to_owned();
    }
    let page = start_page(view).unwrap_or_else(|| {
        leptos::logging::warn!("<dvi-self-service>: unknown view {view:?}; showing the catalogue");
        Page::Catalogue
    });
    Route::new(lang, page).href()
}

/// What one of the widget's bundles shows: its pages.
pub struct BundlePages {
    pub bundle: WidgetBundle,
    pub pages: fn(&Route) -> Option<AnyView>,
}

/// The widget's pages: the catalogue, the services, the channels.
pub static PAGES: BundlePages = BundlePages { bundle: WidgetBundle::Pages, pages: crate::pages::widget_pages };

/// A form's steps.
pub static FORMS: BundlePages = BundlePages { bundle: WidgetBundle::Forms, pages: crate::pages::widget_forms };

/// A form's check answers and confirmation.
pub static SEND: BundlePages = BundlePages { bundle: WidgetBundle::Send, pages: crate::pages::widget_send };

/// The words a bundle's pages need: its words files, one per language, hold these catalogs
/// (`prerender::widget_words`). Apart from `BundlePages`, so that a bundle does not link them in.
/// A form's two bundles need the same words, and so share their files (`words_name`).
pub fn catalogs_of(bundle: WidgetBundle) -> &'static [&'static Catalog] {
    static PAGES_WORDS: [&Catalog; 5] = [&catalogs::SITE, &catalogs::LIVE, &catalogs::PAGES, &catalogs::CHANNELS, &catalogs::FORM_TITLES];
    static FORMS_WORDS: [&Catalog; 6] =
        [&catalogs::SITE, &catalogs::LIVE, &catalogs::FORMS, &catalogs::FORM_PAGES, &catalogs::FORM_TITLES, &catalogs::COUNTRIES];
    match bundle {
        WidgetBundle::Pages => &PAGES_WORDS,
        WidgetBundle::Forms | WidgetBundle::Send => &FORMS_WORDS,
    }
}

/// The name of a bundle's words files: "dvi-widget-<name>-<lang>.txt" (a form's steps and its
/// check answers share theirs, so that going from one to the other fetches nothing new).
pub fn words_name(bundle: WidgetBundle) -> &'static str {
    match bundle {
        WidgetBundle::Send => WidgetBundle::Forms.name(),
        other => other.name(),
    }
}

/// A mounted widget. Dropping it unmounts the view and disposes of its reactive state.
pub struct Widget {
    location: RwSignal<Visit>,
    site: RwSignal<String>,
    api: RwSignal<String>,
    _mounted: Box<dyn Any>,
}

/// The widget's attributes, as the element read them (language already resolved), and whether
/// the person came here by a link (the widget's other bundle had the page): focus follows.
pub struct Attributes {
    pub lang: String,
    pub view: String,
    pub site: String,
    pub api: String,
    pub moved: bool,
}

impl Widget {
    /// Mounts a widget into `root`, the shadow root of `host`, showing what `shows` has.
    pub fn mount(host: HtmlElement, root: ShadowRoot, attributes: Attributes, shows: &'static BundlePages) -> Option<Widget> {
        let container = document().create_element("div").ok()?.dyn_into::<HtmlElement>().ok()?;
        root.append_child(&container).ok()?;
        let signals = Rc::new(Cell::new(None));
        let out = signals.clone();
        let mounted = leptos::mount::mount_to(container, move || {
            let lang = lang_of(&attributes.lang);
            let location = RwSignal::new(Visit { href: start(&attributes.view, lang), by_person: attributes.moved });
            let site = RwSignal::new(attributes.site);
            let api = RwSignal::new(attributes.api);
            out.set(Some((location, site, api)));
            let host = StoredValue::new_local(host);
            let on_sent = Callback::new(move |sent: Sent| {
                let _ = host.try_with_value(|host| dispatch_sent(host, &sent));
            });
            let open = Callback::new(move |(href, bundle): (String, WidgetBundle)| {
                let _ = host.try_with_value(|host| dispatch_open(host, &href, bundle));
            });
            let embed = Embed { site: site.into(), api: api.into(), root: StoredValue::new_local(root), on_sent };
            view! { <Frame location embed shows open/> }
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
fn Frame(location: RwSignal<Visit>, embed: Embed, shows: &'static BundlePages, open: Callback<(String, WidgetBundle)>) -> impl IntoView {
    Nav::provide_for_widget(location, embed);
    FormSessions::provide();
    let nav = use_nav();
    let route = Memo::new(move |_| Route::parse(&nav.path.get()));

    // When the person moved (not the host page through an attribute), focus goes to the new
    // page's h1 or the field the link named: the page changed in place, so the widget says
    // where they are, as a page load would.
    Effect::new(move |_| {
        let visit = location.get();
        if visit.by_person {
            let fragment = visit.href.find('#').map(|i| visit.href[i..].to_owned()).unwrap_or_default();
            request_animation_frame(move || focus_page_start(&nav, &fragment));
        }
    });

    // Gone to a page of another bundle (Continue from a form's last step to check answers): the
    // element loads that one, which starts there.
    Effect::new(move |_| {
        if let Some(theirs) = route.get().page.widget_bundle().filter(|b| *b != shows.bundle) {
            open.run((location.get_untracked().href, theirs));
        }
    });
    let page = move || {
        // Links carry the site's address: a new `site-base` renders them anew.
        embed.site.track();
        (shows.pages)(&route.get()).unwrap_or_else(|| ().into_any())
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
        <div class="dvi-widget" lang=move || lang().code() on:click=move |ev| follow(&nav, embed, shows.bundle, open, &ev)>
            {page}
            {full_site}
        </div>
    }
}

/// A click on a link inside the widget: its own pages open inside it (those of the other bundle
/// through the element, `open`), `#` links move focus; anything else (another page of the
/// site, another site) the browser follows as usual.
fn follow(nav: &Nav, embed: Embed, bundle: WidgetBundle, open: Callback<(String, WidgetBundle)>, ev: &MouseEvent) {
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
    match Route::parse(path).page.widget_bundle() {
        Some(theirs) if theirs == bundle => {
            ev.prevent_default();
            nav.go(&inside);
        }
        Some(theirs) => {
            ev.prevent_default();
            open.run((inside, theirs));
        }
        None => {}
    }
}

/// Asks the element to show `href` with the widget's other bundle: a `dvi-open` event on it,
/// for public/widget/embed.js alone (it neither bubbles nor leaves the element).
fn dispatch_open(host: &HtmlElement, href: &str, bundle: WidgetBundle) {
    let detail = js_sys::Object::new();
    for (key, value) in [("href", href), ("bundle", bundle.name())] {
        let _ = js_sys::Reflect::set(&detail, &key.into(), &value.into());
    }
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("dvi-open", &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// The exports of one of the widget's bundles (`src/bin/dvi-widget-*.rs`), for
/// public/widget/embed.js: `Widget.mount(host, root, lang, start, site, api, moved)`, its
/// `set(name, value)` and `free()`, and `carry_words(lang, text)`.
#[macro_export]
macro_rules! widget_bundle {
    ($shows:path) => {
        /// One mounted widget, for the element to keep; `free()` unmounts it.
        #[::wasm_bindgen::prelude::wasm_bindgen]
        pub struct Widget($crate::widget::Widget);

        #[::wasm_bindgen::prelude::wasm_bindgen]
        impl Widget {
            /// Mounts a widget into `root`, the open shadow root of `host`. `lang` is already
            /// resolved (the element's own, or the nearest `lang` around it); `start` is its
            /// `view`, or the address a link led to; the bases are absolute; `moved`: the
            /// person followed a link here (focus follows).
            pub fn mount(
                host: ::web_sys::HtmlElement,
                root: ::web_sys::ShadowRoot,
                lang: String,
                start: String,
                site: String,
                api: String,
                moved: bool,
            ) -> Option<Widget> {
                let attributes = $crate::widget::Attributes { lang, view: start, site, api, moved };
                $crate::widget::Widget::mount(host, root, attributes, &$shows).map(Widget)
            }

            /// An attribute changed (`lang`, `view`, `site-base`, `api-base`).
            pub fn set(&self, name: &str, value: &str) {
                self.0.set(name, value);
            }
        }

        // The words of this bundle in one language, which the element fetches before it shows
        // that language (`prerender::widget_words`).
        $crate::carry_words_export!();

        /// Whose words files this bundle reads: "dvi-widget-<words_name>-<lang>.txt".
        #[::wasm_bindgen::prelude::wasm_bindgen]
        pub fn words_name() -> String {
            $crate::widget::words_name($shows.bundle).to_owned()
        }

        /// The language a widget shows for a host page's language tag ("en-GB": "en"), whose
        /// words the element fetches.
        #[::wasm_bindgen::prelude::wasm_bindgen]
        pub fn lang_code(tag: &str) -> String {
            $crate::widget::lang_of(tag).code().to_owned()
        }

        // No panic hook (as in the islands' bundles): it would link in the panic message
        // formatting (a few KB of the widget's first load), and a panic in a host's page shows
        // in its console as an `unreachable` trap all the same.
        fn main() {}
    };
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
