//! Bringing an island to life over the page's markup, and the parts that the page keeps as
//! it came (drawn only when pre-rendering or in a widget).

#[cfg(feature = "hydrate")]
use super::Props;
use leptos::prelude::*;

/// Text inside an island that never changes once drawn (a label, a legend, a heading): what
/// `text` gives when pre-rendering (and in a widget, drawn in the browser), nothing in an
/// island's bundle, which neither carries the words nor the code that finds them. Hydration
/// claims the page's text node without reading it, so the page keeps its words. Never for text
/// in a part that an island draws anew (a question it reveals): that would be drawn empty.
/// Written on one line, `prerendered_text(|| t(lang, "key"))`, so that tests/islands.rs sees which
/// words a bundle need not carry.
pub fn prerendered_text(text: impl FnOnce() -> String) -> String {
    #[cfg(feature = "hydrate")]
    {
        drop(text);
        String::new()
    }
    #[cfg(not(feature = "hydrate"))]
    text()
}

/// Markup inside an island that never changes once drawn (shown or hidden as `hidden` says), and
/// so only pre-rendering draws it; a widget, drawn in the browser, draws it itself. The island
/// keeps it as the page came, and its bundle carries neither its words nor the code that writes
/// them: hydration claims an element whose content it sets only when drawing anew.
pub fn prerendered_part<V: IntoView + 'static>(hidden: Signal<bool>, view: impl FnOnce() -> V + 'static) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        drop(view);
        leptos::view! { <div hidden=move || hidden.get() inner_html=""></div> }
    }
    #[cfg(not(feature = "hydrate"))]
    leptos::view! { <div hidden=move || hidden.get()>{view()}</div> }
}

/// What is to run once an island has hydrated (see `when_started`).
#[cfg(feature = "hydrate")]
type Starts = Vec<Box<dyn FnOnce()>>;

#[cfg(feature = "hydrate")]
thread_local! {
    /// From an island's hydration until `started`: what is to run once it is live.
    static STARTING: std::cell::RefCell<Starts> = const { std::cell::RefCell::new(Vec::new()) };
    /// The islands live in the page, each with its owner, until it leaves the page (`dropped`).
    static LIVE: std::cell::RefCell<Vec<(web_sys::HtmlElement, Owner)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `start` once the view it belongs to is live in the browser: after its island has
/// hydrated, so that its first render matched the page. Never while pre-rendering. For what the
/// browser holds and the page could not: what its controls hold, a draft, the address's query.
pub fn when_started(start: impl FnOnce() + 'static) {
    #[cfg(feature = "hydrate")]
    {
        let owner = Owner::current();
        let run = move || match owner {
            Some(owner) => owner.with(start),
            None => start(),
        };
        STARTING.with(|s| s.borrow_mut().push(Box::new(run)));
    }
    #[cfg(not(feature = "hydrate"))]
    drop(start);
}

/// Brings one island to life over the pre-rendered markup inside `el` (the element `Island`
/// wrote), in one call, keeping every node: `view` must draw what the page drew from the same
/// props. What `when_started` queued waits for `started`, which `public/start.js` calls in a task
/// of its own (measured: the form step and the catalogue then start within Lighthouse's
/// blocking-time budget, TBT 0-1 ms). Its controls are left as they are: what the person typed
/// or chose meanwhile is in them, and is read from them (`crate::dom`).
///
/// What `leptos::mount::hydrate_from` does, without the shared context it sets up for resources
/// and suspense, which the islands have none of (measured: a few KB of every bundle).
#[cfg(feature = "hydrate")]
pub fn hydrate<V: IntoView + 'static>(el: web_sys::HtmlElement, view: impl FnOnce(Props) -> V + 'static) {
    use leptos::tachys::{
        hydration::Cursor,
        view::{PositionState, RenderHtml},
    };
    use wasm_bindgen::JsCast;
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // An error only says the executor was started already (by an island before this one).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let props = Props::parse(&el.dataset().get("props").unwrap_or_default());
    let owner = Owner::new();
    owner.with(|| {
        crate::nav::Nav::provide_for_island(&el);
        let cursor = Cursor::new(el.clone().unchecked_into());
        // The view's state is never dropped, only its owner cleaned up: the drop code of every
        // view's state would be in each bundle (measured: 2 KB of the send bundle), to free
        // a few closures of a page that has gone.
        std::mem::forget(view(props).into_view().hydrate::<true>(&cursor, &PositionState::default()));
    });
    LIVE.with(|live| live.borrow_mut().push((el, owner)));
}

/// Ends the islands that have left the page (a widget showed another): their effects, timers
/// and signals.
#[cfg(feature = "hydrate")]
pub fn dropped() {
    let gone: Vec<_> = LIVE.with(|live| {
        let (kept, gone) = std::mem::take(&mut *live.borrow_mut()).into_iter().partition(|(el, _)| el.is_connected());
        *live.borrow_mut() = kept;
        gone
    });
    for (_, owner) in gone {
        owner.cleanup();
    }
}

/// Runs what `when_started` queued while the island last hydrated, in order.
#[cfg(feature = "hydrate")]
pub fn started() {
    for start in STARTING.with(|s| std::mem::take(&mut *s.borrow_mut())) {
        start();
    }
}

/// What every bundle of islands exports beside its islands, for `public/start.js`:
/// `carry_words(lang, text)`, the islands' words in the page's language (a words file:
/// `i18n::words_file`), fetched before any island starts; `islands_started()` (`started`); and
/// `islands_dropped()` (`dropped`).
#[macro_export]
macro_rules! islands_bundle {
    () => {
        $crate::carry_words_export!();

        /// What waited for the island last hydrated (`islands::started`).
        #[::wasm_bindgen::prelude::wasm_bindgen]
        pub fn islands_started() {
            $crate::islands::started()
        }

        /// Ends the islands no longer in the page (`islands::dropped`).
        #[::wasm_bindgen::prelude::wasm_bindgen]
        pub fn islands_dropped() {
            $crate::islands::dropped()
        }
    };
}
