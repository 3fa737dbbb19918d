//! What the reader has chosen, as it lives in the URL query string.
//!
//! Two stages, as in ripgrep's argument parsing: the query string is read leniently (unknown keys
//! and malformed values are dropped, never an error), then held as a typed [`ViewState`]. Writing it
//! back gives the one normal form, so `?kind=vote&junk=1` is rewritten as `?kind=vote`. Values that
//! name things in the dataset (people, articles, topics, the selected event) are checked against it
//! by [`ViewState::retain_known`], so a stale or hand-edited link loses only what no longer exists.
//!
//! | key | meaning | example |
//! |---|---|---|
//! | `kind` | kinds to show (comma list) | `kind=resignation,vote` |
//! | `person` | people (slugs, comma list) | `person=keir-starmer` |
//! | `source` | articles (ids, comma list) | `source=002_9294787340d87288` |
//! | `topic` | topics (repeatable) | `topic=Gaza+ceasefire+vote` |
//! | `disputed` | disputed events only | `disputed=1` |
//! | `from`, `to` | date range, inclusive | `from=2023-11-09&to=2023-11-16` |
//! | `q` | search words | `q=ceasefire` |
//! | `other` | include stretches about unrelated stories | `other=1` |
//! | `event` | the event whose evidence is open | `event=kin-1a2b3c4d` |
//! | `panel` | an open panel | `panel=numbers`, `panel=people` or `panel=embed` |
//! | `read` | the article open in the reader | `read=002_9294787340d87288` |
//! | `embed` | compact chrome for an iframe | `embed=1` |
//! | `theme` | force a colour scheme | `theme=dark` |
//! | `childId` | the pym.js id the host page gave this iframe | `childId=timeline` |

use std::collections::BTreeSet;

use corpus::EventKind;

use crate::calendar::Day;

/// The longest search text kept from a URL; longer is cut (a mangled link must not stall the page).
pub const MAX_QUERY_CHARS: usize = 200;
/// The most values kept for one list key; a list longer than any dataset's is a mangled link.
const MAX_LIST: usize = 64;

/// A colour scheme forced by the embedding page; without one the page follows the system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

/// A panel beside the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Numbers,
    People,
    /// The embed code for this view.
    Embed,
}

