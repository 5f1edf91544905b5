use super::phone_number::PhoneNumber;
use crate::content::{self, postal_address, Channel};
use crate::i18n::t;
use crate::lang::Lang;
use leptos::prelude::*;

/// A way to reach the inspectorate: what it suits, what it needs, how fast, and where.
#[component]
pub fn ChannelCard(lang: Lang, channel: &'static Channel) -> impl IntoView {
    let points = channel.standard_points.iter().map(|p| format!("{p}.")).collect::<Vec<_>>().join(", ");
    view! {
        <li class="dvi-card" id=format!("channel-{}", channel.id)>
            <h3 class="dvi-card__title">{channel.name.get(lang).to_owned()}</h3>
            <ChannelAddress lang id=&channel.id/>
            <dl class="dvi-facts">
                <dt>{t(lang, "channel-suits")}</dt>
                <dd>{channel.suits.get(lang).to_owned()}</dd>
                <dt>{t(lang, "channel-needs")}</dt>
                <dd>{channel.needs.get(lang).to_owned()}</dd>
                <dt>{t(lang, "channel-speed")}</dt>
                <dd>{channel.speed.get(lang).to_owned()}</dd>
                <dt>{t(lang, "channel-signed")}</dt>
                <dd>{channel.signature.get(lang).to_owned()}</dd>
            </dl>
            {channel.link.as_ref().map(|l| view! { <p><a href=l.href.clone()>{l.label.get(lang).to_owned()}</a></p> })}
            <p class="dvi-card__meta">{t(lang, "channel-standard-points")} " " {points}</p>
        </li>
    }
}

/// The contact detail a channel needs (address, e-mail, number), from contact.toml so that an
/// editor changes it in one place.
#[component]
fn ChannelAddress(lang: Lang, id: &'static str) -> impl IntoView {
    let c = content::contact();
    let address = &c.address.value;
    let postal = postal_address(lang);
    match id {
        "email" => Some(
            view! { <p class="dvi-channel-address"><a href=format!("mailto:{}", c.email.value)>{c.email.value.clone()}</a></p> }.into_any(),
        ),
        "phone" => Some(view! { <p class="dvi-channel-address"><PhoneNumber/></p> }.into_any()),
        "post" | "visit" => Some(view! { <p class="dvi-channel-address">{postal}</p> }.into_any()),
        "mailbox" => Some(view! { <p class="dvi-channel-address">{postal} " – " {address.mailbox.get(lang).to_owned()}</p> }.into_any()),
        _ => None,
    }
}
