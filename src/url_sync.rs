//! The one place that reads and writes the browser's URL and history.
//!
//! Typing replaces the current history entry (so back does not step through keystrokes); a
//! discrete choice pushes a new one. Neither scrolls: `pushState`/`replaceState` never do. Typing
//! reaches the URL when it pauses (see [`write`]).

use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};

use crate::view_state::ViewState;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    Push,
    Replace,
}

/// The view the current URL asks for.
pub fn read() -> ViewState {
    ViewState::from_query(&window().location().search().unwrap_or_default())
}

thread_local! {
    static PENDING: std::cell::RefCell<Pending> = std::cell::RefCell::new(Pending::default());
}

/// Writes not yet in the URL, oldest first, and what will write them.
#[derive(Default)]
struct Pending {
    writes: Vec<(String, HistoryMode)>,
    /// Set while typing: fires once input pauses.
    typing: Option<leptos::prelude::TimeoutHandle>,
    /// A flush is booked for the next idle moment.
    idle_booked: bool,
}

/// How long typing may run ahead of the URL. `replaceState` costs about 3 ms in Chromium, a fifth
/// of a frame, so a keystroke updates the view at once and the URL when typing pauses.
const TYPING_DELAY_MS: u64 = 250;

/// Puts `state` in the URL, keeping the page's path and fragment. A push that would not change the
/// URL is skipped so back never has to be pressed twice.
///
/// No write happens inside the change: `pushState` measured 3–7 ms in Chromium at 10,000 events
/// (it is a same-document navigation), a third of a frame. Writes queue in order and go in at the
/// next idle moment, once the new view is on screen; typing waits until input pauses. A
/// second choice before the first is written queues behind it, so history still gets one entry
/// per choice, in order; [`flush`] (copy link, leaving the page) writes everything at once.
pub fn write(state: &ViewState, mode: HistoryMode) {
    let query = state.to_query();
    let book_idle = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        match (p.writes.last_mut(), mode) {
            // Typing on: the same entry, newer text.
            (Some((last, HistoryMode::Replace)), HistoryMode::Replace) => *last = query,
            _ => p.writes.push((query, mode)),
        }
        if let Some(timer) = p.typing.take() {
            timer.clear();
        }
        if mode == HistoryMode::Push {
            !std::mem::replace(&mut p.idle_booked, true)
        } else {
            p.typing = leptos::prelude::set_timeout_with_handle(flush, std::time::Duration::from_millis(TYPING_DELAY_MS)).ok();
            false
        }
    });
    if book_idle {
        flush_when_idle();
    }
}

/// Most a push waits for an idle moment when the page stays busy.
const IDLE_TIMEOUT_MS: u32 = 200;

/// Books [`flush`] for the browser's next idle moment, after the new view is on screen: on an idle
/// page that is just after the frame, and a reader's next click or keystroke (a task) always runs
/// before it, so the write never delays a response. Safari has no `requestIdleCallback`; there
/// the flush runs just after the next frame.
fn flush_when_idle() {
    let callback = wasm_bindgen::closure::Closure::once_into_js(flush);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(IDLE_TIMEOUT_MS);
    let booked = window().request_idle_callback_with_options(callback.unchecked_ref(), &options);
    if booked.is_err() {
        leptos::prelude::request_animation_frame(|| leptos::prelude::set_timeout(flush, std::time::Duration::ZERO));
    }
}

/// Writes everything waiting, in order (before the URL is copied, shared, or the page hidden).
pub fn flush() {
    for (query, mode) in take() {
        apply(&query, mode);
    }
}

/// Drops what is waiting: after back or forward it would overwrite the entry just reached.
pub fn discard() {
    take();
}

fn take() -> Vec<(String, HistoryMode)> {
    PENDING.with(|p| {
        let mut p = p.borrow_mut();
        if let Some(timer) = p.typing.take() {
            timer.clear();
        }
        p.idle_booked = false;
        std::mem::take(&mut p.writes)
    })
}

fn apply(query: &str, mode: HistoryMode) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let current = location.search().unwrap_or_default();
    if query == current {
        return;
    }
    let url = format!("{path}{query}{hash}");
    let Ok(history) = window().history() else {
        return;
    };
    // Failures here (e.g. a sandboxed iframe without history) only mean the URL goes stale.
    let _ = match mode {
        HistoryMode::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
        HistoryMode::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
}
