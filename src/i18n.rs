//! Interface strings from locales/{lv,en}/*.ftl (Fluent), compiled in.
//!
//! `t(lang, "key")` for a plain message, `t_args` with variables (the right plural form is
//! selected: Latvian has zero/one/other). A missing key shows as the key itself; the locale
//! tests make sure none is missing.
//!
//! Each .ftl file is a catalog of its own (`catalogs::SITE`, `catalogs::FORMS`, …). A browser
//! build links in none: it carries the catalogs its pages show in the language shown, fetched
//! as a words file (`words_file`, `carry_words`), so that a bundle neither holds the words of
//! pages it never shows (the forms' words are about 11 KB brotli) nor those of the other
//! language. Native builds (pre-rendering, tests) carry every catalog.
//!
//! The messages are parsed at build time (build/messages.rs) and resolved here rather than by
//! `fluent-bundle`: they use only variables and selections on them, and numbers here are whole
//! numbers. `fluent-bundle` keeps every number as an `f64`, which linked float parsing and
//! printing (with their tables, about 20 KB brotli) into the browser build for nothing, and
//! parsing in the browser linked the .ftl parser. tests/i18n_parity.rs resolves every message
//! with `fluent-bundle` too and compares.

use crate::lang::Lang;

/// The joined .ftl source, for the locale tests.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Lv => include_str!(concat!(env!("OUT_DIR"), "/lv.ftl")),
        Lang::En => include_str!(concat!(env!("OUT_DIR"), "/en.ftl")),
    }
}

/// One .ftl file's messages in both languages, as build/messages.rs writes them (its comment
/// describes the form).
pub struct Catalog {
    pub lv: &'static str,
    pub en: &'static str,
}

/// The catalogs, one per file of locales/ (build.rs writes them), and `ALL`.
pub mod catalogs {
    use super::Catalog;
    include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));
}

/// A variable's value: text, or a whole number (which also selects plural forms).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Number(i64),
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Value::Text(text)
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Value::Text(text.to_owned())
    }
}

impl From<std::borrow::Cow<'_, str>> for Value {
    fn from(text: std::borrow::Cow<'_, str>) -> Self {
        Value::Text(text.into_owned())
    }
}

