//! The site's addresses: every page in both languages, parsed from and written to a path.
//!
//! One table maps pages to their path segment in each language, so the language switch keeps
//! the person on the same page and pre-rendering can list every address.

use crate::content::{self, service};
use crate::i18n::t;
use crate::lang::Lang;
use dvi_validation::forms::{form, FORMS};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    Catalogue,
    /// A service, by its content id.
    Service(&'static str),
    Channels,
    Rights,
    /// Who the inspectorate is and how to reach it, in easy-to-read language.
    EasyRead,
    Referral,
    Accessibility,
    /// The accessibility evaluation record: what the checks cover, generated at build time.
    AccessibilityRecord,
    Privacy,
    /// How to send a form's answers another way: where a form step's Continue leads while its
    /// island is not running (JavaScript off, or the page could not start).
    AnotherWay,
    /// An online form, by its id (the id of its service too), and which of its pages.
    Form(&'static str, FormPage),
    NotFound,
}

impl Page {
    /// Can a widget show this page? The catalogue, the services, the channels and the forms;
    /// links to the other pages lead to the full site.
    pub fn embeddable(&self) -> bool {
        matches!(self, Page::Catalogue | Page::Service(_) | Page::Channels | Page::Form(..))
    }
}

/// The pages of a form: each step (counted from 0), a page of advice between two steps (by
/// its id, `dvi_validation::forms::Advice`), the check of the answers, the confirmation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormPage {
    Step(usize),
    Advice(&'static str),
    Check,
    Sent,
}

/// The segments after a service's address that lead into its form: (Latvian, English).
const FORM_SEGMENT: (&str, &str) = ("pieteikums", "apply");
const CHECK_SEGMENT: (&str, &str) = ("parbaude", "check");
const SENT_SEGMENT: (&str, &str) = ("nosutits", "sent");
/// Each advice page's segment: (advice id, Latvian, English).
const ADVICE_SEGMENTS: [(&str, &str, &str); 1] = [("controller-first", "vispirms-parzinim", "ask-the-controller-first")];

fn advice_segment(lang: Lang, id: &str) -> Option<&'static str> {
    ADVICE_SEGMENTS.iter().find(|(a, ..)| *a == id).map(|(_, lv, en)| pick(lang, (*lv, *en)))
}

fn pick(lang: Lang, (lv, en): (&'static str, &'static str)) -> &'static str {
    match lang {
        Lang::Lv => lv,
        Lang::En => en,
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub lang: Lang,
    pub page: Page,
}

/// (page, Latvian segment, English segment)
const SEGMENTS: [(Page, &str, &str); 10] = [
    (Page::Catalogue, "pakalpojumi", "services"),
    (Page::Channels, "sazina", "contact"),
    (Page::Rights, "jusu-tiesibas", "your-rights"),
    (Page::EasyRead, "viegli-lasit", "easy-read"),
    (Page::Referral, "kompetence", "is-this-for-us"),
    (Page::Accessibility, "pieklustamiba", "accessibility"),
    (Page::AccessibilityRecord, "pieklustamibas-izvertejums", "accessibility-evaluation"),
    (Page::Privacy, "privatums", "privacy"),
    (Page::AnotherWay, "sutit-citadi", "send-another-way"),
    (Page::NotFound, "nav-atrasts", "not-found"),
];

fn segment(page: &Page, lang: Lang) -> Option<&'static str> {
    SEGMENTS.iter().find(|(p, ..)| p == page).map(|(_, lv, en)| pick(lang, (*lv, *en)))
}

/// The service with this address segment in this language.
fn service_by_slug(lang: Lang, slug: &str) -> Option<&'static str> {
    content::service_slugs().iter().find(|s| s.slug.get(lang) == slug).map(|s| &*s.id)
}

fn form_page(lang: Lang, id: &'static str, rest: &str) -> Option<Page> {
    let form = form(id)?;
    let page = if rest == pick(lang, CHECK_SEGMENT) {
        FormPage::Check
    } else if rest == pick(lang, SENT_SEGMENT) {
        FormPage::Sent
    } else if let Some(advice) = form.advice.iter().find(|a| advice_segment(lang, a.id) == Some(rest)) {
        FormPage::Advice(advice.id)
    } else {
        // Steps are numbered from 1 in the address, as people count them.
        let n: usize = rest.parse().ok().filter(|n| (1..=form.steps.len()).contains(n))?;
        if rest != n.to_string() {
            return None;
        }
        FormPage::Step(n - 1)
    };
    Some(Page::Form(form.id, page))
}

