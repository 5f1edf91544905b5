//! The islands of the contact page (`islands::BUNDLES`): what `public/start.js` calls, with each
//! island's element, on a page built with this bundle.

use dvi_self_service::components::{channel_guide::ChannelGuide, phone_line_status::PhoneLineStatus};
use dvi_self_service::islands::hydrate;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

#[wasm_bindgen]
pub fn island_phone_line(el: HtmlElement) {
    hydrate(el, |p| view! { <PhoneLineStatus lang=p.lang/> });
}

#[wasm_bindgen]
pub fn island_channel_guide(el: HtmlElement) {
    hydrate(el, |p| view! { <ChannelGuide lang=p.lang/> });
}

dvi_self_service::islands_bundle!();

// No panic hook: it would link in the panic message formatting (a few KB of every page's
// load), and a panic shows in the console as an `unreachable` trap all the same.
fn main() {}
