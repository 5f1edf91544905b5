//! Checks on the content that its types cannot express. Tests assert that it finds nothing.

use super::*;
use crate::clock::{parse_hh_mm, Date};
use crate::lang::Lang;
use std::collections::HashSet;

/// Every problem found, one line each; empty when the content is sound.
pub fn problems(c: &Content) -> Vec<String> {
    let mut p = Problems::default();
    contact(&mut p, &c.contact);
    let channel_ids = unique_ids(&mut p, "channel", c.channels.iter().map(|ch| &*ch.id));
    for ch in c.channels.iter() {
        let at = format!("channel {}", ch.id);
        p.texts(&at, [&ch.name, &ch.suits, &ch.needs, &ch.speed, &ch.signature]);
        if let Some(link) = &ch.link {
            p.link(&at, link);
        }
        if ch.standard_points.iter().any(|&n| !(18..=25).contains(&n) && n != 15) {
            p.push(&at, "standard_points outside points 15 and 18-25");
        }
    }
    unique_ids(&mut p, "service", c.services.iter().map(|s| &*s.id));
    for lang in Lang::ALL {
        unique_ids(&mut p, "service slug", c.services.iter().map(|s| s.slug.get(lang)));
    }
    for s in c.services.iter() {
        service(&mut p, s, &channel_ids);
    }
    unique_ids(&mut p, "institution", c.institutions.iter().map(|i| &*i.id));
    for i in c.institutions.iter() {
        let at = format!("institution {}", i.id);
        p.texts(&at, [&i.name, &i.case, &i.handles]);
        p.link(&at, &i.link);
        p.source(&at, &i.source, &i.checked);
    }
    holidays(&mut p, &c.holidays);
    deadlines(&mut p, &c.deadlines);
    advice(&mut p, &c.advice);
    easy_read(&mut p, &c.easy_read, &c.pictures);
    let o = &c.ombudsman;
    p.source("ombudsman", &o.source, &o.checked);
    p.texts("ombudsman", [&o.value.name]);
    p.https("ombudsman", &o.value.website);
    if !o.value.phone.starts_with("+371 ") || !o.value.email.contains('@') || o.value.address.is_empty() {
        p.push("ombudsman", "a phone without +371, an e-mail without @ or no address");
    }
    for (name, article) in [("rights", &c.rights), ("accessibility", &c.accessibility), ("privacy", &c.privacy)] {
        p.texts(name, [&article.title, &article.lead]);
        p.date(name, &article.updated);
        unique_ids(&mut p, name, article.sections.iter().map(|s| &*s.id));
        for s in article.sections.iter() {
            let at = format!("{name} section {}", s.id);
            p.texts(&at, [&s.heading]);
            p.texts(&at, s.paragraphs.iter().chain(s.items.iter()));
            if s.paragraphs.is_empty() {
                p.push(&at, "has no paragraphs");
            }
        }
    }
    p.0
}

fn contact(p: &mut Problems, c: &Contact) {
    p.texts("contact", [&c.name, &c.address.value.mailbox]);
    p.source("contact address", &c.address.source, &c.address.checked);
    let postcode = &c.address.value.postcode;
    let digits = postcode.strip_prefix("LV-").unwrap_or("");
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        p.push("contact address", "postcode is not LV-NNNN");
    }
    p.source("contact email", &c.email.source, &c.email.checked);
    if !c.email.value.contains('@') || c.email.value.contains(' ') {
        p.push("contact email", "is not an e-mail address");
    }
    p.source("contact phone", &c.phone.source, &c.phone.checked);
    if c.phone.value.len() != 8 || !c.phone.value.bytes().all(|b| b.is_ascii_digit()) {
        p.push("contact phone", "is not eight digits");
    }
    let hours = &c.consultation_hours;
    p.source("consultation hours", &hours.source, &hours.checked);
    match (parse_hh_mm(&hours.value.from), parse_hh_mm(&hours.value.to)) {
        (Some(from), Some(to)) if from < to => {}
        _ => p.push("consultation hours", "are not HH:MM with from before to"),
    }
    p.source("website", &c.website.source, &c.website.checked);
    p.https("website", &c.website.value);
    for (at, fact) in [("e-address", &c.e_address), ("portal", &c.portal), ("twitter", &c.twitter), ("facebook", &c.facebook)] {
        p.source(at, &fact.source, &fact.checked);
        p.link(at, &fact.value);
    }
}

