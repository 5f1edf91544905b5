//! The site's addresses: every page in both languages, parsed from and written to a path.
//!
//! One table maps pages to their path segment in each language, so the language switch keeps
//! the person on the same page and pre-rendering can list every address.

use crate::content::{content, service};
use crate::i18n::t;
use crate::lang::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    Catalogue,
    /// A service, by its content id.
    Service(&'static str),
    Channels,
    Rights,
    Referral,
    Accessibility,
    Privacy,
    NotFound,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub lang: Lang,
    pub page: Page,
}

/// (page, Latvian segment, English segment)
const SEGMENTS: [(Page, &str, &str); 7] = [
    (Page::Catalogue, "pakalpojumi", "services"),
    (Page::Channels, "sazina", "contact"),
    (Page::Rights, "jusu-tiesibas", "your-rights"),
    (Page::Referral, "kompetence", "is-this-for-us"),
    (Page::Accessibility, "pieklustamiba", "accessibility"),
    (Page::Privacy, "privatums", "privacy"),
    (Page::NotFound, "nav-atrasts", "not-found"),
];

fn segment(page: &Page, lang: Lang) -> Option<&'static str> {
    SEGMENTS.iter().find(|(p, ..)| p == page).map(|(_, lv, en)| match lang {
        Lang::Lv => *lv,
        Lang::En => *en,
    })
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
            [seg, slug] if Some(*seg) == segment(&Page::Catalogue, lang) => content()
                .services
                .iter()
                .find(|s| s.slug.get(lang) == *slug)
                .map_or(Page::NotFound, |s| Page::Service(&s.id)),
            _ => Page::NotFound,
        };
        Route::new(lang, page)
    }

    pub fn href(&self) -> String {
        let lang = self.lang.code();
        match &self.page {
            Page::Home => format!("/{lang}/"),
            Page::Service(id) => match service(id) {
                Some(s) => format!("/{lang}/{}/{}", segment(&Page::Catalogue, self.lang).unwrap_or_default(), s.slug.get(self.lang)),
                None => Route::new(self.lang, Page::NotFound).href(),
            },
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
            Page::Rights => content().rights.title.get(lang).to_owned(),
            Page::Referral => t(lang, "referral-title"),
            Page::Accessibility => content().accessibility.title.get(lang).to_owned(),
            Page::Privacy => content().privacy.title.get(lang).to_owned(),
            Page::NotFound => t(lang, "not-found-title"),
        }
    }

    /// The document title: the page, then the site.
    pub fn title(&self) -> String {
        format!("{} – {}", self.heading(), t(self.lang, "site-name"))
    }

    /// Every page in both languages (for tests now, and pre-rendering later).
    pub fn all() -> Vec<Route> {
        let mut pages = vec![Page::Home];
        pages.extend(SEGMENTS.iter().map(|(p, ..)| p.clone()).filter(|p| *p != Page::NotFound));
        pages.extend(content().services.iter().map(|s| Page::Service(&s.id)));
        pages.push(Page::NotFound);
        Lang::ALL.iter().flat_map(|&lang| pages.iter().map(move |p| Route::new(lang, p.clone()))).collect()
    }
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
    }

    #[test]
    fn titles_name_the_page_and_the_site() {
        for route in Route::all() {
            let title = route.title();
            assert!(title.starts_with(&route.heading()) && title.len() > route.heading().len() + 3, "{title}");
        }
    }
}
