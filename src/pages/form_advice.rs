use crate::components::{article::ArticleSection, form_notices::FormCaption, page_heading::PageHeading};
use crate::content;
use crate::i18n::t;
use crate::lang::Lang;
use crate::nav::use_nav;
use crate::routes::{FormPage, Page, Route};
use dvi_validation::forms::{Advice, Form};
use leptos::prelude::*;

/// A page of advice between two steps of a form, where Continue leads when an answer calls for
/// it: why and how (content/advice.toml), a letter to copy or print, then go on to the next
/// step or back to change the answer. Plain links: the answers are in the draft already, and
/// the page needs no island.
#[component]
pub fn FormAdvice(lang: Lang, form: &'static Form, advice: &'static Advice) -> impl IntoView {
    let nav = use_nav();
    let step = form.advice_step(advice).unwrap_or_default();
    let back = Route::new(lang, Page::Form(form.id, FormPage::Step(step))).href();
    let next = match step + 1 < form.steps.len() {
        true => FormPage::Step(step + 1),
        false => FormPage::Check,
    };
    let words = content::advice(advice.id);
    let route = Route::new(lang, Page::Form(form.id, FormPage::Advice(advice.id)));
    view! {
        <p class="dvi-back"><a href=nav.url(&back)>{t(lang, "form-back")}</a></p>
        <FormCaption lang form page=FormPage::Advice(advice.id)/>
        <PageHeading heading=route.heading() lead=route.description()/>
        {words.map(|words| {
            view! {
                {words.sections.iter().map(|section| view! { <ArticleSection lang section block=None/> }).collect_view()}
                <section class="dvi-letter" aria-labelledby="advice-letter">
                    <h2 id="advice-letter">{words.letter.heading.get(lang).to_owned()}</h2>
                    <p class="dvi-letter__intro">{words.letter.intro.get(lang).to_owned()}</p>
                    <div class="dvi-letter__text">
                        {words.letter.lines.iter().map(|l| view! { <p>{l.get(lang).to_owned()}</p> }).collect_view()}
                    </div>
                </section>
            }
        })}
        <p class="dvi-button-group">
            <a class="dvi-button" href=nav.url(&Route::new(lang, Page::Form(form.id, next)).href())>
                {t(lang, &format!("form-advice-{}-go-on", advice.id))}
            </a>
            <a href=nav.url(&format!("{back}#field-{}", advice.when.field))>{t(lang, "form-advice-change")}</a>
        </p>
    }
}
