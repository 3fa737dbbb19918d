//! The page's few direct calls into the browser beyond history (which is [`url_sync`]'s): the
//! clipboard, file downloads, focus and scrolling. Each fails quietly to a stated fallback, because
//! an embed or an old browser may refuse any of them.
//!
//! [`url_sync`]: crate::url_sync

use leptos::prelude::{document, window};
use wasm_bindgen::JsCast;

/// Copies `text`; `false` when the browser refused (no permission, insecure context), so the
/// caller can show the text to copy by hand.
pub async fn copy_text(text: &str) -> bool {
    let promise = window().navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The page's full address, as a reader would share it.
pub fn current_url() -> String {
    window().location().href().unwrap_or_default()
}

/// Offers `contents` as a file download named `name`, made in the browser from a Blob.
pub fn download(name: &str, mime: &str, contents: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(a) = document().create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    // The click has started the download; the object URL can go once this task ends.
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Moves keyboard focus to the first element matching `selector`, if any.
pub fn focus(selector: &str) {
    if let Some(el) = document().query_selector(selector).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Scrolls the first element matching `selector` into view (`center` for a quote in the reader,
/// otherwise only as far as needed).
pub fn scroll_into_view(selector: &str, center: bool) {
    if let Some(el) = document().query_selector(selector).ok().flatten() {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(if center { web_sys::ScrollLogicalPosition::Center } else { web_sys::ScrollLogicalPosition::Nearest });
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// True when a key press lands in a text field, where letters are typing, not shortcuts.
pub fn typing_in_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA") || el.has_attribute("contenteditable"))
}

/// The horizontal position of a pointer within `el`, from 0 to 1.
pub fn fraction_across(el: &web_sys::Element, client_x: i32) -> f32 {
    let rect = el.get_bounding_client_rect();
    if rect.width() <= 0.0 {
        return 0.0;
    }
    (((client_x as f64) - rect.left()) / rect.width()).clamp(0.0, 1.0) as f32
}
