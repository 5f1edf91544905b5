//! The widget's pages bundle: the catalogue, the services, the channels (`widget::PAGES`), for
//! public/widget/embed.js. The widget itself is in `src/widget.rs`.

dvi_self_service::widget_bundle!(dvi_self_service::widget::PAGES);
