//! Which events a [`ViewState`] shows, and the count beside every filter choice, in one pass.
//!
//! Counts follow faceted search: the number beside a choice is how many events would show if that
//! choice were added, so each facet is counted with every *other* filter applied. One pass does it:
//! for each event, note which facets it fails. An event failing none is shown and counts everywhere;
//! an event failing exactly one facet counts only toward that facet's choices.

use corpus::{Dataset, EventKind};

use super::catalog::Catalog;
use crate::view_state::ViewState;

const KIND: u8 = 1;
const PERSON: u8 = 2;
const SOURCE: u8 = 4;
const TOPIC: u8 = 8;
const DISPUTED: u8 = 16;
const DATES: u8 = 32;
const SEARCH: u8 = 64;

/// The filtered timeline and the counts to print beside each choice.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filtered {
    /// Indices of the shown events, in timeline order.
    pub visible: Vec<usize>,
    /// Per [`EventKind::ALL`] entry.
    pub kinds: [usize; 7],
    /// Per person in the catalog.
    pub people: Vec<usize>,
    /// Per document.
    pub sources: Vec<usize>,
    /// Per topic in the catalog.
    pub topics: Vec<usize>,
    /// How many would show with "disputed only" on.
    pub disputed: usize,
    /// How many events of unrelated stories would join with "include other stories" on.
    pub other_stories: usize,
    /// How many events the date range hides because their date is unknown.
    pub undated_hidden: usize,
    /// Events in scope before any filter but the story scope (the "of N" in "3 of N events").
    pub in_scope: usize,
    /// Those events' indices: the overview's scale covers them, whatever else is chosen.
    pub scope: Vec<usize>,
    /// Events that pass every filter but the date range: the overview draws them, so the brush
    /// shows what it could pick.
    pub brushable: Vec<usize>,
}

/// The search words, lower-cased once per pass.
pub fn search_words(search: &str) -> Vec<String> {
    search.to_lowercase().split_whitespace().map(str::to_string).collect()
}

/// The search words the list marks in its rows: all but single letters, which filter like any word
/// but would mark nearly every line (and redraw every row on the first keystroke of a search).
pub fn marked_words(search: &str) -> Vec<String> {
    search_words(search).into_iter().filter(|w| w.chars().nth(1).is_some()).collect()
}

/// Which events matched the last search. Typing usually lengthens a word, and an event that did
/// not contain "minis" cannot contain "minister", so the next pass tests only the last matches.
#[derive(Debug, Default)]
pub struct SearchCache {
    words: Vec<String>,
    /// Per event, in dataset order; empty before the first search.
    matched: Vec<bool>,
}

impl SearchCache {
    /// Whether each event's text holds every one of `words`.
    fn matches(&mut self, catalog: &Catalog, words: &[String]) -> &[bool] {
        // Every old word inside some new word: the new matches are a subset of the old.
        let narrows = self.matched.len() == catalog.events.len() && self.words.iter().all(|old| words.iter().any(|new| new.contains(old.as_str())));
        if !(narrows && self.words == words) {
            let all = |i: usize| words.iter().all(|w| catalog.events[i].haystack.contains(w.as_str()));
            self.matched = if narrows {
                self.matched.iter().enumerate().map(|(i, &m)| m && all(i)).collect()
            } else {
                (0..catalog.events.len()).map(all).collect()
            };
            self.words = words.to_vec();
        }
        &self.matched
    }
}

/// [`filter_with`] without a cache: every search tests every event.
pub fn filter(data: &Dataset, catalog: &Catalog, state: &ViewState) -> Filtered {
    filter_with(data, catalog, state, &mut SearchCache::default())
}

