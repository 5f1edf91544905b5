use crate::clock::{format_hh_mm, riga_time, Date};
use crate::components::{form_notices::FormCaption, page_heading::PageHeading};
use crate::content::service;
use crate::i18n::{date_long, t};
use crate::lang::Lang;
use crate::nav::use_nav;
use crate::routes::{query_value, FormPage, Page, Route};
use dvi_validation::forms::Form;
use leptos::prelude::*;

/// The confirmation: the reference number and date (from the address, so a reload or a
/// bookmark still shows them), what happens next and how long the answer may take.
#[component]
pub fn FormSent(lang: Lang, form: &'static Form) -> impl IntoView {
    let nav = use_nav();
    let search = nav.search;
    let receipt = Memo::new(move |_| {
        search.with(|s| {
            let reference = query_value(s, "ref").filter(|r| r.starts_with("DVI-") && r.len() <= 40)?;
            let received = query_value(s, "at").filter(|a| a.len() <= 40).unwrap_or_default();
            Some((reference, received))
        })
    });
    let timeframe = service(form.id).map(|s| s.timeframe.get(lang).to_owned()).unwrap_or_default();
    move || {
        let Some((reference, received)) = receipt.get() else {
            // Without a reference there is nothing to confirm: the address was typed or cut short.
            return view! { <super::not_found::NotFound lang/> }.into_any();
        };
        let when = riga_received(&received)
            .map_or_else(|| received.clone(), |(date, minute)| format!("{}, {}", date_long(lang, date), format_hh_mm(minute)));
        view! {
            <FormCaption lang form page=FormPage::Sent/>
            <div class="dvi-confirmation">
                <PageHeading lang page=Page::Form(form.id, FormPage::Sent)/>
                <p class="dvi-confirmation__ref">{t(lang, "form-sent-reference")} <br/> <strong>{reference}</strong></p>
            </div>
            <dl class="dvi-summary">
                <div class="dvi-summary__row">
                    <dt class="dvi-summary__key">{t(lang, "form-sent-date")}</dt>
                    <dd class="dvi-summary__value"><time datetime=received>{when}</time></dd>
                </div>
            </dl>
            <h2>{t(lang, "form-sent-next-heading")}</h2>
            <p>{t(lang, "form-sent-next")}</p>
            <p><strong>{t(lang, "form-sent-time")}</strong> " " {timeframe.clone()}</p>
            <p class="dvi-button-group">
                <button type="button" class="dvi-button dvi-button--secondary" on:click=|_| { let _ = window().print(); }>{t(lang, "form-sent-print")}</button>
            </p>
            <p><a href=nav.href(&Route::new(lang, Page::Home))>{t(lang, "form-sent-home")}</a></p>
        }
        .into_any()
    }
}

/// The backend's "2026-11-25T10:15:00Z" as a date and minute on a clock in Riga.
fn riga_received(at: &str) -> Option<(Date, u16)> {
    let date = Date::parse(at.get(..10)?)?;
    let hour: i64 = at.get(11..13)?.parse().ok()?;
    let minute: i64 = at.get(14..16)?.parse().ok()?;
    let local = riga_time(((date.to_days() * 24 + hour) * 60 + minute) * 60_000);
    Some((local.date, local.minute))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_time_received_is_shown_in_riga() {
        let winter = riga_received("2026-11-25T22:15:00Z");
        assert_eq!(winter, Some((Date::new(2026, 11, 26).expect("valid"), 15)));
        let summer = riga_received("2026-07-01T10:00:00Z");
        assert_eq!(summer, Some((Date::new(2026, 7, 1).expect("valid"), 13 * 60)));
        assert_eq!(riga_received("soon"), None);
    }
}
