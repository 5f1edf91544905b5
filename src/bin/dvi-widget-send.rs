//! The widget's send bundle: every form's check answers and confirmation (`widget::SEND`), for
//! public/widget/embed.js. The widget itself is in `src/widget.rs`.

dvi_self_service::widget_bundle!(dvi_self_service::widget::SEND);
