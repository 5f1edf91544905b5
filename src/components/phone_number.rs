use crate::content;
use leptos::prelude::*;

/// The inspectorate's phone number, written so that it can be dialled from abroad:
/// "+371 67223131", and a `tel:` link for phones.
#[component]
pub fn PhoneNumber() -> impl IntoView {
    let number = &content::contact().phone.value;
    view! { <a href=format!("tel:+371{number}")>{content::phone_display()}</a> }
}
