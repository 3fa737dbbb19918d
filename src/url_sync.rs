//! The one place that reads and writes the browser's URL and history.
//!
//! Typing replaces the current history entry (so back does not step through keystrokes); a
//! discrete choice pushes a new one. Neither scrolls: `pushState`/`replaceState` never do.

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

/// Puts `state` in the URL, keeping the page's path and fragment. A push that would not change the
/// URL is skipped so back never has to be pressed twice.
pub fn write(state: &ViewState, mode: HistoryMode) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let current = location.search().unwrap_or_default();
    let query = state.to_query();
    if mode == HistoryMode::Push && query == current {
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