fn service(p: &mut Problems, s: &Service, channel_ids: &HashSet<&str>) {
    let at = format!("service {}", s.id);
    p.texts(&at, [&s.slug, &s.title, &s.summary, &s.description, &s.who, &s.fee, &s.timeframe, &s.law]);
    p.texts(&at, s.needs.iter());
    for lang in Lang::ALL {
        if !is_slug(s.slug.get(lang)) {
            p.push(&at, &format!("slug {:?} is not lowercase ASCII words joined by hyphens", s.slug.get(lang)));
        }
    }
    if s.audience.is_empty() {
        p.push(&at, "has no audience");
    }
    if s.channels.is_empty() {
        p.push(&at, "names no channel");
    }
    for sc in s.channels.iter() {
        if !channel_ids.contains(&*sc.channel) {
            p.push(&at, &format!("names channel {:?}, which channels.toml does not have", sc.channel));
        }
        p.texts(&at, [&sc.how]);
    }
    p.link(&at, &s.portal);
    if !s.portal.href.starts_with("https://latvija.gov.lv") && !s.portal.href.starts_with("https://www.latvija.gov.lv") {
        p.push(&at, "portal link does not lead to latvija.gov.lv");
    }
    if s.sources.is_empty() {
        p.push(&at, "has no source");
    }
    for src in s.sources.iter() {
        p.https(&at, src);
    }
}

fn holidays(p: &mut Problems, h: &Holidays) {
    p.source("holidays", &h.source, &h.checked);
    for f in h.fixed.iter() {
        if Date::new(2024, f.month, f.day).is_none() {
            p.push("holidays", &format!("{}.{}. is not a date", f.day, f.month));
        }
        p.texts("holidays", [&f.name]);
    }
    for e in h.easter.iter() {
        p.texts("holidays", [&e.name]);
    }
    for e in h.extra.iter() {
        p.date("holidays", &e.date);
        p.https("holidays", &e.source);
        p.texts("holidays", [&e.name]);
    }
    // A Saturday worked in place of a day off, which the Cabinet moved.
    for w in h.worked.iter() {
        p.date("holidays", &w.date);
        p.https("holidays", &w.source);
        if Date::parse(&w.date).is_some_and(|d| d.weekday() != 6) {
            p.push("holidays", &format!("{} is a worked day but not a Saturday", w.date));
        }
    }
}

/// One time limit for each online form, its sentence with one place for the date.
fn deadlines(p: &mut Problems, deadlines: &[Deadline]) {
    let ids = unique_ids(p, "deadline", deadlines.iter().map(|d| &*d.form));
    for form in dvi_validation::forms::FORMS.iter().filter(|f| !ids.contains(f.id)) {
        p.push("deadlines", &format!("the form {} has no deadline", form.id));
    }
    for d in deadlines {
        let at = format!("deadline {}", d.form);
        if dvi_validation::forms::form(&d.form).is_none() {
            p.push(&at, "is not a form of validation/src/forms.rs");
        }
        match (d.length.unit, d.length.count) {
            (Unit::Months, 1..=12) | (Unit::Workdays, 1..=60) => {}
            _ => p.push(&at, "is not 1 to 12 months or 1 to 60 working days"),
        }
        p.texts(&at, [&d.due, &d.if_late, &d.law]);
        if Lang::ALL.iter().any(|&lang| d.due.get(lang).matches("{date}").count() != 1) {
            p.push(&at, "due has not one {date} in each language");
        }
        p.source(&at, &d.source, &d.checked);
    }
}

