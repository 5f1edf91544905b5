//! The widget's forms bundle: every form's steps (`widget::FORMS`), for
//! public/widget/embed.js. The widget itself is in `src/widget.rs`.

dvi_self_service::widget_bundle!(dvi_self_service::widget::FORMS);
