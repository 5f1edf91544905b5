//! Islands: the parts of a pre-rendered page that a person interacts with (the phone line's
//! status, the channel guide, the catalogue's search, each form page). The page is the product:
//! it is complete as HTML, and in the browser WebAssembly only adds behaviour to these parts, in
//! place (hydration), so that nothing the person is reading or doing is replaced.
//!
//! This is what Leptos's `islands` feature does, done by hand for two reasons, measured: its
//! islands are all exported from one crate, so every page would fetch every island (the forms
//! alone are more than the contact page's budget), and their props travel as JSON through
//! serde_json (about 12 KB brotli). Here each bundle in `src/bin/` exports only its own
//! islands, a page fetches the one bundle its islands are in, and props are a few words in a
//! query string. `public/start.js` is the loader: it
//! walks the page's `[data-island]` elements and calls the bundle's `island_<name>` with each.

use crate::i18n::{catalogs, Catalog};
use crate::lang::Lang;
use leptos::prelude::*;

/// The bundles, the folder of dist/ that trunk builds each into (from index.html,
/// catalogue.html, forms.html and form-send.html), and the islands each one brings to life; a page fetches the
/// one its islands are in (`prerender.rs` writes it into the page). Each island has an `island_<name>` export
/// (hyphens as underscores) in `src/bin/<bundle>.rs`.
pub const BUNDLES: [(&str, &str, &[&str]); 4] = [
    ("dvi-contact", "", &["phone-line", "channel-guide"]),
    ("dvi-catalogue", "catalogue/", &["catalogue"]),
    ("dvi-forms", "forms/", &["form-step"]),
    ("dvi-form-send", "send/", &["form-check", "form-sent"]),
];

/// The messages each bundle's words file holds (`i18n::words_file`, fetched in the page's
/// language): what its islands write in the browser (locales/*/live.ftl; the forms' words,
/// which their answers and errors are written in), and no more: the rest of a page's words are
/// its own (`page_text`, `drawn_once`).
pub static CONTACT_CATALOGS: [&Catalog; 1] = [&catalogs::LIVE];
pub static CATALOGUE_CATALOGS: [&Catalog; 1] = [&catalogs::LIVE];
pub static FORMS_CATALOGS: [&Catalog; 4] = [&catalogs::LIVE, &catalogs::FORMS, &catalogs::FORM_TITLES, &catalogs::COUNTRIES];

/// Which of its bundle's words a page's words file holds: on a form's pages, not the other
/// forms' own words, and of the countries only Latvia (most addresses are there; the names of
/// the others come when an answer needs one: `COUNTRY_WORDS`).
pub fn page_needs(form: Option<&str>, key: &str) -> bool {
    if let Some(name) = key.strip_prefix("country-") {
        return name == "LV" || name == "other";
    }
    match (form, key.strip_prefix("form-")) {
        (Some(form), Some(rest)) => !dvi_validation::forms::FORMS.iter().any(|f| f.id != form && rest.starts_with(&format!("{}-", f.id))),
        _ => true,
    }
}

/// The words file of a page with this bundle's islands, in `lang`: its catalogs, only what the
/// page needs (`page_needs`; `form`: the form whose page it is).
pub fn page_words(bundle: &str, lang: Lang, form: Option<&str>) -> String {
    crate::i18n::words_file_of(lang, catalogs_of(bundle), |key| page_needs(form, key))
}

/// The countries' names, a words file of their own (`dvi-countries`), which a form's island
/// fetches when an answer names a country other than Latvia (`forms::country_words`).
pub static COUNTRY_WORDS: [&Catalog; 1] = [&catalogs::COUNTRIES];

/// The catalogs of a bundle's words file (the bundles of `BUNDLES`).
pub fn catalogs_of(bundle: &str) -> &'static [&'static Catalog] {
    match bundle {
        "dvi-contact" => &CONTACT_CATALOGS,
        "dvi-catalogue" => &CATALOGUE_CATALOGS,
        "dvi-forms" | "dvi-form-send" => &FORMS_CATALOGS,
        _ => &[],
    }
}

/// The bundle that brings an island to life.
pub fn bundle_of(island: &str) -> Option<&'static str> {
    BUNDLES.iter().find(|(_, _, islands)| islands.contains(&island)).map(|(bundle, ..)| *bundle)
}

