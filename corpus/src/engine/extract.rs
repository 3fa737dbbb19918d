//! Finding events: which sentences report a happening, and of what kind.

use super::input::{shorten, Article};
use super::text;
use crate::model::*;

/// Events reported by one article, one per reporting sentence.
pub fn events(article: &Article) -> Vec<Event> {
    let text = &article.text;
    let mut out = Vec::new();
    for line in text::lines(text, article.body_start) {
        for sentence in text::sentences(text, line) {
            let quote = sentence.of(text);
            let Some(kind) = classify(quote) else { continue };
            out.push(Event {
                id: String::new(),
                kind,
                title: shorten(quote, 110),
                topic: "main".to_string(),
                main_story: true,
                disputed: false,
                date: match article.published {
                    Some(d) => DateRange {
                        earliest: Some(d.to_string()),
                        latest: Some(d.to_string()),
                        precision: Precision::Day,
                        basis: "the article's publication date".to_string(),
                    },
                    None => DateRange::unknown("the article gives no date"),
                },
                actors: Vec::new(),
                sources: vec![Source {
                    doc: article.file.clone(),
                    start: sentence.start as u32,
                    end: sentence.end as u32,
                    quote: quote.to_string(),
                }],
            });
        }
    }
    out
}

/// The kind of event a sentence reports, if any.
pub fn classify(sentence: &str) -> Option<EventKind> {
    let s = sentence.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| s.contains(w));
    if has(&["refuse", "refusing", "declined to", "no purge"]) {
        return None;
    }
    if has(&["resign", "quit", "walk out", "stepped down", "left her post", "left his post", "left their jobs"]) {
        return Some(EventKind::Resignation);
    }
    if has(&["voted", "vote ", "votes", "defeated"]) {
        return Some(EventKind::Vote);
    }
    None
}

/// Orders events by date (undated last), then source order, and gives them stable ids.
pub fn sort_and_number(events: &mut [Event]) {
    events.sort_by(|a, b| {
        let key = |e: &Event| (e.date.earliest.is_none(), e.date.earliest.clone(), e.sources[0].doc.clone(), e.sources[0].start);
        key(a).cmp(&key(b))
    });
    for (i, event) in events.iter_mut().enumerate() {
        event.id = format!("e{}", i + 1);
    }
}
