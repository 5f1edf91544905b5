//! One file per page. `page` picks the view for a route.

mod accessibility;
mod another_way;
mod catalogue;
mod channels;
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
    if let Some(view) = widget_pages(route).or_else(|| widget_forms(route)).or_else(|| widget_send(route)) {
        return view;
    }
    match &route.page {
        Page::Home => view! { <home::Home lang/> }.into_any(),
        Page::Rights => view! { <rights::Rights lang/> }.into_any(),
        Page::Referral => view! { <referral::Referral lang/> }.into_any(),
        Page::Accessibility => view! { <accessibility::Accessibility lang/> }.into_any(),
        Page::Privacy => view! { <privacy::Privacy lang/> }.into_any(),
        Page::AnotherWay => view! { <another_way::AnotherWay lang/> }.into_any(),
        _ => view! { <not_found::NotFound lang/> }.into_any(),
    }
}

/// The pages the widget's pages bundle shows (`WidgetBundle::Pages`); `None` for the others.
/// Kept apart from the forms so that each widget bundle links in only its own.
pub fn widget_pages(route: &Route) -> Option<AnyView> {
    let lang = route.lang;
    let view = match &route.page {
        Page::Catalogue => view! { <catalogue::Catalogue lang/> }.into_any(),
        Page::Service(id) => match find_service(id) {
            Some(service) => view! { <service::ServicePage lang service/> }.into_any(),
            None => view! { <not_found::NotFound lang/> }.into_any(),
        },
        Page::Channels => view! { <channels::Channels lang/> }.into_any(),
        _ => return None,
    };
    Some(view)
}

/// A form's steps, which the widget's forms bundle shows (`WidgetBundle::Forms`).
pub fn widget_forms(route: &Route) -> Option<AnyView> {
    let lang = route.lang;
    let view = match &route.page {
        Page::Form(id, FormPage::Step(index)) => match form(id) {
            Some(form) => view! { <form_step::FormStep lang form index=*index/> }.into_any(),
            None => view! { <not_found::NotFound lang/> }.into_any(),
        },
        _ => return None,
    };
    Some(view)
}

/// A form's check answers and confirmation, which the widget's send bundle shows
/// (`WidgetBundle::Send`).
pub fn widget_send(route: &Route) -> Option<AnyView> {
    let lang = route.lang;
    let view = match &route.page {
        Page::Form(id, page @ (FormPage::Check | FormPage::Sent)) => match (form(id), page) {
            (Some(form), FormPage::Check) => view! { <form_check::FormCheck lang form/> }.into_any(),
            (Some(form), _) => view! { <form_sent::FormSent lang form/> }.into_any(),
            (None, _) => view! { <not_found::NotFound lang/> }.into_any(),
        },
        _ => return None,
    };
    Some(view)
}