impl Route {
    pub fn new(lang: Lang, page: Page) -> Route {
        Route { lang, page }
    }

    /// Any path: "/" is the Latvian home page; unknown paths are `NotFound` in the language
    /// they start with (Latvian when none).
    pub fn parse(path: &str) -> Route {
        let mut parts = path.trim_matches('/').split('/').filter(|p| !p.is_empty());
        let Some(first) = parts.next() else {
            return Route::new(Lang::Lv, Page::Home);
        };
        let Some(lang) = Lang::from_code(first) else {
            return Route::new(Lang::Lv, Page::NotFound);
        };
        let rest: Vec<&str> = parts.collect();
        let page = match rest.as_slice() {
            [] => Page::Home,
            [seg] => SEGMENTS
                .iter()
                .find(|(_, lv, en)| *seg == if lang == Lang::Lv { *lv } else { *en })
                .map_or(Page::NotFound, |(page, ..)| page.clone()),
            [seg, slug] if Some(*seg) == segment(&Page::Catalogue, lang) => {
                service_by_slug(lang, slug).map_or(Page::NotFound, Page::Service)
            }
            [seg, slug, apply, rest] if Some(*seg) == segment(&Page::Catalogue, lang) && *apply == pick(lang, FORM_SEGMENT) => {
                service_by_slug(lang, slug).and_then(|id| form_page(lang, id, rest)).unwrap_or(Page::NotFound)
            }
            _ => Page::NotFound,
        };
        Route::new(lang, page)
    }

    pub fn href(&self) -> String {
        let lang = self.lang.code();
        match &self.page {
            Page::Home => format!("/{lang}/"),
            // Only the slugs: islands write addresses too, and must not link in every service's text.
            Page::Service(id) => match content::service_slugs().iter().find(|s| s.id == *id) {
                Some(s) => format!("/{lang}/{}/{}", segment(&Page::Catalogue, self.lang).unwrap_or_default(), s.slug.get(self.lang)),
                None => Route::new(self.lang, Page::NotFound).href(),
            },
            Page::Form(id, page) => {
                let rest = match page {
                    FormPage::Step(i) => (i + 1).to_string(),
                    FormPage::Advice(id) => advice_segment(self.lang, id).unwrap_or_default().to_owned(),
                    FormPage::Check => pick(self.lang, CHECK_SEGMENT).to_owned(),
                    FormPage::Sent => pick(self.lang, SENT_SEGMENT).to_owned(),
                };
                format!("{}/{}/{rest}", Route::new(self.lang, Page::Service(id)).href(), pick(self.lang, FORM_SEGMENT))
            }
            page => format!("/{lang}/{}", segment(page, self.lang).unwrap_or_default()),
        }
    }

    /// The same page in the other language.
    pub fn translated(&self) -> Route {
        Route::new(self.lang.other(), self.page.clone())
    }

    /// The page's heading (h1), which is also the first part of its `<title>`.
    pub fn heading(&self) -> String {
        let lang = self.lang;
        match &self.page {
            Page::Home => t(lang, "home-title"),
            Page::Catalogue => t(lang, "catalogue-title"),
            Page::Service(id) => service(id).map_or_else(|| t(lang, "not-found-title"), |s| s.title.get(lang).to_owned()),
            Page::Channels => t(lang, "channels-title"),
            Page::Rights => content::title_of_rights().get(lang).to_owned(),
            Page::EasyRead => t(lang, "nav-easy-read"),
            Page::Referral => t(lang, "referral-title"),
            Page::Accessibility => content::title_of_accessibility().get(lang).to_owned(),
            Page::AccessibilityRecord => t(lang, "record-title"),
            Page::Privacy => content::title_of_privacy().get(lang).to_owned(),
            Page::AnotherWay => t(lang, "another-way-title"),
            Page::Form(id, page) => match form(id) {
                Some(form) => form_heading(lang, form, *page),
                None => t(lang, "not-found-title"),
            },
            Page::NotFound => t(lang, "not-found-title"),
        }
    }

