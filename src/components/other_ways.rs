use crate::content::{self, postal_address};
use crate::forms::{text::submission_text, FormSession};
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Why a submission could not be sent, as the person is told it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The person's own device is offline (`navigator.onLine` is false).
    Offline,
    /// The backend limited this connection (429) rather than failing to answer.
    Limited,
    /// No answer, or the backend failing.
    Unavailable,
    /// The backend would not take the form as a whole, for a reason no answer on its steps can
    /// put right (it does not know the form, or an answer the person cannot see).
    Refused,
}

impl Failure {
    /// A send that failed for any other reason than the backend's limit: the person's own
    /// connection when the browser knows it is down.
    pub fn of_connection() -> Failure {
        if crate::dom::offline() {
            Failure::Offline
        } else {
            Failure::Unavailable
        }
    }
}

/// The id of the message that says a submission could not be sent, which takes focus.
pub const SEND_FAILED_ID: &str = "send-failed";

/// When a submission cannot be sent: say so plainly, offer to try again, and hand over the
/// whole submission to send another way: as text to copy, as a file, in an e-mail to the
/// inspectorate, or printed for the post.
#[component]
pub fn OtherWays(lang: Lang, session: FormSession, failure: Failure, retry: Callback<()>) -> impl IntoView {
    let form = session.form;
    let text = move || session.answers.with(|a| session.attached.with(|att| submission_text(lang, form, a, att)));
    let c = content::contact();
    let email = c.email.value.to_string();
    let subject = t(lang, &format!("form-{}-title", form.id));
    let mailto =
        move || format!("mailto:{email}?subject={}&body={}", js_sys::encode_uri_component(&subject), js_sys::encode_uri_component(&text()));
    let postal = postal_address(lang);
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let clipboard = window().navigator().clipboard();
        let _ = clipboard.write_text(&text());
        status.set(t(lang, "form-copied"));
    };
    let download = move |_| {
        let parts = js_sys::Array::of1(&text().into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("text/plain;charset=utf-8");
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
        if let Some(a) = document().create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
            a.set_href(&url);
            a.set_download(&format!("dvi-{}.txt", form.id));
            a.click();
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    };
    view! {
        <section class="dvi-panel dvi-panel--warning" id=SEND_FAILED_ID tabindex="-1" aria-labelledby="send-failed-heading" role="alert">
            <h2 id="send-failed-heading">{t(lang, "form-send-failed-heading")}</h2>
            <p>
                {match failure {
                    Failure::Offline => t(lang, "form-send-offline"),
                    Failure::Limited => t(lang, "form-send-too-many"),
                    Failure::Unavailable => t(lang, "form-send-failed"),
                    Failure::Refused => t(lang, "form-send-refused"),
                }}
            </p>
            <button type="button" class="dvi-button" on:click=move |_| retry.run(())>{t(lang, "form-send-retry")}</button>
        </section>
        <section class="dvi-other-ways" aria-labelledby="other-ways-heading">
            <h2 id="other-ways-heading">{t(lang, "form-other-ways-heading")}</h2>
            <label class="dvi-label" for="submission-text">{t(lang, "form-submission-text-label")}</label>
            <textarea class="dvi-textarea" id="submission-text" readonly=true rows="10" prop:value=text></textarea>
            <div class="dvi-button-group">
                <button type="button" class="dvi-button dvi-button--secondary" on:click=copy>{t(lang, "form-copy")}</button>
                <button type="button" class="dvi-button dvi-button--secondary" on:click=download>{t(lang, "form-download")}</button>
                <button type="button" class="dvi-button dvi-button--secondary" on:click=move |_| { let _ = window().print(); }>{t(lang, "form-print")}</button>
            </div>
            <p role="status">{move || status.get()}</p>
            <p><a href=mailto>{t_args(lang, "form-email", &[("email", c.email.value.to_string().into())])}</a></p>
            <p>{t(lang, "form-email-note")}</p>
            <p>{t_args(lang, "form-post-address", &[("address", postal.into())])}</p>
        </section>
    }
}
