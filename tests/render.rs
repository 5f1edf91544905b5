//! Every page rendered natively, as pre-rendering does: one h1 that names the page, the
//! language switch to the same page, no message key left untranslated, islands only where a
//! person interacts.
#![cfg(feature = "ssr")]

use dvi_self_service::prerender::{body as render, bundle};
use dvi_self_service::routes::{FormPage, Page, Route};

fn text_nodes(html: &str) -> Vec<String> {
    html.split('<').filter_map(|part| part.split_once('>').map(|(_, text)| text.trim().to_owned())).filter(|t| !t.is_empty()).collect()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[test]
fn every_page_in_both_languages() {
    let key_shaped = regex::Regex::new(r"^[a-z]+(-[a-z0-9]+)+$").expect("regex");
    for route in Route::all() {
        let href = route.href();
        let html = render(&href);
        assert_eq!(html.matches("<h1").count(), 1, "{href}: one h1");
        assert!(html.contains(&format!(">{}</h1>", escape(&route.heading()))), "{href}: h1 names the page");
        let switch = format!("href=\"{}\"", route.translated().href());
        assert!(html.contains(&switch), "{href}: the language switch leads to {switch}");
        assert!(html.contains("id=\"main\""), "{href}: skip-link target");
        for text in text_nodes(&html) {
            assert!(!key_shaped.is_match(&text), "{href}: untranslated key {text:?}");
            assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'), "{href}: isolation marks in {text:?}");
        }
    }
}

#[test]
fn unknown_addresses_show_not_found() {
    for (path, heading) in [("/lv/nekas", "Lapa nav atrasta"), ("/en/nothing", "Page not found"), ("/xx", "Lapa nav atrasta")] {
        assert!(render(path).contains(heading), "{path}");
    }
}

#[test]
fn islands_only_where_a_person_interacts() {
    for route in Route::all() {
        let html = render(&route.href());
        let expected = match route.page {
            Page::Channels => Some("dvi-contact"),
            Page::Catalogue => Some("dvi-catalogue"),
            Page::Form(_, FormPage::Step(_)) => Some("dvi-forms"),
            Page::Form(_, FormPage::Advice(_)) => None,
            Page::Form(..) => Some("dvi-form-send"),
            _ => None,
        };
        assert_eq!(bundle(&html), Ok(expected), "{}", route.href());
        // A <noscript> inside an island would not hydrate: with scripting on, its content is
        // one text node, not the elements the island draws.
        for island in html.split("class=\"dvi-island\"").skip(1) {
            let inside = &island[..island.find("</main>").unwrap_or(island.len())];
            assert!(!inside.contains("<noscript"), "{}: a <noscript> in an island", route.href());
        }
    }
}

#[test]
fn the_catalogue_cards_say_what_the_search_reads() {
    let html = render("/lv/pakalpojumi");
    let cards = html.matches("<li data-for=\"").count();
    assert_eq!(cards, dvi_self_service::content::services().len());
    assert!(html.contains("data-words=\"sudziba par personas datu apstradi"), "folded words, in the page's language");
    assert!(html.contains("data-island=\"catalogue\" data-props=\"lang=lv&amp;form=&amp;step=0&amp;services="));
}

#[test]
fn a_form_page_says_how_to_send_without_javascript_outside_its_island() {
    let html = render(&Route::new(dvi_self_service::lang::Lang::En, Page::Form("complaint", FormPage::Step(0))).href());
    let noscript = html.find("<noscript").expect("a noscript part");
    let island = html.find("data-island=\"form-step\"").expect("the step's island");
    assert!(noscript < island, "before the island");
}

/// Every step and check answers says where the draft is kept: on the site, and, hidden until a
/// widget shows it (public/widget/embed.js), in a widget, whose host page keeps it.
#[test]
fn a_form_page_says_where_the_draft_is_kept() {
    use dvi_self_service::lang::Lang;
    for form in &dvi_validation::forms::FORMS {
        for lang in [Lang::Lv, Lang::En] {
            for page in (0..form.steps.len()).map(FormPage::Step).chain([FormPage::Check]) {
                let href = Route::new(lang, Page::Form(form.id, page)).href();
                let html = render(&href);
                for (key, shown) in
                    [("form-draft-notice", "<p data-on-site=\"\">"), ("form-draft-notice-widget", "<p data-in-widget=\"\" hidden>")]
                {
                    let words = escape(&dvi_self_service::i18n::t(lang, key));
                    assert!(html.contains(&format!("{shown}{words}</p>")), "{href}: {key}");
                }
            }
        }
    }
}

/// Every question of every step is in the page, those waiting for an answer hidden, so that an
/// island reveals what was pre-rendered and never draws a question anew; every select has its
/// options; and each step's form is posted, never sent as a GET, to how to send it another way.
#[test]
fn every_question_is_pre_rendered_and_no_form_sends_its_answers_in_an_address() {
    use dvi_self_service::lang::Lang;
    use dvi_validation::forms::{Kind, FORMS};
    for lang in Lang::ALL {
        let another_way = format!("action=\"{}\"", Route::new(lang, Page::AnotherWay).href());
        for form in &FORMS {
            for (index, step) in form.steps.iter().enumerate() {
                let href = Route::new(lang, Page::Form(form.id, FormPage::Step(index))).href();
                let html = render(&href);
                for field in step.fields {
                    let id = match field.kind {
                        Kind::Choice(options) | Kind::MultiChoice(options) => format!("field-{}-{}", field.id, options[0]),
                        _ => format!("field-{}", field.id),
                    };
                    let at = html.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("{href}: {id} pre-rendered"));
                    let class = html[..at].rfind("class=\"dvi-question\"").unwrap_or_else(|| panic!("{href}: {id} in a question"));
                    let question = html[..class].rfind("<div").unwrap_or(0);
                    let opening = &html[question..class + html[class..].find('>').unwrap_or(0)];
                    assert_eq!(opening.contains("hidden"), field.when.is_some(), "{href}: {id} hidden only while it waits for an answer");
                    if field.kind == Kind::Country {
                        let select = &html[at..at + html[at..].find("</select>").unwrap_or(0)];
                        assert!(select.matches("<option").count() > 200, "{href}: {id} has every country");
                    }
                }
                let forms: Vec<&str> = html.split("<form").skip(1).map(|f| &f[..f.find('>').unwrap_or(0)]).collect();
                assert_eq!(forms.len(), 1, "{href}: one form");
                assert!(forms[0].contains("method=\"post\"") && forms[0].contains(&another_way), "{href}: {}", forms[0]);
            }
        }
        // No other form of the site is a GET either, but the search (a query, not an answer).
        for route in Route::all().into_iter().filter(|r| r.lang == lang) {
            let html = render(&route.href());
            for form in html.split("<form").skip(1).map(|f| &f[..f.find('>').unwrap_or(0)]) {
                let search = form.contains("role=\"search\"");
                assert!(search || form.contains("method=\"post\""), "{}: {form}", route.href());
            }
        }
    }
}