macro_rules! number_from {
    ($($num:ty)+) => {$(
        impl From<$num> for Value {
            fn from(n: $num) -> Self {
                // Saturates only beyond i64, far above any count or size shown.
                Value::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )+};
}
number_from!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize);

/// One catalog's messages in one language: each key and pattern, sorted by key as build.rs
/// writes them (so each is searched as it is, and nothing is sorted here).
type Messages = Vec<(&'static str, &'static str)>;

fn parse(compiled: &'static str) -> Messages {
    compiled.split('\x1e').filter_map(|m| m.split_once('\x1f')).collect()
}

thread_local! {
    /// The catalogs carried, by language.
    static MESSAGES: std::cell::RefCell<[Vec<Messages>; 2]> = std::cell::RefCell::new(initial());
}

/// In the browser, nothing until words are carried: naming every catalog here would link them
/// all into every bundle.
#[cfg(target_arch = "wasm32")]
fn initial() -> [Vec<Messages>; 2] {
    [Vec::new(), Vec::new()]
}

#[cfg(not(target_arch = "wasm32"))]
fn initial() -> [Vec<Messages>; 2] {
    [catalogs::ALL.iter().map(|c| parse(c.lv)).collect(), catalogs::ALL.iter().map(|c| parse(c.en)).collect()]
}

/// Carries these catalogs from now on, in both languages, besides any carried already.
pub fn carry(catalogs: &[&'static Catalog]) {
    MESSAGES.with(|m| {
        let mut m = m.borrow_mut();
        m[Lang::Lv as usize].extend(catalogs.iter().map(|c| parse(c.lv)));
        m[Lang::En as usize].extend(catalogs.iter().map(|c| parse(c.en)));
    });
}

/// Carries only these catalogs from now on (for tests: what a bundle that carries them shows).
pub fn carry_only(catalogs: &[&'static Catalog]) {
    MESSAGES.with(|m| *m.borrow_mut() = [Vec::new(), Vec::new()]);
    carry(catalogs);
}

/// Separates the catalogs of a words file (a control character, as the markers of build/messages.rs).
const NEXT_CATALOG: char = '\x1d';

/// A bundle's words in one language, as a file of their own: its catalogs (`words_file`).
/// The browser builds carry no words of their own but fetch them (public/start.js,
/// public/widget/embed.js) in the page's language only: compiled in, both languages were about
/// 5 KB brotli more of a form page's bundle, and the other language is never shown there.
pub fn words_file(lang: Lang, catalogs: &[&Catalog]) -> String {
    words_file_of(lang, catalogs, |_| true)
}

/// [`words_file`] with only the messages whose key `keep` says (a form's page needs no other
/// form's words).
pub fn words_file_of(lang: Lang, catalogs: &[&Catalog], keep: impl Fn(&str) -> bool) -> String {
    let texts: Vec<String> = catalogs
        .iter()
        .map(|c| {
            let all = if lang == Lang::Lv { c.lv } else { c.en };
            all.split('\x1e').filter(|m| m.split_once('\x1f').is_some_and(|(key, _)| keep(key))).map(|m| format!("\x1e{m}")).collect()
        })
        .collect();
    texts.join(&NEXT_CATALOG.to_string())
}

/// Carries the words of a `words_file` in `lang` from now on (kept to the end: the messages
/// borrow from it, and a page or a widget carries each language once).
pub fn carry_words(lang: Lang, text: String) {
    let text: &'static str = Box::leak(text.into_boxed_str());
    MESSAGES.with(|m| m.borrow_mut()[lang as usize].extend(text.split(NEXT_CATALOG).map(parse)));
}

/// A bundle's `carry_words(lang, text)` export (`carry_words`, for a language code such as
/// "lv"; another code is ignored): the islands' and the widget's bundles each have one, which
/// is given the words file (`words_file`) it fetched.
#[macro_export]
macro_rules! carry_words_export {
    () => {
        /// The words of this bundle in one language (`i18n::words_file`).
        #[::wasm_bindgen::prelude::wasm_bindgen]
        pub fn carry_words(lang: &str, text: String) {
            if let Some(lang) = $crate::lang::Lang::from_code(lang) {
                $crate::i18n::carry_words(lang, text);
            }
        }
    };
}

fn pattern(lang: Lang, key: &str) -> Option<&'static str> {
    MESSAGES.with(|catalogs| {
        catalogs.borrow()[lang as usize].iter().find_map(|list| list.binary_search_by(|(k, _)| (*k).cmp(key)).ok().map(|i| list[i].1))
    })
}

/// The cardinal plural category of a whole number, by CLDR's rules; tests/i18n_parity.rs
/// compares with fluent-bundle, which differs only where it is wrong (see below).
fn plural_category(lang: Lang, n: i64) -> &'static str {
    let i = n.unsigned_abs();
    match lang {
        Lang::En if i == 1 => "one",
        Lang::En => "other",
        Lang::Lv if i % 10 == 1 && i % 100 != 11 => "one",
        // CLDR: `n % 100 = 11..19`, so 111 is "zero" too ("111 rakstzīmju"). fluent-bundle's
        // rules (intl_pluralrules 7) test `i = 11..19` and say "111 rakstzīmes", which is wrong.
        Lang::Lv if i.is_multiple_of(10) || (11..=19).contains(&(i % 100)) => "zero",
        Lang::Lv => "other",
    }
}

struct Scope<'a> {
    lang: Lang,
    args: &'a [(&'static str, Value)],
}

impl Scope<'_> {
    fn arg(&self, name: &str) -> Option<&Value> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    fn write_pattern(&self, out: &mut String, mut pattern: &str) {
        while let Some(at) = pattern.find(['\x02', '\x04']) {
            out.push_str(&pattern[..at]);
            let select = pattern[at..].starts_with('\x04');
            let (inside, after) = pattern[at + 1..].split_once(if select { '\x07' } else { '\x03' }).unwrap_or((&pattern[at + 1..], ""));
            if select {
                self.write_select(out, inside);
            } else {
                self.write_variable(out, inside);
            }
            pattern = after;
        }
        out.push_str(pattern);
    }

    fn write_variable(&self, out: &mut String, name: &str) {
        match self.arg(name) {
            Some(Value::Text(text)) => out.push_str(text),
            Some(Value::Number(n)) => out.push_str(&n.to_string()),
            // As Fluent shows a missing variable.
            None => {
                out.push_str("{$");
                out.push_str(name);
                out.push('}');
            }
        }
    }

    /// The first variant whose key matches the variable, else the default (as Fluent does).
    fn write_select(&self, out: &mut String, select: &str) {
        let mut variants = select.split('\x05');
        let value = variants.next().and_then(|name| self.arg(name));
        let (mut chosen, mut default) = (None, None);
        for variant in variants {
            let (key, pattern) = variant.split_once('\x06').unwrap_or((variant, ""));
            let key = match key.strip_prefix('*') {
                Some(key) => {
                    default.get_or_insert(pattern);
                    key
                }
                None => key,
            };
            if chosen.is_none() && value.is_some_and(|v| self.matches(key, v)) {
                chosen = Some(pattern);
            }
        }
        if let Some(pattern) = chosen.or(default) {
            self.write_pattern(out, pattern);
        }
    }

    /// Does a variant's key match the variable's value? A number matches its own literal and
    /// its plural category; text matches an identical (non-number) key.
    fn matches(&self, key: &str, value: &Value) -> bool {
        match value {
            Value::Number(n) => key.parse() == Ok(*n) || key == plural_category(self.lang, *n),
            Value::Text(text) => key == text && key.parse::<i64>().is_err(),
        }
    }
}