/// A page for each advice a form declares, and none other; its letter with blanks to fill.
fn advice(p: &mut Problems, pages: &[AdvicePage]) {
    let ids = unique_ids(p, "advice", pages.iter().map(|a| &*a.id));
    let declared: Vec<&str> = dvi_validation::forms::FORMS.iter().flat_map(|f| f.advice.iter().map(|a| a.id)).collect();
    for id in declared.iter().filter(|id| !ids.contains(*id)) {
        p.push("advice", &format!("{id} is declared by a form but has no page"));
    }
    for a in pages {
        let at = format!("advice {}", a.id);
        if !declared.contains(&&*a.id) {
            p.push(&at, "is not declared by any form");
        }
        p.date(&at, &a.updated);
        if a.sources.is_empty() {
            p.push(&at, "has no source");
        }
        for src in a.sources.iter() {
            p.https(&at, src);
        }
        unique_ids(p, &at, a.sections.iter().map(|s| &*s.id));
        for s in a.sections.iter() {
            p.texts(&at, [&s.heading]);
            p.texts(&at, s.paragraphs.iter().chain(s.items.iter()));
        }
        p.texts(&at, [&a.letter.heading, &a.letter.intro]);
        p.texts(&at, a.letter.lines.iter());
        for lang in Lang::ALL {
            let blanks = a.letter.lines.iter().filter(|l| l.get(lang).contains('[')).count();
            let balanced = a.letter.lines.iter().all(|l| l.get(lang).matches('[').count() == l.get(lang).matches(']').count());
            if blanks == 0 || !balanced {
                p.push(&at, "the letter has no [blank] to fill, or an unclosed one");
            }
        }
    }
}

/// The longest sentence of the easy-to-read page, in words: Inclusion Europe asks for short
/// sentences; 15 words is the limit most easy-to-read guides give.
pub const EASY_SENTENCE_WORDS: usize = 15;

/// What easy-to-read text must be: one short sentence to a line, every heading a question,
/// no abbreviation ("DVI", "e.g.", "piem."; an e-mail address is not one); and a picture,
/// our own plain SVG, beside each idea.
fn easy_read(p: &mut Problems, e: &EasyRead, pictures: &[Picture]) {
    p.texts("easy read", [&e.lead]);
    p.date("easy read", &e.updated);
    unique_ids(p, "easy read", e.sections.iter().map(|s| &*s.id));
    for s in e.sections.iter() {
        let at = format!("easy read {}", s.id);
        p.texts(&at, [&s.heading]);
        for lang in Lang::ALL {
            if !s.heading.get(lang).ends_with('?') {
                p.push(&at, &format!("the heading is not a question ({})", lang.code()));
            }
        }
        if s.ideas.is_empty() {
            p.push(&at, "has no ideas");
        }
        for idea in s.ideas.iter() {
            if !pictures.iter().any(|pic| pic.name == idea.image) {
                p.push(&at, &format!("no picture {}", idea.image));
            }
            p.texts(&at, idea.sentences.iter());
            for sentence in idea.sentences.iter().flat_map(|t| Lang::ALL.map(|lang| t.get(lang))) {
                for problem in easy_sentence_problems(sentence) {
                    p.push(&at, &format!("{problem}: {sentence}"));
                }
            }
        }
    }
    for pic in pictures {
        let svg = pic.svg.to_lowercase();
        let plain = svg.starts_with("<svg ") && svg.ends_with("</svg>") && svg.matches("<svg").count() == 1;
        let elements = svg.split('<').skip(1).map(|t| t.trim_start_matches('/').split([' ', '>', '/']).next().unwrap_or_default());
        let drawing = elements.clone().all(|el| ["svg", "path", "circle", "rect", "line", "polyline", "ellipse"].contains(&el));
        let handler = svg.split(|c: char| c.is_whitespace() || c == '<').any(|token| token.starts_with("on"));
        if !plain || !drawing || handler || svg.contains("href") || svg.contains("url(") || svg.contains("style") {
            p.push(&format!("picture {}", pic.name), "is not a plain drawing (svg, path, circle, rect, line; no links, scripts or styles)");
        }
    }
}

/// Why a sentence is not easy to read, if it is not.
pub fn easy_sentence_problems(sentence: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    // An e-mail or web address, and a phone number, are what they are.
    let words: Vec<&str> = sentence.split_whitespace().filter(|w| !w.contains('@') && !w.starts_with('+')).collect();
    if words.len() > EASY_SENTENCE_WORDS {
        found.push("a sentence too long");
    }
    if !sentence.ends_with(['.', '?', '!']) {
        found.push("no full stop");
    }
    // One sentence: no full stop, question or exclamation mark before its end.
    if words.split_last().is_some_and(|(_, head)| head.iter().any(|w| w.ends_with(['.', '?', '!']))) {
        found.push("more than one sentence, or an abbreviation with a full stop");
    }
    let letters = |w: &&str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
    if words.iter().map(letters).any(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase())) {
        found.push("an abbreviation in capitals");
    }
    found
}

fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

fn unique_ids<'a>(p: &mut Problems, what: &str, ids: impl Iterator<Item = &'a str>) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for id in ids {
        if !is_slug(id) {
            p.push(what, &format!("id {id:?} is not lowercase ASCII words joined by hyphens"));
        }
        if !seen.insert(id) {
            p.push(what, &format!("id {id:?} is used twice"));
        }
    }
    seen
}

#[derive(Default)]
struct Problems(Vec<String>);

impl Problems {
    fn push(&mut self, at: &str, what: &str) {
        self.0.push(format!("{at}: {what}"));
    }

    fn texts<'a>(&mut self, at: &str, texts: impl IntoIterator<Item = &'a Text>) {
        for t in texts {
            for lang in Lang::ALL {
                let s = t.get(lang);
                if s.trim().is_empty() {
                    self.push(at, &format!("a text has no {} version (the other reads {:?})", lang.code(), t.get(lang.other())));
                } else if s != s.trim() && !s.contains('\n') {
                    self.push(at, &format!("{s:?} has stray spaces"));
                }
            }
        }
    }

    fn https(&mut self, at: &str, url: &str) {
        let rest = url.strip_prefix("https://").unwrap_or("");
        if rest.is_empty() || rest.starts_with('/') || url.contains(char::is_whitespace) {
            self.push(at, &format!("{url:?} is not an https address"));
        }
    }

    fn link(&mut self, at: &str, link: &Link) {
        self.https(at, &link.href);
        self.texts(at, [&link.label]);
    }

    fn date(&mut self, at: &str, date: &str) {
        if Date::parse(date).is_none() {
            self.push(at, &format!("{date:?} is not a YYYY-MM-DD date"));
        }
    }

    fn source(&mut self, at: &str, source: &str, checked: &str) {
        self.https(at, source);
        self.date(at, checked);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_the_types_cannot_catch() {
        let mut c = super::super::all();
        let service = &mut c.services.to_mut()[0];
        service.channels.to_mut()[0].channel = "carrier-pigeon".into();
        service.title.en = "".into();
        let channel = &mut c.channels.to_mut()[0];
        channel.link = Some(Link { href: "http://example.lv".into(), label: channel.name.clone() });
        c.contact.address.value.postcode = "1050".into();
        let found = problems(&c).join("\n");
        assert!(found.contains("carrier-pigeon"), "{found}");
        assert!(found.contains("no en version"), "{found}");
        assert!(found.contains("http://example.lv"), "{found}");
        assert!(found.contains("LV-NNNN"), "{found}");
    }

    #[test]
    fn easy_read_rules() {
        assert_eq!(easy_sentence_problems("Phone the inspectorate on +371 67223131."), Vec::<&str>::new());
        assert_eq!(easy_sentence_problems("Send an email to pasts@dvi.gov.lv."), Vec::<&str>::new());
        assert_eq!(easy_sentence_problems("Write to DVI."), vec!["an abbreviation in capitals"]);
        assert_eq!(easy_sentence_problems("Ask us, e.g. by phone."), vec!["more than one sentence, or an abbreviation with a full stop"]);
        assert_eq!(easy_sentence_problems("We help. We answer."), vec!["more than one sentence, or an abbreviation with a full stop"]);
        assert_eq!(easy_sentence_problems("No full stop"), vec!["no full stop"]);
        let long = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.";
        assert_eq!(easy_sentence_problems(long), vec!["a sentence too long"]);
        let mut c = super::super::all();
        c.easy_read.sections.to_mut()[0].heading.en = "Who we are".into();
        c.pictures.to_mut()[0].svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".into();
        c.pictures.to_mut()[1].svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><path d=\"M0 0\"\nonclick=\"alert(1)\"/></svg>".into();
        c.holidays.worked.to_mut().push(WorkedDay { date: "2026-06-29".into(), source: "https://likumi.lv".into() });
        let found = problems(&c).join("\n");
        assert!(found.contains("not a question"), "{found}");
        assert_eq!(found.matches("not a plain drawing").count(), 2, "{found}");
        assert!(found.contains("2026-06-29 is a worked day but not a Saturday"), "{found}");
    }
}
