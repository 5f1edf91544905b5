//! Every island that pre-rendering writes into a page has its export in the bundle the page
//! names, and every export an island: public/start.js calls `island_<name>` of that bundle.

use dvi_self_service::islands::BUNDLES;
use std::collections::BTreeSet;

fn read(path: &str) -> String {
    let path = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Each bundle of `islands::BUNDLES` is a bin of Cargo.toml built with the islands' feature,
/// and every such bin a bundle; each exports (`#[wasm_bindgen] pub fn island_<name>`, read by
/// parsing it) exactly its islands.
#[test]
fn each_bundle_is_a_bin_exporting_exactly_its_islands() {
    let manifest: toml::Table = toml::from_str(&read("Cargo.toml")).expect("Cargo.toml");
    let bins = manifest.get("bin").and_then(|b| b.as_array()).expect("Cargo.toml has bins");
    let islands_bins: BTreeSet<&str> = bins
        .iter()
        .filter(|b| b.get("required-features").and_then(|f| f.as_array()).is_some_and(|f| f.iter().any(|f| f.as_str() == Some("hydrate"))))
        .filter_map(|b| b.get("name")?.as_str())
        .collect();
    assert_eq!(islands_bins, BUNDLES.iter().map(|b| b.name).collect(), "the bins built with the islands' feature");
    for bundle in &BUNDLES {
        let file = syn::parse_file(&read(&format!("src/bin/{}.rs", bundle.name))).expect("a bin parses");
        let exported: BTreeSet<String> = file
            .items
            .iter()
            .filter_map(|item| match item {
                syn::Item::Fn(f)
                    if matches!(f.vis, syn::Visibility::Public(_)) && f.attrs.iter().any(|a| a.path().is_ident("wasm_bindgen")) =>
                {
                    f.sig.ident.to_string().strip_prefix("island_").map(|name| name.replace('_', "-"))
                }
                _ => None,
            })
            .collect();
        assert_eq!(exported, bundle.islands.iter().map(|i| i.to_string()).collect(), "{}", bundle.name);
    }
}

/// The words an island writes in the browser are in its page's words file in the page's
/// language (`islands::page_words`, what public/start.js fetches and `carry_words` takes): every message key written out in the files its views come from, but those
/// only the page writes (inside `prerendered_text(…)` or `prerendered_part(…)`, or in a component drawn only
/// through it), and the form words (`form-…`, `field-…`, `error-…`, looked up by name) in the
/// forms' bundle.
#[test]
fn each_bundle_carries_the_words_its_islands_show() {
    use dvi_self_service::i18n::{carry_only, carry_words, has};
    use dvi_self_service::lang::Lang;
    let key = regex::Regex::new(r#"\bt(?:_args)?\(\s*lang(?:\(\))?\s*,\s*"([a-z0-9-]+)""#).expect("regex");
    let bundles: [(&str, &[&str]); 4] = [
        ("dvi-contact", &["channel_guide", "phone_line_status", "radios", "question", "error_summary"]),
        ("dvi-catalogue", &["catalogue_filters", "radios", "question"]),
        (
            "dvi-forms",
            &[
                "question_page",
                "form_field",
                "checkboxes",
                "file_upload",
                "form_notices",
                "error_summary",
                "question",
                "radios",
                "page_heading",
            ],
        ),
        (
            "dvi-form-send",
            &[
                "check_answers",
                "checkboxes",
                "receipt",
                "sign_first",
                "form_notices",
                "other_ways",
                "error_summary",
                "question",
                "page_heading",
            ],
        ),
    ];
    for (bundle, files) in bundles {
        let mut keys = Vec::new();
        for file in files.iter() {
            let path = format!("{}/src/components/{file}.rs", env!("CARGO_MANIFEST_DIR"));
            let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            keys.extend(key.captures_iter(&written_in_the_browser(&source)).map(|c| c[1].to_owned()));
        }
        assert!(keys.len() >= 2, "{bundle}: found only {keys:?}");
        for lang in Lang::ALL {
            // Only this language's words: the page's.
            carry_only(&[]);
            // A form's page: the question's words (the others' differ only in their own).
            let form = bundle.starts_with("dvi-form").then_some("question");
            carry_words(lang, dvi_self_service::islands::page_words(bundle, lang, form));
            for k in &keys {
                assert!(has(lang, k), "{bundle} shows {k} but does not carry it ({lang:?})");
                assert!(!has(lang.other(), k), "{bundle}: {k} in the other language too");
            }
            if bundle.starts_with("dvi-form") {
                for k in ["form-question-title", "field-email-label", "error-required", "form-check-title"] {
                    assert!(has(lang, k), "{bundle}: {k}");
                }
            }
        }
    }
    carry_only(&dvi_self_service::i18n::catalogs::ALL);
}

/// `source` without what only pre-rendering writes: the calls to `prerendered_text` and `prerendered_part`,
/// what is built without the islands' feature (`#[cfg(not(feature = "hydrate"))]` and the
/// braces after it), and the components drawn only through `prerendered_part` (`fn GuideResult`).
fn written_in_the_browser(source: &str) -> String {
    let mut out = source.to_owned();
    while let Some(at) = out.find("#[cfg(not(feature = \"hydrate\"))]") {
        let open = at + out[at..].find('{').unwrap_or(0);
        let end = closing(&out, open, ('{', '}'));
        out.replace_range(at..end, "");
    }
    for start in ["prerendered_text(", "prerendered_part(", "fn GuideResult("] {
        while let Some(at) = out.find(start) {
            let end = if start.starts_with("fn ") {
                out[at..].find("\n}\n").map_or(out.len(), |i| at + i + 3)
            } else {
                closing(&out, at + start.len() - 1, ('(', ')'))
            };
            out.replace_range(at..end, "");
        }
    }
    out
}

/// Where the bracket opened at `open` closes (just after it).
fn closing(text: &str, open: usize, (left, right): (char, char)) -> usize {
    let mut depth = 0;
    for (i, c) in text[open..].char_indices() {
        if c == left {
            depth += 1;
        } else if c == right {
            depth -= 1;
            if depth == 0 {
                return open + i + 1;
            }
        }
    }
    text.len()
}
