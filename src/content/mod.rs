//! The site's content, compiled in: build.rs turns content/*.toml into a `static` of this model.

mod model;
pub mod validate;

pub use model::*;

use std::borrow::Cow;

static CONTENT: Content = include!(concat!(env!("OUT_DIR"), "/content.rs"));

pub fn content() -> &'static Content {
    &CONTENT
}

/// The inspectorate's postal address on one line, as a letter is addressed:
/// "Datu valsts inspekcija, Elijas iela 17, Rīga, LV-1050".
pub fn postal_address(lang: crate::lang::Lang) -> String {
    let c = &content().contact;
    let a = &c.address.value;
    format!("{}, {}, {}, {}", c.name.get(lang), a.street, a.city, a.postcode)
}

pub fn service(id: &str) -> Option<&'static Service> {
    content().services.iter().find(|s| s.id == id)
}

pub fn channel(id: &str) -> Option<&'static Channel> {
    content().channels.iter().find(|c| c.id == id)
}
