//! The content files: complete in both languages, links https, references that resolve, and
//! the facts the client service standard promises.

use dvi_self_service::content::{self, validate::problems, Audience};

#[test]
fn content_has_no_problems() {
    let found = problems(&content::all());
    assert!(found.is_empty(), "content problems:\n{}", found.join("\n"));
}

#[test]
fn every_channel_of_the_standard_is_there() {
    // Points 18-25: e-services on the portal and on dvi.gov.lv, e-mail with an e-signature,
    // the mailbox and post, visits, the phone line, questions on the website, Twitter, Facebook;
    // and the official e-address that later replaced much e-mail.
    let ids: Vec<&str> = content::channels().iter().map(|c| &*c.id).collect();
    for id in ["portal", "eservice", "email", "e-address", "mailbox", "post", "visit", "phone", "web-question", "twitter", "facebook"] {
        assert!(ids.contains(&id), "channel {id} is missing");
    }
    let signed = |id: &str| content::channels().iter().find(|c| c.id == id).is_some_and(|c| c.signed);
    assert!(signed("portal") && signed("e-address") && signed("post") && signed("mailbox"));
    assert!(!signed("phone") && !signed("twitter") && !signed("facebook"));
}

#[test]
fn each_card_says_truly_whether_a_signed_document_can_go_that_way() {
    // E-mail does not count as signed by itself, but carries a document signed with a secure
    // e-signature (standard, point 23): its card must say yes, and how.
    for c in content::channels() {
        let yes = c.signed || c.id == "email";
        assert_eq!(c.signature.en.starts_with("Yes"), yes, "{}: {}", c.id, c.signature.en);
        assert_eq!(c.signature.lv.starts_with("Jā"), yes, "{}: {}", c.id, c.signature.lv);
    }
    let email = content::channels().iter().find(|c| c.id == "email").map(|c| &*c.signature.en).unwrap_or_default();
    assert!(email.contains("secure electronic signature"), "{email}");
}

#[test]
fn the_phone_number_is_written_to_be_dialled_from_abroad() {
    // Wherever a text gives the number, it gives Latvia's code with it; the pages write it
    // from content::phone_display.
    let number = &content::contact().phone.value;
    assert_eq!(content::phone_display(), format!("+371 {number}"));
    let root = env!("CARGO_MANIFEST_DIR");
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for dir in ["content", "locales/lv", "locales/en"] {
        for entry in std::fs::read_dir(format!("{root}/{dir}")).into_iter().flatten().flatten() {
            files.push(entry.path());
        }
    }
    assert!(files.len() > 10, "{files:?}");
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for (at, _) in text.match_indices(number.as_ref() as &str) {
            let before = &text[..at];
            let ok = before.ends_with("+371 ") || before.ends_with("value = \"");
            assert!(ok, "{}: the number without +371 at byte {at}", path.display());
        }
    }
}

#[test]
fn contact_data_is_the_most_recent() {
    let c = content::contact();
    assert_eq!(c.address.value.street, "Elijas iela 17");
    assert_eq!(c.address.value.postcode, "LV-1050");
    assert_eq!(c.email.value, "pasts@dvi.gov.lv");
    assert_eq!(c.phone.value, "67223131");
    assert_eq!((c.consultation_hours.value.from.as_ref(), c.consultation_hours.value.to.as_ref()), ("13:00", "15:00"));
    assert!(c.portal.value.href.starts_with("https://latvija.gov.lv"));
}

#[test]
fn the_catalogue_holds_the_inspectorates_services() {
    let services = content::services();
    assert!(services.len() >= 10, "only {} services", services.len());
    let ids: Vec<&str> = services.iter().map(|s| &*s.id).collect();
    for id in ["complaint", "breach-notification", "dpo-exam", "question", "feedback", "appeal", "visit"] {
        assert!(ids.contains(&id), "service {id} is missing (have {ids:?})");
    }
    assert!(services.iter().any(|s| s.audience.contains(&Audience::Person)));
    assert!(services.iter().any(|s| s.audience.contains(&Audience::Organisation)));
    let exam = services.iter().find(|s| s.id == "dpo-exam").map(|s| &*s.fee.en).unwrap_or_default();
    assert!(exam.contains("188.78"), "exam fee: {exam}");
}

