//! The content model: typed structs for the files in `content/`.
//!
//! build.rs deserialises the TOML files into these same types (so a malformed file fails the
//! build) and writes them out as Rust `static`s (one per file), so the app carries the content as plain
//! data with no parser. Every text a person reads is a [`Text`] with both languages side by side.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Text compiled into the binary (borrowed); owned only when build.rs reads the files.
pub type Str = Cow<'static, str>;
/// A list compiled into the binary (borrowed); owned only when build.rs reads the files.
pub type List<T> = Cow<'static, [T]>;

/// One text in both languages.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub lv: Str,
    pub en: Str,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Lv => &self.lv,
            Lang::En => &self.en,
        }
    }
}

/// A fact that can go stale (an address, an e-mail): its value and where and when it was checked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact<T> {
    pub value: T,
    /// https address of the public page that states the value.
    pub source: Str,
    /// When the source was read (YYYY-MM-DD).
    pub checked: Str,
}

/// A link out of the site, with its visible text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub href: Str,
    pub label: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    pub contact: Contact,
    pub channels: List<Channel>,
    pub services: List<Service>,
    pub institutions: List<Institution>,
    pub holidays: Holidays,
    pub deadlines: List<Deadline>,
    pub advice: List<AdvicePage>,
    pub ombudsman: Fact<Organisation>,
    pub easy_read: EasyRead,
    pub pictures: List<Picture>,
    pub rights: Article,
    pub accessibility: Article,
    pub privacy: Article,
}

// ---------------------------------------------------------------------------------------------
// content/contact.toml

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: Text,
    pub address: Fact<Address>,
    /// E-mail for documents signed with a secure e-signature.
    pub email: Fact<Str>,
    /// The official electronic address (E-adrese) system.
    pub e_address: Fact<Link>,
    /// Phone number without the country code, as people dial it in Latvia.
    pub phone: Fact<Str>,
    /// Phone consultations on working days.
    pub consultation_hours: Fact<Hours>,
    pub website: Fact<Str>,
    pub portal: Fact<Link>,
    pub twitter: Fact<Link>,
    pub facebook: Fact<Link>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    /// "Elijas iela 17"
    pub street: Str,
    pub city: Str,
    /// "LV-1050"
    pub postcode: Str,
    /// Where the mailbox is, in words.
    pub mailbox: Text,
}

/// Opening hours within a day, "HH:MM" in Europe/Riga time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    pub from: Str,
    pub to: Str,
}

// ---------------------------------------------------------------------------------------------
// content/channels.toml: every channel of the standard, points 18-25

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    /// Stable id that services and the channel guide refer to: "portal", "email", ...
    pub id: Str,
    pub name: Text,
    /// What it suits.
    pub suits: Text,
    /// What it needs from the person.
    pub needs: Text,
    /// How fast an answer comes.
    pub speed: Text,
    /// Whether a document sent this way counts as signed (a complaint or an appeal needs that).
    pub signed: bool,
    /// Whether and how a signed document can be sent this way, in words, for the card: "Yes, if
    /// the document itself is signed with a secure electronic signature" of e-mail, which is
    /// not `signed` by itself.
    pub signature: Text,
    /// Points of the client service standard that promise this channel.
    pub standard_points: List<u8>,
    /// Where to go, if the channel has an address on the web.
    #[serde(default)]
    pub link: Option<Link>,
}

// ---------------------------------------------------------------------------------------------
// content/services.toml

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    Person,
    Organisation,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: Str,
    /// The page's address segment in each language: lowercase ASCII and hyphens.
    pub slug: Text,
    pub title: Text,
    /// One sentence for the catalogue card.
    pub summary: Text,
    /// What it is, in a short paragraph.
    pub description: Text,
    /// Extra words people search with (synonyms), both languages.
    #[serde(default)]
    pub keywords: Text,
    pub audience: List<Audience>,
    /// Who may use it, in words.
    pub who: Text,
    /// What you need, one item each.
    pub needs: List<Text>,
    /// How to apply through each channel that serves it.
    pub channels: List<ServiceChannel>,
    /// Whether it costs nothing; `fee` says the amount and its legal basis otherwise.
    pub free: bool,
    pub fee: Text,
    /// How long the answer takes.
    pub timeframe: Text,
    /// By which law (or regulation) the time and procedure are set.
    pub law: Text,
    /// The matching e-service on the state portal.
    pub portal: Link,
    /// Public pages that the facts above come from.
    pub sources: List<Str>,
    /// Place among the top tasks on the home page (1 first); none when not a top task.
    #[serde(default)]
    pub top_task: Option<u8>,
}

/// A service's id and address segments alone (build.rs writes them apart from the services),
/// so that addresses can be written without linking in every service's text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceSlug {
    pub id: Str,
    pub slug: Text,
}

/// A service's id and how long it takes alone (build.rs writes them apart from the services).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceTimeframe {
    pub id: Str,
    pub timeframe: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceChannel {
    /// Id of a channel in channels.toml.
    pub channel: Str,
    /// How to apply this way.
    pub how: Text,
}

