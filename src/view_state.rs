//! What the reader has chosen, as it lives in the URL query string.
//!
//! Two stages, as in ripgrep's argument parsing: the query string is read leniently (unknown keys
//! and values are dropped, never an error), then held as a typed [`ViewState`]. Writing it back
//! gives the one normal form, so `?kind=vote&junk=1` is rewritten as `?kind=vote`.

use std::collections::BTreeSet;

use corpus::EventKind;

/// The longest search text kept from a URL; longer is cut (a mangled link must not stall the page).
pub const MAX_QUERY_CHARS: usize = 200;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Kinds to show; empty means every kind.
    pub kinds: BTreeSet<EventKind>,
    /// Free-text search; empty means no search.
    pub search: String,
    /// Also show events from stretches of articles that moved to an unrelated story.
    pub other_stories: bool,
}

impl ViewState {
    /// Reads a query string (with or without the leading `?`). Never fails.
    pub fn from_query(query: &str) -> ViewState {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut state = ViewState::default();
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            match key.as_ref() {
                "kind" => state.kinds.extend(value.split(',').filter_map(|k| EventKind::parse(k.trim()))),
                "q" => state.search = value.trim().chars().take(MAX_QUERY_CHARS).collect(),
                "other" => state.other_stories = value == "1",
                _ => {}
            }
        }
        if state.kinds.len() == EventKind::ALL.len() {
            state.kinds.clear();
        }
        state
    }

    /// The normal query string, with its `?`, or empty when nothing is chosen.
    pub fn to_query(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if !self.kinds.is_empty() {
            let kinds: Vec<&str> = self.kinds.iter().map(|k| k.as_str()).collect();
            out.append_pair("kind", &kinds.join(","));
        }
        if !self.search.is_empty() {
            out.append_pair("q", &self.search);
        }
        if self.other_stories {
            out.append_pair("other", "1");
        }
        let query = out.finish();
        if query.is_empty() {
            query
        } else {
            format!("?{query}")
        }
    }

    /// Shows or hides one kind.
    pub fn toggle_kind(&mut self, kind: EventKind) {
        if !self.kinds.remove(&kind) {
            self.kinds.insert(kind);
        }
        if self.kinds.len() == EventKind::ALL.len() {
            self.kinds.clear();
        }
    }

    pub fn shows_kind(&self, kind: EventKind) -> bool {
        self.kinds.is_empty() || self.kinds.contains(&kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_filtered_view_survives_a_round_trip_through_the_url() {
        let mut state = ViewState { search: "Jess & “Phillips”".into(), ..ViewState::default() };
        state.toggle_kind(EventKind::Vote);
        state.toggle_kind(EventKind::Resignation);
        let query = state.to_query();
        assert_eq!(ViewState::from_query(&query), state);
        assert!(query.starts_with("?kind=resignation%2Cvote&q="), "{query}");
    }

    #[test]
    fn unknown_keys_and_kinds_are_dropped_from_the_url() {
        let state = ViewState::from_query("?kind=vote,bogus&utm_source=x&q=+gaza+&other=yes");
        assert_eq!(state.to_query(), "?kind=vote&q=gaza");
        assert_eq!(ViewState::from_query("?other=1").to_query(), "?other=1");
    }

    #[test]
    fn no_choice_is_an_empty_query() {
        assert_eq!(ViewState::from_query("").to_query(), "");
        assert_eq!(ViewState::from_query("?kind=&q=").to_query(), "");
    }

    #[test]
    fn mangled_input_never_panics() {
        for q in ["%", "%ZZ", "q=%FF%FE", "kind=%E2%82", "&&&==", "q=", "?q=a&q=b"] {
            let _ = ViewState::from_query(q).to_query();
        }
        let long = format!("q={}", "x".repeat(10_000));
        assert_eq!(ViewState::from_query(&long).search.len(), MAX_QUERY_CHARS);
    }
}