impl Panel {
    pub fn as_str(self) -> &'static str {
        match self {
            Panel::Numbers => "numbers",
            Panel::People => "people",
            Panel::Embed => "embed",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Kinds to show; empty means every kind.
    pub kinds: BTreeSet<EventKind>,
    /// People (by slug) at least one of whom acts in the event; empty means anyone.
    pub people: BTreeSet<String>,
    /// Articles (by id) at least one of which reports the event; empty means any.
    pub sources: BTreeSet<String>,
    /// Topics to show; empty means the main story (plus other stories when `other_stories`).
    pub topics: BTreeSet<String>,
    pub disputed_only: bool,
    pub from: Option<Day>,
    pub to: Option<Day>,
    /// Free-text search; empty means no search.
    pub search: String,
    /// Also show events from stretches of articles that moved to an unrelated story.
    pub other_stories: bool,
    /// The event whose evidence is open.
    pub event: Option<String>,
    pub panel: Option<Panel>,
    /// The article open in the reader.
    pub read: Option<String>,
    /// Compact chrome for an iframe (`embed=1`).
    pub embed: bool,
    pub theme: Option<Theme>,
    /// The id pym.js gave this iframe; height messages carry it.
    pub child_id: Option<String>,
}

/// The names a dataset knows, for [`ViewState::retain_known`].
pub trait Known {
    fn person(&self, slug: &str) -> bool;
    fn source(&self, id: &str) -> bool;
    fn topic(&self, topic: &str) -> bool;
    fn event(&self, id: &str) -> bool;
}

impl ViewState {
    /// Reads a query string (with or without the leading `?`). Never fails.
    pub fn from_query(query: &str) -> ViewState {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut state = ViewState::default();
        let list = |set: &mut BTreeSet<String>, value: &str| {
            for v in value.split(',').map(str::trim).filter(|v| !v.is_empty() && v.len() <= 200) {
                if set.len() < MAX_LIST {
                    set.insert(v.to_string());
                }
            }
        };
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            match key.as_ref() {
                "kind" => state.kinds.extend(value.split(',').filter_map(|k| EventKind::parse(k.trim()))),
                "person" => list(&mut state.people, &value),
                "source" => list(&mut state.sources, &value),
                // Topics are words people wrote and may hold commas, so the key repeats instead.
                "topic" if !value.trim().is_empty() && value.len() <= 200 && state.topics.len() < MAX_LIST => {
                    state.topics.insert(value.trim().to_string());
                }
                "disputed" => state.disputed_only = value == "1",
                "from" => state.from = Day::parse(value.trim()),
                "to" => state.to = Day::parse(value.trim()),
                // Cut, then trimmed again: a cut can end in a space, which reading back would drop.
                "q" => state.search = value.trim().chars().take(MAX_QUERY_CHARS).collect::<String>().trim_end().to_string(),
                "other" => state.other_stories = value == "1",
                "event" => state.event = Some(value.trim().to_string()).filter(|v| !v.is_empty() && v.len() <= 200),
                "panel" => {
                    state.panel = match value.as_ref() {
                        "numbers" => Some(Panel::Numbers),
                        "people" => Some(Panel::People),
                        "embed" => Some(Panel::Embed),
                        _ => None,
                    }
                }
                "read" => state.read = Some(value.trim().to_string()).filter(|v| !v.is_empty() && v.len() <= 200),
                "embed" => state.embed = value == "1",
                "theme" => {
                    state.theme = match value.as_ref() {
                        "light" => Some(Theme::Light),
                        "dark" => Some(Theme::Dark),
                        _ => None,
                    }
                }
                // pym.js ids are names a host page chose; anything else is not echoed back to it.
                "childId" => {
                    state.child_id = Some(value.to_string())
                        .filter(|v| !v.is_empty() && v.len() <= 64 && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                }
                _ => {}
            }
        }
        if state.kinds.len() == EventKind::ALL.len() {
            state.kinds.clear();
        }
        // A range given backwards is read the way round that makes sense.
        if let (Some(a), Some(b)) = (state.from, state.to) {
            if a > b {
                (state.from, state.to) = (Some(b), Some(a));
            }
        }
        state
    }

    /// Drops every value the dataset does not know (a stale link, a typo, a hostile URL).
    pub fn retain_known(&mut self, known: &impl Known) {
        self.people.retain(|p| known.person(p));
        self.sources.retain(|s| known.source(s));
        self.topics.retain(|t| known.topic(t));
        if self.event.as_deref().is_some_and(|e| !known.event(e)) {
            self.event = None;
        }
        if self.read.as_deref().is_some_and(|d| !known.source(d)) {
            self.read = None;
        }
    }

