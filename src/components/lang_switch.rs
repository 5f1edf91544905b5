use crate::routes::Route;
use leptos::prelude::*;
use leptos_router::components::A;

/// A link to the same page in the other language, named in that language.
#[component]
pub fn LangSwitch(route: Route) -> impl IntoView {
    let other = route.translated();
    let code = other.lang.code();
    view! {
        <A href=other.href() attr:class="dvi-lang-switch" {..} hreflang=code lang=code>
            {other.lang.endonym()}
        </A>
    }
}
