//! `seeds/corpus.toml`: what an editor can set and correct. Every entry is checked; a file, event
//! id, quote, kind or date that does not exist fails the build naming `corpus.toml` and the line.
//!
//! ```toml
//! title = "Labour's ceasefire rebellion"
//! standfirst = "How the vote of 15 November 2023 was reported."
//! topic = "Gaza ceasefire vote"          # label of the main story
//!
//! [[document]]
//! file = "000_9ecb084efa066318.txt"
//! outlet = "…"; title = "…"; url = "https://…"
//! published = "2023-11-15"
//! published_note = "the article calls the vote 'tonight'"
//! other_story = "In Israel, tens of"     # an unrelated story starts at the line holding this text
//!                                        # (or `false`: the article never leaves its story)
//!
//! [[person]]
//! name = "Keir Starmer"
//! aliases = ["Kier Starmer"]
//!
//! [[correction]]                         # find the event by `event` (its id) or `quote`
//! quote = "a handful resigned pre-emptively"
//! kind = "resignation"                   # relabel
//! title = "Frontbenchers resign before the vote"
//! date = "2023-11-15"                    # re-date (or earliest/latest), with `note` as the basis
//! note = "Resignations came before the vote"
//! hide = false                           # true removes the event
//! merge_into = "vot-1a2b3c4d"            # an id or quote of the event to merge into
//! ```

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use super::error::{line_of, CorpusError};
use crate::model::{DateRange, Event, EventKind, Precision};

pub const FILE: &str = "corpus.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Editorial {
    pub title: Option<String>,
    pub standfirst: Option<String>,
    pub topic: Option<String>,
    #[serde(default)]
    pub document: Vec<DocumentEdit>,
    #[serde(default)]
    pub person: Vec<PersonEdit>,
    #[serde(default)]
    pub correction: Vec<Correction>,
    /// The file's bytes, to turn spans into line numbers.
    #[serde(skip)]
    source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentEdit {
    pub file: Spanned<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<Spanned<String>>,
    pub published_note: Option<String>,
    /// Where the article moves to an unrelated story, overriding the engine's reading.
    pub other_story: Option<Spanned<OtherStory>>,
}

/// `other_story = "In Israel, tens of thousands"`: the unrelated story starts at the line holding
/// this text; `other_story = false`: the article never leaves its story.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum OtherStory {
    Never(bool),
    From(String),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonEdit {
    pub name: Spanned<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    pub event: Option<Spanned<String>>,
    pub quote: Option<Spanned<String>>,
    #[serde(default)]
    pub hide: bool,
    pub kind: Option<Spanned<String>>,
    pub title: Option<String>,
    pub date: Option<Spanned<String>>,
    pub earliest: Option<Spanned<String>>,
    pub latest: Option<Spanned<String>>,
    pub note: Option<String>,
    pub merge_into: Option<Spanned<String>>,
}

