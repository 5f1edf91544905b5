use crate::components::article::ArticleBody;
use crate::content;
use crate::i18n::t;
use crate::lang::Lang;
use crate::nav::use_nav;
use crate::routes::{Page, Route};
use leptos::prelude::*;

/// Sections II-V of the client service standard, in plain language.
#[component]
pub fn Rights(lang: Lang) -> impl IntoView {
    let nav = use_nav();
    view! {
        <ArticleBody lang page=Page::Rights article=content::rights()>
            <p class="dvi-panel">
                <a href=nav.href(&Route::new(lang, Page::Referral))>{t(lang, "rights-referral-link")}</a>
            </p>
        </ArticleBody>
    }
}
