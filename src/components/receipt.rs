use super::{page_heading::PageHeading, summary_row::SummaryRow};
use crate::clock::{format_hh_mm, riga_time, Date};
use crate::content::{self, timeframe, Deadline, Text};
use crate::forms::draft::{self, Draft};
use crate::holidays::due_date;
use crate::i18n::{date_long, t};
use crate::islands::{prerendered_text, when_started};
use crate::lang::Lang;
use crate::nav::use_nav;
use crate::routes::{form_heading, FormPage};
use dvi_validation::forms::Form;
use leptos::{
    either::{Either, EitherOf3},
    prelude::*,
};

/// The confirmation's panel, GOV.UK style: that the submission was received, its reference
/// number and when, whether a signed document came with a complaint or an appeal, and a button
/// to print the page; then what happens next, with the date by which we answer (the form's
/// time limit from the day received, content/deadlines.toml), and a copy of what was sent. An
/// island: the page is the same for every submission. The form hands the receipt over with the
/// copy (`draft::take_sent`), never in the address, where every log on the way would keep it
/// beside the sender's IP address; the receipt alone stays in the tab's session storage, so
/// that a reload still shows it.
#[component]
pub fn Receipt(lang: Lang, form: &'static Form) -> impl IntoView {
    let nav = use_nav();
    // None until the page is live; then Some(None) when there is no receipt (the page was
    // opened by its address, or the tab that sent it is gone).
    let receipt = RwSignal::new(None::<Option<draft::Receipt>>);
    // What was sent, taken out of the browser's storage into this page's memory alone.
    let copy = RwSignal::new(None::<Draft>);
    when_started(move || {
        let read = draft::take_sent(form.id).map(|(given, sent)| {
            copy.set(sent);
            given
        });
        receipt.set(Some(read.filter(|r| r.reference.starts_with("DVI-") && r.reference.len() <= 40 && r.received_at.len() <= 40)));
    });
    let signature = move || {
        let signed = receipt.get().flatten().filter(|_| form.declaration)?.signed;
        Some(view! { <p>{t(lang, if signed { "form-sent-signed" } else { "form-sent-unsigned" })}</p> })
    };
    let reference = move || match receipt.get() {
        Some(Some(draft::Receipt { reference, .. })) => {
            EitherOf3::A(view! { <p class="dvi-confirmation__ref">{t(lang, "form-sent-reference")} <br/> <strong>{reference}</strong></p> })
        }
        Some(None) => EitherOf3::B(view! { <p class="dvi-confirmation__ref">{t(lang, "form-sent-no-reference")}</p> }),
        None => EitherOf3::C(()),
    };
    let received = move || {
        receipt.get().flatten().map(|draft::Receipt { received_at: received, .. }| {
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
                    <button type="button" class="dvi-button dvi-button--secondary" on:click=move |_| nav.print()>
                        {t(lang, "form-sent-print")}
                    </button>
                </p>
            }
        })
    };
    // The day received in Riga, then the last day of the time limit from it.
    let due = Memo::new(move |_| {
        let (day, _) = riga_received(&receipt.get().flatten()?.received_at)?;
        Some(due_date(content::holidays(), day, content::deadline_length(form.id)?))
    });
    // The sentence around the date is the page's: only the date is written here.
    let words = move |text: fn(&Deadline) -> &Text| content::deadline(form.id).map(|d| text(d).get(lang).to_owned()).unwrap_or_default();
    let (before, after) = prerendered_split(|| words(|d| &d.due));
    view! {
        <div class="dvi-confirmation">
            <PageHeading heading=prerendered_text(|| form_heading(lang, form, FormPage::Sent))/>
            {reference}
        </div>
        {received}
        <h2>{prerendered_text(|| t(lang, "form-sent-next-heading"))}</h2>
        <p>{prerendered_text(|| t(lang, "form-sent-next"))}</p>
        <div class="dvi-due" hidden=move || due.get().is_none()>
            <p>
                {before}
                <strong>{move || due.get().map(|d| view! { <time datetime=d.iso()>{date_long(lang, d)}</time> })}</strong>
                {after}
            </p>
            <p>{prerendered_text(|| words(|d| &d.if_late))}</p>
        </div>
        <p>
            <strong>{prerendered_text(|| t(lang, "form-sent-time"))}</strong>
            " "
            {prerendered_text(|| timeframe(form.id).map(|t| t.get(lang).to_owned()).unwrap_or_default())}
        </p>
        // (Heard when the countries' names arrive, also once a widget has left the page: then
        // its state is gone, and nothing is drawn.)
        {move || receipt.try_get().flatten().flatten().map(|_| view! { <SentCopy lang form copy=copy.try_get().flatten()/> })}
    }
}

/// A copy of what was sent: every answer given, under its question, step by step, with the
/// names of the files attached; or, once the page has been left or reloaded, that it is gone.
#[component]
fn SentCopy(lang: Lang, form: &'static Form, copy: Option<Draft>) -> impl IntoView {
    let Some(copy) = copy else {
        return Either::Left(view! { <p class="dvi-copy-gone">{t(lang, "form-sent-copy-gone")}</p> });
    };
    let steps = crate::forms::text::answered(lang, form, &copy.answers, &copy.attached);
    Either::Right(view! {
        <section class="dvi-copy" aria-labelledby="copy-heading">
            <h2 id="copy-heading">{t(lang, "form-sent-copy-heading")}</h2>
            <p class="dvi-copy__note">{t(lang, "form-sent-copy-note")}</p>
            {steps
                .into_iter()
                .map(|(heading, rows)| {
                    view! {
                        <h3>{heading}</h3>
                        <dl class="dvi-summary">
                            {rows.into_iter().map(|(key, value)| view! { <SummaryRow key value/> }).collect_view()}
                        </dl>
                    }
                })
                .collect_view()}
        </section>
    })
}

/// A sentence with "{date}" in it, as the texts before and after the date (see
/// `prerendered_text`: only pre-rendering writes them).
fn prerendered_split(text: impl FnOnce() -> String) -> (String, String) {
    let whole = prerendered_text(text);
    match whole.split_once("{date}") {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (whole, String::new()),
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
    fn a_sentence_is_split_at_its_date() {
        let (before, after) = prerendered_split(|| "We will answer you by {date} at the latest.".to_owned());
        assert_eq!((before.as_str(), after.as_str()), ("We will answer you by ", " at the latest."));
    }

    #[test]
    fn the_time_received_is_shown_in_riga() {
        let winter = riga_received("2026-11-25T22:15:00Z");
        assert_eq!(winter, Some((Date::new(2026, 11, 26).expect("valid"), 15)));
        let summer = riga_received("2026-07-01T10:00:00Z");
        assert_eq!(summer, Some((Date::new(2026, 7, 1).expect("valid"), 13 * 60)));
        assert_eq!(riga_received("soon"), None);
    }
}
