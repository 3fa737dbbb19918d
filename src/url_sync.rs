//! The one place that reads and writes the browser's URL and history.
//!
//! Typing replaces the current history entry (so back does not step through keystrokes); a
//! discrete choice pushes a new one. Neither scrolls: `pushState`/`replaceState` never do. Typing
//! reaches the URL when it pauses (see [`write`]).

use leptos::prelude::window;
use wasm_bindgen::JsValue;

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
    /// A query not yet in the URL, how it goes in, and the timer that will put it there.
    static PENDING: std::cell::RefCell<Option<Pending>> = const { std::cell::RefCell::new(None) };
}

struct Pending {
    query: String,
    mode: HistoryMode,
    /// The typing timer; a push waits for the next frame instead, and its late call to [`flush`]
    /// finds nothing to do if something flushed it first.
    timer: Option<leptos::prelude::TimeoutHandle>,
}

/// How long typing may run ahead of the URL. `replaceState` costs about 3 ms in Chromium, a fifth
/// of a frame, so a keystroke updates the view at once and the URL when typing pauses.
const TYPING_DELAY_MS: u64 = 250;

/// Puts `state` in the URL, keeping the page's path and fragment. A push that would not change the
/// URL is skipped so back never has to be pressed twice.
///
/// Neither write happens inside the change: `pushState` measured 3–7 ms in Chromium at 10,000
/// events (it is a same-document navigation), a third of a frame. A push is written just after
/// the next frame, once the new view is on screen; a replace (typing, stepping) when input pauses. Any later write, [`flush`], or the page being hidden writes a waiting one first, so
/// history keeps the order of the reader's choices.
pub fn write(state: &ViewState, mode: HistoryMode) {
    let query = state.to_query();
    // Whatever waits belongs to the entry being left (typing) or is an earlier choice (a push).
    if mode == HistoryMode::Push || PENDING.with(|p| p.borrow().as_ref().is_some_and(|w| w.mode == HistoryMode::Push)) {
        flush();
    }
    discard();
    let timer = match mode {
        HistoryMode::Push => {
            leptos::prelude::request_animation_frame(|| leptos::prelude::set_timeout(flush, std::time::Duration::ZERO));
            None
        }
        HistoryMode::Replace => {
            match leptos::prelude::set_timeout_with_handle(flush, std::time::Duration::from_millis(TYPING_DELAY_MS)) {
                Ok(timer) => Some(timer),
                // No timer (no window): write now.
                Err(_) => return apply(&query, mode),
            }
        }
    };
    PENDING.with(|p| *p.borrow_mut() = Some(Pending { query, mode, timer }));
}

/// Writes a waiting query now (before the URL is copied, shared, or the page hidden).
pub fn flush() {
    if let Some(w) = PENDING.with(|p| p.borrow_mut().take()) {
        if let Some(timer) = w.timer {
            timer.clear();
        }
        apply(&w.query, w.mode);
    }
}

/// Drops a waiting query: after back or forward it would overwrite the entry just reached.
pub fn discard() {
    if let Some(timer) = PENDING.with(|p| p.borrow_mut().take()).and_then(|w| w.timer) {
        timer.clear();
    }
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
