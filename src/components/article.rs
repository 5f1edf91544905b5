use crate::clock::Date;
use crate::components::page_heading::PageHeading;
use crate::content::{Article, Block, Section};
use crate::i18n::{date_long, t};
use crate::lang::Lang;
use crate::routes::{Page, Route};
use leptos::prelude::*;

/// A prose page from content: heading, lead, a list of its sections, the sections (each with
/// what the page adds after it: `block`).
#[component]
pub fn ArticleBody(
    lang: Lang,
    page: Page,
    article: &'static Article,
    #[prop(optional)] block: Option<fn(Lang, Block) -> AnyView>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    view! {
        <PageHeading heading=Route::new(lang, page).heading() lead=article.lead.get(lang).to_owned()/>
        <nav class="dvi-contents" aria-labelledby="contents-heading">
            <h2 id="contents-heading" class="dvi-contents__title">{t(lang, "contents-heading")}</h2>
            <ul>
                {article
                    .sections
                    .iter()
                    .map(|s| view! { <li><a href=format!("#{}", s.id)>{s.heading.get(lang).to_owned()}</a></li> })
                    .collect_view()}
            </ul>
        </nav>
        {article.sections.iter().map(|section| view! { <ArticleSection lang section block/> }).collect_view()}
        {children.map(|c| c())}
        <UpdatedOn lang date=&article.updated/>
    }
}

/// One section of prose: its heading (a link target of the page's contents), paragraphs and
/// list, and what the page adds after it (`block`).
#[component]
pub fn ArticleSection(lang: Lang, section: &'static Section, block: Option<fn(Lang, Block) -> AnyView>) -> impl IntoView {
    let s = section;
    view! {
        <section class="dvi-section" aria-labelledby=s.id.clone()>
            <h2 id=s.id.clone() tabindex="-1">{s.heading.get(lang).to_owned()}</h2>
            {s.paragraphs.iter().map(|p| view! { <p>{p.get(lang).to_owned()}</p> }).collect_view()}
            {(!s.items.is_empty()).then(|| view! { <ul>{s.items.iter().map(|i| view! { <li>{i.get(lang).to_owned()}</li> }).collect_view()}</ul> })}
            {s.block.zip(block).map(|(b, draw)| draw(lang, b))}
        </section>
    }
}

/// When a page's text was last reviewed, at its end.
#[component]
pub fn UpdatedOn(lang: Lang, date: &'static str) -> impl IntoView {
    view! {
        <p class="dvi-updated">
            {t(lang, "article-updated")}
            " "
            <time datetime=date>{Date::parse(date).map_or_else(|| date.to_owned(), |d| date_long(lang, d))}</time>
        </p>
    }
}
