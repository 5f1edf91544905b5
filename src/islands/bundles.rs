//! Which bundle brings which island to life, and the words each bundle's islands write.

use crate::i18n::{catalogs, Catalog};
use crate::lang::Lang;

/// A bundle of islands: a Cargo bin, `src/bin/<name>.rs`, with an `island_<name>` export
/// (hyphens as underscores) for each of its islands, built by trunk into a folder of dist/. A
/// page fetches the one bundle its islands are in (`prerender.rs` writes it into the page).
pub struct Bundle {
    pub name: &'static str,
    /// Its folder of dist/: "" for the first, the site's own (trunk builds it from index.html,
    /// with the stylesheet and the loader); the others' trunk pages are derived from this list
    /// (xtask, `prerender --bundles`).
    pub dir: &'static str,
    pub islands: &'static [&'static str],
    /// The messages its words file holds (`i18n::words_file`, fetched in the page's language):
    /// what its islands write in the browser (locales/*/live.ftl; the forms' words, which their
    /// answers and errors are written in), and no more: the rest of a page's words are its own
    /// (`prerendered_text`, `prerendered_part`).
    pub words: &'static [&'static Catalog],
}

/// Every bundle of islands: the one list, from which the builds, the pages and the words files
/// are derived, and against which Cargo.toml and the bins are checked (tests/islands.rs).
pub static BUNDLES: [Bundle; 4] = [
    Bundle { name: "dvi-contact", dir: "", islands: &["phone-line", "channel-guide"], words: &[&catalogs::LIVE] },
    Bundle { name: "dvi-catalogue", dir: "catalogue/", islands: &["catalogue"], words: &[&catalogs::LIVE] },
    Bundle { name: "dvi-forms", dir: "forms/", islands: &["form-step"], words: &FORMS_WORDS },
    Bundle { name: "dvi-form-send", dir: "send/", islands: &["form-check", "form-sent"], words: &FORMS_WORDS },
];

/// A form's two bundles write the same words, and so share their words files.
static FORMS_WORDS: [&Catalog; 4] = [&catalogs::LIVE, &catalogs::FORMS, &catalogs::FORM_TITLES, &catalogs::COUNTRIES];

/// Which of its bundle's words a page's words file holds: on a form's pages, not the other
/// forms' own words, and of the countries only Latvia (most addresses are there; the names of
/// the others come when an answer needs one: `COUNTRY_WORDS`).
pub fn page_needs(form: Option<&str>, key: &str) -> bool {
    if let Some(name) = key.strip_prefix("country-") {
        return name == "LV" || name == "other";
    }
    match (form, key.strip_prefix("form-")) {
        (Some(form), Some(rest)) => !dvi_validation::forms::FORMS.iter().any(|f| f.id != form && rest.starts_with(&format!("{}-", f.id))),
        _ => true,
    }
}

/// The words file of a page with this bundle's islands, in `lang`: its catalogs, only what the
/// page needs (`page_needs`; `form`: the form whose page it is).
pub fn page_words(bundle: &str, lang: Lang, form: Option<&str>) -> String {
    crate::i18n::words_file_of(lang, catalogs_of(bundle), |key| page_needs(form, key))
}

/// The countries' names, a words file of their own (`dvi-countries`), which a form's island
/// fetches when an answer names a country other than Latvia (`forms::country_words`).
pub static COUNTRY_WORDS: [&Catalog; 1] = [&catalogs::COUNTRIES];

/// The catalogs of a bundle's words file (none for a name not in `BUNDLES`).
pub fn catalogs_of(bundle: &str) -> &'static [&'static Catalog] {
    BUNDLES.iter().find(|b| b.name == bundle).map_or(&[], |b| b.words)
}

/// The bundle that brings an island to life.
pub fn bundle_of(island: &str) -> Option<&'static str> {
    BUNDLES.iter().find(|b| b.islands.contains(&island)).map(|b| b.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_island_is_in_one_bundle() {
        let all: Vec<&str> = BUNDLES.iter().flat_map(|b| b.islands.iter().copied()).collect();
        for island in &all {
            assert_eq!(all.iter().filter(|i| *i == island).count(), 1, "{island}");
            assert!(bundle_of(island).is_some());
        }
        assert_eq!(bundle_of("nothing"), None);
        for bundle in &BUNDLES {
            assert!(!catalogs_of(bundle.name).is_empty(), "{} has words", bundle.name);
            assert_eq!(bundle.dir.is_empty(), bundle.name == BUNDLES[0].name, "only the first is built into dist/ itself");
            assert!(bundle.dir.is_empty() || bundle.dir.ends_with('/'));
        }
    }
}
