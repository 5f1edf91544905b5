use crate::content::{Audience, Service};
use crate::i18n::t;
use crate::lang::Lang;
use crate::nav::use_nav;
use crate::routes::{Page, Route};
use leptos::prelude::*;

/// A service in the catalogue: its name as a link, one sentence, who it is for, the cost; and
/// what the catalogue's search reads of it (`search::Entry`), in data attributes.
#[component]
pub fn ServiceCard(lang: Lang, service: &'static Service) -> impl IntoView {
    let entry = crate::search::Entry::of(service, lang);
    let href = use_nav().href(&Route::new(lang, Page::Service(&service.id)));
    let audience = service.audience.iter().map(|a| t(lang, audience_key(*a))).collect::<Vec<_>>().join(", ");
    let cost = if service.free { t(lang, "service-free") } else { t(lang, "service-paid") };
    view! {
        <li class="dvi-card" data-for=entry.audiences data-channels=entry.channels data-words=entry.words>
            <h2 class="dvi-card__title"><a href=href>{service.title.get(lang).to_owned()}</a></h2>
            <p>{service.summary.get(lang).to_owned()}</p>
            <p class="dvi-card__meta">
                <span>{t(lang, "service-for")} " " {audience}</span>
                <span>{cost}</span>
            </p>
        </li>
    }
}

pub fn audience_key(audience: Audience) -> &'static str {
    match audience {
        Audience::Person => "audience-person",
        Audience::Organisation => "audience-organisation",
    }
}