    /// The normal query string, with its `?`, or empty when nothing is chosen.
    pub fn to_query(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        let join = |set: &BTreeSet<String>| set.iter().map(String::as_str).collect::<Vec<_>>().join(",");
        if !self.kinds.is_empty() {
            let kinds: Vec<&str> = self.kinds.iter().map(|k| k.as_str()).collect();
            out.append_pair("kind", &kinds.join(","));
        }
        if !self.people.is_empty() {
            out.append_pair("person", &join(&self.people));
        }
        if !self.sources.is_empty() {
            out.append_pair("source", &join(&self.sources));
        }
        for topic in &self.topics {
            out.append_pair("topic", topic);
        }
        if self.disputed_only {
            out.append_pair("disputed", "1");
        }
        if let Some(from) = self.from {
            out.append_pair("from", &from.to_string());
        }
        if let Some(to) = self.to {
            out.append_pair("to", &to.to_string());
        }
        if !self.search.is_empty() {
            out.append_pair("q", &self.search);
        }
        if self.other_stories {
            out.append_pair("other", "1");
        }
        if let Some(event) = &self.event {
            out.append_pair("event", event);
        }
        if let Some(panel) = self.panel {
            out.append_pair("panel", panel.as_str());
        }
        if let Some(read) = &self.read {
            out.append_pair("read", read);
        }
        if self.embed {
            out.append_pair("embed", "1");
        }
        if let Some(theme) = self.theme {
            out.append_pair("theme", if theme == Theme::Dark { "dark" } else { "light" });
        }
        if let Some(id) = &self.child_id {
            out.append_pair("childId", id);
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

    /// The filters alone, without what is open or selected or how the page is framed.
    pub fn filters_only(&self) -> ViewState {
        ViewState { event: None, panel: None, read: None, embed: false, theme: None, child_id: None, ..self.clone() }
    }

    /// True when any filter narrows the timeline (what is open or selected does not count).
    pub fn is_filtered(&self) -> bool {
        self.filters_only() != ViewState::default()
    }

    /// The same view with every filter cleared, keeping what is open and how the page is framed.
    pub fn cleared(&self) -> ViewState {
        ViewState {
            event: self.event.clone(),
            panel: self.panel,
            read: self.read.clone(),
            embed: self.embed,
            theme: self.theme,
            child_id: self.child_id.clone(),
            ..ViewState::default()
        }
    }
}

/// The URL parser's fuzz target (`fuzz/fuzz_targets/url.rs`, also run by the property tests below):
/// any bytes, read as a query string, parse without panicking to a state whose query string reads
/// back to the same state.
pub fn fuzz_round_trip(data: &[u8]) {
    let query = String::from_utf8_lossy(data);
    let state = ViewState::from_query(&query);
    let normal = state.to_query();
    assert_eq!(ViewState::from_query(&normal), state, "{query:?} → {normal:?}");
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Names;
    impl Known for Names {
        fn person(&self, slug: &str) -> bool {
            slug == "jess-phillips"
        }
        fn source(&self, id: &str) -> bool {
            id == "003_a"
        }
        fn topic(&self, topic: &str) -> bool {
            topic == "Gaza, ceasefire"
        }
        fn event(&self, id: &str) -> bool {
            id == "kin-1"
        }
    }

    #[test]
    fn a_filtered_view_survives_a_round_trip_through_the_url() {
        let mut state = ViewState {
            search: "Jess & “Phillips”".into(),
            people: ["jess-phillips".to_string()].into(),
            sources: ["003_a".to_string()].into(),
            topics: ["Gaza, ceasefire".to_string()].into(),
            disputed_only: true,
            from: Day::parse("2023-11-09"),
            to: Day::parse("2023-11-16"),
            event: Some("kin-1".into()),
            panel: Some(Panel::Numbers),
            read: Some("003_a".into()),
            ..ViewState::default()
        };
        state.toggle_kind(EventKind::Vote);
        state.toggle_kind(EventKind::Resignation);
        let query = state.to_query();
        let mut back = ViewState::from_query(&query);
        back.retain_known(&Names);
        assert_eq!(back, state);
        assert!(query.starts_with("?kind=resignation%2Cvote&person=jess-phillips&source=003_a&topic=Gaza%2C+ceasefire"), "{query}");
        assert_eq!(ViewState::from_query(&query).to_query(), query, "the normal form is stable");
    }

    #[test]
    fn unknown_keys_values_and_names_are_dropped_from_the_url() {
        let state = ViewState::from_query("?kind=vote,bogus&utm_source=x&q=+gaza+&other=yes&panel=admin&from=2023-13-45");
        assert_eq!(state.to_query(), "?kind=vote&q=gaza");
        assert_eq!(ViewState::from_query("?other=1").to_query(), "?other=1");
        let mut stale = ViewState::from_query("?person=nobody,jess-phillips&source=999&topic=x&event=kin-gone&read=../etc");
        stale.retain_known(&Names);
        assert_eq!(stale.to_query(), "?person=jess-phillips");
    }

    #[test]
    fn embedding_options_survive_the_url_and_hostile_ids_are_dropped() {
        let state = ViewState::from_query("?embed=1&theme=dark&childId=timeline-1&initialWidth=600&parentTitle=x&kind=vote");
        assert_eq!(state.to_query(), "?kind=vote&embed=1&theme=dark&childId=timeline-1");
        assert_eq!(state.cleared().to_query(), "?embed=1&theme=dark&childId=timeline-1", "clearing filters keeps the framing");
        for bad in ["a%22%3E%3Cscript%3E", "x%20y", "javascript:alert(1)", ""] {
            assert_eq!(ViewState::from_query(&format!("?childId={bad}")).child_id, None, "{bad}");
        }
        assert_eq!(ViewState::from_query("?theme=purple").theme, None);
    }

    #[test]
    fn a_backwards_date_range_is_turned_round() {
        let state = ViewState::from_query("?from=2023-11-16&to=2023-11-09");
        assert_eq!(state.to_query(), "?from=2023-11-09&to=2023-11-16");
    }

    #[test]
    fn no_choice_is_an_empty_query() {
        assert_eq!(ViewState::from_query("").to_query(), "");
        assert_eq!(ViewState::from_query("?kind=&q=&person=,,&from=").to_query(), "");
        assert!(!ViewState::from_query("?event=kin-1&panel=people").is_filtered());
        assert!(ViewState::from_query("?disputed=1").is_filtered());
    }

    #[test]
    fn clearing_filters_keeps_what_is_open() {
        let state = ViewState::from_query("?kind=vote&q=x&event=kin-1&panel=people");
        assert_eq!(state.cleared().to_query(), "?event=kin-1&panel=people");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Any string at all: read without panicking, and the normal form reads back to itself.
        #[test]
        fn any_bytes_pass_the_fuzz_target(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
            fuzz_round_trip(&bytes);
        }

        #[test]
        fn any_query_has_a_stable_normal_form(query in "\\PC{0,400}") {
            let state = ViewState::from_query(&query);
            let normal = state.to_query();
            proptest::prop_assert_eq!(ViewState::from_query(&normal), state);
            proptest::prop_assert_eq!(ViewState::from_query(&normal).to_query(), normal);
        }

        /// Queries made of our own keys with hostile values: repeated keys, stray escapes,
        /// out-of-range dates, huge values.
        #[test]
        fn hostile_values_for_known_keys_never_break_the_round_trip(
            pairs in proptest::collection::vec((
                proptest::sample::select(vec!["kind", "person", "source", "topic", "disputed", "from", "to", "q", "other", "event", "panel", "read", "embed", "theme", "childId"]),
                proptest::prop_oneof!["[0-9-]{0,12}", "%[0-9A-Fa-fZz]{0,2}", "\\PC{0,60}", "[a-z,]{0,30}", proptest::strategy::Just("9999-99-99".to_string())],
            ), 0..16),
        ) {
            let query: String = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&");
            let state = ViewState::from_query(&query);
            let normal = state.to_query();
            proptest::prop_assert_eq!(ViewState::from_query(&normal), state.clone());
            proptest::prop_assert!(state.search.chars().count() <= MAX_QUERY_CHARS);
            proptest::prop_assert!(normal.len() < 20_000);
        }
    }

    #[test]
    fn mangled_input_never_panics() {
        for q in ["%", "%ZZ", "q=%FF%FE", "kind=%E2%82", "&&&==", "q=", "?q=a&q=b", "from=9999-99-99", "to=-001-01-01"] {
            let _ = ViewState::from_query(q).to_query();
        }
        let long = format!("q={}", "x".repeat(10_000));
        assert_eq!(ViewState::from_query(&long).search.len(), MAX_QUERY_CHARS);
        let many = format!("person={}", (0..10_000).map(|i| i.to_string()).collect::<Vec<_>>().join(","));
        assert_eq!(ViewState::from_query(&many).people.len(), MAX_LIST);
    }
}
