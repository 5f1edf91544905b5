//! The site's content, compiled in: build.rs turns content/*.toml into `static`s of this model.

mod model;
pub mod validate;

pub use model::*;

use std::borrow::Cow;

/// The compiled content: one `static` per file (CONTACT, SERVICES, ...), written by build.rs.
mod data {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}

pub fn contact() -> &'static Contact {
    &data::CONTACT
}
/// The phone consultations' hours alone (the same as in `contact()`).
pub fn consultation_hours() -> &'static Hours {
    &data::CONSULTATION_HOURS
}
pub fn channels() -> &'static [Channel] {
    &data::CHANNELS
}
pub fn services() -> &'static [Service] {
    &data::SERVICES
}
/// How long a service takes, without its other texts (for a form's confirmation).
pub fn timeframe(id: &str) -> Option<&'static Text> {
    data::SERVICE_TIMEFRAMES.iter().find(|s| s.id == id).map(|s| &s.timeframe)
}
/// Each service's id and address segments, without its texts (for links).
pub fn service_slugs() -> &'static [ServiceSlug] {
    &data::SERVICE_SLUGS
}
pub fn institutions() -> &'static [Institution] {
    &data::INSTITUTIONS
}
pub fn holidays() -> &'static Holidays {
    &data::HOLIDAYS
}
/// By when the inspectorate answers what a form sends, and by which law.
pub fn deadline(form: &str) -> Option<&'static Deadline> {
    data::DEADLINES.iter().find(|d| d.form == form)
}
/// How long a form's time limit is, without the texts (for a confirmation's island).
pub fn deadline_length(form: &str) -> Option<Length> {
    data::DEADLINE_LENGTHS.iter().find(|d| d.form == form).map(|d| d.length)
}
/// The words of a form's page of advice.
pub fn advice(id: &str) -> Option<&'static AdvicePage> {
    data::ADVICE.iter().find(|a| a.id == id)
}
/// The tools the accessibility checks run with and their versions (e2e/package-lock.json):
/// ("axe-core", "4.13.0"), ("vnu-jar", …), ("playwright-core", …).
pub fn checked_with(tool: &str) -> &'static str {
    data::CHECKED_WITH.iter().find(|(name, _)| *name == tool).map_or("", |(_, version)| version)
}

/// The easy-to-read page.
pub fn easy_read() -> &'static EasyRead {
    &data::EASY_READ
}
/// A picture of the easy-to-read page, by name: its SVG markup.
pub fn picture(name: &str) -> Option<&'static str> {
    data::PICTURES.iter().find(|p| p.name == name).map(|p| &*p.svg)
}

/// The Ombudsman, for the accessibility statement's enforcement procedure.
pub fn ombudsman() -> &'static Fact<Organisation> {
    &data::OMBUDSMAN
}
pub fn deadlines() -> &'static [Deadline] {
    &data::DEADLINES
}
pub fn rights() -> &'static Article {
    &data::RIGHTS
}
pub fn accessibility() -> &'static Article {
    &data::ACCESSIBILITY
}
pub fn privacy() -> &'static Article {
    &data::PRIVACY
}

/// An article's title alone (the same as its `title`), for headings and titles that name it.
pub fn title_of_rights() -> &'static Text {
    &data::RIGHTS_TITLE
}
pub fn title_of_accessibility() -> &'static Text {
    &data::ACCESSIBILITY_TITLE
}
pub fn title_of_privacy() -> &'static Text {
    &data::PRIVACY_TITLE
}

/// All of the content in one value, for the checks in `validate`.
pub fn all() -> Content {
    Content {
        contact: data::CONTACT.clone(),
        channels: data::CHANNELS.clone(),
        services: data::SERVICES.clone(),
        institutions: data::INSTITUTIONS.clone(),
        holidays: data::HOLIDAYS.clone(),
        deadlines: data::DEADLINES.clone(),
        advice: data::ADVICE.clone(),
        ombudsman: data::OMBUDSMAN.clone(),
        easy_read: data::EASY_READ.clone(),
        pictures: data::PICTURES.clone(),
        rights: data::RIGHTS.clone(),
        accessibility: data::ACCESSIBILITY.clone(),
        privacy: data::PRIVACY.clone(),
    }
}

/// The inspectorate's postal address on one line, as a letter is addressed:
/// "Datu valsts inspekcija, Elijas iela 17, Rīga, LV-1050".
pub fn postal_address(lang: crate::lang::Lang) -> String {
    let c = contact();
    let a = &c.address.value;
    format!("{}, {}, {}, {}", c.name.get(lang), a.street, a.city, a.postcode)
}

/// The phone number as a person abroad dials it: "+371 67223131" (Latvia's country code, then
/// the eight digits every number in Latvia has).
pub fn phone_display() -> String {
    format!("+371 {}", contact().phone.value)
}

pub fn service(id: &str) -> Option<&'static Service> {
    services().iter().find(|s| s.id == id)
}

pub fn channel(id: &str) -> Option<&'static Channel> {
    channels().iter().find(|c| c.id == id)
}
