use leptos::prelude::*;

/// One row of a GOV.UK summary list (`<dl class="dvi-summary">`): a key and its value.
#[component]
pub fn SummaryRow(#[prop(into)] key: String, #[prop(into)] value: String) -> impl IntoView {
    view! {
        <div class="dvi-summary__row">
            <dt class="dvi-summary__key">{key}</dt>
            <dd class="dvi-summary__value">{value}</dd>
        </div>
    }
}