// ---------------------------------------------------------------------------------------------
// content/institutions.toml: where to turn when a matter is not ours (standard, point 8)

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Institution {
    pub id: Str,
    pub name: Text,
    /// The common case, as a person would put it ("A shop will not refund my purchase").
    pub case: Text,
    /// What the institution handles and what stays with the inspectorate, if anything.
    pub handles: Text,
    pub link: Link,
    pub source: Str,
    pub checked: Str,
}

// ---------------------------------------------------------------------------------------------
// content/holidays.toml: Latvian public holidays, for the phone line status

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holidays {
    pub source: Str,
    pub checked: Str,
    /// Holidays on the same date every year.
    pub fixed: List<FixedHoliday>,
    /// Holidays counted from Easter Sunday (Good Friday is -2).
    pub easter: List<EasterHoliday>,
    /// One-off days off (a festival's closing day, a working day moved by the Cabinet).
    #[serde(default)]
    pub extra: List<ExtraHoliday>,
    /// Saturdays made working days by the Cabinet, when it moves a working day to give a
    /// longer holiday: they count as working days.
    #[serde(default)]
    pub worked: List<WorkedDay>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkedDay {
    /// YYYY-MM-DD
    pub date: Str,
    pub source: Str,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixedHoliday {
    pub month: u8,
    pub day: u8,
    pub name: Text,
    /// When it falls on a Saturday or Sunday, the next Monday is a holiday (May 4, November 18).
    #[serde(default)]
    pub weekend_moves_to_monday: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EasterHoliday {
    pub offset: i32,
    pub name: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtraHoliday {
    /// YYYY-MM-DD
    pub date: Str,
    pub name: Text,
    pub source: Str,
}

// ---------------------------------------------------------------------------------------------
// content/deadlines.toml: by when the inspectorate answers what each online form sends

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    /// The form's id (validation/src/forms.rs), which is its service's too.
    pub form: Str,
    /// How long the time limit is, from the day received.
    pub length: Length,
    /// What the confirmation says, with "{date}" where the date goes.
    pub due: Text,
    /// What the person can do if nothing has come by then.
    pub if_late: Text,
    /// The law that sets the time limit, in words.
    pub law: Text,
    pub source: Str,
    pub checked: Str,
}

/// A time limit: `{ count = 1, unit = "months" }` (one that ends on a day off ends on the next
/// working day) or `{ count = 10, unit = "workdays" }` (working days).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Length {
    pub count: u8,
    pub unit: Unit,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    Months,
    Workdays,
}

/// A deadline's form and length alone (build.rs writes them apart from the texts).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeadlineLength {
    pub form: Str,
    pub length: Length,
}

// ---------------------------------------------------------------------------------------------
// content/advice.toml: the pages of advice between two steps of a form

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdvicePage {
    /// The advice's id (validation/src/forms.rs, `Advice`).
    pub id: Str,
    pub sections: List<Section>,
    pub letter: Letter,
    /// Public pages that the facts come from.
    pub sources: List<Str>,
    /// When the text was last reviewed (YYYY-MM-DD).
    pub updated: Str,
}

/// A letter for the person to copy or print: square brackets where they write.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Letter {
    pub heading: Text,
    pub intro: Text,
    pub lines: List<Text>,
}

// ---------------------------------------------------------------------------------------------
// content/easy_read.toml: the easy-to-read page, and its pictures (content/easy-read/*.svg)

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EasyRead {
    /// (Its title is the header link's words, `nav-easy-read` in locales/*/site.ftl.)
    pub lead: Text,
    pub sections: List<EasySection>,
    /// When the text was last reviewed (YYYY-MM-DD).
    pub updated: Str,
}

/// A part of the easy-to-read page: a question a person would ask, and the ideas that answer it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EasySection {
    pub id: Str,
    pub heading: Text,
    pub ideas: List<Idea>,
}

/// One idea: a picture beside a few short sentences.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Idea {
    /// The picture's name: content/easy-read/<image>.svg.
    pub image: Str,
    pub sentences: List<Text>,
}

/// A picture of the easy-to-read page: its name and its SVG markup, drawn in the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Picture {
    pub name: Str,
    pub svg: Str,
}

// ---------------------------------------------------------------------------------------------
// content/rights.toml, accessibility.toml, privacy.toml: prose pages

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub title: Text,
    pub lead: Text,
    pub sections: List<Section>,
    /// When the text was last reviewed (YYYY-MM-DD).
    pub updated: Str,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Fragment id, lowercase ASCII and hyphens.
    pub id: Str,
    pub heading: Text,
    pub paragraphs: List<Text>,
    /// A bulleted list after the paragraphs.
    #[serde(default)]
    pub items: List<Text>,
    /// What its page adds after the text.
    #[serde(default)]
    pub block: Option<Block>,
}

/// What a page adds after a section's text, which the text cannot hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Block {
    /// The link to the accessibility evaluation record.
    Record,
    /// "Report a problem with this page".
    Report,
    /// The Ombudsman's contact data.
    Ombudsman,
}

/// An organisation a page names with its contact data (the Ombudsman).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub name: Text,
    /// On one line: "Baznīcas iela 25, Rīga, LV-1010".
    pub address: Str,
    /// As dialled from abroad: "+371 67686768".
    pub phone: Str,
    pub email: Str,
    pub website: Str,
}
