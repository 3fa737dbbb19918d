//! Entry point: install the panic hook, then mount the explorer.

fn main() {
    explorer::failure::install();
    leptos::mount::mount_to_body(explorer::components::app::App);
}
