//! The widget's build: what `public/widget/embed.js` calls to mount a `<dvi-self-service>`.
//! The widget itself is in `src/widget.rs`; its build links in only the pages it shows.

use dvi_self_service::widget::{self, Attributes};
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};

/// One mounted widget, for the element to keep; `free()` unmounts it.
#[wasm_bindgen]
pub struct Widget(widget::Widget);

#[wasm_bindgen]
impl Widget {
    /// Mounts a widget into `root`, the open shadow root of `host`. `lang` is already
    /// resolved (the element's own, or the nearest `lang` around it); the bases are absolute.
    pub fn mount(host: HtmlElement, root: ShadowRoot, lang: String, view: String, site: String, api: String) -> Option<Widget> {
        widget::Widget::mount(host, root, Attributes { lang, view, site, api }).map(Widget)
    }

    /// An attribute changed (`lang`, `view`, `site-base`, `api-base`).
    pub fn set(&self, name: &str, value: &str) {
        self.0.set(name, value);
    }
}

// No panic hook (as in the islands' bundles): it would link in the panic message formatting (a few KB
// of the widget's first load), and a panic in a host's page shows in its console as an
// `unreachable` trap all the same.
fn main() {
    // A widget shows every page it has, in either language.
    dvi_self_service::i18n::carry(&dvi_self_service::i18n::catalogs::ALL);
}
