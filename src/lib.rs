//! Client self-service of the Latvian Data State Inspectorate (Datu valsts inspekcija).
//!
//! Pure logic (clock, holidays, phone line, search, channel guide, routes) is kept apart from
//! the views (components, pages), and every text comes from `content/` or `locales/`.

#![recursion_limit = "256"]

pub mod api;
pub mod channel_guide;
pub mod clock;
pub mod components;
pub mod content;
pub mod focus;
pub mod forms;
pub mod holidays;
pub mod i18n;
pub mod json;
pub mod lang;
pub mod nav;
pub mod pages;
pub mod phone_line;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod routes;
pub mod search;
pub mod takeover;
pub mod widget;

use components::layout::Layout;
use leptos::prelude::*;
use leptos_router::{
    components::{FlatRoutes, Route as RouterRoute, Router},
    path,
};
use routes::Route;

/// One catch-all route: the pages and their addresses in both languages are in `routes.rs`.
/// (The router still commits each navigation to the address bar and history.)
#[component]
pub fn App() -> impl IntoView {
    // Above the router, so that a form's answers outlive a change of page or language.
    forms::FormSessions::provide();
    view! {
        <Router>
            <FlatRoutes fallback=Shell>
                <RouterRoute path=path!("/*any") view=Shell/>
            </FlatRoutes>
        </Router>
    }
}

/// Renders the page for the current address. Every page is in `pages/`; the address scheme,
/// with its language prefix, is in `routes.rs`.
#[component]
fn Shell() -> impl IntoView {
    nav::Nav::provide_for_site();
    let nav = nav::use_nav();
    // Only the path picks the page: query and fragment changes do not re-render it.
    let route = Memo::new(move |_| Route::parse(&nav.path.get()));

    Effect::new(move |previous: Option<()>| {
        let route = route.get();
        let doc = document();
        doc.set_title(&route.title());
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("lang", route.lang.code());
        }
        // After a route change (not on the first load) focus goes to the new page's h1, or
        // the place the link pointed at, so a screen reader announces where the person is.
        if previous.is_some() {
            request_animation_frame(move || focus::focus_page_start(&nav, &window().location().hash().unwrap_or_default()));
        }
    });

    move || {
        let route = route.get();
        view! { <Layout route=route.clone()>{pages::page(&route)}</Layout> }
    }
}
