use crate::content;
use crate::i18n::t;
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
                    <a href=format!("tel:+371{}", c.phone.value)>{c.phone.value.clone()}</a>
                    " "
                    {format!("({} {}–{})", t(lang, "contact-phone-hours"), hours.from, hours.to)}
                </dd>
            </dl>
        </section>
    }
}
