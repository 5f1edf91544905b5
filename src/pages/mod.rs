//! One file per page. `page` picks the view for a route.

mod accessibility;
mod accessibility_record;
mod another_way;
mod catalogue;
mod channels;
mod easy_read;
mod form_advice;
mod form_check;
mod form_sent;
mod form_step;
mod home;
mod not_found;
mod privacy;
mod referral;
mod rights;
mod service;

use crate::content::service as find_service;
use crate::routes::{FormPage, Page, Route};
use dvi_validation::forms::form;
use leptos::prelude::*;

pub fn page(route: &Route) -> AnyView {
    let lang = route.lang;
    match &route.page {
        Page::Home => view! { <home::Home lang/> }.into_any(),
        Page::Catalogue => view! { <catalogue::Catalogue lang/> }.into_any(),
        Page::Service(id) => match find_service(id) {
            Some(service) => view! { <service::ServicePage lang service/> }.into_any(),
            None => view! { <not_found::NotFound lang/> }.into_any(),
        },
        Page::Channels => view! { <channels::Channels lang/> }.into_any(),
        Page::Form(id, page) => match (form(id), *page) {
            (Some(form), FormPage::Step(index)) => view! { <form_step::FormStep lang form index/> }.into_any(),
            (Some(form), FormPage::Advice(id)) => match form.advice.iter().find(|a| a.id == id) {
                Some(advice) => view! { <form_advice::FormAdvice lang form advice/> }.into_any(),
                None => view! { <not_found::NotFound lang/> }.into_any(),
            },
            (Some(form), FormPage::Check) => view! { <form_check::FormCheck lang form/> }.into_any(),
            (Some(form), FormPage::Sent) => view! { <form_sent::FormSent lang form/> }.into_any(),
            (None, _) => view! { <not_found::NotFound lang/> }.into_any(),
        },
        Page::Rights => view! { <rights::Rights lang/> }.into_any(),
        Page::EasyRead => view! { <easy_read::EasyReadPage lang/> }.into_any(),
        Page::Referral => view! { <referral::Referral lang/> }.into_any(),
        Page::Accessibility => view! { <accessibility::Accessibility lang/> }.into_any(),
        Page::AccessibilityRecord => view! { <accessibility_record::AccessibilityRecord lang/> }.into_any(),
        Page::Privacy => view! { <privacy::Privacy lang/> }.into_any(),
        Page::AnotherWay => view! { <another_way::AnotherWay lang/> }.into_any(),
        Page::NotFound => view! { <not_found::NotFound lang/> }.into_any(),
    }
}
