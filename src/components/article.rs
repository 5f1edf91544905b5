use crate::clock::Date;
use crate::components::page_heading::PageHeading;
use crate::content::Article;
use crate::i18n::{date_long, t};
use crate::lang::Lang;
use crate::routes::{Page, Route};
use leptos::prelude::*;

/// A prose page from content: heading, lead, a list of its sections, the sections.
#[component]
pub fn ArticleBody(lang: Lang, page: Page, article: &'static Article, #[prop(optional)] children: Option<Children>) -> impl IntoView {
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
        {article
            .sections
            .iter()
            .map(|s| {
                view! {
                    <section class="dvi-section" aria-labelledby=s.id.clone()>
                        <h2 id=s.id.clone() tabindex="-1">{s.heading.get(lang).to_owned()}</h2>
                        {s.paragraphs.iter().map(|p| view! { <p>{p.get(lang).to_owned()}</p> }).collect_view()}
                        {(!s.items.is_empty())
                            .then(|| view! { <ul>{s.items.iter().map(|i| view! { <li>{i.get(lang).to_owned()}</li> }).collect_view()}</ul> })}
                    </section>
                }
            })
            .collect_view()}
        {children.map(|c| c())}
        <p class="dvi-updated">
            {t(lang, "article-updated")}
            " "
            <time datetime=article.updated.clone()>
                {Date::parse(&article.updated).map(|d| date_long(lang, d)).unwrap_or_else(|| article.updated.to_string())}
            </time>
        </p>
    }
}