/// What an island needs to draw itself exactly as the page was drawn: a few small values written
/// into the page, never the content itself (which stays in the HTML).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Props {
    pub lang: Lang,
    /// A form's id.
    pub form: String,
    /// A form's step, counted from 0.
    pub step: usize,
    /// How many items the page lists (the catalogue's services).
    pub count: usize,
}

impl Props {
    pub fn new(lang: Lang) -> Props {
        Props { lang, ..Props::default() }
    }

    /// As written into the page: "lang=lv&form=complaint&step=2&count=0" (ids and numbers, nothing
    /// to escape).
    pub fn to_query(&self) -> String {
        format!("lang={}&form={}&step={}&count={}", self.lang.code(), self.form, self.step, self.count)
    }

    /// What `to_query` wrote; anything missing or malformed is its default.
    pub fn parse(query: &str) -> Props {
        let get = |key| crate::routes::query_value(query, key).unwrap_or_default();
        Props {
            lang: Lang::from_code(&get("lang")).unwrap_or_default(),
            form: get("form"),
            step: get("step").parse().unwrap_or_default(),
            count: get("count").parse().unwrap_or_default(),
        }
    }
}

/// The element around an island in the page: its name and props for the loader. A widget draws
/// the same element (and the island in it) itself.
#[component]
pub fn Island(name: &'static str, props: Props, children: Children) -> impl IntoView {
    view! {
        <div class="dvi-island" data-island=name data-props=props.to_query()>
            {children()}
        </div>
    }
}

/// Text inside an island that never changes once drawn (a label, a legend, a heading): what
/// `text` gives when pre-rendering (and in a widget, drawn in the browser), nothing in an
/// island's bundle, which neither carries the words nor the code that finds them. Hydration
/// claims the page's text node without reading it, so the page keeps its words. Never for text
/// in a part that an island draws anew (a question it reveals): that would be drawn empty.
/// Written on one line, `page_text(|| t(lang, "key"))`, so that tests/islands.rs sees which
/// words a bundle need not carry.
pub fn page_text(text: impl FnOnce() -> String) -> String {
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
pub fn drawn_once<V: IntoView + 'static>(hidden: Signal<bool>, view: impl FnOnce() -> V + 'static) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        drop(view);
        leptos::view! { <div hidden=move || hidden.get() inner_html=""></div> }
    }
    #[cfg(not(feature = "hydrate"))]
    leptos::view! { <div hidden=move || hidden.get()>{view()}</div> }
}

/// Part of an island whose hydration waits for a task of its own (`go_on`), so that no task of
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

/// An island's own claim and the parts `hydrated_later` set aside (`go_on`).
#[cfg(feature = "hydrate")]
type Parts = std::collections::VecDeque<Box<dyn FnOnce()>>;

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// While an island hydrates: what is to run once it has.
    static STARTING: std::cell::RefCell<Option<Starts>> = const { std::cell::RefCell::new(None) };
}

#[cfg(feature = "hydrate")]
thread_local! {
    /// What is left of an island's start, for `go_on`.
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
/// `public/start.js` then calls `go_on` in tasks of its own: the island is hydrated, then each of
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
    // The island itself in the next task (`go_on`), its parts after it: the first call of
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
pub fn go_on() -> bool {
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
/// `i18n::words_file`), fetched before any island starts; and `islands_go_on()` (`go_on`).
#[macro_export]
macro_rules! islands_bundle {
    () => {
        $crate::carry_words_export!();

        /// The rest of the island last started (`islands::go_on`): true while anything is left.
        #[::wasm_bindgen::prelude::wasm_bindgen]
        pub fn islands_go_on() -> bool {
            $crate::islands::go_on()
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn props_round_trip() {
        let props = Props { lang: Lang::En, form: "complaint".into(), step: 3, count: 0 };
        assert_eq!(Props::parse(&props.to_query()), props);
        assert_eq!(Props::parse(""), Props::default());
        assert_eq!(Props::parse("lang=xx&step=-1"), Props::default());
    }

    #[test]
    fn every_island_is_in_one_bundle() {
        let all: Vec<&str> = BUNDLES.iter().flat_map(|(_, _, islands)| islands.iter().copied()).collect();
        for island in &all {
            assert_eq!(all.iter().filter(|i| *i == island).count(), 1, "{island}");
            assert!(bundle_of(island).is_some());
        }
        assert_eq!(bundle_of("nothing"), None);
        for (bundle, ..) in BUNDLES {
            assert!(!catalogs_of(bundle).is_empty(), "{bundle} has words");
        }
    }
}