    /// One or two sentences on what the page is for: its meta description, which search
    /// engines show under the title.
    pub fn description(&self) -> String {
        let lang = self.lang;
        match &self.page {
            Page::Home => t(lang, "home-intro"),
            Page::Catalogue => t(lang, "catalogue-intro"),
            Page::Service(id) => service(id).map_or_else(|| t(lang, "not-found-intro"), |s| s.summary.get(lang).to_owned()),
            Page::Channels => t(lang, "channels-intro"),
            Page::Rights => content::rights().lead.get(lang).to_owned(),
            Page::EasyRead => content::easy_read().lead.get(lang).to_owned(),
            Page::Referral => t(lang, "referral-intro"),
            Page::Accessibility => content::accessibility().lead.get(lang).to_owned(),
            Page::AccessibilityRecord => t(lang, "record-intro"),
            Page::Privacy => content::privacy().lead.get(lang).to_owned(),
            Page::AnotherWay => t(lang, "another-way-intro"),
            Page::Form(_, FormPage::Advice(advice)) => t(lang, &format!("form-advice-{advice}-lead")),
            Page::Form(id, _) => t(lang, &format!("form-{id}-lead")),
            Page::NotFound => t(lang, "not-found-intro"),
        }
    }

    /// Whether search engines should list the page: not a form's later pages (they hold the
    /// person's answers, reached from its first step), not "page not found", and not where a
    /// form leads without its island.
    pub fn indexable(&self) -> bool {
        !matches!(
            self.page,
            Page::Form(_, FormPage::Step(1..) | FormPage::Advice(_) | FormPage::Check | FormPage::Sent) | Page::NotFound | Page::AnotherWay
        )
    }

    /// The document title: the page, its form if it is in one, then the site.
    pub fn title(&self) -> String {
        match &self.page {
            Page::Form(id, _) => {
                format!("{} – {} – {}", self.heading(), t(self.lang, &format!("form-{id}-title")), t(self.lang, "site-name"))
            }
            _ => format!("{} – {}", self.heading(), t(self.lang, "site-name")),
        }
    }

    /// Every page in both languages: what pre-rendering writes (a form's confirmation too: the
    /// reference in it comes from its address, in the browser).
    pub fn all() -> Vec<Route> {
        let mut pages = vec![Page::Home];
        pages.extend(SEGMENTS.iter().map(|(p, ..)| p.clone()).filter(|p| *p != Page::NotFound));
        pages.extend(content::services().iter().map(|s| Page::Service(&s.id)));
        for f in &FORMS {
            pages.extend(form_pages(f));
        }
        pages.push(Page::NotFound);
        Lang::ALL.iter().flat_map(|&lang| pages.iter().map(move |p| Route::new(lang, p.clone()))).collect()
    }
}

/// A form's pages, in the order a person meets them: its steps, its advice, check answers, the
/// confirmation (what is kept for a started form to go on offline: src/offline.rs).
pub fn form_pages(form: &dvi_validation::forms::Form) -> impl Iterator<Item = Page> + '_ {
    let id = form.id;
    (0..form.steps.len())
        .map(FormPage::Step)
        .chain(form.advice.iter().map(|a| FormPage::Advice(a.id)))
        .chain([FormPage::Check, FormPage::Sent])
        .map(move |page| Page::Form(id, page))
}

/// A form page's heading, without the rest of `Route::heading` (which names every service and
/// article, and so would link in their texts wherever it is called).
pub fn form_heading(lang: Lang, form: &dvi_validation::forms::Form, page: FormPage) -> String {
    match page {
        FormPage::Step(i) => match form.steps.get(i) {
            Some(step) => t(lang, &format!("form-{}-step-{}", form.id, step.id)),
            None => t(lang, "not-found-title"),
        },
        FormPage::Advice(id) => t(lang, &format!("form-advice-{id}-title")),
        FormPage::Check => t(lang, "form-check-title"),
        FormPage::Sent => t(lang, "form-sent-title"),
    }
}

