use dvi_self_service::{takeover::take_over, App};

fn main() {
    console_error_panic_hook::set_once();
    // The page came pre-rendered: the app replaces it with the same, keeping what was typed.
    // In a task of its own, after the one that started the module, so that neither blocks
    // the page for long.
    wasm_bindgen_futures::spawn_local(async {
        gloo_timers::future::TimeoutFuture::new(0).await;
        take_over(|| leptos::mount::mount_to_body(App));
    });
}
