use crate::components::article::ArticleBody;
use crate::content;
use crate::lang::Lang;
use crate::routes::Page;
use leptos::prelude::*;

#[component]
pub fn Privacy(lang: Lang) -> impl IntoView {
    view! { <ArticleBody lang page=Page::Privacy article=content::privacy()/> }
}
