//! The .ftl messages compiled for the app: parsed and checked here with fluent-syntax, and
//! written out in a flat form that src/i18n.rs reads without a parser (the parser cost the
//! browser build a few KB). Only what the locales use is supported: text, `{ $variable }`, and
//! `{ $variable -> [key] … *[other] … }` whose variants hold text and variables; anything else
//! fails the build, naming the message.
//!
//! The form, one message after another, sorted by key, markers being control characters that
//! .ftl text does not contain:
//!   MESSAGE  = "\x1e" key "\x1f" pattern
//!   pattern  = { text | "\x02" name "\x03" | select }
//!   select   = "\x04" name { "\x05" ["*"] key "\x06" inner-pattern } "\x07"
//! (an inner pattern has text and variables only).

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use std::collections::BTreeMap;

const MARKERS: [char; 8] = ['\x1e', '\x1f', '\x02', '\x03', '\x04', '\x05', '\x06', '\x07'];

pub fn compile(lang: &str, source: &str) -> String {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| panic!("{lang} .ftl: {errors:?}"));
    // A later duplicate overrides an earlier one (the locale tests reject duplicates).
    let mut messages = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(m) => {
                let id = m.id.name;
                let pattern = m.value.as_ref().unwrap_or_else(|| panic!("{lang}: {id} has no value"));
                assert!(m.attributes.is_empty(), "{lang}: {id} has attributes, which the app does not read");
                let mut out = String::new();
                write_pattern(&mut out, pattern, true, &format!("{lang}: {id}"));
                messages.insert(id, out);
            }
            Entry::Term(t) => panic!("{lang}: term -{} (the app resolves no terms)", t.id.name),
            _ => {}
        }
    }
    messages.into_iter().map(|(id, pattern)| format!("\x1e{id}\x1f{pattern}")).collect()
}

fn write_pattern(out: &mut String, pattern: &Pattern<&str>, outer: bool, at: &str) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                assert!(!value.contains(MARKERS), "{at}: a control character in the text");
                out.push_str(value);
            }
            PatternElement::Placeable { expression: Expression::Inline(InlineExpression::VariableReference { id }) } => {
                out.push('\x02');
                out.push_str(id.name);
                out.push('\x03');
            }
            PatternElement::Placeable {
                expression: Expression::Select { selector: InlineExpression::VariableReference { id }, variants },
            } if outer => {
                out.push('\x04');
                out.push_str(id.name);
                for variant in variants {
                    out.push('\x05');
                    if variant.default {
                        out.push('*');
                    }
                    match variant.key {
                        VariantKey::Identifier { name } => {
                            assert!(["zero", "one", "other"].contains(&name), "{at}: variant [{name}] is no plural category");
                            out.push_str(name);
                        }
                        VariantKey::NumberLiteral { value } => {
                            assert!(value.parse::<i64>().is_ok(), "{at}: variant [{value}] is no whole number");
                            out.push_str(value);
                        }
                    }
                    out.push('\x06');
                    write_pattern(out, &variant.value, false, at);
                }
                out.push('\x07');
            }
            PatternElement::Placeable { expression } => panic!("{at}: {expression:?} is not supported by src/i18n.rs"),
        }
    }
}
