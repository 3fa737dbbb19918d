//! Talking to the page that embeds this one in an iframe: the only code that posts or reads
//! messages. Outgoing, the content height in the three forms CMSs understand (pym.js, AMP, and our
//! own `public/embed.js`), plus the view's query string so the host page can keep it in its URL.
//! Incoming, exactly one shape is acted on: pym.js's width message, from the parent window, with
//! our child id, which asks for the height again. Nothing received can navigate anything.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::{document, window};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Message `type` of our own messages (read by `public/embed.js`).
const OWN_TYPE: &str = "timeline-explorer";

/// True when the page runs inside a frame.
pub fn in_frame() -> bool {
    match window().parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &window()),
        _ => false,
    }
}

/// Starts reporting the height to the parent (now and on every change) and answering pym.js's
/// width messages. Does nothing outside a frame.
pub fn start(child_id: Option<String>) {
    if !in_frame() {
        return;
    }
    let last = Rc::new(Cell::new(-1i32));
    let report = {
        let last = last.clone();
        let child_id = child_id.clone();
        move |force: bool| {
            let Some(body) = document().body() else { return };
            let height = body.get_bounding_client_rect().height().ceil() as i32;
            if force || height != last.get() {
                last.set(height);
                post_height(height, child_id.as_deref());
            }
        }
    };
    report(true);
    // A ResizeObserver, not polling: the browser calls back when the content's size changes.
    let on_resize = {
        let report = report.clone();
        Closure::<dyn FnMut()>::new(move || report(false))
    };
    if let (Ok(observer), Some(body)) = (web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()), document().body()) {
        observer.observe(&body);
        // Both live as long as the page.
        std::mem::forget(observer);
    }
    on_resize.forget();

    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        if is_width_request(&ev, child_id.as_deref()) {
            report(true);
        }
    });
    let _ = window().add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
}

/// Tells the parent the view changed, so a host page can keep it in its own URL.
pub fn post_view(query: &str) {
    if !in_frame() {
        return;
    }
    let message = js_sys::Object::new();
    set(&message, "type", &OWN_TYPE.into());
    set(&message, "query", &query.into());
    post(&message);
}

fn post_height(height: i32, child_id: Option<&str>) {
    if let Some(id) = child_id {
        post(&format!("pymxPYMx{id}xPYMxheightxPYMx{height}").into());
    }
    let amp = js_sys::Object::new();
    set(&amp, "sentinel", &"amp".into());
    set(&amp, "type", &"embed-size".into());
    set(&amp, "height", &height.into());
    post(&amp);
    let own = js_sys::Object::new();
    set(&own, "type", &OWN_TYPE.into());
    set(&own, "height", &height.into());
    post(&own);
}

/// pym.js's `pymxPYMx<id>xPYMxwidthxPYMx<digits>`, from the parent window, for this child only.
fn is_width_request(ev: &web_sys::MessageEvent, child_id: Option<&str>) -> bool {
    let (Some(id), Some(data)) = (child_id, ev.data().as_string()) else { return false };
    let from_parent = match (ev.source(), window().parent()) {
        (Some(source), Ok(Some(parent))) => js_sys::Object::is(&source, &parent),
        _ => false,
    };
    from_parent && width_message_matches(&data, id)
}

/// The pure part of [`is_width_request`]: the exact shape, nothing more.
pub fn width_message_matches(data: &str, child_id: &str) -> bool {
    data.strip_prefix("pymxPYMx")
        .and_then(|rest| rest.strip_prefix(child_id))
        .and_then(|rest| rest.strip_prefix("xPYMxwidthxPYMx"))
        .is_some_and(|width| !width.is_empty() && width.len() <= 6 && width.bytes().all(|b| b.is_ascii_digit()))
}

fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &key.into(), value);
}

fn post(message: &JsValue) {
    if let Ok(Some(parent)) = window().parent() {
        // The height and the view's query are not secrets, and a CMS's origin is not known here.
        let _ = parent.post_message(message, "*");
    }
}

#[cfg(test)]
mod tests {
    use super::width_message_matches;

    #[test]
    fn only_pyms_exact_width_message_for_this_child_is_accepted() {
        assert!(width_message_matches("pymxPYMxtimelinexPYMxwidthxPYMx640", "timeline"));
        for bad in [
            "pymxPYMxotherxPYMxwidthxPYMx640",
            "pymxPYMxtimelinexPYMxnavigateToxPYMxjavascript:alert(1)",
            "pymxPYMxtimelinexPYMxwidthxPYMx",
            "pymxPYMxtimelinexPYMxwidthxPYMx640px",
            "pymxPYMxtimelinexPYMxwidthxPYMx99999999",
            "xpymxPYMxtimelinexPYMxwidthxPYMx640",
        ] {
            assert!(!width_message_matches(bad, "timeline"), "{bad}");
        }
    }
}
