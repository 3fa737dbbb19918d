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
        .filter(|(i, e)| (e.main_story || state.other_stories) && state.shows_kind(e.kind) && index.matches(*i, &state.search))
        .map(|(i, _)| i)
        .collect()
}

/// How many events sit in other stories (hidden unless asked for).
pub fn other_story_count(dataset: &Dataset) -> usize {
    dataset.events.iter().filter(|e| !e.main_story).count()
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
                .filter(|(i, e)| e.kind == kind && (e.main_story || state.other_stories) && index.matches(*i, &state.search))
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
        (Precision::Week, Some(a), Some(b)) => format!("{} – {}", human_day(a), human_day(b)),
        // A whole calendar month or year is named; any other span is shown as its two ends.
        (Precision::Month, Some(a), Some(b)) if a.ends_with("-01") && a.get(..7) == b.get(..7) => human_month(a),
        (Precision::Year, Some(a), Some(b)) if a.ends_with("-01-01") && b.ends_with("-12-31") && a.get(..4) == b.get(..4) => a.get(..4).unwrap_or(a).to_string(),
        (_, None, Some(b)) => format!("on or before {}", human_day(b)),
        (_, Some(a), Some(b)) => format!("{} – {}", human_day(a), human_day(b)),
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

#[cfg(test)]
mod tests {
    use super::*;
    use corpus::{DateRange, EventKind, Precision, Source};

    fn event(precision: Precision, earliest: Option<&str>, latest: Option<&str>) -> Event {
        Event {
            id: "x".into(),
            kind: EventKind::Vote,
            title: "t".into(),
            topic: String::new(),
            main_story: true,
            disputed: false,
            date: DateRange { earliest: earliest.map(Into::into), latest: latest.map(Into::into), precision, basis: String::new() },
            actors: vec![],
            sources: vec![Source { doc: "a".into(), start: 0, end: 0, quote: String::new() }],
            against: vec![],
        }
    }

    #[test]
    fn a_date_is_never_shown_more_exactly_than_it_is_known() {
        assert_eq!(date_label(&event(Precision::Day, Some("2023-11-15"), Some("2023-11-15"))), "15 November 2023");
        assert_eq!(date_label(&event(Precision::Week, Some("2023-11-09"), Some("2023-11-15"))), "9 November 2023 – 15 November 2023");
        assert_eq!(date_label(&event(Precision::Month, Some("2023-10-01"), Some("2023-10-31"))), "October 2023");
        assert_eq!(date_label(&event(Precision::Unknown, None, Some("2023-11-15"))), "on or before 15 November 2023");
        assert_eq!(date_label(&event(Precision::Unknown, None, None)), "date unknown");
        assert_eq!(date_label(&event(Precision::Month, Some("2022-06-29"), Some("2022-07-11"))), "29 June 2022 – 11 July 2022");
        assert_eq!(date_label(&event(Precision::Year, Some("2016-01-01"), Some("2016-12-31"))), "2016");
    }
}
