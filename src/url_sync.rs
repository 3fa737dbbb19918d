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
    /// A typed query not yet in the URL, and the timer that will put it there.
    static PENDING: std::cell::RefCell<Option<(String, leptos::prelude::TimeoutHandle)>> = const { std::cell::RefCell::new(None) };
}

/// How long typing may run ahead of the URL. `replaceState` costs about 3 ms in Chromium, a fifth
/// of a frame, so a keystroke updates the view at once and the URL when typing pauses.
const TYPING_DELAY_MS: u64 = 250;

/// Puts `state` in the URL, keeping the page's path and fragment. A push that would not change the
/// URL is skipped so back never has to be pressed twice. `Replace` (typing, stepping) is deferred
/// until input pauses; a push, [`flush`] or the page being hidden writes it at once.
pub fn write(state: &ViewState, mode: HistoryMode) {
    let query = state.to_query();
    match mode {
        HistoryMode::Replace => {
            let handle = leptos::prelude::set_timeout_with_handle(flush, std::time::Duration::from_millis(TYPING_DELAY_MS)).ok();
            PENDING.with(|p| {
                if let Some((_, old)) = p.borrow_mut().take() {
                    old.clear();
                }
                if let Some(handle) = handle {
                    *p.borrow_mut() = Some((query.clone(), handle));
                }
            });
            if PENDING.with(|p| p.borrow().is_none()) {
                // No timer (no window): write now.
                apply(&query, HistoryMode::Replace);
            }
        }
        HistoryMode::Push => {
            // Whatever was typed belongs to the entry being left; the push then records the choice.
            flush();
            apply(&query, HistoryMode::Push);
        }
    }
}

/// Writes a deferred query now (before the URL is copied, shared, or the page hidden).
pub fn flush() {
    if let Some((query, handle)) = PENDING.with(|p| p.borrow_mut().take()) {
        handle.clear();
        apply(&query, HistoryMode::Replace);
    }
}

/// Drops a deferred query: after back or forward it would overwrite the entry just reached.
pub fn discard() {
    if let Some((_, handle)) = PENDING.with(|p| p.borrow_mut().take()) {
        handle.clear();
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
    let Ok(history) = window().history() else { return };
    // Failures here (e.g. a sandboxed iframe without history) only mean the URL goes stale.
    let _ = match mode {
        HistoryMode::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
        HistoryMode::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
}
