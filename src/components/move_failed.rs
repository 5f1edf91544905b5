use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::moves::{Moves, Stuck, MOVE_FAILED_ID};
use leptos::prelude::*;

/// Says that the page did not open and why, that the answers are kept, and that it will
/// be tried again by itself; with a button to try now. Shown while the last move has not
/// happened. `sent`: the reference of the form just sent, when it is the confirmation that did
/// not open: the person is told it was sent, and its reference, here.
#[component]
pub fn MoveFailed(lang: Lang, moves: Moves, #[prop(optional, into)] sent: MaybeProp<String>) -> impl IntoView {
    move || {
        moves.stuck().map(|stuck| {
            let (heading, why) = match (sent.get(), stuck) {
                (Some(reference), _) => (t(lang, "move-failed-sent-heading"), t_args(lang, "move-failed-sent", &[("reference", reference.into())])),
                (None, Stuck::Offline) => (t(lang, "move-failed-heading"), t(lang, "move-failed-offline")),
                (None, Stuck::Unanswered) => (t(lang, "move-failed-heading"), t(lang, "move-failed")),
            };
            view! {
                <section class="dvi-panel dvi-panel--warning" id=MOVE_FAILED_ID tabindex="-1" aria-labelledby="move-failed-heading" role="alert">
                    <h2 id="move-failed-heading">{heading}</h2>
                    <p>{why}</p>
                    <button type="button" class="dvi-button dvi-button--secondary" on:click=move |_| moves.retry()>
                        {t(lang, "move-retry")}
                    </button>
                </section>
            }
        })
    }
}
