use super::phone_number::PhoneNumber;
use crate::content;
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use leptos::prelude::*;

/// The inspectorate's address, e-mail, E-adrese, phone and consultation hours.
#[component]
pub fn ContactBlock(lang: Lang) -> impl IntoView {
    let c = content::contact();
    let address = &c.address.value;
    let hours = &c.consultation_hours.value;
    view! {
        <section class="dvi-contact" aria-labelledby="contact-heading">
            <h2 id="contact-heading">{t(lang, "contact-heading")}</h2>
            <p class="dvi-contact__name">{c.name.get(lang).to_owned()}</p>
            <dl class="dvi-contact__list">
                <dt>{t(lang, "contact-address")}</dt>
                <dd>{format!("{}, {}, {}", address.street, address.city, address.postcode)}</dd>
                <dt>{t(lang, "contact-email")}</dt>
                <dd><a href=format!("mailto:{}", c.email.value)>{c.email.value.clone()}</a></dd>
                <dt>{t(lang, "contact-e-address")}</dt>
                <dd><a href=c.e_address.value.href.clone()>{c.e_address.value.label.get(lang).to_owned()}</a></dd>
                <dt>{t(lang, "contact-phone")}</dt>
                <dd>
                    <PhoneNumber/>
                    " "
                    {format!("({})", t_args(lang, "contact-phone-hours", &[("from", hours.from.clone().into()), ("to", hours.to.clone().into())]))}
                </dd>
            </dl>
        </section>
    }
}
