//! Interface strings: the same files and keys in both languages, every key the code asks for
//! exists, and no syntax errors or duplicates.

use dvi_self_service::{i18n, lang::Lang};
use fluent_syntax::{ast, parser};
use std::{collections::BTreeSet, fs, path::Path};

fn files(lang: &str) -> BTreeSet<String> {
    fs::read_dir(Path::new("locales").join(lang))
        .expect("locales dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ftl"))
        .collect()
}

fn keys(lang: Lang) -> Vec<String> {
    let resource =
        parser::parse(i18n::source(lang)).unwrap_or_else(|(_, errors)| panic!("{} .ftl has syntax errors: {errors:?}", lang.code()));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => {
                assert!(m.value.is_some(), "{}: {} has no value", lang.code(), m.id.name);
                Some(m.id.name.to_owned())
            }
            ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

#[test]
fn both_languages_have_the_same_files() {
    assert_eq!(files("lv"), files("en"));
    assert!(!files("lv").is_empty());
}

#[test]
fn both_languages_have_the_same_keys_each_once() {
    let (lv, en) = (keys(Lang::Lv), keys(Lang::En));
    for (lang, list) in [("lv", &lv), ("en", &en)] {
        let set: BTreeSet<_> = list.iter().collect();
        assert_eq!(set.len(), list.len(), "{lang} has a key twice");
    }
    let (lv, en): (BTreeSet<_>, BTreeSet<_>) = (lv.into_iter().collect(), en.into_iter().collect());
    let only_lv: Vec<_> = lv.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&lv).collect();
    assert!(only_lv.is_empty() && only_en.is_empty(), "only in lv: {only_lv:?}; only in en: {only_en:?}");
}

/// Messages use only what src/i18n.rs resolves: text, variables, and selections on a variable
/// (with number or plural category keys). No terms, message references or functions.
#[test]
fn messages_use_only_variables_and_selections() {
    fn check_pattern(lang: Lang, id: &str, pattern: &ast::Pattern<&str>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                match expression {
                    ast::Expression::Inline(ast::InlineExpression::VariableReference { .. }) => {}
                    ast::Expression::Select { selector: ast::InlineExpression::VariableReference { .. }, variants } => {
                        for variant in variants {
                            if let ast::VariantKey::Identifier { name } = variant.key {
                                assert!(["zero", "one", "other"].contains(&name), "{}: {id} selects on {name:?}", lang.code());
                            }
                            check_pattern(lang, id, &variant.value);
                        }
                    }
                    other => panic!("{}: {id} uses {other:?}, which src/i18n.rs does not resolve", lang.code()),
                }
            }
        }
    }
    for lang in Lang::ALL {
        let resource = parser::parse(i18n::source(lang)).unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    assert!(m.attributes.is_empty(), "{}: {} has attributes", lang.code(), m.id.name);
                    if let Some(pattern) = &m.value {
                        check_pattern(lang, m.id.name, pattern);
                    }
                }
                ast::Entry::Term(t) => panic!("{}: term -{} (not resolved by src/i18n.rs)", lang.code(), t.id.name),
                _ => {}
            }
        }
    }
}

/// Every `t(lang, "key")` and `t_args(lang, "key", ..)` in src/ names a key that exists.
#[test]
fn every_key_used_in_code_exists() {
    let call = regex::Regex::new(r#"\bt(?:_args)?\(\s*lang\s*,\s*"([a-z0-9-]+)""#).expect("regex");
    let mut used = BTreeSet::new();
    let mut stack = vec![Path::new("src").to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).expect("source file");
                // Examples in comments are not calls.
                let code: String = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
                used.extend(call.captures_iter(&code).map(|c| c[1].to_owned()));
            }
        }
    }
    assert!(used.len() > 50, "the scan found only {} keys", used.len());
    for lang in Lang::ALL {
        let missing: Vec<_> = used.iter().filter(|k| !i18n::has(lang, k)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
    }
}

/// Keys that the code builds at run time.
#[test]
fn computed_keys_exist() {
    use dvi_self_service::channel_guide::{recommend, Answers, Means, Purpose};
    for lang in Lang::ALL {
        for day in 1..=7 {
            assert!(i18n::has(lang, &format!("weekday-{day}")));
        }
        for purpose in [Purpose::SignedDocument, Purpose::Question] {
            for means in [None, Some(Means::ESignature), Some(Means::PortalLogin), Some(Means::Neither)] {
                for urgent in [true, false] {
                    for key in recommend(Answers { purpose, means, urgent }).reasons {
                        assert!(i18n::has(lang, key), "{} lacks {key}", lang.code());
                    }
                }
            }
        }
    }
}

/// Keys the form engine builds from the declarations: every form, step, field, option and the
/// message for every field that can be required, in both languages.
#[test]
fn every_form_has_its_words() {
    use dvi_validation::forms::{Kind, FORMS};
    use dvi_validation::ErrorCode;
    let either = |lang, form: &str, field: &str, what: &str| {
        i18n::has(lang, &format!("form-{form}-{field}-{what}")) || i18n::has(lang, &format!("field-{field}-{what}"))
    };
    for lang in Lang::ALL {
        let mut missing = Vec::new();
        for form in &FORMS {
            for key in ["title", "lead", "privacy"] {
                let key = format!("form-{}-{key}", form.id);
                if !i18n::has(lang, &key) {
                    missing.push(key);
                }
            }
            for step in form.steps {
                let key = format!("form-{}-step-{}", form.id, step.id);
                if !i18n::has(lang, &key) {
                    missing.push(key);
                }
                for field in step.fields {
                    if !either(lang, form.id, field.id, "label") {
                        missing.push(format!("{}: {} label", form.id, field.id));
                    }
                    if field.required && !either(lang, form.id, field.id, "error-required") {
                        missing.push(format!("{}: {} error-required", form.id, field.id));
                    }
                    if let Kind::Choice(options) | Kind::MultiChoice(options) = field.kind {
                        for option in options {
                            if !either(lang, form.id, field.id, option) {
                                missing.push(format!("{}: {} option {option}", form.id, field.id));
                            }
                        }
                    }
                }
            }
        }
        for key in ["field-declaration-label", "field-declaration-confirmed", "field-declaration-error-required"] {
            if !i18n::has(lang, key) {
                missing.push(key.to_owned());
            }
        }
        for code in ErrorCode::ALL {
            if !i18n::has(lang, &code.message_key()) {
                missing.push(code.message_key());
            }
        }
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
    }
}
