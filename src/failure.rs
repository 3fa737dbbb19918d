//! When the page itself fails: a panic in the WASM replaces a blank or frozen page with a short
//! message and a reload link, and logs the details to the console for whoever debugs it.

use wasm_bindgen::prelude::*;

/// Installs the panic hook. Called first thing in `main`.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("timeline explorer failed: {info}").into());
        show();
    }));
}

/// Puts the message over whatever is on the page. Built with plain DOM calls: the app's own
/// rendering may be what broke.
fn show() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    if document.get_element_by_id("failure").is_some() {
        return;
    }
    let Ok(panel) = document.create_element("div") else { return };
    panel.set_id("failure");
    let _ = panel.set_attribute("role", "alert");
    let Ok(text) = document.create_element("p") else { return };
    text.set_text_content(Some("Something went wrong while showing this timeline. "));
    if let Ok(link) = document.create_element("a") {
        // Reload the same address: the view is in the URL, so the reader lands where they were.
        let _ = link.set_attribute("href", &web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default());
        link.set_text_content(Some("Reload the page"));
        let _ = text.append_child(&link);
    }
    let _ = panel.append_child(&text);
    let _ = body.prepend_with_node_1(&panel);
}

/// Panics on purpose, so the browser tests can check what a reader sees. Reachable only from
/// script already running in the page (`window.wasmBindings`), never from a URL or a message.
#[wasm_bindgen]
pub fn explorer_self_test_panic() {
    panic!("self-test: a deliberate panic");
}
