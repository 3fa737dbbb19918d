//! The baked dataset: what the engine produces at build time and the page reads at run time.
//!
//! Plain data, no behaviour beyond encoding. The same types are serialised two ways: as a compact
//! binary blob (postcard) that the build embeds in the WASM, and as JSON for `corpus-export`.
//! Byte offsets (`start`, `end`) index into [`Document::text`], which is the article file's text
//! with a leading byte-order mark removed and nothing else changed.

use serde::{Deserialize, Serialize};

/// Everything the explorer shows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// The explorer's heading.
    pub title: String,
    /// One or two sentences under the heading.
    pub standfirst: String,
    pub documents: Vec<Document>,
    pub events: Vec<Event>,
    pub claims: Vec<Claim>,
    pub people: Vec<Person>,
}

/// One source article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Short stable id (the file name without extension).
    pub id: String,
    /// The file name in `seeds/`.
    pub file: String,
    pub title: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<DateRange>,
    /// The article text (BOM removed); source offsets index into it.
    pub text: String,
    /// Lines of page furniture (video prompts, credits, comment policies), with why.
    pub furniture: Vec<Marked>,
    /// Where the article moves to an unrelated story, to its end; `label` names that story's topic.
    pub off_story: Option<Marked>,
}

/// A marked stretch of a document's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marked {
    pub start: u32,
    pub end: u32,
    pub label: String,
}

/// What kind of happening an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    Resignation,
    Dismissal,
    Vote,
    Call,
    Statement,
    Protest,
    Context,
}

impl EventKind {
    pub const ALL: [EventKind; 7] = [
        EventKind::Resignation,
        EventKind::Dismissal,
        EventKind::Vote,
        EventKind::Call,
        EventKind::Statement,
        EventKind::Protest,
        EventKind::Context,
    ];

    /// The lowercase name used in JSON and in the URL.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Resignation => "resignation",
            EventKind::Dismissal => "dismissal",
            EventKind::Vote => "vote",
            EventKind::Call => "call",
            EventKind::Statement => "statement",
            EventKind::Protest => "protest",
            EventKind::Context => "context",
        }
    }

    pub fn parse(s: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// A capitalised label for people.
    pub fn label(self) -> &'static str {
        match self {
            EventKind::Resignation => "Resignation",
            EventKind::Dismissal => "Dismissal",
            EventKind::Vote => "Vote",
            EventKind::Call => "Call",
            EventKind::Statement => "Statement",
            EventKind::Protest => "Protest",
            EventKind::Context => "Context",
        }
    }
}

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Week,
    Month,
    Year,
    Unknown,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Unknown => "unknown",
        }
    }
}

/// A date that may only be known to lie within a range.
///
/// `earliest` and `latest` are ISO `YYYY-MM-DD` strings (they sort as dates); both are `None`
/// when nothing bounds the date (`precision: unknown`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateRange {
    pub earliest: Option<String>,
    pub latest: Option<String>,
    pub precision: Precision,
    /// One line saying why the engine believes this date.
    pub basis: String,
}

impl DateRange {
    pub fn unknown(basis: impl Into<String>) -> DateRange {
        DateRange { earliest: None, latest: None, precision: Precision::Unknown, basis: basis.into() }
    }
}

/// Where in which article something is reported: a byte range and its exact text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The article's file name.
    pub doc: String,
    pub start: u32,
    pub end: u32,
    /// Exactly `document.text[start..end]`.
    pub quote: String,
}

/// One happening on the timeline, with every sentence that reports it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub kind: EventKind,
    pub title: String,
    pub topic: String,
    pub main_story: bool,
    pub disputed: bool,
    pub date: DateRange,
    pub actors: Vec<String>,
    pub sources: Vec<Source>,
    /// Sentences that say the act did not happen (a refusal or denial); non-empty when `disputed`.
    pub against: Vec<Source>,
}

/// A number the articles report, grouped by what it measures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub measure: String,
    pub conflict: bool,
    pub values: Vec<ClaimValue>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimValue {
    pub value: String,
    pub sources: Vec<Source>,
}

/// One person, however the articles spell them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub aliases: Vec<String>,
    pub roles: Vec<Role>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Role {
    pub title: String,
    pub source: Source,
}

/// Why a baked dataset could not be read back.
#[derive(Debug)]
pub struct DecodeError(pub String);

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the embedded dataset could not be decoded: {}", self.0)
    }
}

impl std::error::Error for DecodeError {}

impl Dataset {
    /// Every source: of events (for and against), claims and roles.
    fn sources_mut(&mut self) -> impl Iterator<Item = &mut Source> {
        let events = self.events.iter_mut().flat_map(|e| e.sources.iter_mut().chain(e.against.iter_mut()));
        let claims = self.claims.iter_mut().flat_map(|c| c.values.iter_mut().flat_map(|v| v.sources.iter_mut()));
        let roles = self.people.iter_mut().flat_map(|p| p.roles.iter_mut().map(|r| &mut r.source));
        events.chain(claims).chain(roles)
    }

    /// Empties every `quote`: each is a copy of its document's text, so the page's baked copy
    /// leaves them out and [`Dataset::restore_quotes`] puts them back.
    pub fn without_quotes(mut self) -> Dataset {
        for s in self.sources_mut() {
            s.quote = String::new();
        }
        self
    }

    /// Refills every quote from `document.text[start..end]`. A range that does not fit its text
    /// (a damaged blob) leaves the quote empty rather than failing.
    pub fn restore_quotes(&mut self) {
        let documents = std::mem::take(&mut self.documents);
        let texts: std::collections::HashMap<&str, &str> = documents.iter().map(|d| (d.file.as_str(), d.text.as_str())).collect();
        for s in self.sources_mut() {
            if let Some(text) = texts.get(s.doc.as_str()) {
                s.quote = text.get(s.start as usize..s.end as usize).unwrap_or_default().to_string();
            }
        }
        drop(texts);
        self.documents = documents;
    }

    /// The compact binary form embedded in the page.
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("serialising plain data into a Vec cannot fail")
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Dataset, DecodeError> {
        postcard::from_bytes(bytes).map_err(|e| DecodeError(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_left_out_of_the_blob_come_back_exactly() {
        let text = "One. Two sentences here.";
        let source = Source { doc: "a.txt".into(), start: 5, end: 24, quote: "Two sentences here.".into() };
        let dataset = Dataset {
            documents: vec![Document {
                id: "a".into(),
                file: "a.txt".into(),
                title: "A".into(),
                outlet: None,
                url: None,
                published: None,
                text: text.into(),
                furniture: vec![],
                off_story: None,
            }],
            people: vec![Person { name: "N".into(), aliases: vec![], roles: vec![Role { title: "MP".into(), source: source.clone() }] }],
            claims: vec![Claim { measure: "m".into(), conflict: false, values: vec![ClaimValue { value: "2".into(), sources: vec![source.clone()] }] }],
            ..Dataset::default()
        };
        let baked = dataset.clone().without_quotes();
        assert!(baked.to_bytes().len() < dataset.to_bytes().len());
        let mut back = Dataset::from_bytes(&baked.to_bytes()).unwrap();
        back.restore_quotes();
        assert_eq!(back, dataset);
        let mut broken = baked.clone();
        broken.claims[0].values[0].sources[0].end = 999;
        broken.restore_quotes();
        assert_eq!(broken.claims[0].values[0].sources[0].quote, "", "a range past the text gives an empty quote, not a panic");
    }
}
