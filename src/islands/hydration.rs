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

/// Part of an island whose hydration waits for a task of its own (`hydrate_next`), so that no task of
/// an island's start holds the page up for long (Lighthouse's total blocking time): each of a
/// form's questions. Drawn as it is, in an element of its own, when pre-rendering and in a widget.
/// Hydrated in order, each before anything `when_started` queued, so that it still matches the
/// page it claims.
pub fn hydrated_later<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let node = NodeRef::<leptos::html::Div>::new();
        let owner = Owner::current();
        LATER.with(|l| {
            l.borrow_mut().push_back(Box::new(move || {
                if let (Some(el), Some(owner)) = (node.get_untracked(), owner) {
                    owner.with(|| claim(el.unchecked_into(), view));
                }
            }))
        });
        // Claimed, not walked: its content is the job's.
        leptos::view! { <div node_ref=node inner_html=""></div> }
    }
    #[cfg(not(feature = "hydrate"))]
    leptos::view! { <div>{view()}</div> }
}

/// What is to run once an island has hydrated (see `when_started`).
#[cfg(target_arch = "wasm32")]
type Starts = Vec<Box<dyn FnOnce()>>;

/// An island's own claim and the parts `hydrated_later` set aside (`hydrate_next`).
#[cfg(feature = "hydrate")]
type Parts = std::collections::VecDeque<Box<dyn FnOnce()>>;

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// While an island hydrates: what is to run once it has.
    static STARTING: std::cell::RefCell<Option<Starts>> = const { std::cell::RefCell::new(None) };
}

#[cfg(feature = "hydrate")]
thread_local! {
    /// What is left of an island's start, for `hydrate_next`.
    static LATER: std::cell::RefCell<Parts> = const { std::cell::RefCell::new(Parts::new()) };
}

/// Runs `start` once the view it belongs to is live in the browser: after its island has
/// hydrated (so that its first render matched the page), or, where the view is drawn anew (in a
/// widget), once it is drawn. Never while pre-rendering. For what the browser holds and the page
/// could not: a draft, the address's query, a receipt.
pub fn when_started(start: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        let owner = Owner::current();
        let run = move || match owner {
            Some(owner) => owner.with(start),
            None => start(),
        };
        let later = STARTING.with(|s| match s.borrow_mut().as_mut() {
            Some(queue) => {
                queue.push(Box::new(run));
                None
            }
            None => Some(run),
        });
        if let Some(run) = later {
            // An effect's first run comes after the view is in the document.
            let once = std::cell::Cell::new(Some(run));
            Effect::new(move |_| {
                if let Some(run) = once.take() {
                    untrack(run);
                }
            });
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    drop(start);
}

/// Begins to bring one island to life over the pre-rendered markup inside `el` (the element
/// `Island` wrote), keeping every node: `view` must draw what the page drew from the same props.
/// `public/start.js` then calls `hydrate_next` in tasks of its own: the island is hydrated, then each of
/// the parts `hydrated_later` set aside, then what `when_started` queued; and once that has run,
/// start.js hands the island what the person typed or chose meanwhile, as the input events it
/// was (until then the islands are given none: their state stays the page's, which every part
/// claimed matches).
///
/// What `leptos::mount::hydrate_from` does, without the shared context it sets up for resources
/// and suspense, which the islands have none of (measured: a few KB of every bundle).
#[cfg(feature = "hydrate")]
pub fn hydrate<V: IntoView + 'static>(el: web_sys::HtmlElement, view: impl FnOnce(Props) -> V + 'static) {
    use wasm_bindgen::JsCast;
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // An error only says the executor was started already (by an island before this one).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let props = Props::parse(&el.dataset().get("props").unwrap_or_default());
    STARTING.with(|s| *s.borrow_mut() = Some(Vec::new()));
    let owner = Owner::new();
    owner.with(crate::nav::Nav::provide_for_site);
    // The island itself in the next task (`hydrate_next`), its parts after it: the first call of
    // each piece of code compiles it (V8 compiles wasm lazily, on the main thread), and the
    // setup above is a task's worth already.
    LATER.with(|l| {
        l.borrow_mut().push_front(Box::new(move || {
            owner.with(|| claim(el.unchecked_into(), move || view(props)));
            // The island lives as long as the page.
            std::mem::forget(owner);
        }))
    });
}

/// Hydrates what `view` draws over the markup inside `el`, for as long as the page lives (drawn
/// inside `dom::claiming`: its components' controls are the page's).
#[cfg(feature = "hydrate")]
fn claim<V: IntoView>(el: web_sys::Element, view: impl FnOnce() -> V) {
    use leptos::tachys::{
        hydration::Cursor,
        view::{PositionState, RenderHtml},
    };
    let claimed = crate::dom::claiming(|| view().into_view().hydrate::<true>(&Cursor::new(el), &PositionState::default()));
    std::mem::forget(claimed);
}

/// Goes on with the island `hydrate` began, for a few milliseconds: the island itself, then what
/// `hydrated_later` set aside, then, in a call of its own once all of it is live, what
/// `when_started` queued. True while anything is left; once false, start.js hands the island what
/// the person did, in the same task: what the person typed wins over a draft.
/// Each call is one task of `public/start.js`: with 4 ms each, no task comes near 50 ms on a
/// phone four times slower than this machine (a part's own time comes on top).
#[cfg(feature = "hydrate")]
pub fn hydrate_next() -> bool {
    #[wasm_bindgen::prelude::wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = performance)]
        fn now() -> f64;
    }
    let began = now();
    let mut went_on = false;
    while let Some(part) = LATER.with(|l| l.borrow_mut().pop_front()) {
        part();
        went_on = true;
        if now() - began > 4.0 {
            return true;
        }
    }
    if went_on {
        // What waits for the parts in a task of its own.
        return true;
    }
    // Every part is live: what was to wait for that runs now, in order and all in this task,
    // so that start.js's last hand-over still comes before their effects (this task's
    // microtasks) write a draft over what the person typed.
    for start in STARTING.with(|s| s.borrow_mut().take()).unwrap_or_default() {
        start();
    }
    false
}

/// What every bundle of islands exports beside its islands, for `public/start.js`:
/// `carry_words(lang, text)`, the islands' words in the page's language (a words file:
/// `i18n::words_file`), fetched before any island starts; and `islands_hydrate_next()` (`hydrate_next`).
#[macro_export]
macro_rules! islands_bundle {
    () => {
        $crate::carry_words_export!();

        /// The rest of the island last started (`islands::hydrate_next`): true while anything is left.
        #[::wasm_bindgen::prelude::wasm_bindgen]
        pub fn islands_hydrate_next() -> bool {
            $crate::islands::hydrate_next()
        }
    };
}