#[test]
fn the_phone_line_shows_its_hours_without_a_clock() {
    // Pre-rendered HTML must not claim "open" or "closed": that depends on when it is read.
    let html = render("/en/contact");
    assert!(html.contains("On working days from 13:00 to 15:00"));
    assert!(!html.contains("Open now") && !html.contains("Closed now"));
}

#[test]
fn every_page_ends_with_report_a_problem_with_its_own_address() {
    for route in Route::all() {
        let html = render(&route.href());
        let feedback = Route::new(route.lang, Page::Form("feedback", FormPage::Step(0))).href();
        let link = match route.page {
            // One page for every missing address: not its own.
            Page::NotFound => format!("<a href=\"{feedback}\">"),
            _ => format!("<a href=\"{feedback}?page={}\">", route.href()),
        };
        let main = &html[html.find("<main").unwrap_or(0)..html.find("</main>").unwrap_or(0)];
        // In the main content, so that a widget, which shows only that, has it too.
        assert!(main.contains(&link), "{}: {link}", route.href());
    }
}

#[test]
fn a_confirmation_keeps_the_sentence_around_its_date_hidden_until_it_has_one() {
    let html = render("/en/services/ask-a-question/apply/sent");
    let class = html.find("class=\"dvi-due\"").expect("the due date's part");
    let due = html[..class].rfind("<div").unwrap_or(0);
    let opening = &html[due..class + html[class..].find('>').unwrap_or(0)];
    assert!(opening.contains("hidden"), "{opening}");
    assert!(html.contains("We will answer you by "), "the words around the date are the page's");
    assert!(!html.contains("{date}"));
    let lv = render("/lv/pakalpojumi/apstridet-lemumu-vai-ricibu/pieteikums/nosutits");
    assert!(lv.contains("Direktors par jūsu iesniegumu lems līdz "), "Latvian, the appeal's own");
}

#[test]
fn a_service_with_a_form_states_its_time_limit_and_how_it_counts() {
    for (path, words) in [
        ("/en/services/ask-a-question", "Law on Submissions, Section 5 (since 1 March 2026)"),
        ("/lv/pakalpojumi/sudziba-par-personas-datu-apstradi", "Vispārīgās datu aizsardzības regulas 78. panta 2. punkts"),
    ] {
        let html = render(path);
        assert!(html.contains(words), "{path}: {words}");
        assert!(html.contains("Saturday") || html.contains("sestdiena"), "{path}: how a time limit moves off a day off");
    }
}