/// One value of a query string ("?q=s%C5%ABdz%C4%ABba&for=person"), decoded ("+" is a space).
/// Islands read it from `Nav::search` (the address's query on the site, the shown page's in a widget).
pub fn query_value(search: &str, key: &str) -> Option<String> {
    let raw = search.trim_start_matches('?').split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (k == key).then_some(v)
    })?;
    let mut bytes = Vec::with_capacity(raw.len());
    let mut rest = raw.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        match b {
            b'%' => {
                let hex = tail.get(..2).and_then(|h| std::str::from_utf8(h).ok()).and_then(|h| u8::from_str_radix(h, 16).ok())?;
                bytes.push(hex);
                rest = &tail[2..];
            }
            b'+' => {
                bytes.push(b' ');
                rest = tail;
            }
            _ => {
                bytes.push(b);
                rest = tail;
            }
        }
    }
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips_through_its_path() {
        for route in Route::all() {
            assert_eq!(Route::parse(&route.href()), route, "{}", route.href());
        }
    }

    #[test]
    fn the_language_switch_keeps_the_page() {
        for route in Route::all() {
            let other = route.translated();
            assert_eq!(other.page, route.page);
            assert_ne!(other.href(), route.href());
            assert!(other.href().starts_with(&format!("/{}/", other.lang.code())));
        }
    }

    #[test]
    fn odd_paths() {
        assert_eq!(Route::parse("/"), Route::new(Lang::Lv, Page::Home));
        assert_eq!(Route::parse(""), Route::new(Lang::Lv, Page::Home));
        assert_eq!(Route::parse("/en"), Route::new(Lang::En, Page::Home));
        assert_eq!(Route::parse("/en/services/"), Route::new(Lang::En, Page::Catalogue));
        assert_eq!(Route::parse("/de/services"), Route::new(Lang::Lv, Page::NotFound));
        assert_eq!(Route::parse("/en/pakalpojumi"), Route::new(Lang::En, Page::NotFound));
        assert_eq!(Route::parse("/en/services/no-such-service"), Route::new(Lang::En, Page::NotFound));
        assert_eq!(Route::parse("/lv/pakalpojumi/a/b"), Route::new(Lang::Lv, Page::NotFound));
        assert_eq!(Route::parse("/lv/%00%ff"), Route::new(Lang::Lv, Page::NotFound));
        let q = "/en/services/ask-a-question/apply";
        assert_eq!(Route::parse(&format!("{q}/1")), Route::new(Lang::En, Page::Form("question", FormPage::Step(0))));
        assert_eq!(Route::parse(&format!("{q}/check")), Route::new(Lang::En, Page::Form("question", FormPage::Check)));
        assert_eq!(Route::parse(&format!("{q}/sent")), Route::new(Lang::En, Page::Form("question", FormPage::Sent)));
        for bad in ["0", "3", "01", "+1", "parbaude", "x"] {
            assert_eq!(Route::parse(&format!("{q}/{bad}")), Route::new(Lang::En, Page::NotFound), "{bad}");
        }
        let advice = "/en/services/complaint-about-personal-data/apply/ask-the-controller-first";
        assert_eq!(Route::parse(advice), Route::new(Lang::En, Page::Form("complaint", FormPage::Advice("controller-first"))));
        // Only the form that declares an advice has its page.
        assert_eq!(Route::parse(&format!("{q}/ask-the-controller-first")), Route::new(Lang::En, Page::NotFound));
        // Services without an online form have no form pages.
        assert_eq!(Route::parse("/en/services/data-protection-seminars/apply/1"), Route::new(Lang::En, Page::NotFound));
    }

    #[test]
    fn query_values_are_decoded() {
        let search = "?ref=DVI-2026-000001&at=2026-11-25T10%3A15%3A00Z&q=s%C5%ABdz%C4%ABba+par&empty=";
        assert_eq!(query_value(search, "ref").as_deref(), Some("DVI-2026-000001"));
        assert_eq!(query_value(search, "at").as_deref(), Some("2026-11-25T10:15:00Z"));
        assert_eq!(query_value(search, "q").as_deref(), Some("sūdzība par"));
        assert_eq!(query_value(search, "empty").as_deref(), Some(""));
        assert_eq!(query_value(search, "x"), None);
        assert_eq!(query_value("q=%E2%82", "q"), None);
        assert_eq!(query_value("q=%4", "q"), None);
    }

    #[test]
    fn every_page_has_a_description() {
        for route in Route::all() {
            let description = route.description();
            assert!(description.len() > 40 && !description.starts_with("form-"), "{}: {description}", route.href());
        }
        assert!(Route::new(Lang::En, Page::Form("question", FormPage::Step(0))).indexable());
        assert!(!Route::new(Lang::En, Page::Form("question", FormPage::Step(1))).indexable());
        assert!(!Route::new(Lang::En, Page::Form("question", FormPage::Check)).indexable());
        assert!(!Route::new(Lang::Lv, Page::NotFound).indexable());
    }

    #[test]
    fn titles_name_the_page_and_the_site() {
        for route in Route::all() {
            let title = route.title();
            assert!(title.starts_with(&route.heading()) && title.len() > route.heading().len() + 3, "{title}");
        }
    }
}
