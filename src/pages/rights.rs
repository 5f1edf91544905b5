use crate::components::article::ArticleBody;
use crate::content;
use crate::i18n::t;
use crate::lang::Lang;
use crate::routes::{Page, Route};
use leptos::prelude::*;
use leptos_router::components::A;

/// Sections II-V of the client service standard, in plain language.
#[component]
pub fn Rights(lang: Lang) -> impl IntoView {
    view! {
        <ArticleBody lang page=Page::Rights article=content::rights()>
            <p class="dvi-panel">
                <A href=Route::new(lang, Page::Referral).href()>{t(lang, "rights-referral-link")}</A>
            </p>
        </ArticleBody>
    }
}