#[test]
fn the_advice_page_has_its_letter_and_both_ways_on() {
    let html = render("/en/services/complaint-about-personal-data/apply/ask-the-controller-first");
    assert!(html.contains("class=\"dvi-letter\"") && html.contains("[name of the company or institution"));
    let step = |n: usize| format!("/en/services/complaint-about-personal-data/apply/{n}");
    assert!(html.contains(&format!("href=\"{}\"", step(6))), "go on: the step after the answer");
    assert!(html.contains(&format!("href=\"{}#field-contacted\"", step(5))), "change the answer");
    assert!(!html.contains("<form"), "nothing to send from here but the report link's page");
}

#[test]
fn the_accessibility_statement_has_every_part_of_the_model_form() {
    let model = [
        (
            "/lv/pieklustamiba",
            "daļēji atbilst",
            [
                "Cik piekļūstama ir šī tīmekļvietne?",
                "Nepiekļūstams saturs",
                "Piekļūstamības alternatīvas",
                "Šā piekļūstamības paziņojuma sagatavošana",
                "Atsauksmēm un saziņai",
                "Izpildes panākšanas procedūra",
            ],
        ),
        (
            "/en/accessibility",
            "partially compliant",
            [
                "How accessible is this website?",
                "Content that is not accessible",
                "Other ways to reach us",
                "Preparation of this statement",
                "Feedback and contact",
                "Enforcement procedure",
            ],
        ),
    ];
    let ombudsman = &dvi_self_service::content::ombudsman().value;
    for (path, status, headings) in model {
        let html = render(path);
        for heading in headings {
            assert!(html.contains(&format!(">{heading}</h2>")), "{path}: {heading}");
        }
        assert!(html.contains(status), "{path}: the compliance status");
        let record = if path.starts_with("/lv") { "/lv/pieklustamibas-izvertejums" } else { "/en/accessibility-evaluation" };
        assert!(html.contains(&format!("href=\"{record}\"")), "{path}: the evaluation record");
        assert!(html.contains(&format!("?page={path}\"")), "{path}: report a problem with the statement");
        for fact in [&ombudsman.phone, &ombudsman.email, &ombudsman.address] {
            assert!(html.contains(fact.as_ref() as &str), "{path}: the Ombudsman's {fact}");
        }
    }
}

#[test]
fn the_evaluation_record_lists_every_page_and_the_tools() {
    use dvi_self_service::content::checked_with;
    for (path, lang) in [("/en/accessibility-evaluation", "en"), ("/lv/pieklustamibas-izvertejums", "lv")] {
        let html = render(path);
        // Every page, linked: the pages' browser test crawls the site's links, through these.
        for route in Route::all().into_iter().filter(|r| r.page != Page::NotFound) {
            assert!(html.contains(&format!("href=\"{}\"", route.href())), "{path}: {}", route.href());
        }
        for tool in ["axe-core", "vnu-jar", "playwright-core"] {
            let version = checked_with(tool);
            assert!(version.split('.').count() == 3 && html.contains(version), "{path}: {tool} {version}");
        }
        let version = if lang == "en" { "Version of the site" } else { "Vietnes versija" };
        assert!(html.contains(version), "{path}: the version's date");
    }
}

#[test]
fn every_page_links_to_easy_read_from_its_header() {
    for route in Route::all() {
        let html = render(&route.href());
        let easy = Route::new(route.lang, Page::EasyRead).href();
        let header = &html[html.find("<header").unwrap_or(0)..html.find("</header>").unwrap_or(0)];
        assert!(header.contains(&format!("href=\"{easy}\"")), "{}: the header links to {easy}", route.href());
    }
}

#[test]
fn the_easy_read_page_has_a_picture_beside_each_idea() {
    let e = dvi_self_service::content::easy_read();
    let ideas: usize = e.sections.iter().map(|s| s.ideas.len()).sum();
    for (path, lang) in [("/lv/viegli-lasit", dvi_self_service::lang::Lang::Lv), ("/en/easy-read", dvi_self_service::lang::Lang::En)] {
        let html = render(path);
        assert_eq!(html.matches("class=\"dvi-easy__idea\"").count(), ideas, "{path}");
        assert_eq!(html.matches("<svg").count(), ideas, "{path}: a picture each, drawn in the page");
        assert_eq!(html.matches("<svg aria-hidden=\"true\"").count(), ideas, "{path}: hidden from screen readers");
        for s in e.sections.iter() {
            assert!(html.contains(&format!(">{}</h2>", escape(s.heading.get(lang)))), "{path}: {}", s.id);
        }
        assert_eq!(bundle(&html), Ok(None), "{path}: no islands");
    }
}
