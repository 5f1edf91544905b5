//! Interface strings from locales/{lv,en}/*.ftl (Fluent), compiled in.
//!
//! `t(lang, "key")` for a plain message, `t_args` with variables (the right plural form is
//! selected: Latvian has zero/one/other). A missing key shows as the key itself; the locale
//! tests make sure none is missing.
//!
//! The messages are parsed with `fluent-syntax` and resolved here rather than by
//! `fluent-bundle`: our messages use only variables and selections on them (tests/locales.rs
//! checks that), and numbers here are whole numbers. `fluent-bundle` keeps every number as an
//! `f64`, which linked float parsing and printing (with their tables, about 20 KB brotli) into
//! the browser build for nothing.

use crate::lang::Lang;
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use std::collections::BTreeMap;

const LV: &str = include_str!(concat!(env!("OUT_DIR"), "/lv.ftl"));
const EN: &str = include_str!(concat!(env!("OUT_DIR"), "/en.ftl"));

pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Lv => LV,
        Lang::En => EN,
    }
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

/// A message's value by key (`None` for a message with attributes only).
type Messages = BTreeMap<&'static str, Option<Pattern<&'static str>>>;

fn messages(lang: Lang) -> Messages {
    // A syntax error leaves the rest of the resource usable; the locale tests fail on it.
    let resource = fluent_syntax::parser::parse_runtime(source(lang)).unwrap_or_else(|(partial, _)| partial);
    resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            // A later duplicate overrides an earlier one; the locale tests reject duplicates.
            fluent_syntax::ast::Entry::Message(m) => Some((m.id.name, m.value)),
            _ => None,
        })
        .collect()
}

thread_local! {
    static MESSAGES: [Messages; 2] = [messages(Lang::Lv), messages(Lang::En)];
}

/// The cardinal plural category of a whole number, exactly as fluent-bundle's rules
/// (intl_pluralrules 7) gave it before; tests/i18n_parity.rs compares the two.
fn plural_category(lang: Lang, n: i64) -> &'static str {
    let i = n.unsigned_abs();
    match lang {
        Lang::En if i == 1 => "one",
        Lang::En => "other",
        Lang::Lv if i % 10 == 1 && i % 100 != 11 => "one",
        // CLDR has `n % 100 = 11..19` here, so 111 would be "zero" too; intl_pluralrules
        // tests `i = 11..19`, and the text shown must not change with this module.
        Lang::Lv if i.is_multiple_of(10) || (11..=19).contains(&i) => "zero",
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

    fn write_pattern(&self, out: &mut String, pattern: &Pattern<&str>) {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => out.push_str(value),
                PatternElement::Placeable { expression } => self.write_expression(out, expression),
            }
        }
    }

    fn write_expression(&self, out: &mut String, expression: &Expression<&str>) {
        match expression {
            Expression::Inline(inline) => self.write_inline(out, inline),
            Expression::Select { selector, variants } => {
                let selector = self.value(selector);
                // The first variant whose key matches, else the default (as Fluent does).
                let chosen = selector
                    .and_then(|value| variants.iter().find(|v| self.matches(&v.key, &value)))
                    .or_else(|| variants.iter().find(|v| v.default));
                if let Some(variant) = chosen {
                    self.write_pattern(out, &variant.value);
                }
            }
        }
    }

    fn write_inline(&self, out: &mut String, inline: &InlineExpression<&str>) {
        match inline {
            InlineExpression::StringLiteral { value } => out.push_str(&fluent_syntax::unicode::unescape_unicode_to_string(value)),
            InlineExpression::NumberLiteral { value } => out.push_str(value),
            InlineExpression::VariableReference { id } => match self.arg(id.name) {
                Some(Value::Text(text)) => out.push_str(text),
                Some(Value::Number(n)) => out.push_str(&n.to_string()),
                // As Fluent shows a missing variable.
                None => {
                    out.push_str("{$");
                    out.push_str(id.name);
                    out.push('}');
                }
            },
            InlineExpression::Placeable { expression } => self.write_expression(out, expression),
            // Message and term references and functions are not used (the locale tests check).
            _ => out.push_str("{???}"),
        }
    }

    fn value(&self, inline: &InlineExpression<&str>) -> Option<Value> {
        match inline {
            InlineExpression::VariableReference { id } => self.arg(id.name).cloned(),
            InlineExpression::StringLiteral { value } => Some(Value::Text(fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned())),
            InlineExpression::NumberLiteral { value } => value.parse().ok().map(Value::Number),
            _ => None,
        }
    }

    /// Does a variant's key match the selector's value? A number matches its own literal and
    /// its plural category; text matches an identical key.
    fn matches(&self, key: &VariantKey<&str>, value: &Value) -> bool {
        match (key, value) {
            (VariantKey::NumberLiteral { value: key }, Value::Number(n)) => key.parse() == Ok(*n),
            (VariantKey::NumberLiteral { .. }, Value::Text(_)) => false,
            (VariantKey::Identifier { name }, Value::Number(n)) => *name == plural_category(self.lang, *n),
            (VariantKey::Identifier { name }, Value::Text(text)) => name == text,
        }
    }
}

fn format(lang: Lang, key: &str, args: &[(&'static str, Value)]) -> String {
    MESSAGES.with(|messages| {
        let Some(Some(pattern)) = messages[lang as usize].get(key) else {
            return key.to_owned();
        };
        let mut out = String::new();
        Scope { lang, args }.write_pattern(&mut out, pattern);
        out
    })
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
    MESSAGES.with(|messages| messages[lang as usize].contains_key(key))
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
    fn plural_categories() {
        let lv = |n| plural_category(Lang::Lv, n);
        for n in [0, 10, 11, 12, 19, 20, 30, 100, 1000] {
            assert_eq!(lv(n), "zero", "{n}");
        }
        for n in [1, 21, 31, 101, 121, 1001, -1] {
            assert_eq!(lv(n), "one", "{n}");
        }
        for n in [2, 3, 9, 22, 102, 112, 119, 122] {
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
