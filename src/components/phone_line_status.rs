use super::phone_number::PhoneNumber;
use crate::clock::{format_hh_mm, riga_time};
use crate::content;
use crate::i18n::{t, t_args};
use crate::islands::prerendered_part;
use crate::lang::Lang;
use crate::phone_line::{hours, status, LineStatus};
use leptos::prelude::*;

/// "Open now" or "opens on Monday at 13:00", in Riga time. The clock is read only in the
/// browser (an effect), so a page rendered ahead of time shows just the hours.
#[component]
pub fn PhoneLineStatus(lang: Lang) -> impl IntoView {
    let now_ms = RwSignal::new(None::<i64>);
    Effect::new(move |_| {
        now_ms.set(Some(js_sys::Date::now() as i64));
        // Keep the status right while the page stays open.
        if let Ok(handle) =
            set_interval_with_handle(move || now_ms.set(Some(js_sys::Date::now() as i64)), std::time::Duration::from_secs(30))
        {
            on_cleanup(move || handle.clear());
        }
    });
    let (opens, closes) = hours(content::consultation_hours());
    let live = move || {
        now_ms.get().map(|ms| match status(riga_time(ms), (opens, closes), content::holidays()) {
            LineStatus::Open { closes } => (true, t_args(lang, "phone-open", &[("until", format_hh_mm(closes).into())])),
            LineStatus::Closed { today: true, opens, .. } => {
                (false, t_args(lang, "phone-closed-today", &[("at", format_hh_mm(opens).into())]))
            }
            LineStatus::Closed { date, opens, holiday, .. } => {
                let next = t_args(
                    lang,
                    "phone-closed-until",
                    &[
                        ("weekday", t(lang, &format!("weekday-{}", date.weekday())).into()),
                        ("day", date.day.into()),
                        ("month", date.month.into()),
                        ("at", format_hh_mm(opens).into()),
                    ],
                );
                let text = match holiday {
                    Some(name) => {
                        format!("{} {next}", t_args(lang, "phone-closed-holiday", &[("holiday", name.get(lang).to_owned().into())]))
                    }
                    None => next,
                };
                (false, text)
            }
        })
    };
    view! {
        <div class="dvi-phone-status" class:dvi-phone-status--open=move || live().is_some_and(|(open, _)| open)>
            // The number and the hours never change: only the page draws them.
            {prerendered_part(Signal::stored(false), move || {
                let summary = t_args(lang, "phone-hours", &[("from", format_hh_mm(opens).into()), ("to", format_hh_mm(closes).into())]);
                view! {
                    <p class="dvi-phone-status__number">
                        {t(lang, "phone-line")} " " <PhoneNumber/>
                    </p>
                    <p>{summary}</p>
                }
            })}
            {move || live().map(|(_, text)| view! { <p class="dvi-phone-status__now"><strong>{text}</strong></p> })}
        </div>
    }
}
