//! A form's moves between pages (Continue, the confirmation after Send, and its links: Back, a
//! Change link, the language switch), any of which may fail: then the person stays where they
//! are, is told why with focus on the message, and the move is tried again by itself once the
//! connection is back. Browser-only: from event handlers.

use crate::lang::Lang;
use crate::nav::Nav;
use crate::routes::{Page, Route};
use dvi_validation::forms::Form;
use leptos::prelude::*;

/// Why the last move did not happen, until one does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stuck {
    /// The browser knows it is offline: tried again when it is back online.
    Offline,
    /// No answer while the browser thinks it is online: tried again in a few seconds.
    Unanswered,
}

/// The id of the message that says a move failed, which takes focus.
pub const MOVE_FAILED_ID: &str = "move-failed";

/// How long to wait before trying a move again when the browser thinks it is online.
const AGAIN_MS: u64 = 8_000;

/// One page's moves: where the last one stands, and the page's way to make it again.
#[derive(Clone, Copy)]
pub struct Moves {
    nav: Nav,
    stuck: RwSignal<Option<Stuck>>,
    again: Trigger,
    /// The link followed last, when that is the move to make again (else the page's own).
    link: StoredValue<Option<String>>,
}

impl Moves {
    pub fn new(nav: Nav) -> Moves {
        Moves { nav, stuck: RwSignal::new(None), again: Trigger::new(), link: StoredValue::new(None) }
    }

    /// The links to `form`'s service and its pages, in any language (Back, a Change link, the
    /// language switch), go through `go` too, wherever on the page they are: a click on one is
    /// a move that may fail in place. Other links are left to the browser (on the site) or the
    /// widget's element.
    pub fn follow_links(self, form: &'static Form) {
        use wasm_bindgen::{closure::Closure, JsCast};
        // The service's page, and its form's under it, in each language.
        let services = Lang::ALL.map(|lang| Route::new(lang, Page::Service(form.id)).href());
        let Some(target) = self.nav.events() else { return };
        // (An `Event`, as the views' own handlers take it: the same glue.)
        let click = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            let ev: &web_sys::MouseEvent = ev.unchecked_ref();
            if ev.default_prevented() || ev.button() != 0 || ev.meta_key() || ev.ctrl_key() || ev.shift_key() || ev.alt_key() {
                return;
            }
            let link = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| el.closest("a[href]").ok().flatten());
            let Some(link) = link.filter(|a| !a.has_attribute("target") && !a.has_attribute("download")) else { return };
            let Some(href) = link.get_attribute("href").and_then(|h| self.nav.local(&h)) else { return };
            let path = href.split(['?', '#']).next().unwrap_or_default();
            if !services.iter().any(|s| path.strip_prefix(s.as_str()).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))) {
                return;
            }
            ev.prevent_default();
            self.link.set_value(Some(href.clone()));
            self.attempt(href);
        });
        // Heard for as long as the page is shown (a widget drops the frame, and its listener, with it).
        let _ = target.add_event_listener_with_callback("click", click.as_ref().unchecked_ref());
        click.forget();
    }

    /// What trying again does: the move as the page makes it (Continue checks the answers
    /// anew). Given once, after the page's move is written, since that move uses `go`.
    pub fn again_by(self, make: impl Fn() + 'static) {
        Effect::new(move |first: Option<()>| {
            self.again.track();
            if first.is_some() {
                make();
            }
        });
    }

    /// Tries the failed move again now (the message's button).
    pub fn retry(self) {
        if self.stuck.try_get_untracked().flatten().is_some() {
            match self.link.try_get_value().flatten() {
                Some(href) => self.attempt(href),
                None => self.again.notify(),
            }
        }
    }

    /// Why the last move failed, if it has not happened since (tracked).
    pub fn stuck(&self) -> Option<Stuck> {
        self.stuck.get()
    }

    /// Goes to `href`. If it cannot: says so, its message taking focus when it first appears
    /// (not at each retry: the person may be typing), and makes the move again (`again_by`)
    /// once the connection is back.
    pub fn go(self, href: String) {
        self.link.set_value(None);
        self.attempt(href);
    }

    fn attempt(self, href: String) {
        leptos::task::spawn_local(async move {
            let moved = self.nav.go(&href).await;
            let now = (!moved).then(|| if crate::dom::offline() { Stuck::Offline } else { Stuck::Unanswered });
            // The page may have gone meanwhile (a widget showed another): then nothing is left to do.
            let Some(before) = self.stuck.try_get_untracked() else { return };
            if before != now {
                self.stuck.set(now);
            }
            let Some(stuck) = now else { return };
            if before.is_none() {
                let nav = self.nav;
                request_animation_frame(move || {
                    crate::focus::focus_by_id(&nav, MOVE_FAILED_ID);
                });
            }
            let retry = move || self.retry();
            match stuck {
                Stuck::Offline => when_online(retry),
                Stuck::Unanswered => set_timeout(retry, std::time::Duration::from_millis(AGAIN_MS)),
            }
        });
    }
}

/// Calls `then` once, when the browser is next online.
pub fn when_online(then: impl FnOnce() + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let listener = Closure::once_into_js(then);
    let _ = window().add_event_listener_with_callback_and_add_event_listener_options("online", listener.unchecked_ref(), &options);
}