#[test]
fn the_home_page_lists_the_five_top_tasks() {
    let mut tasks: Vec<_> = content::services().iter().filter_map(|s| s.top_task.map(|n| (n, &*s.id))).collect();
    tasks.sort();
    let ids: Vec<&str> = tasks.iter().map(|(_, id)| *id).collect();
    assert_eq!(ids, ["question", "complaint", "feedback", "appeal", "visit"]);
}

#[test]
fn complaints_and_appeals_go_only_through_channels_that_carry_a_signature() {
    for id in ["complaint", "appeal"] {
        let service = content::services().iter().find(|s| s.id == id).expect("service exists");
        for sc in service.channels.iter() {
            let channel = content::channels().iter().find(|c| c.id == sc.channel).expect("channel exists");
            assert!(channel.signed || channel.id == "email", "{id} offers {} which cannot carry a signature", channel.id);
        }
    }
}

#[test]
fn referral_covers_the_common_cases() {
    let ids: Vec<&str> = content::institutions().iter().map(|i| &*i.id).collect();
    assert!(ids.len() >= 7, "{ids:?}");
}

/// content/countries.toml names every country the backend accepts, in both languages, once;
/// and each language lists them in its own alphabetical order (Latvian: "Č" after all "C").
#[test]
fn countries_are_those_the_backend_accepts_named_in_both_languages() {
    use dvi_self_service::i18n::{catalogs::COUNTRY_ORDER, has, t};
    use dvi_self_service::lang::Lang;
    use dvi_validation::countries::CODES;
    let source = include_str!("../content/countries.toml");
    assert_eq!(source.matches("[[country]]").count(), CODES.len(), "one entry per code");
    for lang in Lang::ALL {
        let order: Vec<&str> = COUNTRY_ORDER[lang as usize].split(' ').collect();
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, CODES, "{lang:?}: every code once");
        let mut names: Vec<String> = CODES.iter().map(|c| t(lang, &format!("country-{c}"))).collect();
        for (code, name) in CODES.iter().zip(&names) {
            assert!(has(lang, &format!("country-{code}")) && !name.is_empty() && !name.contains('&'), "{lang:?}: {code} {name}");
        }
        names.sort();
        names.dedup();
        assert_eq!(names.len(), CODES.len(), "{lang:?}: no two countries of one name");
        let at = |code: &str| order.iter().position(|c| *c == code).unwrap_or(usize::MAX);
        assert_eq!(t(lang, "country-LV"), if lang == Lang::Lv { "Latvija" } else { "Latvia" });
        assert_eq!(t(lang, "country-DE"), if lang == Lang::Lv { "Vācija" } else { "Germany" });
        match lang {
            // Kuba, Kuka salas, … then Ķīna; Čada, Čehija after every C; Ēģipte with E.
            Lang::Lv => {
                assert!(at("CU") < at("CN") && at("CK") < at("CN"), "Ķīna after every K");
                assert!(at("CF") < at("TD") && at("TD") < at("CZ") && at("CZ") < at("DK"), "{order:?}");
                assert!(at("EG") < at("EE") && at("EE") < at("ES"), "Ēģipte, Igaunija, Spānija: {order:?}");
            }
            Lang::En => {
                assert!(at("AX") < at("AL") && at("CW") < at("CY"), "Åland Islands with A; Curaçao, Cyprus");
                assert!(at("UA") < at("AE") && at("AE") < at("GB") && at("GB") < at("US"), "{order:?}");
            }
        }
    }
}