pub fn filter_with(data: &Dataset, catalog: &Catalog, state: &ViewState, cache: &mut SearchCache) -> Filtered {
    let words = search_words(&state.search);
    let matched: &[bool] = if words.is_empty() { &[] } else { cache.matches(catalog, &words) };
    let person_ids: Vec<u32> = state.people.iter().filter_map(|p| catalog.person_index(p)).map(|i| i as u32).collect();
    let doc_ids: Vec<u32> = data.documents.iter().enumerate().filter(|(_, d)| state.sources.contains(&d.id)).map(|(i, _)| i as u32).collect();
    let topic_ids: Vec<u32> = state.topics.iter().filter_map(|t| catalog.topic_index(t)).map(|i| i as u32).collect();
    let mut out = Filtered {
        kinds: [0; 7],
        people: vec![0; catalog.people.len()],
        sources: vec![0; data.documents.len()],
        topics: vec![0; catalog.topics.len()],
        ..Filtered::default()
    };
    let dated = state.from.is_some() || state.to.is_some();
    let shows_kind = EventKind::ALL.map(|k| state.shows_kind(k));
    // The pass reads only the catalog's compact facts, not the dataset's events: at 10,000 events
    // that is most of its memory traffic.
    for (i, facts) in catalog.events.iter().enumerate() {
        let in_scope = if topic_ids.is_empty() { facts.main_story || state.other_stories } else { topic_ids.contains(&facts.topic) };
        let mut fails = 0u8;
        if !shows_kind[facts.kind as usize] {
            fails |= KIND;
        }
        if !person_ids.is_empty() && !facts.people.iter().any(|p| person_ids.contains(p)) {
            fails |= PERSON;
        }
        if !doc_ids.is_empty() && !facts.docs.iter().any(|d| doc_ids.contains(d)) {
            fails |= SOURCE;
        }
        if !in_scope {
            fails |= TOPIC;
        }
        if state.disputed_only && !facts.disputed {
            fails |= DISPUTED;
        }
        if dated {
            let known = facts.earliest.is_some() || facts.latest.is_some();
            let after_from = state.from.is_none_or(|from| facts.latest.is_none_or(|l| l >= from));
            let before_to = state.to.is_none_or(|to| facts.earliest.is_none_or(|e| e <= to) && known);
            if !(known && after_from && before_to) {
                fails |= DATES;
            }
        }
        if !words.is_empty() && !matched[i] {
            fails |= SEARCH;
        }

        if in_scope {
            out.in_scope += 1;
            out.scope.push(i);
        }
        if fails & !DATES == 0 {
            out.brushable.push(i);
        }
        if fails == 0 {
            out.visible.push(i);
        }
        let only = |facet: u8| fails & !facet == 0;
        if only(KIND) {
            out.kinds[facts.kind as usize] += 1;
        }
        if only(PERSON) {
            for &p in &facts.people {
                out.people[p as usize] += 1;
            }
        }
        if only(SOURCE) {
            for &d in &facts.docs {
                out.sources[d as usize] += 1;
            }
        }
        if only(TOPIC) {
            out.topics[facts.topic as usize] += 1;
            if !facts.main_story && topic_ids.is_empty() && !state.other_stories {
                out.other_stories += 1;
            }
        }
        if only(DISPUTED) && facts.disputed {
            out.disputed += 1;
        }
        if only(DATES) && fails == DATES && facts.earliest.is_none() && facts.latest.is_none() {
            out.undated_hidden += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::derived_view::test_data::dataset;

    fn titles(data: &Dataset, f: &Filtered) -> Vec<String> {
        f.visible.iter().map(|&i| data.events[i].title.clone()).collect()
    }

    #[test]
    fn with_no_filter_the_main_story_shows_and_other_stories_wait() {
        let data = dataset();
        let catalog = Catalog::new(&data);
        let f = filter(&data, &catalog, &ViewState::default());
        assert_eq!(f.visible.len(), 4);
        assert_eq!(f.other_stories, 1);
        let all = filter(&data, &catalog, &ViewState { other_stories: true, ..ViewState::default() });
        assert_eq!(all.visible.len(), 5);
    }

    #[test]
    fn facet_counts_say_what_choosing_would_show() {
        let data = dataset();
        let catalog = Catalog::new(&data);
        let state = ViewState { kinds: [EventKind::Resignation].into(), ..ViewState::default() };
        let f = filter(&data, &catalog, &state);
        assert_eq!(titles(&data, &f), ["Ann Lee resigns", "Bo Park resigns"]);
        // The kind facet ignores its own choice: the vote would still be one click away.
        assert_eq!(f.kinds[EventKind::ALL.iter().position(|k| *k == EventKind::Vote).unwrap()], 1);
        // Other facets count within the chosen kind.
        let ann = catalog.person_index("ann-lee").unwrap();
        let cy = catalog.person_index("cy-dunn").unwrap();
        assert_eq!(f.people[ann], 1);
        assert_eq!(f.people[cy], 0, "Cy Dunn only votes");
        // Choosing the count's choice gives exactly that many events.
        for (p, &n) in f.people.iter().enumerate() {
            let mut with = state.clone();
            with.people.insert(catalog.people[p].slug.clone());
            assert_eq!(filter(&data, &catalog, &with).visible.len(), n, "{}", catalog.people[p].name);
        }
    }

    #[test]
    fn the_date_range_keeps_events_that_overlap_it_and_counts_the_undated_it_hides() {
        let data = dataset();
        let catalog = Catalog::new(&data);
        let state = ViewState::from_query("?from=2023-11-14&to=2023-11-15");
        let f = filter(&data, &catalog, &state);
        // The vote (15th) and the week-long call (9–15) overlap; Ann (16th) does not.
        assert_eq!(titles(&data, &f), ["Leaders call for a pause", "Motion defeated 10 to 4"]);
        assert_eq!(f.undated_hidden, 1);
    }

    #[test]
    fn search_needs_every_word_and_reads_the_paragraph_around_the_quote() {
        let data = dataset();
        let catalog = Catalog::new(&data);
        let f = filter(&data, &catalog, &ViewState { search: "BO  park".into(), ..ViewState::default() });
        assert_eq!(titles(&data, &f), ["Bo Park resigns"]);
        // "harbour" is only in the sentence after the quoted one, in the same paragraph.
        let f = filter(&data, &catalog, &ViewState { search: "harbour".into(), ..ViewState::default() });
        assert_eq!(titles(&data, &f), ["Bo Park resigns"]);
        let f = filter(&data, &catalog, &ViewState { search: "park zebra".into(), ..ViewState::default() });
        assert!(f.visible.is_empty());
    }

    #[test]
    fn single_letters_filter_but_are_not_marked() {
        assert_eq!(marked_words("a Park É éa"), ["park", "éa"]);
        let data = dataset();
        let catalog = Catalog::new(&data);
        let f = filter(&data, &catalog, &ViewState { search: "z".into(), ..ViewState::default() });
        assert!(f.visible.len() < filter(&data, &catalog, &ViewState::default()).visible.len());
    }

    #[test]
    fn a_search_typed_letter_by_letter_matches_what_a_fresh_search_would() {
        let data = dataset();
        let catalog = Catalog::new(&data);
        let mut cache = SearchCache::default();
        // Lengthening, adding a word, deleting back, and replacing: each must equal a cold pass.
        for search in ["p", "pa", "par", "park", "park h", "park harbour", "park", "pa", "ann", "", "lee ann", "le"] {
            let state = ViewState { search: search.into(), ..ViewState::default() };
            let warm = filter_with(&data, &catalog, &state, &mut cache);
            assert_eq!(warm, filter(&data, &catalog, &state), "after typing {search:?}");
        }
    }

    #[test]
    fn disputed_only_and_source_narrow_as_labelled() {
        let data = dataset();
        let catalog = Catalog::new(&data);
        let f = filter(&data, &catalog, &ViewState::default());
        assert_eq!(f.disputed, 1);
        let f = filter(&data, &catalog, &ViewState { disputed_only: true, ..ViewState::default() });
        assert_eq!(titles(&data, &f), ["Bo Park resigns"]);
        let f = filter(&data, &catalog, &ViewState { sources: ["b".to_string()].into(), ..ViewState::default() });
        assert_eq!(f.visible.len(), f.sources[1]);
        assert_eq!(titles(&data, &f), ["Bo Park resigns"], "b disputes Bo's resignation, so it reports on it");
    }
}
