use leptos::prelude::*;

/// The page's h1 (the text `Route::heading` gives, which also makes the title), with an optional
/// lead. tabindex="-1" lets a widget move focus here after it changes page.
#[component]
pub fn PageHeading(#[prop(into)] heading: String, #[prop(optional, into)] lead: Option<String>) -> impl IntoView {
    view! {
        <h1 class="dvi-h1" tabindex="-1">{heading}</h1>
        {lead.map(|lead| view! { <p class="dvi-lead">{lead}</p> })}
    }
}
