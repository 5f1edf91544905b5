use crate::lang::Lang;
use crate::routes::{Page, Route};
use leptos::prelude::*;

/// The page's h1 (from `Route::heading`, which also makes the title), with an optional lead.
/// tabindex="-1" lets the shell move focus here after navigation.
#[component]
pub fn PageHeading(lang: Lang, page: Page, #[prop(optional, into)] lead: Option<String>) -> impl IntoView {
    let heading = Route::new(lang, page).heading();
    view! {
        <h1 class="dvi-h1" tabindex="-1">{heading}</h1>
        {lead.map(|lead| view! { <p class="dvi-lead">{lead}</p> })}
    }
}
