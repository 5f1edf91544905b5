//! Interface strings from locales/{lv,en}/*.ftl (Fluent), compiled in.
//!
//! `t(lang, "key")` for a plain message, `t_args` with variables (Fluent selects the right
//! plural form: Latvian has zero/one/other). A missing key shows as the key itself; the locale
//! tests make sure none is missing.

use crate::lang::Lang;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

pub use fluent_bundle::FluentValue as Value;

const LV: &str = include_str!(concat!(env!("OUT_DIR"), "/lv.ftl"));
const EN: &str = include_str!(concat!(env!("OUT_DIR"), "/en.ftl"));

pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Lv => LV,
        Lang::En => EN,
    }
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let locale = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![locale]);
    // Isolation marks (U+2068/9) would end up in the page text and in what screen readers read.
    bundle.set_use_isolating(false);
    // A syntax error leaves the rest of the resource usable; the locale tests fail on it.
    let resource = FluentResource::try_new(source(lang).to_owned()).unwrap_or_else(|(partial, _)| partial);
    // Overriding only matters for duplicate keys, which the locale tests also reject.
    bundle.add_resource_overriding(resource);
    bundle
}

thread_local! {
    static BUNDLES: [FluentBundle<FluentResource>; 2] = [bundle(Lang::Lv), bundle(Lang::En)];
}

fn format(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    BUNDLES.with(|bundles| {
        let bundle = &bundles[lang as usize];
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_owned();
        };
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, args, &mut errors).into_owned()
    })
}

/// The message `key` in `lang`.
pub fn t(lang: Lang, key: &str) -> String {
    format(lang, key, None)
}

/// The message `key` in `lang` with variables, e.g. `t_args(lang, "count", &[("count", n.into())])`.
pub fn t_args(lang: Lang, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    format(lang, key, Some(&fluent_args))
}

/// A date written out in the language's own way ("2026. gada 24. novembris", "24 November 2026").
pub fn date_long(lang: Lang, date: crate::clock::Date) -> String {
    t_args(lang, "date-long", &[("year", date.year.into()), ("month", date.month.into()), ("day", date.day.into())])
}

/// Does `key` exist in `lang`? For tests and for optional texts.
pub fn has(lang: Lang, key: &str) -> bool {
    BUNDLES.with(|bundles| bundles[lang as usize].has_message(key))
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
    fn missing_key_shows_the_key() {
        assert_eq!(t(Lang::En, "no-such-key"), "no-such-key");
    }
}
