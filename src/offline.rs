//! A started form goes on without a connection. Once one of its pages has started, the form's
//! other pages (and what they load) are fetched and kept: on the site by a service worker
//! scoped to the form's folder (public/offline.js; no other page is kept, so content stays
//! fresh), in a widget by its element, in memory (public/widget/embed.js, `dvi-keep`).
//! Browser-only: from an island's effect.

use crate::lang::Lang;
use crate::nav::Nav;
use crate::routes::{form_pages, Route};
use dvi_validation::forms::Form;
use leptos::prelude::*;

/// How long after a page has started its form's pages are asked for: after what the page
/// itself loads, never competing with it.
const KEEP_AFTER_MS: u64 = 1_500;

/// Keeps `form`'s pages in `lang`, once the page has settled.
pub fn keep(nav: Nav, lang: Lang, form: &'static Form) {
    let hrefs: Vec<String> = form_pages(form).map(|page| Route::new(lang, page).href()).collect();
    set_timeout(
        move || {
            if nav.embedded() {
                nav.keep_in_widget(&hrefs);
            } else {
                register(&hrefs);
            }
        },
        std::time::Duration::from_millis(KEEP_AFTER_MS),
    );
}

/// Registers public/offline.js for the folder of `hrefs`, its address listing them (a browser
/// without service workers keeps nothing: moves fail in place there, src/moves.rs). The worker
/// sees a new build for itself, by what a page loads.
fn register(hrefs: &[String]) -> Option<()> {
    let navigator = window().navigator();
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return None;
    }
    let last = hrefs.last()?;
    let options = web_sys::RegistrationOptions::new();
    options.set_scope(&last[..=last.rfind('/')?]);
    // (Paths of ASCII slugs and digits: nothing in them to escape.)
    let url = hrefs.iter().fold(String::from("/offline.js?"), |url, href| url + "&page=" + href);
    let registered = navigator.service_worker().register_with_options(&url, &options);
    // Not kept (a browser that refuses, storage full): the moves still fail in place.
    leptos::task::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(registered).await;
    });
    Some(())
}
