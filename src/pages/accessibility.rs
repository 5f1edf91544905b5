use crate::components::{article::ArticleBody, report_problem::report_href};
use crate::content::{self, Block};
use crate::i18n::t;
use crate::lang::Lang;
use crate::routes::{Page, Route};
use leptos::prelude::*;

/// The accessibility statement, in the model form of Cabinet Regulation No. 445.
#[component]
pub fn Accessibility(lang: Lang) -> impl IntoView {
    view! { <ArticleBody lang page=Page::Accessibility article=content::accessibility() block=statement_block/> }
}

/// What the statement adds after a section: the link to the evaluation record, the way to
/// report a problem, the Ombudsman's contact data (content/ombudsman.toml).
fn statement_block(lang: Lang, block: Block) -> AnyView {
    match block {
        Block::Record => {
            let href = Route::new(lang, Page::AccessibilityRecord).href();
            view! { <p><a href=href>{t(lang, "record-link")}</a></p> }.into_any()
        }
        Block::Report => {
            let href = report_href(&Route::new(lang, Page::Accessibility));
            view! { <p><a href=href>{t(lang, "accessibility-report")}</a></p> }.into_any()
        }
        Block::Ombudsman => {
            let o = &content::ombudsman().value;
            let phone = o.phone.replace(' ', "");
            view! {
                <dl class="dvi-contact__list">
                    <dt>{t(lang, "contact-name")}</dt>
                    <dd>{o.name.get(lang).to_owned()}</dd>
                    <dt>{t(lang, "contact-address")}</dt>
                    <dd>{o.address.to_string()}</dd>
                    <dt>{t(lang, "contact-phone")}</dt>
                    <dd><a href=format!("tel:{phone}")>{o.phone.to_string()}</a></dd>
                    <dt>{t(lang, "contact-email")}</dt>
                    <dd><a href=format!("mailto:{}", o.email)>{o.email.to_string()}</a></dd>
                    <dt>{t(lang, "contact-website")}</dt>
                    <dd><a href=o.website.to_string()>{o.website.trim_start_matches("https://").to_owned()}</a></dd>
                </dl>
            }
            .into_any()
        }
    }
}
