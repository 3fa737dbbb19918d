//! Facts about each event that every filter pass needs, worked out once when the page loads: who
//! acts in it (as indices into the people list), which articles report it, its topic, its date as
//! day numbers, and the lower-cased text a search looks through.

use rustc_hash::FxHashMap as HashMap;

use corpus::{Dataset, Event};

use crate::calendar::Day;
use crate::view_state::Known;

/// One person as the page lists them.
pub struct PersonEntry {
    pub name: String,
    /// For the URL: lower-case, words joined by `-` ("keir-starmer").
    pub slug: String,
    /// How many events they act in.
    pub events: usize,
}

/// One event's facts, in the dataset's order.
pub struct EventFacts {
    /// Position of the event's kind in [`corpus::EventKind::ALL`].
    pub kind: u8,
    pub main_story: bool,
    pub disputed: bool,
    pub people: Vec<u32>,
    pub docs: Vec<u32>,
    pub topic: u32,
    /// `None` when the text gives no bound on that side.
    pub earliest: Option<Day>,
    pub latest: Option<Day>,
    /// Title, quotes, the paragraphs around them and the actors' names, lower-cased.
    pub haystack: String,
}

pub struct Catalog {
    pub people: Vec<PersonEntry>,
    pub topics: Vec<String>,
    /// Per topic: whether it is the main story's (shown unless other stories are asked for).
    pub topic_is_main: Vec<bool>,
    pub events: Vec<EventFacts>,
    event_ids: HashMap<String, u32>,
    /// Each document's short title, by file name, for date bases that name the file.
    short_titles: HashMap<String, String>,
}

impl Catalog {
    pub fn new(data: &Dataset) -> Catalog {
        let mut people: Vec<PersonEntry> = Vec::with_capacity(data.people.len());
        let mut by_name: HashMap<&str, u32> = HashMap::default();
        for (i, p) in data.people.iter().enumerate() {
            let mut slug = slug(&p.name);
            // Two people whose names fold to one slug stay apart in the URL.
            if people.iter().any(|q| q.slug == slug) {
                slug = format!("{slug}-{i}");
            }
            people.push(PersonEntry { name: p.name.clone(), slug, events: 0 });
            by_name.insert(&p.name, i as u32);
            for alias in &p.aliases {
                by_name.entry(alias).or_insert(i as u32);
            }
        }
        let doc_index: HashMap<&str, u32> = data.documents.iter().enumerate().map(|(i, d)| (d.file.as_str(), i as u32)).collect();
        let mut topics: Vec<String> = Vec::new();
        let mut topic_is_main: Vec<bool> = Vec::new();
        let mut events = Vec::with_capacity(data.events.len());
        let mut event_ids = HashMap::with_capacity_and_hasher(data.events.len(), Default::default());
        for (i, e) in data.events.iter().enumerate() {
            let mut ids: Vec<u32> = e.actors.iter().filter_map(|a| by_name.get(a.as_str()).copied()).collect();
            ids.sort_unstable();
            ids.dedup();
            for &p in &ids {
                people[p as usize].events += 1;
            }
            let mut docs: Vec<u32> = e.sources.iter().chain(&e.against).filter_map(|s| doc_index.get(s.doc.as_str()).copied()).collect();
            docs.sort_unstable();
            docs.dedup();
            let topic = match topics.iter().position(|t| *t == e.topic) {
                Some(t) => {
                    topic_is_main[t] |= e.main_story;
                    t
                }
                None => {
                    topics.push(e.topic.clone());
                    topic_is_main.push(e.main_story);
                    topics.len() - 1
                }
            } as u32;
            event_ids.insert(e.id.clone(), i as u32);
            events.push(EventFacts {
                kind: corpus::EventKind::ALL.iter().position(|k| *k == e.kind).unwrap_or(0) as u8,
                main_story: e.main_story,
                disputed: e.disputed,
                people: ids,
                docs,
                topic,
                earliest: e.date.earliest.as_deref().and_then(Day::parse),
                latest: e.date.latest.as_deref().and_then(Day::parse),
                haystack: haystack(data, &doc_index, e),
            });
        }
        let short_titles = data.documents.iter().map(|d| (d.file.clone(), short_title(&d.title))).collect();
        Catalog { people, topics, topic_is_main, events, event_ids, short_titles }
    }

