//! A form's moves to its next page (Continue, and the confirmation after Send), any of which
//! may fail: then the person stays where they are, is told why with focus on the message, and
//! the move is tried again by itself once the connection is back. Browser-only: from event
//! handlers.

use crate::nav::Nav;
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
}

impl Moves {
    pub fn new(nav: Nav) -> Moves {
        Moves { nav, stuck: RwSignal::new(None), again: Trigger::new() }
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
            self.again.notify();
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
