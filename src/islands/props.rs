//! What a page tells each of its islands, written into the page as a query string.

use crate::lang::Lang;

/// What an island needs to draw itself exactly as the page was drawn: a few small values written
/// into the page, never the content itself (which stays in the HTML).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Props {
    pub lang: Lang,
    /// A form's id.
    pub form: String,
    /// A form's step, counted from 0.
    pub step: usize,
    /// How many services the catalogue lists.
    pub services: usize,
}

impl Props {
    pub fn new(lang: Lang) -> Props {
        Props { lang, ..Props::default() }
    }

    /// As written into the page: "lang=lv&form=complaint&step=2&services=0" (ids and numbers, nothing
    /// to escape).
    pub fn to_query(&self) -> String {
        format!("lang={}&form={}&step={}&services={}", self.lang.code(), self.form, self.step, self.services)
    }

    /// What `to_query` wrote; anything missing or malformed is its default.
    pub fn parse(query: &str) -> Props {
        let get = |key| crate::routes::query_value(query, key).unwrap_or_default();
        Props {
            lang: Lang::from_code(&get("lang")).unwrap_or_default(),
            form: get("form"),
            step: get("step").parse().unwrap_or_default(),
            services: get("services").parse().unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn props_round_trip() {
        let props = Props { lang: Lang::En, form: "complaint".into(), step: 3, services: 0 };
        assert_eq!(Props::parse(&props.to_query()), props);
        assert_eq!(Props::parse(""), Props::default());
        assert_eq!(Props::parse("lang=xx&step=-1"), Props::default());
    }
}
