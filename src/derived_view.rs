//! What to show for a [`ViewState`]: the matching events and the counts beside each filter.
//! Pure functions over the dataset, so they are tested natively.

use corpus::{Dataset, Event, EventKind};

use crate::view_state::ViewState;

/// Lower-cased text a search looks through, built once per event.
pub struct SearchIndex {
    haystacks: Vec<String>,
}

impl SearchIndex {
    pub fn new(dataset: &Dataset) -> SearchIndex {
        let haystacks = dataset
            .events
            .iter()
            .map(|e| {
                let mut text = e.title.to_lowercase();
                for source in &e.sources {
                    text.push('\n');
                    text.push_str(&source.quote.to_lowercase());
                }
                for actor in &e.actors {
                    text.push('\n');
                    text.push_str(&actor.to_lowercase());
                }
                text
            })
            .collect();
        SearchIndex { haystacks }
    }

    /// True when every word of `search` occurs in the event's text.
    pub fn matches(&self, event_index: usize, search: &str) -> bool {
        let hay = &self.haystacks[event_index];
        search.to_lowercase().split_whitespace().all(|word| hay.contains(word))
    }
}

/// Indices of the events the view shows, in timeline order.
pub fn visible_events(dataset: &Dataset, index: &SearchIndex, state: &ViewState) -> Vec<usize> {
    dataset
        .events
        .iter()
        .enumerate()
        .filter(|(i, e)| state.shows_kind(e.kind) && index.matches(*i, &state.search))
        .map(|(i, _)| i)
        .collect()
}

/// For each kind, how many events the current search would show if that kind were chosen.
pub fn kind_counts(dataset: &Dataset, index: &SearchIndex, state: &ViewState) -> Vec<(EventKind, usize)> {
    EventKind::ALL
        .into_iter()
        .map(|kind| {
            let count = dataset
                .events
                .iter()
                .enumerate()
                .filter(|(i, e)| e.kind == kind && index.matches(*i, &state.search))
                .count();
            (kind, count)
        })
        .collect()
}

/// "12 March 2023", "week of …", or "date unknown": never more exact than the data.
pub fn date_label(event: &Event) -> String {
    use corpus::Precision;
    let d = &event.date;
    match (d.precision, d.earliest.as_deref(), d.latest.as_deref()) {
        (Precision::Day, Some(day), _) => human_day(day),
        (Precision::Week, Some(a), Some(b)) => format!("between {} and {}", human_day(a), human_day(b)),
        (Precision::Month, Some(a), _) => human_month(a),
        (Precision::Year, Some(a), _) => a.get(..4).unwrap_or(a).to_string(),
        _ => "date unknown".to_string(),
    }
}

const MONTHS: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
];

fn human_day(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] => match (m.parse::<usize>(), d.parse::<u32>()) {
            (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} {y}", MONTHS[m - 1]),
            _ => iso.to_string(),
        },
        _ => iso.to_string(),
    }
}

fn human_month(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, ..] => match m.parse::<usize>() {
            Ok(m @ 1..=12) => format!("{} {y}", MONTHS[m - 1]),
            _ => iso.to_string(),
        },
        _ => iso.to_string(),
    }
}
