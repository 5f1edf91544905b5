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
        p.texts(&at, [&ch.name, &ch.suits, &ch.needs, &ch.speed]);
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
}
