use crate::components::{
    channel_card::ChannelCard, channel_guide::ChannelGuide, no_script_ways::StartFailed, page_heading::PageHeading,
    phone_line_status::PhoneLineStatus,
};
use crate::content;
use crate::i18n::t;
use crate::islands::{Island, Props};
use crate::lang::Lang;
use crate::routes::{Page, Route};
use leptos::prelude::*;

/// How to reach us: the phone line's status now, the channel guide (both islands), every channel.
#[component]
pub fn Channels(lang: Lang) -> impl IntoView {
    view! {
        <PageHeading heading=Route::new(lang, Page::Channels).heading() lead=t(lang, "channels-intro")/>
        <noscript><p class="dvi-hint">{t(lang, "channels-noscript")}</p></noscript>
        <StartFailed lang heading=t(lang, "page-start-failed-heading") text=t(lang, "channels-start-failed")/>
        <Island name="phone-line" props=Props::new(lang)>
            <PhoneLineStatus lang/>
        </Island>
        <Island name="channel-guide" props=Props::new(lang)>
            <ChannelGuide lang/>
        </Island>
        <section aria-labelledby="channels-list-heading">
            <h2 id="channels-list-heading">{t(lang, "channels-list-heading")}</h2>
            <ul class="dvi-cards">
                {content::channels().iter().map(|channel| view! { <ChannelCard lang channel/> }).collect_view()}
            </ul>
        </section>
    }
}