fn format(lang: Lang, key: &str, args: &[(&'static str, Value)]) -> String {
    let Some(pattern) = pattern(lang, key) else {
        return key.to_owned();
    };
    let mut out = String::new();
    Scope { lang, args }.write_pattern(&mut out, pattern);
    out
}

/// The message `key` in `lang`.
pub fn t(lang: Lang, key: &str) -> String {
    format(lang, key, &[])
}

/// The message `key` in `lang` with variables, e.g. `t_args(lang, "count", &[("count", n.into())])`.
pub fn t_args(lang: Lang, key: &str, args: &[(&'static str, Value)]) -> String {
    format(lang, key, args)
}

/// A date written out in the language's own way ("2026. gada 24. novembris", "24 November 2026").
pub fn date_long(lang: Lang, date: crate::clock::Date) -> String {
    t_args(lang, "date-long", &[("year", date.year.into()), ("month", date.month.into()), ("day", date.day.into())])
}

/// Does `key` exist in `lang`? For tests and for optional texts.
pub fn has(lang: Lang, key: &str) -> bool {
    pattern(lang, key).is_some()
}

/// A words file of the site, or `None` if it cannot be had (an island fetches the countries'
/// names this way when an answer needs them).
pub async fn fetch_words(url: &str) -> Option<String> {
    let response = gloo_net::http::Request::get(url).send().await.ok()?;
    if response.ok() {
        response.text().await.ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latvian_plural_forms_for_the_result_count() {
        let count = |lang, n: u32| t_args(lang, "catalogue-count", &[("count", n.into())]);
        assert_eq!(count(Lang::Lv, 0), "Neviens pakalpojums nav atrasts");
        assert_eq!(count(Lang::Lv, 1), "Atrasts 1 pakalpojums");
        assert_eq!(count(Lang::Lv, 21), "Atrasts 21 pakalpojums");
        assert_eq!(count(Lang::Lv, 3), "Atrasti 3 pakalpojumi");
        assert_eq!(count(Lang::Lv, 10), "Atrasti 10 pakalpojumu");
        assert_eq!(count(Lang::Lv, 11), "Atrasti 11 pakalpojumu");
        assert_eq!(count(Lang::Lv, 111), "Atrasti 111 pakalpojumu");
        assert_eq!(count(Lang::Lv, 112), "Atrasti 112 pakalpojumu");
        assert_eq!(count(Lang::Lv, 122), "Atrasti 122 pakalpojumi");
        assert_eq!(count(Lang::En, 0), "No services found");
        assert_eq!(count(Lang::En, 1), "1 service found");
        assert_eq!(count(Lang::En, 13), "13 services found");
    }

    #[test]
    fn no_isolation_marks() {
        let text = t_args(Lang::Lv, "catalogue-count", &[("count", 5.into())]);
        assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
    }

    #[test]
    fn dates_in_both_languages() {
        let date = crate::clock::Date::new(2026, 11, 24).unwrap();
        assert_eq!(date_long(Lang::Lv, date), "2026. gada 24. novembris");
        assert_eq!(date_long(Lang::En, date), "24 November 2026");
    }

    #[test]
    fn plural_categories() {
        let lv = |n| plural_category(Lang::Lv, n);
        for n in [0, 10, 11, 12, 19, 20, 30, 100, 111, 112, 119, 211, 1000, 1011] {
            assert_eq!(lv(n), "zero", "{n}");
        }
        for n in [1, 21, 31, 101, 121, 1001, -1] {
            assert_eq!(lv(n), "one", "{n}");
        }
        for n in [2, 3, 9, 22, 102, 122, 1002] {
            assert_eq!(lv(n), "other", "{n}");
        }
        assert_eq!(plural_category(Lang::En, 1), "one");
        assert_eq!(plural_category(Lang::En, -1), "one");
        for n in [0, 2, 11, 21] {
            assert_eq!(plural_category(Lang::En, n), "other");
        }
    }

    #[test]
    fn a_missing_variable_shows_its_name() {
        // As Fluent does: the default variant, with the variable's name in braces.
        assert_eq!(t(Lang::En, "catalogue-count"), "{$count} services found");
        assert_eq!(t(Lang::En, "form-files-uploaded"), "{$name} attached");
    }

    #[test]
    fn missing_key_shows_the_key() {
        assert_eq!(t(Lang::En, "no-such-key"), "no-such-key");
    }
}
