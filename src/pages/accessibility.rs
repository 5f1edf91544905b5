use crate::components::article::ArticleBody;
use crate::content;
use crate::lang::Lang;
use crate::routes::Page;
use leptos::prelude::*;

#[component]
pub fn Accessibility(lang: Lang) -> impl IntoView {
    view! { <ArticleBody lang page=Page::Accessibility article=content::accessibility()/> }
}
