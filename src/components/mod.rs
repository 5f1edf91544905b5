//! Pieces of pages, named after what a person sees.

pub mod article;
pub mod catalogue_filters;
pub mod channel_card;
pub mod channel_guide;
pub mod check_answers;
pub mod checkboxes;
pub mod contact_block;
pub mod error_summary;
pub mod file_upload;
pub mod form_field;
pub mod form_notices;
pub mod lang_switch;
pub mod layout;
pub mod no_script_ways;
pub mod other_ways;
pub mod page_heading;
pub mod phone_line_status;
pub mod question;
pub mod question_page;
pub mod radios;
pub mod receipt;
pub mod search_box;
pub mod service_card;
pub mod sign_first;
