use crate::routes::Route;
use leptos::prelude::*;

/// A link to the same page in the other language, named in that language. A form's answers
/// follow through its draft, which the other page reads.
#[component]
pub fn LangSwitch(route: Route) -> impl IntoView {
    let other = route.translated();
    let code = other.lang.code();
    view! {
        <a href=other.href() class="dvi-lang-switch" hreflang=code lang=code>
            {other.lang.endonym()}
        </a>
    }
}