impl Editorial {
    /// Parses `corpus.toml`; syntax errors, unknown keys and malformed dates name the line.
    pub fn parse(bytes: &[u8]) -> Result<Editorial, CorpusError> {
        let text = std::str::from_utf8(bytes)
            .map_err(|e| CorpusError::new(FILE, Some(line_of(bytes, e.valid_up_to())), "not valid UTF-8"))?;
        let mut editorial: Editorial = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(bytes, s.start));
            CorpusError::new(FILE, line, e.message().trim().to_string())
        })?;
        editorial.source = text.to_string();
        for d in &editorial.document {
            if let Some(p) = &d.published {
                editorial.date(p)?;
            }
        }
        for c in &editorial.correction {
            for d in [&c.date, &c.earliest, &c.latest].into_iter().flatten() {
                editorial.date(d)?;
            }
            if let Some(k) = &c.kind {
                if EventKind::parse(k.get_ref()).is_none() {
                    return Err(editorial.error(k.span(), format!("unknown kind `{}`; use one of resignation, dismissal, vote, call, statement, protest, context", k.get_ref())));
                }
            }
            if c.event.is_none() && c.quote.is_none() {
                return Err(editorial.error(0..0, "a [[correction]] needs `event` (an id) or `quote` (text from one of its sources)").at_line(editorial.line_of_nth("[[correction]]", c)));
            }
        }
        Ok(editorial)
    }

    pub fn line(&self, at: usize) -> usize {
        line_of(self.source.as_bytes(), at)
    }

    pub fn error(&self, span: std::ops::Range<usize>, message: impl Into<String>) -> CorpusError {
        CorpusError::new(FILE, Some(self.line(span.start)), message)
    }

    fn line_of_nth(&self, header: &str, c: &Correction) -> usize {
        let n = self.correction.iter().position(|x| std::ptr::eq(x, c)).unwrap_or(0);
        self.source.match_indices(header).nth(n).map(|(at, _)| self.line(at)).unwrap_or(1)
    }

    /// A `YYYY-MM-DD` date that exists, or an error naming its line.
    pub fn date(&self, value: &Spanned<String>) -> Result<NaiveDate, CorpusError> {
        NaiveDate::parse_from_str(value.get_ref(), "%Y-%m-%d")
            .map_err(|_| self.error(value.span(), format!("`{}` is not a real YYYY-MM-DD date", value.get_ref())))
    }

    /// Applies the corrections to the built events, in file order.
    pub fn correct(&self, events: &mut Vec<Event>) -> Result<(), CorpusError> {
        for c in &self.correction {
            let at = self.find(events, c.event.as_ref(), c.quote.as_ref())?;
            if let Some(target) = &c.merge_into {
                let into = self.find(events, Some(target).filter(|t| !t.get_ref().contains(' ')), Some(target).filter(|t| t.get_ref().contains(' ')))?;
                if into == at {
                    return Err(self.error(target.span(), "an event cannot be merged into itself"));
                }
                let from = events[at].clone();
                let target_event = &mut events[into];
                for s in from.sources {
                    if !target_event.sources.contains(&s) {
                        target_event.sources.push(s);
                    }
                }
                for a in from.actors {
                    if !target_event.actors.contains(&a) {
                        target_event.actors.push(a);
                    }
                }
                events.remove(at);
                continue;
            }
            if c.hide {
                events.remove(at);
                continue;
            }
            let event = &mut events[at];
            if let Some(k) = &c.kind {
                event.kind = EventKind::parse(k.get_ref()).expect("checked when parsed");
            }
            if let Some(t) = &c.title {
                event.title = t.clone();
            }
            let basis = c.note.clone().unwrap_or_else(|| "set by the editor in corpus.toml".to_string());
            if let Some(d) = &c.date {
                let d = self.date(d)?.to_string();
                event.date = DateRange { earliest: Some(d.clone()), latest: Some(d), precision: Precision::Day, basis };
            } else if c.earliest.is_some() || c.latest.is_some() {
                let a = c.earliest.as_ref().map(|d| self.date(d)).transpose()?;
                let b = c.latest.as_ref().map(|d| self.date(d)).transpose()?;
                if let (Some(a), Some(b), Some(span)) = (a, b, c.latest.as_ref().map(|l| l.span())) {
                    if a > b {
                        return Err(self.error(span, "`latest` is before `earliest`"));
                    }
                }
                let precision = super::dates::Constraint { earliest: a, latest: b, weekday: None }.precision();
                event.date = DateRange { earliest: a.map(|d| d.to_string()), latest: b.map(|d| d.to_string()), precision, basis };
            }
        }
        Ok(())
    }

    /// The one event an id or a quote names, or an error naming the line.
    fn find(&self, events: &[Event], id: Option<&Spanned<String>>, quote: Option<&Spanned<String>>) -> Result<usize, CorpusError> {
        if let Some(id) = id {
            return events
                .iter()
                .position(|e| e.id == *id.get_ref())
                .ok_or_else(|| self.error(id.span(), format!("no event has the id `{}` (see `make export` for ids)", id.get_ref())));
        }
        let quote = quote.expect("checked when parsed");
        let hits: Vec<usize> = events.iter().enumerate().filter(|(_, e)| e.sources.iter().any(|s| s.quote.contains(quote.get_ref().as_str()))).map(|(i, _)| i).collect();
        match hits.as_slice() {
            [one] => Ok(*one),
            [] => Err(self.error(quote.span(), format!("no event's source contains the quote “{}”", quote.get_ref()))),
            many => Err(self.error(quote.span(), format!("the quote “{}” is in {} events; use `event` with one of their ids", quote.get_ref(), many.len()))),
        }
    }
}

trait AtLine {
    fn at_line(self, line: usize) -> Self;
}

impl AtLine for CorpusError {
    fn at_line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }
}
