use super::page_heading::PageHeading;
use crate::clock::{format_hh_mm, riga_time, Date};
use crate::i18n::{date_long, t};
use crate::islands::{prerendered_text, when_started};
use crate::lang::Lang;
use crate::nav::use_nav;
use crate::routes::{form_heading, query_value, FormPage};
use dvi_validation::forms::Form;
use leptos::{either::EitherOf3, prelude::*};

/// The confirmation's panel, GOV.UK style: that the submission was received, its reference
/// number and when, from the address (`?ref=&at=&signed=`, so that a reload or a bookmark
/// still shows them), whether a signed document came with a complaint or an appeal, and a
/// button to print the page. An island on the site: the page is the same for
/// every submission, only the browser knows the address.
#[component]
pub fn Receipt(lang: Lang, form: &'static Form) -> impl IntoView {
    let nav = use_nav();
    // None until the page is live; then Some(None) when the address holds no reference (it was
    // typed, or cut short).
    let receipt = RwSignal::new(None::<Option<(String, String)>>);
    let signed = RwSignal::new(None::<bool>);
    when_started(move || {
        let read = nav.search.with_untracked(|s| {
            let reference = query_value(s, "ref").filter(|r| r.starts_with("DVI-") && r.len() <= 40)?;
            let received = query_value(s, "at").filter(|a| a.len() <= 40).unwrap_or_default();
            if form.declaration {
                signed.set(query_value(s, "signed").map(|v| v == "1"));
            }
            Some((reference, received))
        });
        receipt.set(Some(read));
    });
    let signature =
        move || signed.get().map(|signed| view! { <p>{t(lang, if signed { "form-sent-signed" } else { "form-sent-unsigned" })}</p> });
    let reference = move || match receipt.get() {
        Some(Some((reference, _))) => {
            EitherOf3::A(view! { <p class="dvi-confirmation__ref">{t(lang, "form-sent-reference")} <br/> <strong>{reference}</strong></p> })
        }
        Some(None) => EitherOf3::B(view! { <p class="dvi-confirmation__ref">{t(lang, "form-sent-no-reference")}</p> }),
        None => EitherOf3::C(()),
    };
    let received = move || {
        receipt.get().flatten().map(|(_, received)| {
            let when = riga_received(&received)
                .map_or_else(|| received.clone(), |(date, minute)| format!("{}, {}", date_long(lang, date), format_hh_mm(minute)));
            view! {
                <dl class="dvi-summary">
                    <div class="dvi-summary__row">
                        <dt class="dvi-summary__key">{t(lang, "form-sent-date")}</dt>
                        <dd class="dvi-summary__value"><time datetime=received>{when}</time></dd>
                    </div>
                </dl>
                {signature}
                <p class="dvi-button-group">
                    <button type="button" class="dvi-button dvi-button--secondary" on:click=|_| { let _ = window().print(); }>
                        {t(lang, "form-sent-print")}
                    </button>
                </p>
            }
        })
    };
    view! {
        <div class="dvi-confirmation">
            <PageHeading heading=prerendered_text(|| form_heading(lang, form, FormPage::Sent))/>
            {reference}
        </div>
        {received}
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
