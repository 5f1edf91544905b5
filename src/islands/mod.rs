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
//! query string. `public/start.js` is the loader: it walks the page's `[data-island]` elements
//! and calls the bundle's `island_<name>` with each.
//!
//! By job: `bundles` (which bundle brings which island to life, and its words), `props` (what
//! the page tells an island), `hydration` (bringing an island to life over the page's markup).

mod bundles;
mod hydration;
mod props;

pub use bundles::*;
pub use hydration::*;
pub use props::Props;

use leptos::prelude::*;

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
