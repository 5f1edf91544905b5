//! Client self-service of the Latvian Data State Inspectorate (Datu valsts inspekcija).
//!
//! Every page is pre-rendered to static HTML (`prerender.rs`); in the browser, WebAssembly only
//! brings its islands to life, in place (`src/islands/`, the bundles in `src/bin/`). The embeddable
//! widget (public/widget/embed.js) shows the same pages, and starts the same islands.
//!
//! Pure logic (clock, holidays, phone line, search, channel guide, routes) is kept apart from
//! the views (components, pages), and every text comes from `content/` or `locales/`.

#![recursion_limit = "256"]

pub mod api;
pub mod channel_guide;
pub mod clock;
pub mod components;
pub mod content;
pub mod dom;
pub mod focus;
pub mod forms;
pub mod holidays;
pub mod i18n;
pub mod islands;
pub mod json;
pub mod lang;
pub mod moves;
pub mod nav;
pub mod offline;
pub mod pages;
pub mod phone_line;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod routes;
pub mod search;
