//! Catalogue search: case- and diacritic-insensitive, so "sudziba" finds "sūdzība".

use crate::content::{Audience, Service};
use crate::lang::Lang;

/// Lowercase, with Latvian (and common Latin) diacritics folded to their base letters.
/// Folds by hand rather than with `char::to_lowercase`: the content is Latvian and English, and
/// the full Unicode case table would add about 4 KB (brotli) to the wasm.
pub fn normalize(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'ā' | 'à' | 'á' | 'â' | 'ä' | 'å' | 'ą' | 'Ā' | 'À' | 'Á' | 'Â' | 'Ä' | 'Å' | 'Ą' => 'a',
            'č' | 'ç' | 'ć' | 'Č' | 'Ç' | 'Ć' => 'c',
            'ē' | 'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ė' | 'Ē' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ę' | 'Ė' => 'e',
            'ģ' | 'Ģ' => 'g',
            'ī' | 'ì' | 'í' | 'î' | 'ï' | 'į' | 'Ī' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Į' => 'i',
            'ķ' | 'Ķ' => 'k',
            'ļ' | 'ł' | 'Ļ' | 'Ł' => 'l',
            'ņ' | 'ñ' | 'ń' | 'Ņ' | 'Ñ' | 'Ń' => 'n',
            'ō' | 'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'Ō' | 'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' => 'o',
            'ŗ' | 'Ŗ' => 'r',
            'š' | 'ś' | 'Š' | 'Ś' => 's',
            'ū' | 'ù' | 'ú' | 'û' | 'ü' | 'ų' | 'Ū' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ų' => 'u',
            'ž' | 'ź' | 'ż' | 'Ž' | 'Ź' | 'Ż' => 'z',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Every word of the query occurs in the haystack (both already normalised or not: this folds).
pub fn matches(query: &str, haystack: &str) -> bool {
    let haystack = normalize(haystack);
    normalize(query).split_whitespace().all(|word| haystack.contains(word))
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    pub query: String,
    pub audience: Option<Audience>,
    pub channel: Option<String>,
}

/// The code of an audience in the address (`?for=person`) and on a catalogue card.
pub fn audience_code(audience: Audience) -> &'static str {
    match audience {
        Audience::Person => "person",
        Audience::Organisation => "organisation",
    }
}

pub fn audience_from_code(code: &str) -> Option<Audience> {
    [Audience::Person, Audience::Organisation].into_iter().find(|a| audience_code(*a) == code)
}

/// A service as its catalogue card describes it to the search: whom it is for and its channels
/// (codes, space-separated), and its words in the card's language, folded. Pre-rendering writes
/// these into the card, so the search in the browser needs none of the content.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Entry {
    pub audiences: String,
    pub channels: String,
    pub words: String,
}

impl Entry {
    pub fn of(service: &Service, lang: Lang) -> Entry {
        Entry {
            audiences: service.audience.iter().map(|a| audience_code(*a)).collect::<Vec<_>>().join(" "),
            channels: service.channels.iter().map(|c| &*c.channel).collect::<Vec<_>>().join(" "),
            words: normalize(&[&service.title, &service.summary, &service.description, &service.keywords].map(|t| t.get(lang)).join(" ")),
        }
    }
}

impl Filter {
    pub fn admits(&self, entry: &Entry) -> bool {
        self.audience.is_none_or(|a| entry.audiences.split(' ').any(|code| code == audience_code(a)))
            && self.channel.as_ref().is_none_or(|c| entry.channels.split(' ').any(|code| code == c))
            && matches(&self.query, &entry.words)
    }
}

/// The services the filter admits, in their order.
pub fn filter<'a>(services: &'a [Service], lang: Lang, f: &Filter) -> Vec<&'a Service> {
    services.iter().filter(|s| f.admits(&Entry::of(s, lang))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    #[test]
    fn folds_case_and_diacritics() {
        assert_eq!(normalize("Sūdzība PAR Personas Datu Apstrādi"), "sudziba par personas datu apstradi");
        assert_eq!(normalize("ĀČĒĢĪĶĻŅŠŪŽ"), "acegiklnsuz");
        assert_eq!(normalize("ÉCOLE Ūdens"), "ecole udens");
        assert!(matches("sudziba", "Sūdzība par personas datu apstrādi"));
        assert!(matches("  DATU   sūdz ", "Sūdzība par personas datu apstrādi"));
        assert!(!matches("licence", "Sūdzība par personas datu apstrādi"));
        assert!(matches("", "anything"));
    }

    #[test]
    fn finds_the_complaint_without_diacritics_in_both_languages() {
        let services = content::services();
        let lv = filter(services, Lang::Lv, &Filter { query: "sudziba".into(), ..Filter::default() });
        assert!(lv.iter().any(|s| s.id == "complaint"), "{:?}", lv.iter().map(|s| &s.id).collect::<Vec<_>>());
        let en = filter(services, Lang::En, &Filter { query: "COMPLAINT".into(), ..Filter::default() });
        assert!(en.iter().any(|s| s.id == "complaint"));
    }

    #[test]
    fn audience_codes_round_trip() {
        for a in [Audience::Person, Audience::Organisation] {
            assert_eq!(audience_from_code(audience_code(a)), Some(a));
        }
        assert_eq!(audience_from_code("everyone"), None);
    }

    #[test]
    fn filters_by_audience_and_channel() {
        let services = content::services();
        let all = filter(services, Lang::Lv, &Filter::default());
        assert_eq!(all.len(), services.len());
        let org = filter(services, Lang::Lv, &Filter { audience: Some(Audience::Organisation), ..Filter::default() });
        assert!(org.iter().all(|s| s.audience.contains(&Audience::Organisation)));
        assert!(org.iter().any(|s| s.id == "breach-notification"));
        assert!(!org.iter().any(|s| s.id == "complaint"));
        let phone = filter(services, Lang::En, &Filter { channel: Some("phone".into()), ..Filter::default() });
        assert!(phone.iter().all(|s| s.channels.iter().any(|c| c.channel == "phone")));
        assert!(phone.len() < services.len());
    }
}