    /// A date's basis as a reader reads it: the engine names articles by file
    /// ("000_9ecb084efa066318.txt"), the page by a short title in quotes.
    pub fn reader_basis(&self, basis: &str) -> String {
        let mut out = String::with_capacity(basis.len() + 32);
        for token in basis.split_inclusive(' ') {
            let core = token.trim_end_matches([' ', ',', ';', ':', ')']);
            match self.short_titles.get(core) {
                Some(title) => {
                    out.push('“');
                    out.push_str(title);
                    out.push('”');
                    out.push_str(&token[core.len()..]);
                }
                None => out.push_str(token),
            }
        }
        out
    }

    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.event_ids.get(id).map(|&i| i as usize)
    }

    pub fn person_index(&self, slug: &str) -> Option<usize> {
        self.people.iter().position(|p| p.slug == slug)
    }

    pub fn topic_index(&self, topic: &str) -> Option<usize> {
        self.topics.iter().position(|t| t == topic)
    }
}

/// The catalog answers for the URL which names exist; documents are checked against the dataset.
pub struct KnownNames<'a> {
    pub catalog: &'a Catalog,
    pub data: &'a Dataset,
}

impl Known for KnownNames<'_> {
    fn person(&self, slug: &str) -> bool {
        self.catalog.person_index(slug).is_some()
    }
    fn source(&self, id: &str) -> bool {
        self.data.documents.iter().any(|d| d.id == id)
    }
    fn topic(&self, topic: &str) -> bool {
        self.catalog.topic_index(topic).is_some()
    }
    fn event(&self, id: &str) -> bool {
        self.catalog.event_index(id).is_some()
    }
}

/// A title cut to its first eight words, for naming an article inside a sentence.
fn short_title(title: &str) -> String {
    let words: Vec<&str> = title.split_whitespace().collect();
    if words.len() <= 8 {
        return words.join(" ");
    }
    let mut cut = words[..8].join(" ");
    cut.truncate(cut.trim_end_matches([',', ';', ':', '.', '—', '–', '-']).trim_end().len());
    cut + "…"
}

/// "Sir Keir Starmer" → "sir-keir-starmer"; letters of any script are kept.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push('-');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

fn haystack(data: &Dataset, doc_index: &HashMap<&str, u32>, e: &Event) -> String {
    let mut text = e.title.to_lowercase();
    for source in e.sources.iter().chain(&e.against) {
        text.push('\n');
        // The whole paragraph, so a word just outside the quoted sentence still finds the event.
        match doc_index.get(source.doc.as_str()).map(|&d| &data.documents[d as usize]) {
            Some(doc) => {
                let (a, b) = super::evidence::paragraph_around(&doc.text, source.start as usize, source.end as usize);
                text.push_str(&doc.text[a..b].to_lowercase());
            }
            None => text.push_str(&source.quote.to_lowercase()),
        }
    }
    for actor in &e.actors {
        text.push('\n');
        text.push_str(&actor.to_lowercase());
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_basis_names_articles_by_title_not_file() {
        let data = crate::derived_view::test_data::dataset();
        let catalog = Catalog::new(&data);
        let file = &data.documents[0].file;
        let basis = format!("reported without a date in {file} (published 2023-11-15, inferred); taken as news");
        let shown = catalog.reader_basis(&basis);
        assert!(!shown.contains(file.as_str()), "{shown}");
        assert!(shown.contains(&format!("“{}”", short_title(&data.documents[0].title))), "{shown}");
        assert!(shown.ends_with(" (published 2023-11-15, inferred); taken as news"), "{shown}");
        assert_eq!(catalog.reader_basis("\"on Tuesday\" in other.txt"), "\"on Tuesday\" in other.txt", "an unknown file is left as written");
        assert_eq!(short_title("Labour rebels on Thursday vowed to intensify pressure for an immediate ceasefire"), "Labour rebels on Thursday vowed to intensify pressure…");
        assert_eq!(short_title("Starmer faces revolt"), "Starmer faces revolt");
    }

    #[test]
    fn slugs_are_plain_and_keep_letters() {
        assert_eq!(slug("Sir Keir Starmer"), "sir-keir-starmer");
        assert_eq!(slug("Hakan  Fidan-Öz"), "hakan-fidan-öz");
        assert_eq!(slug("O'Neill"), "o-neill");
    }
}
