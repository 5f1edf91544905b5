use dvi_self_service::{takeover::take_over, App};

fn main() {
    console_error_panic_hook::set_once();
    // The page came pre-rendered: the app replaces it with the same, keeping what was typed.
    take_over(|| leptos::mount::mount_to_body(App));
}
