use crate::components::{article::UpdatedOn, page_heading::PageHeading};
use crate::content;
use crate::lang::Lang;
use crate::routes::{Page, Route};
use leptos::prelude::*;

/// Who the inspectorate is and how to reach it, in easy-to-read language: each question a
/// heading, each idea a picture (our own drawing, hidden from screen readers: the words say it
/// all) beside a few short sentences, one to a line.
#[component]
pub fn EasyReadPage(lang: Lang) -> impl IntoView {
    let route = Route::new(lang, Page::EasyRead);
    let page = content::easy_read();
    view! {
        <div class="dvi-easy">
            <PageHeading heading=route.heading() lead=route.description()/>
            {page
                .sections
                .iter()
                .map(|s| {
                    view! {
                        <section class="dvi-section" aria-labelledby=format!("easy-{}", s.id)>
                            <h2 id=format!("easy-{}", s.id)>{s.heading.get(lang).to_owned()}</h2>
                            {s.ideas
                                .iter()
                                .map(|idea| {
                                    view! {
                                        <div class="dvi-easy__idea">
                                            <span class="dvi-easy__picture" inner_html=hidden_picture(&idea.image)></span>
                                            <div>{idea.sentences.iter().map(|line| view! { <p>{line.get(lang).to_owned()}</p> }).collect_view()}</div>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </section>
                    }
                })
                .collect_view()}
            <UpdatedOn lang date=&page.updated/>
        </div>
    }
}

/// A picture's SVG, hidden from screen readers (the sentences beside it say what it shows).
fn hidden_picture(name: &str) -> String {
    content::picture(name).unwrap_or_default().replacen("<svg ", "<svg aria-hidden=\"true\" ", 1)
}
