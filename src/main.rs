//! Entry point: install the panic hook, then mount the explorer.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(explorer::components::app::App);
}
