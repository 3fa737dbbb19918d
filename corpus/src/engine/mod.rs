//! The build-time engine: articles in, [`Dataset`] out.
//!
//! Stages, each in its own file: [`input`] reads and checks the files; [`text`] splits an article
//! into lines and sentences with byte ranges; [`clean`] marks page furniture; [`topic`] finds a
//! switch to an unrelated story; [`people`] finds and merges names; [`extract`] turns sentences into
//! mentions of happenings; [`dates`] reads and resolves date words; [`claims`] reads numbers.
//! This file wires them: mentions are merged into events (one happening, many sources), undated
//! articles are dated from the events they share with dated ones, and refusals dispute acts.

pub mod claims;
pub mod clean;
pub mod dates;
pub mod editorial;
pub mod error;
pub mod extract;
pub mod fuzzing;
pub mod input;
pub mod people;
pub mod text;
pub mod synthetic;
pub mod synthetic_dataset;
pub mod topic;
pub mod wordset;

use std::collections::{BTreeMap, BTreeSet};

// Fx hashing throughout: keys are small and trusted (the engine hashes words, ids and offsets by
// the million), so SipHash's flood resistance buys nothing here.
use rustc_hash::{FxHashMap, FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;

use crate::model::*;
use dates::Constraint;
pub use error::{CorpusError, Warning};
use extract::Mention;
pub use input::{Article, InputFile};
use people::Registry;
use text::Span;

/// What a build produced: the dataset, plus what the editor should know about.
#[derive(Debug)]
pub struct Built {
    pub dataset: Dataset,
    pub warnings: Vec<Warning>,
}

/// Builds the dataset from every article in `dir` (see [`input`] for which files count).
pub fn build_dir(dir: &Path) -> Result<Built, CorpusError> {
    build(input::read_dir(dir)?)
}

/// One article after cleaning: its sentences, which lines are furniture, where it goes off-story.
struct Prepared<'a> {
    /// The words of every sentence, split once for every stage, in one vector per article (one
    /// allocation, not one per sentence): sentence `s` ends at `word_ends[s]`. See [`Prepared::words`].
    all_words: Vec<people::Word<'a>>,
    word_ends: Vec<usize>,
    lines: Vec<Span>,
    furniture: Vec<Option<clean::FurnitureKind>>,
    /// Sentences of article text (not furniture), with the index of their line.
    sentences: Vec<(Span, usize)>,
    /// First line of an unrelated story, and its topic word.
    off_story: Option<(usize, String)>,
}

/// `lowered` is the article's text in ASCII lower case, which the words borrow their lower case from.
impl<'a> Prepared<'a> {
    /// The words of sentence `s`.
    fn words(&self, s: usize) -> &[people::Word<'a>] {
        let start = if s == 0 { 0 } else { self.word_ends[s - 1] };
        &self.all_words[start..self.word_ends[s]]
    }
}

fn prepare<'a>(article: &'a Article, lowered: &'a str) -> Prepared<'a> {
    let text = &article.text;
    let lines = text::lines(text, article.body_start);
    let furniture = clean::classify_lines(text, &lines);
    let mut sentences: Vec<(Span, usize)> = Vec::with_capacity(lines.len());
    for (i, l) in lines.iter().enumerate() {
        if furniture[i].is_none() {
            text::sentences_into(text, *l, |s| sentences.push((s, i)));
        }
    }
    // News prose has about one word per six bytes; room for one per four means the vector is
    // (almost) never regrown and copied.
    let mut all_words = Vec::with_capacity(sentences.iter().map(|(s, _)| s.end - s.start).sum::<usize>() / 4 + 1);
    let mut word_ends = Vec::with_capacity(sentences.len());
    for (s, _) in &sentences {
        people::words_into(text, Some(lowered), *s, &mut all_words);
        word_ends.push(all_words.len());
    }
    Prepared { all_words, word_ends, lines, furniture, sentences, off_story: None }
}

/// Builds the dataset from files already in memory.
pub fn build(mut files: Vec<InputFile>) -> Result<Built, CorpusError> {
    let mut warnings = Vec::new();
    let editorial = match files.iter().position(|f| f.name == editorial::FILE) {
        Some(i) => editorial::Editorial::parse(&files.remove(i).bytes)?,
        None => editorial::Editorial::default(),
    };
    let timing = std::env::var_os("CORPUS_TIMING").is_some();
    let mut clock = std::time::Instant::now();
    let mut lap = |stage: &str| {
        if timing {
            eprintln!("{stage:>12}: {:>8.1} ms", clock.elapsed().as_secs_f64() * 1e3);
            clock = std::time::Instant::now();
        }
    };
    let mut articles = input::load_all(files, &mut warnings)?;
    lap("load");
    apply_document_edits(&editorial, &mut articles)?;
    // One lower-cased copy per article (ASCII only, so offsets hold): words borrow from it.
    let lowered: Vec<String> = articles.iter().map(|a| a.text.to_ascii_lowercase()).collect();
    let mut prepared: Vec<Prepared> = articles.iter().zip(&lowered).map(|(a, l)| prepare(a, l)).collect();
    lap("prepare");
    let (registry, people_in) = find_people(&articles, &prepared, &editorial);
    lap("people");
    let forced = other_story_edits(&editorial, &articles, &prepared)?;
    find_off_story(&articles, &mut prepared, &people_in, &registry.name_words(), &forced);
    lap("off-story");
    let (mut mentions, mention_words) = find_mentions(&articles, &prepared, &people_in, &Posts::new(&registry));
    letters_join_their_resignation(&mut mentions, &articles);
    // What each mention says of its date from its own article alone, so reports weeks apart never merge.
    let stated: Vec<Option<(Constraint, String)>> = articles.iter().map(|a| a.published.map(|d| (Constraint::between(d, d), String::new()))).collect();
    for m in &mut mentions {
        m.when = mention_constraint(m, &stated);
    }
    lap("mentions");
    let groups = merge(&mentions, &mention_words);
    lap("merge");
    let published = date_articles(&articles, &mentions, &groups);
    lap("dates");
    let main_topic = editorial.topic.clone().unwrap_or_else(|| main_topic(&prepared));

    let mut refusals: HashMap<(EventKind, usize), Vec<usize>> = HashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        if let (true, Some(a)) = (m.refusal, m.actors.first()) {
            refusals.entry((m.kind, *a)).or_default().push(i);
        }
    }
    // The topic word of each article's unrelated stretch, for the events found there.
    let off_topics: Vec<Option<String>> = prepared.iter().map(|p| p.off_story.as_ref().map(|(_, t)| t.clone())).collect();
    let inputs = EventInputs {
        mentions: &mentions,
        refusals: &refusals,
        off_topics: &off_topics,
        articles: &articles,
        published: &published,
        registry: &registry,
        main_topic: &main_topic,
    };
    let mut events: Vec<Event> = groups.iter().filter_map(|g| make_event(g, &inputs)).collect();
    lap("events");
    dispute_how_they_went(&mut events);
    editorial.correct(&mut events)?;
    sort_events(&mut events);

    let claims = collect_claims(&articles, &prepared, &published);
    lap("claims");
    let people: Vec<Person> = registry
        .entries
        .iter()
        .map(|e| Person {
            name: e.name(),
            aliases: {
                let name = e.name();
                let mut a: Vec<String> = e.spellings.keys().filter(|s| **s != name).cloned().collect();
                a.sort();
                a
            },
            roles: e
                .roles
                .iter()
                .map(|(title, doc, start, end)| Role { title: title.clone(), source: source(&articles[*doc], *start, *end) })
                .collect(),
        })
        .collect();

    let documents = articles
        .iter()
        .zip(&prepared)
        .enumerate()
        .map(|(i, (a, p))| {
            let mut d = a.document();
            if a.title_from_text {
                // The first line that is not furniture (a headline counts), not a "Live updates" banner.
                let first = p.lines.iter().zip(&p.furniture).find(|(_, k)| matches!(k, None | Some(clean::FurnitureKind::Heading)));
                if let Some((line, _)) = first {
                    d.title = input::shorten(line.of(&a.text), 90);
                }
            }
            d.published = published[i].as_ref().map(|(c, basis)| date_range(c, basis.clone()));
            d.furniture = p
                .lines
                .iter()
                .zip(&p.furniture)
                .filter_map(|(l, k)| k.map(|k| Marked { start: l.start as u32, end: l.end as u32, label: k.as_str().to_string() }))
                .collect();
            d.off_story = p.off_story.as_ref().map(|(line, topic)| Marked {
                start: p.lines[*line].start as u32,
                end: a.text.len() as u32,
                label: topic.clone(),
            });
            d
        })
        .collect();

    // Without an editor's title, the story is named after the person its articles name most
    // ("Justin Trudeau: a timeline from 3 articles"), or failing one, its most widely used
    // capitalised word.
    let title = editorial.title.clone().unwrap_or_else(|| {
        let named = most_named(&people_in, &prepared).map(|id| people[id].name.clone()).unwrap_or(main_topic);
        format!("{named}: a timeline from {} article{}", articles.len(), if articles.len() == 1 { "" } else { "s" })
    });
    Ok(Built {
        dataset: Dataset {
            title,
            standfirst: editorial.standfirst.clone().unwrap_or_else(|| "Every event links to the sentences that report it. Where the articles disagree, both sides are shown.".into()),
            documents,
            events,
            claims,
            people,
        },
        warnings,
    })
}

/// Sorts events by date, undated last, then by their first source: as a stable sort by
/// (undated, earliest, latest, first source's file, its start) would.
///
/// The keys are made once into a dense vector and sorted with each event's index (the index last,
/// so ties keep their order as in a stable sort); the events, large and with their strings
/// scattered over the heap, are then moved once each instead of at every step of the sort.
/// The person named in the most articles, then in the most sentences, of the main story (an id
/// into the registry), if anyone is named in three sentences.
fn most_named(people_in: &PeopleIn, prepared: &[Prepared]) -> Option<usize> {
    let mut counts: BTreeMap<usize, (HashSet<usize>, usize)> = BTreeMap::new();
    for (&(d, s), ids) in people_in {
        let line = prepared[d].sentences[s].1;
        if prepared[d].off_story.as_ref().is_some_and(|(first, _)| line >= *first) {
            continue;
        }
        let mut seen: Vec<usize> = ids.iter().map(|(id, _)| *id).collect();
        seen.sort_unstable();
        seen.dedup();
        for id in seen {
            let e = counts.entry(id).or_default();
            e.0.insert(d);
            e.1 += 1;
        }
    }
    // Ties go to the lower id (the person registered first), for the same title on every build.
    counts.into_iter().filter(|(_, (_, n))| *n >= 3).max_by(|a, b| (a.1 .0.len(), a.1 .1).cmp(&(b.1 .0.len(), b.1 .1)).then(b.0.cmp(&a.0))).map(|(id, _)| id)
}

fn sort_events(events: &mut Vec<Event>) {
    /// (undated, earliest, latest, first source's file, its start, index).
    type Key<'a> = (bool, Option<&'a str>, Option<&'a str>, &'a str, u32, usize);
    let mut keys: Vec<Key> = events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.date.earliest.is_none(), e.date.earliest.as_deref(), e.date.latest.as_deref(), e.sources[0].doc.as_str(), e.sources[0].start, i))
        .collect();
    keys.sort_unstable();
    let order: Vec<usize> = keys.into_iter().map(|k| k.5).collect();
    let mut slots: Vec<Option<Event>> = std::mem::take(events).into_iter().map(Some).collect();
    *events = order.into_iter().map(|i| slots[i].take().expect("each index once")).collect();
}

/// One source says a person resigned, another that they were sacked, at a time both could be:
/// the reader must see both, so each event is disputed by the other's sentences. Only when the
/// two are told by different articles (one article telling both is a sequence, "resigned from
/// the party after being sacked as minister") and both are dated.
fn dispute_how_they_went(events: &mut [Event]) {
    let mut by_actor: HashMap<&str, (Vec<usize>, Vec<usize>)> = HashMap::default();
    for (i, e) in events.iter().enumerate() {
        let Some(actor) = e.actors.first() else { continue };
        match e.kind {
            EventKind::Resignation => by_actor.entry(actor.as_str()).or_default().0.push(i),
            EventKind::Dismissal => by_actor.entry(actor.as_str()).or_default().1.push(i),
            _ => {}
        }
    }
    let overlap = |a: &DateRange, b: &DateRange| {
        let before = |x: &Option<String>, y: &Option<String>| matches!((x, y), (Some(x), Some(y)) if x > y);
        a.precision != Precision::Unknown && b.precision != Precision::Unknown && !before(&a.earliest, &b.latest) && !before(&b.earliest, &a.latest)
    };
    fn docs(e: &Event) -> BTreeSet<&str> {
        e.sources.iter().map(|s| s.doc.as_str()).collect()
    }
    // A report with no date at all could be of the same going, if it is the person's only
    // report of that kind ("Lindner resigned" in an undated article, "Scholz sacked Lindner last
    // night" in a dated one); with several, it cannot be told which.
    let undated = |x: &DateRange| x.earliest.is_none() && x.latest.is_none();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (resigned, dismissed) in by_actor.values() {
        let only_ones = resigned.len() == 1 && dismissed.len() == 1;
        for &r in resigned {
            for &d in dismissed {
                let (rd, dd) = (&events[r].date, &events[d].date);
                if (overlap(rd, dd) || only_ones && (undated(rd) || undated(dd))) && docs(&events[r]) != docs(&events[d]) {
                    pairs.push((r, d));
                }
            }
        }
    }
    for (r, d) in pairs {
        for (to, from) in [(r, d), (d, r)] {
            let other: Vec<Source> = events[from].sources.iter().take(MAX_AGAINST).cloned().collect();
            let e = &mut events[to];
            for s in other {
                if e.against.len() < MAX_AGAINST && !e.against.contains(&s) {
                    e.against.push(s);
                }
            }
            e.disputed = true;
        }
    }
}

/// Document metadata from `corpus.toml`; a file it names that is not in the corpus fails the build.
fn apply_document_edits(editorial: &editorial::Editorial, articles: &mut [Article]) -> Result<(), CorpusError> {
    for edit in &editorial.document {
        let Some(article) = articles.iter_mut().find(|a| a.file == *edit.file.get_ref()) else {
            return Err(editorial.error(edit.file.span(), format!("`{}` is not an article in the corpus", edit.file.get_ref())));
        };
        if let Some(o) = &edit.outlet {
            article.outlet = Some(o.clone());
        }
        if let Some(t) = &edit.title {
            article.title = t.clone();
            article.title_from_text = false;
        }
        if let Some(u) = &edit.url {
            article.url = Some(u.clone());
        }
        if let Some(p) = &edit.published {
            article.published = Some(editorial.date(p)?);
            article.published_basis = Some(edit.published_note.clone().unwrap_or_else(|| "set by the editor in corpus.toml".into()));
        }
    }
    Ok(())
}

/// An editor's reading of where an article leaves its story (`other_story` in `corpus.toml`).
enum Forced {
    Never,
    /// The index of the line where the other story starts.
    From(usize),
}

/// Each article's `other_story` edit, checked: the quote must be in the article's text.
fn other_story_edits(editorial: &editorial::Editorial, articles: &[Article], prepared: &[Prepared]) -> Result<Vec<Option<Forced>>, CorpusError> {
    let mut out: Vec<Option<Forced>> = articles.iter().map(|_| None).collect();
    for edit in &editorial.document {
        let Some(value) = &edit.other_story else { continue };
        // `apply_document_edits` has already checked that the file exists.
        let Some(d) = articles.iter().position(|a| a.file == *edit.file.get_ref()) else { continue };
        let (a, p) = (&articles[d], &prepared[d]);
        out[d] = Some(match value.get_ref() {
            editorial::OtherStory::Never(false) => Forced::Never,
            editorial::OtherStory::Never(true) => {
                return Err(editorial.error(value.span(), "`other_story` takes text from the line where the other story starts, or `false`"));
            }
            editorial::OtherStory::From(quote) => {
                let at = (!quote.trim().is_empty()).then(|| a.text[a.body_start..].find(quote.as_str())).flatten().map(|i| i + a.body_start);
                let Some(at) = at else {
                    return Err(editorial.error(value.span(), format!("`other_story`: the text {quote:?} is not in `{}`", a.file)));
                };
                Forced::From(p.lines.partition_point(|l| l.end <= at))
            }
        });
    }
    Ok(out)
}

fn source(article: &Article, start: usize, end: usize) -> Source {
    Source { doc: article.file.clone(), start: start as u32, end: end as u32, quote: article.text[start..end].to_string() }
}

fn date_range(c: &Constraint, basis: String) -> DateRange {
    DateRange {
        earliest: c.earliest.map(|d| d.to_string()),
        latest: c.latest.map(|d| d.to_string()),
        precision: c.precision(),
        basis,
    }
}

fn find_off_story(articles: &[Article], prepared: &mut [Prepared], people_in: &PeopleIn, name_words: &HashSet<String>, forced: &[Option<Forced>]) {
    // Words are interned once (borrowed from the sentences' lower-cased words); document frequency
    // is counted per id.
    // Every word of four or more letters gets an id, with whether it carries content, so each
    // word costs one look-up (ids are only compared, never ordered: the numbering is free).
    // A word of up to 16 bytes is keyed by its bytes packed into integers with its length (see
    // `wordset::key`), so a look-up hashes and compares three integers instead of the bytes and a
    // `memcmp`; longer words, few, are keyed by their text.
    let mut short_ids: FxHashMap<(u64, u64, usize), (u32, bool)> = FxHashMap::default();
    let mut long_ids: FxHashMap<&str, (u32, bool)> = FxHashMap::default();
    let mut names: Vec<&str> = Vec::new();
    let mut df: Vec<u32> = Vec::new();
    let mut last_doc: Vec<u32> = Vec::new();
    // A new word's id is the next number; its counts are pushed when the id first comes back.
    let mut fresh = |t| {
        names.push(t);
        ((names.len() - 1) as u32, topic::is_content(t))
    };
    // Per article: its text lines, in order, and the ids of their content words, one line after
    // another in one vector (line `k` ends at `ends[k]`): one allocation per article, not per line.
    let mut per_doc: Vec<(Vec<usize>, Vec<u32>, Vec<usize>)> = Vec::with_capacity(articles.len());
    for (d, p) in prepared.iter().enumerate() {
        let mut text_lines: Vec<usize> = Vec::new();
        let mut ends: Vec<usize> = Vec::new();
        // Room for every word of the article: never regrown.
        let mut ids: Vec<u32> = Vec::with_capacity(p.all_words.len());
        for (si, (_, line)) in p.sentences.iter().enumerate() {
            let words = p.words(si);
            if text_lines.last() != Some(line) {
                text_lines.push(*line);
                ends.push(ids.len());
            }
            for w in words {
                let t: &str = w.lower.as_ref();
                // is_content's own first test, before any hashing.
                if t.len() < 4 {
                    continue;
                }
                let (id, content) = if t.len() <= 16 {
                    let (k0, k1) = wordset::key(t.as_bytes());
                    *short_ids.entry((k0, k1, t.len())).or_insert_with(|| fresh(t))
                } else {
                    *long_ids.entry(t).or_insert_with(|| fresh(t))
                };
                if id as usize == df.len() {
                    df.push(0);
                    last_doc.push(u32::MAX);
                }
                if !content {
                    continue;
                }
                if last_doc[id as usize] != d as u32 {
                    last_doc[id as usize] = d as u32;
                    df[id as usize] += 1;
                }
                ids.push(id);
            }
            *ends.last_mut().expect("pushed above") = ids.len();
        }
        per_doc.push((text_lines, ids, ends));
    }
    // Every word asked about is in the asking article, so "used elsewhere" is "in two or more".
    let used_elsewhere = |w: u32| df[w as usize] > 1;
    // The same for a word given as text (keyed as it was interned above); a word never interned
    // is in no other article either.
    let text_used_elsewhere = |t: &str| {
        let id = if t.len() <= 16 {
            let (k0, k1) = wordset::key(t.as_bytes());
            short_ids.get(&(k0, k1, t.len())).map(|(id, _)| *id)
        } else {
            long_ids.get(t).map(|(id, _)| *id)
        };
        id.is_some_and(used_elsewhere)
    };
    let word = |w: u32| names[w as usize].to_string();
    let mut scratch = topic::Scratch::new(names.len());
    let in_docs = person_docs(people_in);
    let found: Vec<Option<(usize, String)>> = articles
        .iter()
        .zip(prepared.iter())
        .zip(&per_doc)
        .enumerate()
        .map(|(d, ((a, p), (text_lines, ids, ends)))| {
            let strs: Vec<&str> = text_lines.iter().map(|l| p.lines[*l].of(&a.text)).collect();
            match forced[d] {
                Some(Forced::Never) => return None,
                Some(Forced::From(line)) => {
                    // The editor's line may be furniture: the story starts at the next line of text.
                    let k = text_lines.partition_point(|l| *l < line);
                    return (k < text_lines.len()).then(|| (text_lines[k], topic::name_other_story(ids, ends, &strs, k, &used_elsewhere, &word)));
                }
                None => {}
            }
            if let Some((k, topic, _)) = topic::off_story_start(ids, ends, &strs, &used_elsewhere, &word, &mut scratch) {
                return Some((text_lines[k], topic));
            }
            if let Some(k) = turns_away(d, p, text_lines, &strs, people_in, &in_docs)
                .or_else(|| after_sign_off(d, p, text_lines, people_in, &in_docs))
                .or_else(|| section_ending(d, p, text_lines, people_in, &in_docs))
            {
                return Some((text_lines[k], topic::name_other_story(ids, ends, &strs, k, &used_elsewhere, &word)));
            }
            let candidates = tail_of_strangers(d, p, text_lines, people_in, &in_docs);
            if candidates.is_empty() {
                return None;
            }
            let mut first_seen: HashMap<&str, usize> = HashMap::default();
            for (si, (_, line)) in p.sentences.iter().enumerate() {
                for w in p.words(si) {
                    first_seen.entry(w.lower.as_ref()).or_insert(*line);
                }
            }
            let k = candidates.into_iter().find(|&k| opens_somewhere_new(p, text_lines[k], &first_seen, &text_used_elsewhere, name_words))?;
            if std::env::var_os("CORPUS_DEBUG_TOPIC").is_some() {
                eprintln!("{}: people no one else names, somewhere new, from line {k}/{}: {}", a.file, text_lines.len(), strs[k]);
            }
            Some((text_lines[k], topic::name_other_story(ids, ends, &strs, k, &used_elsewhere, &word)))
        })
        .collect();
    for (p, f) in prepared.iter_mut().zip(found) {
        p.off_story = f;
    }
}

/// Where a closing stretch that the writer turns away to begins (an index into `text_lines`): a
/// paragraph in the article's second half that opens with a turn ("Away from the Reichstag, …",
/// "Elsewhere, …", "In other news, …", "In football, …"), runs at least [`topic::SHORT_MIN_LINES`] lines to the end,
/// and from which on no one is named whom the lines before it or another article name.
fn turns_away(d: usize, p: &Prepared, text_lines: &[usize], strs: &[&str], people_in: &PeopleIn, in_docs: &HashMap<usize, Option<usize>>) -> Option<usize> {
    let n = text_lines.len();
    let turn = |line: &str| {
        // The turns and sections are short: the line's opening is enough to lower.
        let l: String = line.trim_start().chars().take(24).flat_map(char::to_lowercase).collect();
        ["away from ", "elsewhere,", "elsewhere in ", "in other news", "meanwhile, in "].iter().any(|t| l.starts_with(t))
            // A newspaper's other sections: "In football, Tottenham…", "In sport, …".
            || l.strip_prefix("in ").and_then(|r| r.split_once(',')).is_some_and(|(section, _)| {
                matches!(section, "sport" | "sports" | "football" | "cricket" | "tennis" | "rugby" | "golf" | "athletics" | "business" | "entertainment" | "the arts" | "weather")
            })
    };
    let k = (n / 2..n.saturating_sub(topic::SHORT_MIN_LINES - 1)).find(|&k| turn(strs[k]))?;
    stands_apart(d, p, text_lines[k], people_in, in_docs).then_some(k)
}

/// Where text that follows the page's comment policy begins (an index into `text_lines`): the
/// article has ended there, and what a page runs after it ("Environment Canada issued a winter
/// storm warning…") is the next story, when it is in the article's second half, runs at least
/// [`topic::SHORT_MIN_LINES`] lines to the end and names no one the article or another article names.
fn after_sign_off(d: usize, p: &Prepared, text_lines: &[usize], people_in: &PeopleIn, in_docs: &HashMap<usize, Option<usize>>) -> Option<usize> {
    let n = text_lines.len();
    let policy = p.furniture.iter().rposition(|k| *k == Some(clean::FurnitureKind::Comments))?;
    let k = text_lines.partition_point(|l| *l < policy);
    (k >= n / 2 && n - k >= topic::SHORT_MIN_LINES && stands_apart(d, p, text_lines[k], people_in, in_docs)).then_some(k)
}

/// Words of the two sections a news page most often runs under a story: sport and the weather.
const SECTIONS: [&[&str]; 2] = [
    &[
        "goal", "goals", "scored", "scorer", "midfielder", "goalkeeper", "coach", "match", "semi-final", "quarter-final", "trophy", "tournament",
        "league", "championship", "cup", "volley", "stadium", "referee", "playoff", "playoffs", "medal", "olympic", "olympics", "innings", "wicket",
        "touchdown", "quarterback", "substitute", "footballer", "football", "tennis", "cricket", "rugby", "final", "finals", "semifinal", "quarterfinal",
        "slam", "champion", "champions", "striker", "defender", "half-time", "halftime", "seeded", "podium", "wickets", "bowled", "spinner",
        "batsman", "batter", "bowler",
    ],
    &[
        "rain", "rainfall", "snow", "snowfall", "storm", "storms", "flood", "flooded", "flooding", "floods", "monsoon", "forecast", "forecasters",
        "meteorological", "temperatures", "heatwave", "hurricane", "typhoon", "cyclone", "tornado", "blizzard", "weather",
    ],
];

/// Where a closing stretch of sport or weather begins (an index into `text_lines`): from it to the
/// end (at least [`topic::SHORT_MIN_LINES`] lines, in the article's second half) every line has a
/// word of one section ("volley", "semi-final"; "rain", "monsoon"), no line before it has any,
/// and it names no one the article or another article names. A page's next item needs no heading
/// to be another story: the Peru corpus's World Cup report, the Thailand corpus's Bangkok flood.
fn section_ending(d: usize, p: &Prepared, text_lines: &[usize], people_in: &PeopleIn, in_docs: &HashMap<usize, Option<usize>>) -> Option<usize> {
    let n = text_lines.len();
    if n < 2 * topic::SHORT_MIN_LINES {
        return None;
    }
    // Which sections a line has a word of (a bit per section). Asked of the last lines first,
    // one at a time: most articles end on neither section, and the rest are read only for the
    // few that do.
    let set = section_set();
    // The section (0 sport, 1 weather) of each section word on line `k`, from the words the
    // article was split into (already lower case). A capitalised word inside a sentence is part
    // of a name ("the Awami League"), not sport.
    let section_words = |k: usize| {
        let line = text_lines[k];
        let from = p.sentences.partition_point(|(_, l)| *l < line);
        (from..p.sentences.len())
            .take_while(move |&si| p.sentences[si].1 == line)
            .flat_map(|si| p.words(si).iter().enumerate())
            .filter(|(wi, w)| *wi == 0 || !w.text.starts_with(|c: char| c.is_uppercase()))
            .filter_map(|(_, w)| set.position(w.lower.as_ref()))
            .map(|at| usize::from(at as usize >= SECTIONS[0].len()))
    };
    let line_sections = |k: usize| -> u8 { section_words(k).fold(0, |bits, b| bits | 1 << b) };
    // The last two lines must share a section; a third is asked for below unless the two are
    // thick with its words.
    let mut last = u8::MAX;
    for k in (n - 2..n).rev() {
        last &= line_sections(k);
        if last == 0 {
            return None;
        }
    }
    let sections: Vec<u8> = (0..n).map(line_sections).collect();
    for b in (0..SECTIONS.len()).filter(|b| last & (1 << b) != 0) {
        let has = |k: usize| sections[k] & (1 << b) != 0;
        // The stretch is the run of lines with the section's words at the end.
        let Some(k) = (0..n).rev().take_while(|&k| has(k)).last() else { continue };
        // ("Sri Lanka crushed India by 110 runs … Wellalage took five wickets …", then the
        // captain "said after the match": two lines, four of the section's words.)
        let long_enough = n - k >= topic::SHORT_MIN_LINES || n - k >= 2 && (k..n).flat_map(section_words).filter(|s| *s == b).count() >= 4;
        if k >= n / 2 && long_enough && !(0..k).any(has) && stands_apart(d, p, text_lines[k], people_in, in_docs) {
            return Some(k);
        }
    }
    None
}

/// Every word of [`SECTIONS`] in one word set, built once (a word's position says its section).
fn section_set() -> &'static wordset::WordSet {
    static SET: std::sync::OnceLock<wordset::WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| wordset::WordSet::new(&SECTIONS.concat()))
}

/// Whether no one named from line `from_line` on is named before it or in another article.
fn stands_apart(d: usize, p: &Prepared, from_line: usize, people_in: &PeopleIn, in_docs: &HashMap<usize, Option<usize>>) -> bool {
    let mut before: HashSet<usize> = HashSet::default();
    let mut after: HashSet<usize> = HashSet::default();
    for (si, (_, line)) in p.sentences.iter().enumerate() {
        if let Some(ids) = people_in.get(&(d, si)) {
            let set = if *line < from_line { &mut before } else { &mut after };
            set.extend(ids.iter().map(|(id, _)| *id));
        }
    }
    !after.iter().any(|id| before.contains(id) || in_docs.get(id).copied().flatten() != Some(d))
}

/// For each person, the one article that names them, or `None` when two or more do.
fn person_docs(people_in: &PeopleIn) -> HashMap<usize, Option<usize>> {
    let mut out: HashMap<usize, Option<usize>> = HashMap::default();
    for (&(d, _), ids) in people_in {
        for &(id, _) in ids {
            out.entry(id).and_modify(|o| if *o != Some(d) { *o = None }).or_insert(Some(d));
        }
    }
    out
}

/// Where a short closing stretch about other people could start, earliest first (indexes into
/// `text_lines`): lines from which on every person named is named nowhere before and in no other
/// article, while the lines before name people of their own. The stretch must open with a name,
/// run at least [`topic::SHORT_MIN_LINES`] lines, be at most half the article, and name one of its
/// people on two lines or more (it is about them, not a passing quote).
fn tail_of_strangers(d: usize, p: &Prepared, text_lines: &[usize], people_in: &PeopleIn, in_docs: &HashMap<usize, Option<usize>>) -> Vec<usize> {
    let n = text_lines.len();
    let mut found = Vec::new();
    if n < 2 * topic::SHORT_MIN_LINES {
        return found;
    }
    // People per text line (index into `text_lines`), and each person's first line.
    let mut on_line: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut k = 0;
    for (si, (_, line)) in p.sentences.iter().enumerate() {
        while k < n && text_lines[k] < *line {
            k += 1;
        }
        if k < n && text_lines[k] == *line {
            if let Some(ids) = people_in.get(&(d, si)) {
                on_line[k].extend(ids.iter().map(|(id, _)| *id));
            }
        }
    }
    let mut first: HashMap<usize, usize> = HashMap::default();
    let mut lines_of: HashMap<usize, usize> = HashMap::default();
    let first_with_people = on_line.iter().position(|ids| !ids.is_empty()).unwrap_or(n);
    for (k, ids) in on_line.iter_mut().enumerate() {
        ids.sort_unstable();
        ids.dedup();
        for &id in ids.iter() {
            first.entry(id).or_insert(k);
        }
    }
    let mut earliest_first = usize::MAX;
    // Whether someone in the stretch so far is named on two of its lines.
    let mut repeated = false;
    for t in (n / 2..n).rev() {
        for &id in &on_line[t] {
            if in_docs.get(&id).copied().flatten() != Some(d) {
                // Named in another article too: nothing from here back is a stranger's stretch.
                found.reverse();
                return found;
            }
            earliest_first = earliest_first.min(first[&id]);
            let lines = lines_of.entry(id).or_default();
            *lines += 1;
            repeated |= *lines >= 2;
        }
        let opens = !on_line[t].is_empty();
        if opens && earliest_first >= t && first_with_people < t && n - t >= topic::SHORT_MIN_LINES && repeated {
            found.push(t);
        }
    }
    found.reverse();
    found
}

/// Whether the article's line `line` names a place or body, not a person, that neither the lines before it
/// nor any other article name ("In Israel, …", "Elsewhere in Europe, Austria's …", "… in the
/// Wimbledon semi-finals"): the other story happens somewhere else. A sentence's first word is
/// not judged (any word is capitalised there). `first_seen` holds the line where each lower-case
/// word first appears in the article.
fn opens_somewhere_new(p: &Prepared, line: usize, first_seen: &HashMap<&str, usize>, used_elsewhere: &dyn Fn(&str) -> bool, name_words: &HashSet<String>) -> bool {
    // Sentences are in line order: the line's own are found by a binary search, not a scan.
    let from = p.sentences.partition_point(|(_, l)| *l < line);
    p.sentences[from..].iter().take_while(|(_, l)| *l == line).enumerate().any(|(i, _)| {
        let si = from + i;
        p.words(si).iter().skip(1).any(|w| {
            let capitalised = w.text.len() >= 4 && w.text.starts_with(|c: char| c.is_uppercase()) && !w.text.chars().all(char::is_uppercase);
            let lower: &str = w.lower.as_ref();
            let bare = lower.trim_end_matches("'s").trim_end_matches("’s");
            capitalised && first_seen.get(lower) == Some(&line) && !used_elsewhere(lower) && !name_words.contains(bare)
        })
    })
}

/// Full names (indexes into `all`) listed with people: names joined only by ", " or "and" form a
/// list, and a list is of people when one of its names is a person ("Gaetz, Andy Biggs and Eli
/// Crane of Arizona") or it follows people ("five ministers - Kemi Badenoch, Neil O'Brien, …",
/// "among them Grant Shapps and Priti Patel").
fn listed_people(articles: &[Article], all: &[(usize, usize, people::NameMention)], is_person: &dyn Fn(&people::NameMention) -> bool) -> HashSet<usize> {
    const PEOPLE: &[&str] = &["ministers", "mps", "members", "senators", "lawmakers", "representatives", "deputies", "candidates", "rebels", "secretaries", "them"];
    let mut out = HashSet::default();
    let mut k = 0;
    while k < all.len() {
        let (d, s, _) = all[k];
        let text = &articles[d].text;
        // The list: the mentions from k on that follow each other with only a separator between.
        // A place after "of" ("Andy Biggs and Eli Crane of Arizona, Ken Buck of Colorado") goes
        // with the name before it and is not a member.
        let mut end = k + 1;
        let mut places: Vec<usize> = Vec::new();
        while end < all.len() && (all[end].0, all[end].1) == (d, s) && all[end - 1].2.end <= all[end].2.start {
            match &text[all[end - 1].2.end..all[end].2.start] {
                ", " | " and " | ", and " => {}
                " of " if !places.contains(&(end - 1)) => places.push(end),
                _ => break,
            }
            end += 1;
        }
        let members: Vec<usize> = (k..end).filter(|i| !places.contains(i)).collect();
        if members.len() >= 2 {
            let before = text[..all[k].2.start].trim_end_matches([' ', '-', '—', '–', ':', ',']);
            let led = before.rsplit(' ').next().is_some_and(|w| PEOPLE.contains(&w.to_ascii_lowercase().as_str()));
            if led || members.iter().any(|&i| is_person(&all[i].2)) {
                out.extend(members.into_iter().filter(|&i| all[i].2.parts.len() >= 2));
            }
        }
        k = end;
    }
    out
}

/// People in every sentence: the registry, and per (article, sentence index) the ids named there
/// with the byte offset of each mention.
type PeopleIn = HashMap<(usize, usize), Vec<(usize, usize)>>;

/// Every run of capitalised words written just before "Party" ("the Pheu Thai Party's
/// patriarch" gives "pheu thai"), in lower case.
fn party_names(prepared: &[Prepared]) -> HashSet<String> {
    let mut out = HashSet::default();
    for p in prepared {
        for s in 0..p.sentences.len() {
            let words = p.words(s);
            for (i, w) in words.iter().enumerate().skip(1) {
                if w.text != "Party" {
                    continue;
                }
                let mut b = i;
                while b > 0 && i - b < 4 && words[b - 1].then.is_none() && words[b - 1].text.starts_with(|c: char| c.is_uppercase()) {
                    b -= 1;
                }
                if b < i {
                    out.insert(words[b..i].iter().map(|w| w.lower.as_ref()).collect::<Vec<&str>>().join(" "));
                }
            }
        }
    }
    out
}

fn find_people(articles: &[Article], prepared: &[Prepared], editorial: &editorial::Editorial) -> (Registry, PeopleIn) {
    let mut all = Vec::new();
    for (d, (a, p)) in articles.iter().zip(prepared).enumerate() {
        for (s, _) in p.sentences.iter().enumerate() {
            let words = p.words(s);
            people::name_mentions_with(&a.text, words, |m| all.push((d, s, m)));
        }
    }
    // Surnames the corpus writes with an honorific ("Mr Hussain") are people's names.
    let honoured: HashSet<String> = all.iter().filter(|(_, _, m)| m.had_honorific).map(|(_, _, m)| m.parts.last().unwrap().to_lowercase()).collect();
    let evidenced: HashSet<String> = all.iter().filter(|(_, _, m)| m.evidence && m.parts.len() >= 2).map(|(_, _, m)| m.parts.join(" ")).collect();
    // Surnames the corpus uses alone, mid-sentence ("…accused McCarthy of…"), or opening a sentence
    // as a person does ("Pelosi, who…", "Pelosi told…"): news refers back to people so.
    let mut alone: HashMap<String, usize> = HashMap::default();
    for (d, s, m) in &all {
        if m.parts.len() == 1 && (m.evidence || m.start != prepared[*d].sentences[*s].0.start) {
            *alone.entry(m.parts[0].to_lowercase()).or_default() += 1;
        }
    }
    // Given names the corpus uses alone as a person's ("Srettha told reporters", "Pita said"):
    // Thai, Indonesian and Icelandic news, among others, refer back to people by the given name.
    // Their family name is then written only in the full name: a second word written elsewhere
    // too ("Netanyhu Likud", "Israel Eurovision") names something else.
    // (Kept as written, not lowered: a name is capitalised the same way each time, and most of a
    // corpus's mentions are then looked up without a copy.)
    let given_alone: HashSet<&str> = all.iter().filter(|(_, _, m)| m.parts.len() == 1 && m.evidence && !m.had_honorific).map(|(_, _, m)| m.parts[0]).collect();
    let family: HashSet<&str> = all.iter().filter(|(_, _, m)| m.parts.len() == 2 && given_alone.contains(m.parts[0])).map(|(_, _, m)| m.parts[1]).collect();
    // For each such family name, the names written with it.
    let mut names_with_word: HashMap<&str, HashSet<String>> = HashMap::default();
    if !family.is_empty() {
        for (_, _, m) in &all {
            for part in m.parts.iter().filter(|p| family.contains(*p)) {
                names_with_word.entry(part).or_default().insert(m.parts.join(" "));
            }
        }
    }
    let only_in_full_names = |m: &people::NameMention| names_with_word.get(m.parts[1]).is_some_and(|wholes| wholes.len() == 1);
    // Names the corpus also writes as a party's ("the Pheu Thai Party's patriarch"): a body that
    // "said it would" is not a person.
    let parties = party_names(prepared);
    let is_person = |m: &people::NameMention| {
        if m.parts.len() < 2 || !parties.is_empty() && parties.contains(&m.parts.join(" ").to_lowercase()) {
            return false;
        }
        // The surname's lower case is made only when the text's own evidence does not settle it.
        if m.evidence {
            return true;
        }
        let surname = m.parts.last().unwrap().to_lowercase();
        honoured.contains(&surname)
            || evidenced.contains(&m.parts.join(" "))
            || alone.get(&surname).is_some_and(|n| *n >= 2)
            || m.parts.len() == 2 && given_alone.contains(m.parts[0]) && alone.get(&m.parts[0].to_lowercase()).is_some_and(|n| *n >= 2) && only_in_full_names(m)
    };
    // The articles' own outlets ("Photo: The Capital Ledger") are not people.
    let outlets: Vec<Vec<&str>> = articles.iter().filter_map(|a| a.outlet.as_deref()).map(|o| o.trim().trim_start_matches("The ").split_whitespace().collect()).collect();
    let is_outlet = |m: &people::NameMention| outlets.iter().any(|o| o.len() == m.parts.len() && o.iter().zip(&m.parts).all(|(a, b)| a.eq_ignore_ascii_case(b)));
    let mut registry = Registry::default();
    for p in &editorial.person {
        let parts: Vec<String> = p.name.get_ref().split_whitespace().map(String::from).collect();
        if parts.len() >= 2 {
            let id = registry.add_full(&parts);
            // The editor's spelling wins: count it far above any the articles use.
            *registry.entries[id].spellings.entry(parts.join(" ")).or_default() += 1_000_000;
            for alias in &p.aliases {
                registry.alias(alias, id);
            }
        }
    }
    let listed = listed_people(articles, &all, &is_person);
    let mut ids: Vec<Option<usize>> = all.iter().enumerate().map(|(k, (_, _, m))| (!is_outlet(m) && (is_person(m) || listed.contains(&k))).then(|| registry.add_full(&m.parts))).collect();
    // A name the text does not mark, spelt like a person it does ("Jess Philips"), is that person.
    for ((_, _, m), id) in all.iter().zip(ids.iter_mut()) {
        if id.is_none() && m.parts.len() >= 2 && registry.find_full(&m.parts).is_some() {
            *id = Some(registry.add_full(&m.parts));
        }
    }
    let mut per_doc: HashMap<usize, Vec<usize>> = HashMap::default();
    for ((d, _, _), id) in all.iter().zip(&ids) {
        if let Some(id) = id {
            per_doc.entry(*d).or_default().push(*id);
        }
    }
    // Each person once per article, and each bare word resolved once per article: a long article
    // repeats both, and resolving is an edit-distance scan.
    for ids in per_doc.values_mut() {
        ids.sort_unstable();
        ids.dedup();
    }
    // A bare given name stands for a person when the corpus refers back to people so ("Srettha
    // told reporters", see `given_alone`) and one person has it.
    let by_given_name = |registry: &Registry, word: &str| -> Option<usize> {
        if !given_alone.contains(word) {
            return None;
        }
        let mut found = registry.entries.iter().enumerate().filter(|(_, e)| e.first.eq_ignore_ascii_case(word)).map(|(id, _)| id);
        let first = found.next()?;
        found.next().is_none().then_some(first)
    };
    let mut resolved: HashMap<(usize, &str, bool), Option<usize>> = HashMap::default();
    let mut in_corpus: HashMap<&str, Option<usize>> = HashMap::default();
    let mut by_given: HashMap<&str, Option<usize>> = HashMap::default();
    let mut people_in: PeopleIn = HashMap::default();
    for ((d, s, m), id) in all.iter().zip(&ids) {
        let id = id.or_else(|| {
            if m.parts.len() != 1 || !(m.had_honorific || m.parts[0].chars().count() >= 3) {
                return None;
            }
            *resolved.entry((*d, m.parts[0], m.had_honorific)).or_insert_with(|| {
                registry
                    .resolve_in_article(m.parts[0], per_doc.get(d).map(Vec::as_slice).unwrap_or(&[]))
                    // The corpus-wide answer does not depend on the article: look each word up once.
                    .or_else(|| *in_corpus.entry(m.parts[0]).or_insert_with(|| registry.resolve_in_corpus(m.parts[0]).or_else(|| by_given_name(&registry, m.parts[0]))))
                    .filter(|id| m.had_honorific || people::same_part(&registry.entries[*id].surname, m.parts[0]) || *by_given.entry(m.parts[0]).or_insert_with(|| by_given_name(&registry, m.parts[0])) == Some(*id))
            })
        });
        let Some(id) = id else { continue };
        people_in.entry((*d, *s)).or_default().push((id, m.start));
        if m.parts.len() == 1 {
            // A bare name is recorded as a spelling (with no count); copied only when new.
            let written = &articles[*d].text[m.start..m.end];
            let spellings = &mut registry.entries[id].spellings;
            if !spellings.contains_key(written) {
                spellings.insert(written.to_string(), 0);
            }
        }
        if let Some((role, start, end)) = &m.role {
            let entry = &mut registry.entries[id];
            if !entry.roles.iter().any(|r| r.0.eq_ignore_ascii_case(role)) {
                entry.roles.push((role.clone(), *d, *start, *end));
            }
        }
    }
    (registry, people_in)
}

/// Words interned to ids, each spelling stored once (mentions keep ids, not copies of their words).
/// A word of up to 16 bytes is keyed by its bytes packed into integers with its length (see
/// `wordset::key`), so a look-up hashes and compares integers, not bytes with a `memcmp`.
#[derive(Default)]
struct Interner {
    short: HashMap<(u64, u64, usize), u32>,
    long: HashMap<String, u32>,
    words: Vec<String>,
}

impl Interner {
    fn id(&mut self, word: &str) -> u32 {
        let next = self.words.len() as u32;
        let id = if word.len() <= 16 {
            let (k0, k1) = wordset::key(word.as_bytes());
            *self.short.entry((k0, k1, word.len())).or_insert(next)
        } else if let Some(&id) = self.long.get(word) {
            id
        } else {
            self.long.insert(word.to_string(), next);
            next
        };
        if id == next {
            self.words.push(word.to_string());
        }
        id
    }
}

/// Posts the articles give people ("health secretary", "Leader of the House of Commons"), each
/// held by exactly one person in the corpus, to find that person where a sentence names only the
/// post: "the former health secretary told MPs", "the chancellor added".
struct Posts {
    /// "the <post>" and "the former <post>", in any case; `None` when no post is held by one person.
    finder: Option<aho_corasick::AhoCorasick>,
    /// The holder of each pattern's post.
    holders: Vec<usize>,
}

impl Posts {
    fn new(registry: &Registry) -> Posts {
        let mut held: BTreeMap<String, Option<usize>> = BTreeMap::new();
        for (id, e) in registry.entries.iter().enumerate() {
            for (title, ..) in &e.roles {
                let post = title.to_lowercase();
                let post = post.strip_prefix("former ").unwrap_or(&post);
                // One word ("leader", "speaker") is any leader or speaker: a post needs two.
                if (2..=6).contains(&post.split_whitespace().count()) {
                    held.entry(post.to_string()).and_modify(|h| if *h != Some(id) { *h = None }).or_insert(Some(id));
                }
            }
        }
        let mut patterns = Vec::new();
        let mut holders = Vec::new();
        for (post, holder) in held {
            let Some(id) = holder else { continue };
            patterns.push(format!("the {post}"));
            patterns.push(format!("the former {post}"));
            holders.extend([id, id]);
        }
        let finder = (!patterns.is_empty())
            .then(|| aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).match_kind(aho_corasick::MatchKind::LeftmostLongest).build(&patterns).ok())
            .flatten();
        Posts { finder, holders }
    }

    /// The one person whose post the sentence names as a whole phrase where a doer stands: before
    /// the trigger word at byte `trigger`, or after a quote ("…,” the chancellor added).
    fn holder_in(&self, sentence: &str, trigger: usize) -> Option<usize> {
        let finder = self.finder.as_ref()?;
        let bytes = sentence.as_bytes();
        let mut found: Option<usize> = None;
        for m in finder.find_iter(sentence) {
            let whole = (m.start() == 0 || !bytes[m.start() - 1].is_ascii_alphanumeric()) && bytes.get(m.end()).is_none_or(|b| !b.is_ascii_alphanumeric());
            let after_quote = sentence[..m.start()].trim_end_matches([' ', ',']).ends_with(['”', '"', '’']);
            if !whole || !(m.start() < trigger || after_quote) {
                continue;
            }
            let id = self.holders[m.pattern().as_usize()];
            if found.is_some_and(|f| f != id) {
                return None;
            }
            found = Some(id);
        }
        found
    }
}

/// What someone wrote in the letter that announced their resignation ("“It is clear that I
/// cannot…,” he wrote"; "In his letter to the prime minister, Mr Javid said…") is that
/// resignation's evidence, not a statement of its own. A statement or call whose sentence is a
/// letter's words (it says "letter" or "wrote"), by someone whose resignation the same article
/// reports, becomes a report of the resignation, dated by it rather than by its own words.
fn letters_join_their_resignation(mentions: &mut [Mention], articles: &[Article]) {
    let resigned: HashSet<(usize, usize)> = mentions
        .iter()
        .filter(|m| m.kind == EventKind::Resignation && !m.refusal && m.main_story)
        .filter_map(|m| Some((m.doc, *m.actors.first()?)))
        .collect();
    if resigned.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        let Some(&who) = m.actors.first() else { continue };
        if !matches!(m.kind, EventKind::Statement | EventKind::Call) || !resigned.contains(&(m.doc, who)) {
            continue;
        }
        let sentence = &articles[m.doc].text[m.start..m.end];
        let letter = sentence.contains("letter") || sentence.contains(" wrote") || sentence.contains(" writes");
        if letter && !m.background {
            m.kind = EventKind::Resignation;
            m.actors.truncate(1);
            m.date = None;
            m.tokens.clear();
        }
    }
}

/// Every mention, and the table of words their `names` and `tokens` ids index.
fn find_mentions(articles: &[Article], prepared: &[Prepared], people_in: &PeopleIn, posts: &Posts) -> (Vec<Mention>, Vec<String>) {
    let mut out = Vec::new();
    let mut interner = Interner::default();
    for (d, (a, p)) in articles.iter().zip(prepared).enumerate() {
        // Whom "he" or "she" means after a sentence: (that sentence, person). Set by a sentence that
        // names one person or reports a doer's act; carried through a sentence that names nobody
        // but opens with "He"/"She" or a quotation (the same speaker going on).
        let mut referent: Option<(usize, usize)> = None;
        // The date words of the last sentence that had any, with that sentence: "In a televised
        // statement on Saturday evening, Gallant warned … He urged the government to stop": a
        // "He" sentence with no date words of its own goes on with the one before.
        let mut carried: Option<(usize, dates::Found)> = None;
        // The last resignation or sacking the article gave a doer, with its sentence: "the
        // resignation" a few sentences on is that one.
        let mut last_act: Option<(EventKind, usize, Vec<usize>, Option<dates::Found>)> = None;
        for (s, (span, line)) in p.sentences.iter().enumerate() {
            let words = p.words(s);
            let mut kinds: Vec<(EventKind, bool, usize)> = extract::classify_at(words);
            let sentence = span.of(&a.text);
            // "offered their resignations … Mr Turnbull refused to accept them": they did not go.
            // (One substring search rules out nearly every sentence before its words are read.)
            static OFFER: std::sync::OnceLock<(memchr::memmem::Finder<'static>, memchr::memmem::Finder<'static>)> = std::sync::OnceLock::new();
            let (offer, tendered) = OFFER.get_or_init(|| (memchr::memmem::Finder::new("offer"), memchr::memmem::Finder::new("tendered")));
            if offer.find(sentence.as_bytes()).is_some() || tendered.find(sentence.as_bytes()).is_some() {
                let next = if s + 1 < p.sentences.len() { p.words(s + 1) } else { &[] };
                if let Some(at) = extract::offer_turned_down(words, next) {
                    kinds.push((EventKind::Resignation, true, at));
                }
            }
            let prior = referent.filter(|(at, _)| *at + 1 == s).map(|(_, who)| who);
            // "“Nothing has changed,” he said, arguing that every MP had backed Trudeau's record":
            // a "he said" goes on with the speaker before, whoever else it names.
            let pronoun_speaks = || words.windows(2).any(|w| matches!(w[0].lower.as_ref(), "he" | "she") && extract::is_saying(&w[1].lower));
            referent = match people_in.get(&(d, s)).map(Vec::as_slice).unwrap_or(&[]) {
                [_, ..] if prior.is_some() && sentence.starts_with(['“', '"']) && pronoun_speaks() => prior.map(|who| (s, who)),
                [] => prior.filter(|_| opens_with_he_or_she(words) || sentence.starts_with(['“', '"'])).map(|who| (s, who)),
                [(first, _), rest @ ..] if rest.iter().all(|(id, _)| id == first) => Some((s, *first)),
                _ => None,
            };
            // Only a sentence that reports something, or has a figure (a year, a day), needs its date words.
            if kinds.is_empty() && !sentence.bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            let mut candidates = date_words(&a.text, *span, words);
            // "“… has decided this evening to dismiss …,” his office said": date words inside a
            // quotation are the speaker's, said at a time the article does not give.
            if sentence.contains(['"', '“']) {
                candidates.retain(|(at, _, _)| !in_quotation(sentence, words[*at].start() - span.start));
            }
            let date = candidates.iter().max_by_key(|(_, rank, _)| *rank).map(|(_, _, f)| f.clone());
            let carried_in = carried.take().filter(|(at, _)| *at + 1 == s).map(|(_, f)| f);
            // ("The mayor announced his own resignation a few hours later": a time counted from
            // the sentence before goes on with its date too.)
            let goes_on = candidates.is_empty() && (opens_with_he_or_she(words) || counts_on_from_before(words));
            // Kept only when the next sentence opens with "He"/"She" (the copy is then worth making).
            let next_goes_on = s + 1 < p.sentences.len() && (opens_with_he_or_she(p.words(s + 1)) || counts_on_from_before(p.words(s + 1)));
            carried = if next_goes_on { date.clone().map(|f| (s, f)) } else { None };
            let kinds = if kinds.is_empty() && matches!(date.as_ref().map(|f| f.expr), Some(dates::DateExpr::Year(_) | dates::DateExpr::DayMonth { .. } | dates::DateExpr::Month { year: Some(_), .. })) {
                vec![(EventKind::Context, false, 0)]
            } else {
                kinds
            };
            if kinds.is_empty() {
                continue;
            }
            let named = people_in.get(&(d, s)).map(Vec::as_slice).unwrap_or(&[]);
            // An ASCII word's lower case is already made (the same as `to_lowercase` gives); others are lowered here.
            let names: Vec<u32> = words
                .iter()
                .skip(1)
                .filter(|w| w.text.chars().next().is_some_and(char::is_uppercase) && w.text.len() > 2)
                .map(|w| if w.text.is_ascii() { interner.id(&w.lower) } else { interner.id(&w.text.to_lowercase()) })
                .collect();
            // The sentence's content words, made once however many mentions it gives.
            let mut sentence_tokens: Option<Vec<u32>> = None;
            let main_story = p.off_story.as_ref().is_none_or(|(first, _)| line < first);
            let together = words.iter().any(|w| matches!(w.lower.as_ref(), "together" | "jointly" | "joint" | "masse"));
            // Where the last resignation (or dismissal) word of this sentence stood, and who did it.
            let mut earlier_act: Option<(EventKind, usize, Vec<usize>)> = None;
            for (kind, refusal, trigger) in kinds {
                let mut doers = if kind == EventKind::Vote { Vec::new() } else { actors(words, named, &a.text, kind, trigger) };
                if matches!(kind, EventKind::Resignation | EventKind::Dismissal) && !refusal {
                    let earlier = earlier_act.take().filter(|(k, _, _)| *k == kind);
                    if let Some((_, at, before)) = &earlier {
                        // A second word of the same act: its doers are those named after the first
                        // ("Javid has resigned … and Sunak has quit"); nobody new, no second act.
                        doers.retain(|id| !before.contains(id) && named.iter().any(|(p, start)| p == id && *start > words[*at].start()));
                        if doers.is_empty() {
                            earlier_act = earlier;
                            continue;
                        }
                    }
                    let mut all = earlier.map(|(_, _, d)| d).unwrap_or_default();
                    all.extend(&doers);
                    earlier_act = Some((kind, trigger, all));
                }
                // "He accused McCarthy of…", "“…,” he wrote on Thursday", "…, he said, but he urged…"
                // after a sentence about one person: "he" is that person. The pronoun opens the
                // sentence or stands just before the trigger word (an adverb may come between).
                let pronoun_doer = |w: &people::Word| matches!(w.lower.as_ref(), "he" | "she");
                // "In her resignation letter she told…", "his speech": the owner of one's own
                // going or words is its doer (not so "his sacking", which he suffered).
                let owner = matches!(kind, EventKind::Resignation | EventKind::Statement)
                    && trigger > 0
                    && matches!(words[trigger - 1].lower.as_ref(), "his" | "her")
                    && words[trigger - 1].then.is_none();
                let pronoun = opens_with_he_or_she(words)
                    || owner
                    || (trigger.saturating_sub(2)..trigger).any(|j| pronoun_doer(&words[j]) && words[j..trigger].iter().all(|w| w.then.is_none()));
                // The sentence before may name several people, one of them the doer of what it
                // reports ("In his letter to Mr Starmer, Mr Hussain said: …"), or name one by a
                // post ("The MP for Bradford East said…"): "he" is that doer.
                if doers.is_empty() && kind != EventKind::Vote && pronoun {
                    doers.extend(prior);
                }
                // "Vučević resigned … The resignation must now be formally noted": a resignation
                // named with "the" is the one just told, on its date.
                let mut referred: Option<Option<dates::Found>> = None;
                if doers.is_empty() && matches!(kind, EventKind::Resignation | EventKind::Dismissal) && !refusal && trigger > 0 {
                    let noun = matches!(words[trigger].lower.as_ref(), "resignation" | "sacking" | "dismissal" | "departure" | "ouster");
                    // (Not "the resignation of 57 ministers", "the resignation early this morning
                    // of Brandon Lewis": those name whose it was.)
                    let of_someone = words[trigger..].iter().take(5).take_while(|w| w.then.is_none() || w.lower == "of").any(|w| w.lower == "of");
                    if noun && !of_someone && matches!(words[trigger - 1].lower.as_ref(), "the" | "this") {
                        if let Some((_, _, who, when)) = last_act.as_ref().filter(|(k, at, _, _)| *k == kind && s - at <= 6) {
                            doers.extend(who.iter().copied());
                            referred = Some(when.clone());
                        }
                    }
                }

                // "the former health secretary told MPs", "the chancellor added": a post one person holds.
                if doers.is_empty() && matches!(kind, EventKind::Resignation | EventKind::Statement | EventKind::Call | EventKind::Context) {
                    // Background has no trigger word: a post anywhere in it names its person.
                    let at = if kind == EventKind::Context { sentence.len() } else { words.get(trigger).map_or(0, |w| w.start() - span.start) };
                    doers.extend(posts.holder_in(sentence, at));
                }

                // A statement made by a reporting verb ("accused", "announced") needs someone to make it;
                // an occasion ("in a speech", "a letter") stands on its own.
                // "Johnson said that the resignation was long overdue", "called the resignation
                // the end of a chapter": a remark on an act whose doer the sentence does not give
                // adds nothing to the act; the remark is reported as talk.
                if matches!(kind, EventKind::Resignation | EventKind::Dismissal) && doers.is_empty() && extract::spoken_of(words, trigger) {
                    continue;
                }
                let occasion = words.get(trigger).is_some_and(|w| extract::is_occasion(&w.lower));
                if kind == EventKind::Statement && !occasion && doers.is_empty() {
                    continue;
                }
                // "Javid and Sunak resigned": two resignations, each its own happening; but
                // "resigned together in a joint letter" is one happening with all of them.
                // Who took a post is the one named first, before the appointment word.
                let appointment = if kind == EventKind::Context { extract::standing_of(words, trigger) } else { None };
                if appointment.is_some() {
                    doers.truncate(1);
                }
                let per_doer: Vec<Vec<usize>> = if matches!(kind, EventKind::Resignation | EventKind::Dismissal) && doers.len() > 1 && !together {
                    doers.iter().map(|d| vec![*d]).collect()
                } else {
                    vec![doers]
                };
                // "apologised … even though he had been told in 2019": date words after a past
                // perfect belong to an earlier happening, unless the act is told in the past
                // perfect itself ("On Tuesday, Mr Johnson had apologised").
                let perfect_before = |k: usize| (k.saturating_sub(4)..k).any(|j| words[j].lower == "had");
                // "Nadhim Zahawi, appointed chancellor only on Tuesday night, published a letter":
                // date words in an aside after a name, set off by commas, with the trigger after
                // it, date the aside.
                let aside = |at: usize| {
                    let opened = (0..at).rev().find(|&k| words[k].then == Some(','));
                    let closed = (at..words.len()).find(|&k| words[k].then == Some(','));
                    let named = |o: usize| words[o].text.starts_with(|c: char| c.is_uppercase());
                    matches!((opened, closed), (Some(o), Some(c)) if o < at && named(o) && trigger > c)
                };
                let earlier = |at: usize| (at > trigger && perfect_before(at) && !perfect_before(trigger)) || aside(at);
                // The date words nearest the trigger are the act's ("marched yesterday … due on Sunday").
                let date = {
                    // What a statement or call reports ("told a conference that Britain would leave
                    // the EU on October 31") is dated by its own words, not the statement.
                    // ("He said the party would win at the next election, due in 2027": reported
                    // speech without "that" starts at its subject.)
                    let reported = if matches!(kind, EventKind::Statement | EventKind::Call) {
                        let saying = words.get(trigger).is_some_and(|w| extract::is_saying(&w.lower));
                        (trigger + 1..words.len())
                            .find(|&j| {
                                let w = words[j].lower.as_ref();
                                w == "that" || saying && (matches!(w, "he" | "she" | "they" | "it" | "we") || j == trigger + 1 && matches!(w, "the" | "his" | "her" | "their" | "its"))
                            })
                            .unwrap_or(usize::MAX)
                    } else {
                        usize::MAX
                    };
                    let nearest = candidates.iter().filter(|(at, _, _)| *at < reported && !earlier(*at)).min_by_key(|(at, rank, _)| (at.abs_diff(trigger), std::cmp::Reverse(*rank))).map(|(_, _, f)| f.clone());
                    // A sentence kept only for its date ("The coalition, known as the "traffic
                    // light" after the parties' colours, took office in December 2021") has no
                    // trigger word; its date is the sentence's unless the date is a reference
                    // point ("the largest rebellion since ministers jumped ship in 2022").
                    if kind == EventKind::Context && appointment.is_none() && !extract::ends_a_body(words, trigger) {
                        date_for(sentence, span.start, span.start, &nearest, refers_back)
                    } else {
                        date_for(sentence, span.start, words.get(trigger).map(|w| w.start()).unwrap_or(span.start), &nearest, crosses_clause)
                    }
                };
                // A sentence set in a named year whose date words belong to another clause ("In 2015,
                // Meadows filed a motion against Boehner, who resigned later that year") is history,
                // not this week's news.
                let date = match (date, &carried_in) {
                    (None, Some(f)) if goes_on && kind != EventKind::Context => Some(f.clone()),
                    (date, _) => date,
                };
                // "The assembly is due to formally note Vučević's resignation at a session on
                // Wednesday": a day still to come is the plan's, not the resignation's, which
                // happened before the article.
                let to_come = matches!(kind, EventKind::Resignation | EventKind::Dismissal) && matches!(date.as_ref().map(|f| f.expr), Some(dates::DateExpr::Weekday { future: true, .. }));
                let date = if to_come { None } else { date };
                let date = match (date, &referred) {
                    (None, Some(when)) => when.clone(),
                    (date, _) => date,
                };
                if matches!(kind, EventKind::Resignation | EventKind::Dismissal) && !refusal && referred.is_none() {
                    let all: Vec<usize> = per_doer.iter().flatten().copied().collect();
                    if !all.is_empty() {
                        last_act = Some((kind, s, all, date.clone()));
                    }
                }
                let dated_elsewhere = to_come
                    || referred.is_some() && date.is_none()
                    || date.is_none()
                    && candidates.iter().any(|(at, _, f)| !earlier(*at) && matches!(f.expr, dates::DateExpr::Year(_) | dates::DateExpr::DayMonth { year: Some(_), .. } | dates::DateExpr::Month { year: Some(_), .. }));
                let background = dated_elsewhere || extract::is_background(words, trigger);
                if let Some(&who) = per_doer.first().and_then(|d| d.first()) {
                    referent = Some((s, who));
                }
                for actors in per_doer {
                out.push(Mention {
                    doc: d,
                    kind,
                    refusal,
                    start: span.start,
                    end: span.end,
                    actors,
                    date: date.clone(),
                    background,
                    numbers: extract::numbers(words),
                    names: names.clone(),
                    // Only talk (calls, statements) is told apart by its words.
                    tokens: if matches!(kind, EventKind::Call | EventKind::Statement) {
                        sentence_tokens
                            .get_or_insert_with(|| {
                                let mut ids = Vec::new();
                                topic::for_each_token(sentence, |t| ids.push(interner.id(t)));
                                ids.sort_unstable();
                                ids.dedup();
                                ids
                            })
                            .clone()
                    } else {
                        Vec::new()
                    },
                    when: Constraint::NONE,
                    main_story,
                    about_it: trigger * 2 <= words.len(),
                    appointment,
                    seat: kind == EventKind::Resignation && extract::leaves_a_seat(words, trigger),
                });
                }
            }
        }
    }
    (out, interner.words)
}

/// Words that, just before a name, make it an object ("a letter to Mr Starmer", "voted against Starmer").
const OBJECT_MARKS: &[&str] = &["to", "at", "against", "for", "with", "from", "over", "under", "about", "of", "on", "by", "alongside", "told"];

/// The people who act in a sentence: those not named only as an object ("letter to Mr Starmer",
/// "voted against Starmer") or a possessor ("Starmer’s position"). For a resignation or dismissal the
/// doer stands in the trigger's clause: before it, or right after "was" ("…who left was Jess Phillips").
fn actors(words: &[people::Word], named: &[(usize, usize)], text: &str, kind: EventKind, trigger: usize) -> Vec<usize> {
    let mut doers = Vec::new();
    let clause_break = |a: usize, b: usize| {
        words[a.min(b)..a.max(b)].iter().any(|w| matches!(w.text, "while" | "but" | "whereas") || matches!(w.then, Some(';') | Some('—')))
    };
    // Who is dismissed: in the active voice ("Netanyahu dismissed Yoav Gallant", "the sacking of
    // Gallant") the person named just after the trigger; in the passive ("Gallant was sacked"), or
    // with nobody named after it ("Gallant sacked over…"), the person before it.
    if kind == EventKind::Dismissal {
        let passive = trigger > 0 && matches!(words[trigger - 1].lower.as_ref(), "was" | "were" | "been" | "being" | "is" | "are" | "be" | "got" | "get" | "gets");
        if !passive {
            let after = named.iter().filter_map(|(id, start)| Some((*id, words.iter().position(|w| w.start() == *start)?)));
            if let Some((id, _)) = after.filter(|&(_, k)| k > trigger && k <= trigger + 5 && !clause_break(trigger, k)).min_by_key(|&(_, k)| k) {
                return vec![id];
            }
            // "President William Ruto dismissed almost his entire cabinet": the verb's object is
            // a group that names nobody; the person before it did the sacking, so no one named
            // here was sacked.
            let verb = matches!(words[trigger].lower.as_ref(), "dismissed" | "dismisses" | "sacked" | "sacks" | "fired" | "fires" | "ousted" | "removed" | "purged");
            // (Only a body or a group: "ousted its leader" may be the one named before.)
            let group = words[trigger].then.is_none()
                && words[trigger + 1..].iter().take(4).any(|w| {
                    matches!(w.lower.as_ref(), "cabinet" | "government" | "ministers" | "secretaries" | "team" | "staff" | "aides" | "officials" | "board" | "generals" | "commanders" | "advisers" | "advisors")
                });
            if verb && group {
                return Vec::new();
            }
        }
    }
    // Where each named person stands in the sentence (a word index), in `named`'s order.
    let positions: Vec<Option<usize>> = named.iter().map(|(_, start)| words.iter().position(|w| w.start() == *start)).collect();
    // "Mr Ruto accepted the resignation": whoever accepts (or receives, or turns down) a
    // resignation is not the one resigning; only "the resignation of X" names who that is.
    let lower = |k: usize| words.get(k).map_or("", |w| w.lower.as_ref());
    if kind == EventKind::Resignation
        && trigger >= 2
        && matches!(lower(trigger - 1), "the" | "his" | "her" | "their" | "a")
        && matches!(lower(trigger - 2), "accepted" | "accepts" | "accepting" | "accept" | "received" | "receives" | "rejected" | "refused" | "declined")
    {
        let of = lower(trigger + 1) == "of";
        return named.iter().zip(&positions).filter(|(_, k)| of && **k == Some(trigger + 2)).map(|((id, _), _)| *id).collect();
    }
    // "“I have decided to resign …,” Vučević told a news conference": an act the speaker tells of
    // in the first person is the speaker's, named after the quotation.
    // (The first word starts after an opening quotation mark, which the sentence includes.)
    let mut sentence_start = words.first().map_or(0, |w| w.start());
    while let Some(c) = text.get(..sentence_start).and_then(|t| t.chars().last()).filter(|c| matches!(c, '"' | '“')) {
        sentence_start -= c.len_utf8();
    }
    let sentence = text.get(sentence_start..words.last().map_or(sentence_start, |w| w.end())).unwrap_or("");
    let quoted = |k: usize| in_quotation(sentence, words[k].start() - sentence_start);
    if matches!(kind, EventKind::Resignation | EventKind::Dismissal) && quoted(trigger) && (trigger.saturating_sub(6)..trigger).any(|k| words[k].text == "I") {
        let speaker = named.iter().zip(&positions).find_map(|((id, _), k)| {
            let k = (*k)?;
            let says = (k.saturating_sub(2)..(k + 3).min(words.len())).any(|j| extract::is_saying(&words[j].lower));
            (k > trigger && !quoted(k) && says).then_some(*id)
        });
        if let Some(id) = speaker {
            return vec![id];
        }
    }
    // "Odinga said … that the sacking of the cabinet was a step in the right direction",
    // "“Vučević's resignation is not enough,” said Đilas": an act remarked on is done by its
    // owner ("Vučević's") or the one it is "of", never by whoever remarks on it.
    if matches!(kind, EventKind::Resignation | EventKind::Dismissal) && extract::spoken_of(words, trigger) {
        let capitalised = |w: &people::Word| w.text.starts_with(|c: char| c.is_uppercase());
        let owner = |k: usize| k < trigger && words[k..trigger].iter().all(capitalised);
        let of = lower(trigger + 1) == "of";
        return named.iter().zip(&positions).filter_map(|((id, _), k)| k.filter(|&k| owner(k) || of && k == trigger + 2).map(|_| *id)).collect();
    }
    // Whether the person at word `k` is cut off from the trigger by a clause with a doer of its
    // own: one opened by "after", "when", "as"… with a subject before the trigger ("Boris Johnson
    // fights on as ministers quit", "… after David Cameron resigned"; but "apologised after
    // resigning" has none, and "Smith, speaking after the vote, resigned" closes the phrase with a
    // comma), or a "who" that follows someone else's name ("appointing Chris Pincher, who quit").
    let other_clause = |k: usize| {
        (k + 1..trigger).any(|j| {
            let w = words[j].lower.as_ref();
            let subordinate = matches!(w, "after" | "before" | "when" | "since" | "because" | "until" | "following" | "once" | "as" | "while")
                && j + 1 < trigger
                && words[j..trigger].iter().all(|x| x.then.is_none())
                && !matches!(words[j + 1].lower.as_ref(), "he" | "she" | "they");
            let someone_between = positions.iter().flatten().any(|&p| p > k && p < j);
            // "Paetongtarn …, after her father, who was toppled by the army": the "who" is the
            // father's, whom the sentence does not name.
            let someone_unnamed = matches!(w, "who" | "whom") && j >= 2 && words[j - 1].then == Some(',') && matches!(words[j - 2].lower.as_ref(), "his" | "her" | "their" | "its");
            subordinate || (w == "who" && someone_between) || someone_unnamed
        })
    };
    for ((id, _), k) in named.iter().zip(&positions) {
        let Some(k) = *k else { continue };
        let mut b = k;
        while b > 0 && words[b - 1].text.chars().next().is_some_and(char::is_uppercase) && words[b - 1].then.is_none() {
            b -= 1;
        }
        // "a letter to council leader Daniel Brennan": past a lower-case role ("council leader",
        // "the prime minister") to the word that governs the name.
        if b > 0 && people::ROLE_NOUNS.contains(&words[b - 1].lower.as_ref()) {
            let lower_run = |w: &people::Word| w.then.is_none() && w.text.starts_with(|c: char| c.is_lowercase()) && !OBJECT_MARKS.contains(&w.lower.as_ref());
            let mut r = b;
            while r > 0 && b - r < 3 && lower_run(&words[r - 1]) {
                r -= 1;
            }
            if r > 0 && OBJECT_MARKS.contains(&words[r - 1].lower.as_ref()) {
                b = r;
            }
        }
        let before = if b > 0 { words[b - 1].text.to_lowercase() } else { String::new() };
        let last = words.iter().skip(k).take_while(|w| w.text.chars().next().is_some_and(char::is_uppercase)).last().unwrap_or(&words[k]);
        let possessive = text[last.end()..].starts_with("’s") || text[last.end()..].starts_with("'s");
        // "Mrs Leadsom's resignation", "Gallant's sacking": the owner of the act's noun is its doer.
        let owns_the_act = possessive && matches!(kind, EventKind::Resignation | EventKind::Dismissal) && std::ptr::eq(last, &words[trigger.saturating_sub(1)]);
        // "and" joins objects ("a letter to A and B") but also doers ("A and B resigned"): for an act,
        // the clause test below decides.
        let joined = before == "and" && !matches!(kind, EventKind::Resignation | EventKind::Dismissal);
        // After a verb that acts on someone ("accused McCarthy", "urged Johnson"), a name is who the
        // statement or call is aimed at, not who makes it.
        let aimed_at = matches!(kind, EventKind::Statement | EventKind::Call)
            && matches!(before.as_str(), "accused" | "accuses" | "urged" | "urges" | "criticised" | "criticises" | "criticized" | "blamed" | "blames" | "condemned" | "condemns" | "praised" | "thanked" | "attacked" | "challenged" | "warned" | "asked" | "ordered" | "tells" | "defended" | "backed" | "replace" | "replaced" | "appointing" | "promoting" | "sacking" | "firing" | "naming");
        // "MPs are calling on him to go, days after Freeland quit": a name opening a clause that
        // tells when is that clause's subject, not who speaks or calls.
        let timing = !matches!(kind, EventKind::Resignation | EventKind::Dismissal) && matches!(before.as_str(), "after" | "since" | "following" | "until");
        let object = joined || aimed_at || timing || OBJECT_MARKS.contains(&before.as_str());
        let in_clause = match kind {
            EventKind::Resignation | EventKind::Dismissal => {
                (k < trigger && !clause_break(k, trigger) && !other_clause(k))
                    || (k > trigger && matches!(before.as_str(), "was" | "were") && !clause_break(trigger, k))
                    // "Burneo and Landa resigned, as did Justice Minister Félix Chero": "as did" or
                    // "so did" gives the act to one more doer.
                    || (k > trigger && before == "did" && b >= 2 && matches!(words[b - 2].lower.as_ref(), "as" | "so") && !clause_break(trigger, k))
            }
            _ => true,
        };
        if (owns_the_act || !possessive && !object && in_clause) && !doers.contains(id) {
            doers.push(*id);
        }
    }
    // "…to tender my resignation,” Mr Hussain said: the speaker is the doer of what the quote reports.
    if doers.is_empty() && matches!(kind, EventKind::Resignation | EventKind::Dismissal) {
        for (id, start) in named {
            let Some(k) = words.iter().position(|w| w.start() == *start) else { continue };
            // The name's run of capitalised words ends at punctuation: in "letter to Mr Starmer, Mr
            // Hussain said" the word after Starmer's run is "Mr", so only Hussain is the speaker.
            let mut j = k;
            while j < words.len() && words[j].text.chars().next().is_some_and(char::is_uppercase) && words[j].then.is_none() {
                j += 1;
            }
            let after = if j < words.len() && words[j].text.chars().next().is_some_and(char::is_uppercase) { j + 1 } else { j };
            if words.get(after).is_some_and(|w| matches!(w.text, "said" | "says" | "wrote" | "writes" | "added")) && k > trigger {
                doers.push(*id);
                break;
            }
        }
    }
    doers
}

/// The sentence's date words, unless a clause boundary separates them from the trigger word
/// ("…left her post was Jess Phillips, who took to Twitter … on Thursday": Thursday is the tweet's;
/// "Johnson, who had clung on since they quit on Tuesday, resigned": Tuesday is the quitting's).
fn date_for(sentence: &str, sentence_start: usize, trigger_at: usize, found: &Option<dates::Found>, cut_off: fn(&str) -> bool) -> Option<dates::Found> {
    let f = found.as_ref()?;
    let lower = sentence.to_lowercase();
    let Some(at) = lower.find(&f.words) else { return Some(f.clone()) };
    let trigger = trigger_at.saturating_sub(sentence_start).min(lower.len());
    // "Two days after Minouche Shafik resigned as president, her successor sent her first message
    // this morning": an act in the sentence's opening "after" (or "before", "since") clause is
    // not dated by the words of the main clause past its comma.
    let opening = lower.split_whitespace().take(4).any(|w| matches!(w, "after" | "before" | "since"));
    if opening && at > trigger && lower.get(trigger..at).is_some_and(|between| between.contains(',')) {
        return None;
    }
    let (a, b) = if at < trigger { (at + f.words.len(), trigger) } else { (trigger, at) };
    let between = lower.get(a.min(b)..b).unwrap_or("");
    // "This morning President Isaac Herzog, whose role is largely ceremonial, called on…": date
    // words that open the sentence govern its main verb, past an aside between commas.
    if at < trigger && lower[..at].split_whitespace().count() <= 1 {
        return (!cut_off(&without_asides(between))).then(|| f.clone());
    }
    (!cut_off(between)).then(|| f.clone())
}

/// Every date expression in a sentence's words (see [`dates::find_all_marked`]), told where the
/// article's text puts a comma between two words and which words are quoted.
fn date_words(text: &str, span: Span, words: &[people::Word]) -> Vec<(usize, u8, dates::Found)> {
    let lowered: Vec<&str> = words.iter().map(|w| w.lower.as_ref()).collect();
    let comma_after = |i: usize| words.get(i + 1).is_some_and(|next| text.get(words[i].end()..next.start()).is_some_and(|gap| gap.contains(',')));
    let sentence = span.of(text);
    let quoted = |i: usize| sentence.contains(['"', '“']) && in_quotation(sentence, words[i].start() - span.start);
    dates::find_all_marked(&lowered, comma_after, quoted)
}

/// Whether a sentence tells its time from the one before: "hours later", "minutes later", "later
/// that day", "the same day".
fn counts_on_from_before(words: &[people::Word]) -> bool {
    words.windows(2).any(|w| dates::tells_time_from_before(&w[0].lower, &w[1].lower))
}

/// Whether a sentence opens with "He" or "She": it goes on about the person of the sentence before.
fn opens_with_he_or_she(words: &[people::Word]) -> bool {
    words.first().is_some_and(|w| matches!(w.text, "He" | "She"))
}

/// Whether byte `at` of a sentence lies inside a quotation: after more opening than closing
/// curly quotes, or after an odd number of straight ones.
fn in_quotation(sentence: &str, at: usize) -> bool {
    let before = sentence.get(..at).unwrap_or(sentence);
    let (mut open, mut straight) = (0i32, 0u32);
    for c in before.chars() {
        match c {
            '“' => open += 1,
            '”' => open -= 1,
            '"' => straight += 1,
            _ => {}
        }
    }
    open > 0 || straight % 2 == 1
}

/// `text` without its asides: from ", who", ", whose" or ", which" to the next comma.
fn without_asides(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(p) = [", who ", ", whose ", ", which "].iter().filter_map(|m| rest.find(m)).min() {
        out.push_str(&rest[..p]);
        match rest[p + 2..].find(',') {
            Some(q) => rest = &rest[p + 2 + q + 1..],
            // An aside that never closes runs on into the clause: keep it, so it still cuts.
            None => {
                out.push_str(&rest[p..]);
                return out;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether `text`, the start of a sentence up to its date words, makes the date a reference point
/// ("the largest rebellion since ministers jumped ship in 2022") or puts it in a clause of its own.
/// Looser than [`crosses_clause`]: for a sentence kept only for its date, "after" in an aside
/// ("known as the traffic light after the parties' colours") does not cut the date off.
fn refers_back(text: &str) -> bool {
    text.contains(" since ") || text.contains("; ") || text.contains(", who ") || text.contains(", which ")
}

/// Whether `text` holds any of ", who ", ", which ", ", whose ", " after ", " since ", " before ",
/// " while ", "; ", " until " (a clause boundary between a date and its trigger). One pass that
/// looks further only at a comma, semicolon or space, and compares bytes inline, instead of nine
/// substring searches that each build a searcher and call `memcmp`.
fn crosses_clause(text: &str) -> bool {
    let b = text.as_bytes();
    // Whether `x` is written at `p` (false past the end).
    let at = |p: usize, x: &[u8]| x.iter().enumerate().all(|(k, c)| b.get(p + k) == Some(c));
    b.iter().enumerate().any(|(p, &c)| match c {
        b',' => at(p + 1, b" wh") && (at(p + 4, b"o ") || at(p + 4, b"ich ") || at(p + 4, b"ose ")),
        b';' => at(p + 1, b" "),
        b' ' => match b.get(p + 1) {
            Some(b'a') => at(p + 2, b"fter "),
            Some(b's') => at(p + 2, b"ince "),
            Some(b'b') => at(p + 2, b"efore "),
            Some(b'w') => at(p + 2, b"hile "),
            Some(b'u') => at(p + 2, b"ntil "),
            _ => false,
        },
        _ => false,
    })
}

/// Groups mentions that report the same happening. Union-find over pairs that match.
///
/// Only mentions that share a key can match (kind plus first actor, article, a number, or a place),
/// and each is compared with at most the last [`MERGE_WINDOW`] mentions under each of its keys, so
/// the cost grows linearly with the corpus, not with its square.
fn merge(mentions: &[Mention], words: &[String]) -> Vec<Vec<usize>> {
    let n = mentions.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    /// What a bucket is keyed by besides kind and tag: an article or person id, a figure, a name
    /// (an id into `words`).
    #[derive(Clone, Copy, PartialEq, Eq, Hash)]
    enum Key {
        Id(usize),
        Figure(u64),
        Name(u32),
    }
    // Which word ids are names too common to join two reports (see `shares_place`), decided once per word.
    let common = common_names(mentions, words);
    let briefs: Vec<Brief> = mentions.iter().map(Brief::of).collect();
    /// A mention in a bucket, with a hint to its group: a member of it, ideally its root (then
    /// finding the root is one look-up). Any member will do, since groups only ever grow. Runs of
    /// entries in one group share a hint, so a window is mostly read straight through.
    struct Entry {
        at: u32,
        hint: u32,
    }
    assert!(n <= u32::MAX as usize, "mention indices fit a bucket entry");
    let mut group_dates = GroupDates::new(mentions);
    let mut buckets: HashMap<(EventKind, u8, Key), Vec<Entry>> = HashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        // The keys are visited in the order they had when they were strings (tag, then text),
        // which fixes the union order and so which index roots each group.
        let mut keys = vec![(m.kind, 0u8, Key::Id(m.doc))];
        if let Some(a) = m.actors.first() {
            keys.push((m.kind, 1, Key::Id(*a)));
        }
        let mut figures: Vec<u64> = m.numbers.iter().copied().filter(|n| *n >= 20).collect();
        if figures.len() > 1 {
            figures.sort_by_cached_key(|n| n.to_string());
            figures.dedup();
        }
        keys.extend(figures.into_iter().map(|n| (m.kind, 2, Key::Figure(n))));
        // Places and bodies only join reports that have no doer (same_happening uses them for nothing else).
        if m.actors.is_empty() && matches!(m.kind, EventKind::Resignation | EventKind::Protest) {
            // In the words' alphabetical order (equal words have equal ids, so dedup works on ids).
            let mut names: Vec<u32> = m.names.clone();
            names.sort_unstable_by(|a, b| words[*a as usize].cmp(&words[*b as usize]));
            names.dedup();
            keys.extend(names.into_iter().map(|name| (m.kind, 3, Key::Name(name))));
        }
        // The root of i's group, kept up to date as i joins others (only this loop moves it).
        let mut ri = root(&mut parent, i);
        for key in keys {
            let bucket = buckets.entry(key).or_default();
            let window = bucket.len().saturating_sub(MERGE_WINDOW);
            // The last hint looked up and the root it led to. It stays right after a union, which
            // hangs i's root under that root, never the other way round.
            let mut last: Option<(usize, usize)> = None;
            for entry in bucket[window..].iter_mut().rev() {
                let hint = entry.hint as usize;
                let rj = match last {
                    Some((h, r)) if hint == h || hint == r => r,
                    _ => {
                        let r = root(&mut parent, hint);
                        last = Some((hint, r));
                        r
                    }
                };
                entry.hint = rj as u32;
                // A pair already in one group cannot change it, so it is not compared: in a big
                // corpus most pairs in a window are (the window saturates, the groups do not), and
                // the comparison reads a mention far away in memory. Unions keep their order and
                // direction (i's root is hung under j's), so every group keeps its root.
                let j = entry.at as usize;
                if rj != ri && same_happening(&mentions[j], m, &briefs[j], &briefs[i], &common) {
                    if !group_dates.join(ri, rj) {
                        continue;
                    }
                    parent[ri] = rj;
                    ri = rj;
                }
            }
            bucket.push(Entry { at: i as u32, hint: ri as u32 });
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    groups.into_values().collect()
}

/// How many refusals by one person are weighed against each of their acts.
pub const MAX_AGAINST: usize = 64;

/// What each group of mentions (at its root) says of its date: every member's constraint at once,
/// and its members' date words, by article. Two reports that each fit a third but not each other
/// ("in December", "on Wednesday" and an undated "voted", all in an undated article) must not join
/// through it. (Only words that cannot name one day do; "tonight" and "Wednesday night" in one
/// article may, and do join through a third report.)
///
/// It also keeps each vote group's figures: two votes joined only through reports with no figures
/// ("Mr Morrison beat Mr Dutton in the final ballot") must not be one vote when their tallies share
/// no figure (48 to 35 on Tuesday, 45 to 40 on Friday). Reports of one vote that disagree on a
/// figure still share another (394 or 349 against, 207 for in both).
struct GroupDates {
    when: Vec<Constraint>,
    words: Vec<Vec<(usize, dates::DateExpr)>>,
    /// A vote group's distinct figures of 20 or more, up to [`MAX_GROUP_WORDS`]; `None` once there
    /// are more (a big group is not held back by them), and for every group that is not a vote.
    figures: Vec<Option<Vec<u64>>>,
}

impl GroupDates {
    fn new(mentions: &[Mention]) -> GroupDates {
        GroupDates {
            when: mentions.iter().map(|m| m.when).collect(),
            words: mentions.iter().map(|m| m.date.as_ref().map(|f| vec![(m.doc, f.expr)]).unwrap_or_default()).collect(),
            // Only votes are told apart by figures: other groups hold `None` and never pay for it.
            figures: mentions
                .iter()
                .map(|m| (m.kind == EventKind::Vote).then(|| distinct_figures(m.numbers.iter().copied().filter(|n| *n >= 20).collect())).flatten())
                .collect(),
        }
    }

    /// Moves group `from`'s dates into group `into` and says yes, or says no (and changes nothing)
    /// when the two cannot be one happening.
    fn join(&mut self, from: usize, into: usize) -> bool {
        let Some(when) = self.when[from].and(self.when[into]) else { return false };
        let dated = |g: usize| self.words[g].iter().take(MAX_GROUP_WORDS);
        if dated(from).any(|(d, x)| dated(into).any(|(e, y)| d == e && dates::far_apart(*x, *y))) {
            return false;
        }
        if let (Some(a), Some(b)) = (&self.figures[from], &self.figures[into]) {
            if !a.is_empty() && !b.is_empty() && !a.iter().any(|n| b.contains(n)) {
                return false;
            }
        }
        let figures = match (self.figures[from].take(), self.figures[into].take()) {
            (Some(mut a), Some(b)) => {
                a.extend(b);
                distinct_figures(a)
            }
            _ => None,
        };
        self.figures[into] = figures;
        let moved = std::mem::take(&mut self.words[from]);
        self.words[into].extend(moved);
        self.when[into] = when;
        true
    }
}

/// A group's figures sorted and each once, or `None` past [`MAX_GROUP_WORDS`] of them.
fn distinct_figures(mut figures: Vec<u64>) -> Option<Vec<u64>> {
    figures.sort_unstable();
    figures.dedup();
    (figures.len() <= MAX_GROUP_WORDS).then_some(figures)
}

/// How many of a group's dated reports are compared with another group's before two groups join
/// (the check is for small groups; a big one has long settled what it is about).
const MAX_GROUP_WORDS: usize = 16;

/// How many earlier mentions under one key a mention is compared with.
pub const MERGE_WINDOW: usize = 64;

/// How many figures of 20 or more a [`Brief`] holds; a mention with more is read from itself.
const BRIEF_FIGURES: usize = 3;

/// What [`same_happening`] asks of a mention first, kept together and small. In a large corpus the
/// earlier mentions a mention is compared with lie far apart in memory: most pairs are settled by
/// their briefs, read from one dense array, without reading the mentions and the vectors they
/// point to (the merge was waiting on memory, not computing).
#[derive(Clone, Copy)]
struct Brief {
    kind: EventKind,
    main_story: bool,
    refusal: bool,
    /// How many of `figures` are used, or `u8::MAX` when the mention has more than fit.
    figures_len: u8,
    figures: [u64; BRIEF_FIGURES],
    doc: usize,
    first_actor: Option<usize>,
    when: Constraint,
}

impl Brief {
    fn of(m: &Mention) -> Brief {
        let mut figures = [0; BRIEF_FIGURES];
        let mut len = 0;
        for n in m.numbers.iter().copied().filter(|n| *n >= 20) {
            if len == BRIEF_FIGURES {
                len = usize::from(u8::MAX);
                break;
            }
            figures[len] = n;
            len += 1;
        }
        Brief {
            kind: m.kind,
            main_story: m.main_story,
            refusal: m.refusal,
            figures_len: len as u8,
            figures,
            doc: m.doc,
            first_actor: m.actors.first().copied(),
            when: m.when,
        }
    }

    /// The mention's figures of 20 or more, in order, if the brief holds them all.
    fn figures(&self) -> Option<&[u64]> {
        (self.figures_len != u8::MAX).then(|| &self.figures[..usize::from(self.figures_len)])
    }
}

/// `ba` and `bb` are the two mentions' briefs (see [`Brief`]); `common` says which word ids are
/// names too common to join reports (see [`shares_place`]).
fn same_happening(a: &Mention, b: &Mention, ba: &Brief, bb: &Brief, common: &[bool]) -> bool {
    if ba.kind != bb.kind || ba.main_story != bb.main_story {
        return false;
    }
    // Refusals join the act they refuse later (as a dispute), never each other's events.
    if ba.refusal || bb.refusal {
        return ba.refusal && bb.refusal && ba.first_actor.is_some() && ba.first_actor == bb.first_actor;
    }
    // Asked only once the cheaper tests below pass (it combines the two date constraints). The
    // date words are read from the mentions only for two reports in one article.
    let dates_clash = || {
        let words_differ = ba.doc == bb.doc && matches!((a.date.as_ref(), b.date.as_ref()), (Some(x), Some(y)) if x.expr != y.expr);
        words_differ || ba.when.and(bb.when).is_none()
    };
    match ba.kind {
        // Background sentences are each their own fact, except reports of one person taking a post.
        EventKind::Context => a.appointment.is_some() && a.appointment == b.appointment && ba.first_actor.is_some() && ba.first_actor == bb.first_actor && !dates_clash(),
        EventKind::Vote => {
            // Figures of 20 or more (vote counts), compared in place without collecting them.
            fn big(m: &Mention) -> impl Iterator<Item = u64> + '_ {
                m.numbers.iter().copied().filter(|n| *n >= 20)
            }
            let (shared, both) = match (ba.figures(), bb.figures()) {
                (Some(fa), Some(fb)) => (fa.iter().any(|n| fb.contains(n)), !fa.is_empty() && !fb.is_empty()),
                _ => (big(a).any(|n| big(b).any(|m| m == n)), big(a).next().is_some() && big(b).next().is_some()),
            };
            let clash = both && !shared;
            // Within one article, history told in passing ("only one previous speaker faced such a
            // vote … in 1910") is not the news vote the article reports.
            (shared || (ba.doc == bb.doc && !clash && a.background == b.background)) && !dates_clash()
        }
        _ if ba.first_actor.is_some() && bb.first_actor.is_some() => {
            let talk = matches!(ba.kind, EventKind::Statement | EventKind::Call);
            // One person makes many calls and statements: the same one only if the words agree.
            ba.first_actor == bb.first_actor && !dates_clash() && (!talk || (a.date == b.date && overlap(&a.tokens, &b.tokens) >= 0.3))
        }
        EventKind::Resignation | EventKind::Protest
            if ba.first_actor.is_none() && bb.first_actor.is_none() => {
                ba.doc == bb.doc && !dates_clash() || shares_place(a, b, common)
            }
        _ => false,
    }
}

/// Share of content words two sentences have in common (Jaccard), on sorted, distinct word ids.
fn overlap(a: &[u32], b: &[u32]) -> f64 {
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - common;
    if union == 0 {
        0.0
    } else {
        common as f64 / union as f64
    }
}

/// Capitalised words that never show two reports are of one happening, whatever the corpus.
const STOP_NAMES: [&str; 4] = ["the", "a", "sir", "mps"];

/// Per word id: whether the name is too common to show that two reports are of the same
/// happening. Besides [`STOP_NAMES`], a name the reports of more than half the articles use (in a
/// corpus of three or more) is the story's own setting ("Gaza" in a Gaza story, "Paris" in a
/// French one), not a place that tells one protest from another.
fn common_names(mentions: &[Mention], words: &[String]) -> Vec<bool> {
    let mut seen: HashSet<(u32, usize)> = HashSet::default();
    let mut docs_using = vec![0usize; words.len()];
    let mut docs: HashSet<usize> = HashSet::default();
    for m in mentions {
        docs.insert(m.doc);
        for &n in &m.names {
            if seen.insert((n, m.doc)) {
                docs_using[n as usize] += 1;
            }
        }
    }
    let docs = docs.len();
    words
        .iter()
        .zip(&docs_using)
        .map(|(w, &using)| STOP_NAMES.contains(&w.as_str()) || (docs >= 3 && using * 2 > docs))
        .collect()
}

/// Two actor-less reports that name the same place or body ("Parliament"). `common[id]` says
/// whether a word id is too common for that (see [`common_names`]).
fn shares_place(a: &Mention, b: &Mention, common: &[bool]) -> bool {
    a.names.iter().any(|&n| !common[n as usize] && b.names.contains(&n))
}

/// A mention's date constraint, given what is known of its article's date.
fn mention_constraint(m: &Mention, published: &[Option<(Constraint, String)>]) -> Constraint {
    let doc = published[m.doc].as_ref().and_then(|(c, _)| Some((c.earliest?, c.latest?)));
    let expr = m.date.as_ref().map(|f| f.expr);
    if expr.is_none() && m.background {
        // Background is not news: only "before the article" holds.
        return Constraint { earliest: None, latest: doc.map(|d| d.1), weekday: None };
    }
    dates::resolve(expr, doc)
}

fn combined(group: &[usize], mentions: &[Mention], published: &[Option<(Constraint, String)>]) -> Option<Constraint> {
    group
        .iter()
        .filter(|&&i| !mentions[i].refusal)
        .map(|&i| mention_constraint(&mentions[i], published))
        .try_fold(Constraint::NONE, |acc, c| acc.and(c))
}

/// Publication dates: stated in a header, or inferred for an undated article from the events it
/// shares with dated ones.
fn date_articles(articles: &[Article], mentions: &[Mention], groups: &[Vec<usize>]) -> Vec<Option<(Constraint, String)>> {
    let mut published: Vec<Option<(Constraint, String)>> = articles
        .iter()
        .map(|a| a.published.map(|d| (Constraint::between(d, d), a.published_basis.clone().unwrap_or_else(|| "stated in the article's header".to_string()))))
        .collect();
    let stated = published.clone();
    // Per group: its first dated report, and its mentions by article, found once (a happening
    // reported by thousands of articles must not be rescanned for each of them).
    let mut first_dated: Vec<Option<usize>> = vec![None; groups.len()];
    let mut by_doc: HashMap<(usize, usize), Vec<usize>> = HashMap::default();
    let mut groups_of_doc: HashMap<usize, Vec<usize>> = HashMap::default();
    for (gi, g) in groups.iter().enumerate() {
        for &i in g {
            let m = &mentions[i];
            if m.refusal {
                continue;
            }
            // A report from a dated article dates the happening; so does one that names its day
            // in full ("On 7 July 2022, Mr Johnson … announced that he would resign").
            let full_day = !m.background && matches!(m.date.as_ref().map(|f| f.expr), Some(dates::DateExpr::DayMonth { year: Some(_), .. }));
            if (articles[m.doc].published.is_some() || full_day) && first_dated[gi].is_none() {
                first_dated[gi] = Some(i);
            }
            let list = by_doc.entry((gi, m.doc)).or_default();
            if list.is_empty() {
                groups_of_doc.entry(m.doc).or_default().push(gi);
            }
            list.push(i);
        }
    }
    let mut cache: HashMap<usize, Option<Constraint>> = HashMap::default();
    for (u, article) in articles.iter().enumerate() {
        if article.published.is_some() {
            continue;
        }
        let mut window = Constraint::NONE;
        let mut reasons = Vec::new();
        // The best-attested happenings first: if reports clash, the one most sources share wins.
        let mut ordered: Vec<usize> = groups_of_doc.get(&u).cloned().unwrap_or_default();
        ordered.sort_by_key(|&g| std::cmp::Reverse(groups[g].len()));
        for gi in ordered {
            let Some(dated) = first_dated[gi] else { continue };
            // When the event happened, by the dated reports plus what the undated ones say of the weekday.
            let Some(event) = *cache.entry(gi).or_insert_with(|| combined(&groups[gi], mentions, &stated)) else { continue };
            if !event.is_bounded() {
                continue;
            }
            for &i in &by_doc[&(gi, u)] {
                // A report with no word of when is taken as the article's news only in its
                // opening, where news is told; further down it is as likely background ("His
                // coalition collapsed in early November when he fired Lindner. Two ministers quit
                // the cabinet in protest." in a piece written seven weeks later).
                let opening = mentions[i].start < (article.text.len() / 4).max(800);
                if mentions[i].date.is_none() && !opening {
                    continue;
                }
                let w = dates::article_window(mentions[i].date.as_ref().map(|f| f.expr), event);
                if let Some(next) = window.and(w) {
                    if next != window {
                        let other = &articles[mentions[dated].doc].file;
                        let kind = mentions[i].kind.as_str();
                        reasons.push(match mentions[i].date.as_ref() {
                            Some(f) => format!("it reports the same {kind} as {other} and calls it “{}”", f.words),
                            // Without a word of when, the report is taken as news: on the day or in the days after.
                            None => format!("it reports the same {kind} as {other}, without a date, so as news of up to {} days after it", dates::RECENT_DAYS),
                        });
                    }
                    window = next;
                }
            }
        }
        if window.is_bounded() {
            reasons.dedup();
            let basis = format!("inferred: {}", reasons.into_iter().take(2).collect::<Vec<_>>().join("; "));
            published[u] = Some((window, basis));
        }
    }
    published
}

fn describe(m: &Mention, articles: &[Article], published: &[Option<(Constraint, String)>]) -> String {
    let file = &articles[m.doc].file;
    let when = match &published[m.doc] {
        Some((c, basis)) if c.precision() == Precision::Day => {
            format!("published {}{}", c.earliest.unwrap(), if basis.starts_with("inferred") { ", inferred" } else { "" })
        }
        Some((c, _)) => format!("published between {} and {}", c.earliest.unwrap(), c.latest.unwrap()),
        None => "undated".to_string(),
    };
    match &m.date {
        Some(f) => format!("“{}” in {file} ({when})", f.words),
        None if m.background => format!("told as background in {file} ({when})"),
        None => format!("reported without a date in {file} ({when}); taken as news of the {} days before", dates::RECENT_DAYS),
    }
}

/// What every event is made from: the corpus's readings, shared by all groups of mentions.
struct EventInputs<'a> {
    mentions: &'a [Mention],
    refusals: &'a HashMap<(EventKind, usize), Vec<usize>>,
    /// The topic word of each article's unrelated stretch.
    off_topics: &'a [Option<String>],
    articles: &'a [Article],
    published: &'a [Option<(Constraint, String)>],
    registry: &'a Registry,
    main_topic: &'a str,
}

fn make_event(group: &[usize], inputs: &EventInputs) -> Option<Event> {
    let EventInputs { mentions, refusals, off_topics, articles, published, registry, main_topic } = *inputs;
    let acts: Vec<&Mention> = group.iter().map(|&i| &mentions[i]).filter(|m| !m.refusal).collect();
    let first = *acts.first()?;
    // Reports that say when go first: one with no date word is only taken as news of the days
    // before its article, which must not narrow "In June 2022" to the last of those days.
    // (Date words that resolve to nothing, "in early November" in an article of unknown year,
    // do not count as saying when.)
    let worded: Vec<usize> = group.iter().copied().filter(|&i| !mentions[i].refusal && mentions[i].date.is_some() && mention_constraint(&mentions[i], published).is_bounded()).collect();
    let (constraint, agree) = match combined(if worded.is_empty() { group } else { &worded }, mentions, published) {
        Some(c) => (c, true),
        None => (mention_constraint(first, published), false),
    };
    // The basis names the tightest reports first.
    let mut ranked: Vec<&Mention> = acts.clone();
    ranked.sort_by_cached_key(|m| {
        let c = mention_constraint(m, published);
        match (c.earliest, c.latest) {
            (Some(a), Some(b)) => (b - a).num_days(),
            _ => i64::MAX,
        }
    });
    let mut basis: Vec<String> = ranked.iter().take(2).map(|m| describe(m, articles, published)).collect();
    basis.dedup();
    let mut basis = basis.join("; ");
    if !agree {
        basis = format!("sources disagree on the date; going by {}", describe(first, articles, published));
    }
    if let (Some(weekday), false) = (constraint.weekday, constraint.is_bounded()) {
        basis = format!("{basis}: a {weekday:?}, but no source dates the week");
    }
    let date = date_range(&constraint, basis);

    let mut actors: Vec<usize> = Vec::new();
    let mut seen_actors: HashSet<usize> = HashSet::default();
    for m in &acts {
        for a in &m.actors {
            if seen_actors.insert(*a) {
                actors.push(*a);
            }
        }
    }
    let actor_names: Vec<String> = actors.iter().map(|a| registry.entries[*a].name()).collect();
    let mut sources: Vec<Source> = Vec::new();
    // For each source, whether its sentence is about the happening (see `Mention::about_it`).
    let mut about_it: Vec<bool> = Vec::new();
    let mut seen: HashSet<(usize, usize)> = HashSet::default();
    for m in &acts {
        if seen.insert((m.doc, m.start)) {
            sources.push(source(&articles[m.doc], m.start, m.end));
            about_it.push(m.about_it);
        }
    }
    let doers: Vec<usize> = first.actors.iter().take(1).copied().collect();
    let seat = acts.iter().any(|m| m.seat);
    // Refusals by the same doer dispute the act.
    let against: Vec<Source> = if matches!(first.kind, EventKind::Resignation | EventKind::Dismissal) && !doers.is_empty() {
        // A refusal disputes the act only if it could be about the same time; at most
        // MAX_AGAINST refusals are looked at per person, so a prolific refuser stays cheap.
        refusals
            .get(&(first.kind, doers[0]))
            .into_iter()
            .flatten()
            .take(MAX_AGAINST)
            .filter(|&&i| mentions[i].when.and(constraint).is_some())
            // Refusing to leave an office does not dispute leaving a seat, nor the reverse ("denied he
            // would quit politics" after resigning as a minister; "refused to resign" as leader,
            // then "would quit parliament").
            .filter(|&&i| mentions[i].seat == seat)
            .map(|&i| source(&articles[mentions[i].doc], mentions[i].start, mentions[i].end))
            .collect()
    } else {
        Vec::new()
    };
    let (title, from) = title(first.kind, &doers.iter().map(|a| registry.entries[*a].name()).collect::<Vec<_>>(), &sources, &about_it);
    // The sentence a title is cut from leads the sources, so the page quotes what the title says.
    if let Some(i) = from {
        let lead = sources.remove(i);
        sources.insert(0, lead);
    }
    let topic = if first.main_story { main_topic.to_string() } else { off_topics[first.doc].clone().unwrap_or_else(|| "Other".into()) };
    let id = event_id(first.kind, &sources[0]);
    Some(Event {
        id,
        kind: first.kind,
        title,
        topic,
        main_story: first.main_story,
        disputed: !against.is_empty(),
        date,
        actors: actor_names,
        sources,
        against,
    })
}


/// A one-line title, and the index of the source it was cut from (when it is cut from one).
/// An event's title, and which source it is cut from (if one is). `about_it` says, per source,
/// whether its sentence is about the happening.
fn title(kind: EventKind, doers: &[String], sources: &[Source], about_it: &[bool]) -> (String, Option<usize>) {
    // Read the division once (it re-splits the sources), and only for a vote.
    let division = if kind == EventKind::Vote { division(sources) } else { None };
    match (kind, doers) {
        (EventKind::Resignation, [who]) => (format!("{who} resigns"), None),
        (EventKind::Dismissal, [who]) => (format!("{who} is dismissed"), None),
        (EventKind::Vote, _) if division.is_some() => (division.unwrap_or_default(), None),
        _ => {
            // A sentence about the happening (its trigger word in its first half, not "…was the
            // driving force behind the vote"), then the one nearest the top of its article: news
            // leads with the main fact ("More than a million people marched across France
            // yesterday…"), local colour comes later ("In Bordeaux, protesters set fire to…").
            // Long sentences make poor titles, so one that fits is preferred.
            let best = sources
                .iter()
                .enumerate()
                .filter(|(_, s)| s.quote.len() >= 40)
                .min_by_key(|(i, s)| (s.quote.len() > 300, !is_headline(&s.quote) && !about_it[*i], s.start))
                .map(|(i, _)| i)
                .unwrap_or(0);
            (input::shorten(sources[best].quote.trim_matches(['“', '”', '"']), 110), Some(best))
        }
    }
}

/// Whether a source sentence is a headline: it ends without a full stop ("French unions vow to
/// fight on as protest numbers dip"). A headline is written to say what happened.
fn is_headline(quote: &str) -> bool {
    !quote.trim_end().ends_with(['.', '!', '?', '”', '"', '’', '\'', ':', ';', ','])
}

/// "Motion defeated 293 to 125", when a source gives the division and says which way it went.
fn division(sources: &[Source]) -> Option<String> {
    // Every source's result, in order: a title that gave one of two disagreeing tallies would hide
    // the disagreement ("Vote passed 314 to 145 (319 to 145 in another report)").
    let results: Vec<(claims::Reading, String)> = sources
        .iter()
        .filter_map(|s| {
            let words = people::words(&s.quote, Span { start: 0, end: s.quote.len(), line: 1 });
            claims::readings(&s.quote, &words).into_iter().find(|r| r.against.is_some()).map(|r| (r, s.quote.to_lowercase()))
        })
        .collect();
    for (r, lower) in &results {
        let outcome = if ["defeated", "failed", "rejected", "lost", "fell"].iter().any(|w| lower.contains(w)) {
            "defeated"
        } else if ["passed", "carried", "approved", "won", "adopted"].iter().any(|w| lower.contains(w)) {
            "passed"
        } else {
            continue;
        };
        let what = ["amendment", "motion", "bill", "resolution"].into_iter().find(|w| lower.contains(w)).unwrap_or("vote");
        let mut what = what.to_string();
        what[..1].make_ascii_uppercase();
        let mut others: Vec<&str> = Vec::new();
        for (o, _) in &results {
            if o.counted == r.counted && o.shown != r.shown && !others.contains(&o.shown.as_str()) {
                others.push(&o.shown);
            }
        }
        return Some(match others.as_slice() {
            [] => format!("{what} {outcome} {}", r.shown),
            _ => format!("{what} {outcome} {} ({} in another report)", r.shown, others.join(", ")),
        });
    }
    None
}

fn event_id(kind: EventKind, s: &Source) -> String {
    // FNV-1a over "kind:doc:quote", fed piece by piece (no formatted copy of the quote).
    let hash = [kind.as_str(), ":", s.doc.as_str(), ":", s.quote.as_str()]
        .iter()
        .flat_map(|p| p.bytes())
        .fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3));
    format!("{}-{:08x}", &kind.as_str()[..3], hash as u32)
}

/// The corpus's subject: the capitalised word most articles use most.
fn main_topic(prepared: &[Prepared]) -> String {
    // Words are borrowed from the articles: a String is made only for the winner.
    let mut docs: HashMap<&str, (usize, usize)> = HashMap::default();
    for p in prepared {
        let mut seen: HashSet<&str> = HashSet::default();
        for (si, (_, line)) in p.sentences.iter().enumerate() {
            if p.off_story.as_ref().is_some_and(|(first, _)| line >= first) {
                continue;
            }
            for w in p.words(si).iter().skip(1) {
                if w.text.chars().next().is_some_and(char::is_uppercase) && w.text.len() > 3 && !w.text.chars().all(char::is_uppercase) {
                    let e = docs.entry(w.text).or_default();
                    e.1 += 1;
                    if seen.insert(w.text) {
                        e.0 += 1;
                    }
                }
            }
        }
    }
    let skip = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Party", "Parliament"];
    docs.into_iter()
        .filter(|(w, _)| !skip.contains(w))
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map(|(w, _)| w.to_string())
        .unwrap_or_else(|| "News".to_string())
}

fn collect_claims(articles: &[Article], prepared: &[Prepared], published: &[Option<(Constraint, String)>]) -> Vec<Claim> {
    let mut groups: BTreeMap<String, Vec<Placed>> = BTreeMap::new();
    for (doc, (a, p)) in articles.iter().zip(prepared).enumerate() {
        let window = published[doc].as_ref().and_then(|(c, _)| Some((c.earliest?, c.latest?)));
        // The last figure that said what it counts, and its sentence: a figure with nothing
        // counted after it in the next sentence or two counts the same.
        let mut last: Option<(String, String, usize)> = None;
        for (si, (s, line)) in p.sentences.iter().enumerate() {
            if p.off_story.as_ref().is_some_and(|(first, _)| line >= first) {
                continue;
            }
            let found = claims::readings(&a.text, p.words(si));
            if found.is_empty() {
                continue;
            }
            // The occasion the sentence dates its figures to; none when it gives no date.
            let best = date_words(&a.text, *s, p.words(si)).into_iter().max_by_key(|(_, rank, _)| *rank);
            // "The interior ministry said last night that 275,000 people had gathered", "put the
            // figure this morning at about 300,000": date words just after the giving verb date
            // the giving, not what the figure counts.
            let ws = p.words(si);
            let dates_the_giving = best.as_ref().is_some_and(|(at, _, _)| {
                (at.saturating_sub(3)..*at).any(|j| claims::gives_figure(&ws[j].lower))
            });
            let best = best.filter(|_| !dates_the_giving);
            let expr = best.map(|(_, _, f)| f.expr).or_else(|| year_then_when(p.words(si)));
            let when = expr.map(|e| dates::resolve(Some(e), window)).filter(Constraint::is_bounded);
            for mut r in found {
                if r.elliptical {
                    let Some((counted, happening, at)) = &last else { continue };
                    if si > at + 2 {
                        continue;
                    }
                    r.counted = if r.counted.is_empty() { counted.clone() } else { format!("{counted} {}", r.counted) };
                    r.happening = happening.clone();
                } else {
                    last = Some((r.counted.clone(), r.happening.clone(), si));
                }
                groups.entry(r.measure()).or_default().push(Placed { reading: r, source: source(a, s.start, s.end), when, doc });
            }
        }
    }
    groups
        .into_iter()
        .flat_map(|(measure, readings)| by_division(readings).into_iter().map(move |r| (measure.clone(), r)))
        .filter(|(_, readings)| readings.len() >= 2 || readings[0].reading.against.is_some() || readings[0].reading.number >= 10)
        .map(|(measure, readings)| {
            // Bare seat counts belong to different parties and chambers ("the 150 seats", "the
            // coalition's 88", "the PVV's 37"): with no owner read, they never disagree.
            // Nor do bare sums of a currency ("346 billion shillings" in new taxes, "177 billion
            // shillings" of cuts): what the money is for is not read.
            let bare = matches!(measure.as_str(), "seats" | "shillings" | "dollars" | "euros" | "pounds" | "rupees" | "yen" | "yuan" | "francs" | "pesos" | "rand" | "naira" | "dinars" | "baht" | "won" | "roubles" | "rubles" | "lira" | "krona" | "kronor" | "zloty");
            let conflict = !bare && figures_conflict(&readings);
            // Values in order of first appearance, each found through an index, not a scan.
            let mut values: Vec<ClaimValue> = Vec::new();
            let mut index: HashMap<String, usize> = HashMap::default();
            for Placed { reading: r, source: s, .. } in readings {
                match index.get(&r.shown) {
                    Some(&i) => values[i].sources.push(s),
                    None => {
                        index.insert(r.shown.clone(), values.len());
                        values.push(ClaimValue { value: r.shown, sources: vec![s] });
                    }
                }
            }
            let measure = claims::cased_measure(&measure, values.iter().flat_map(|v| v.sources.iter().map(|s| s.quote.as_str())));
            Claim { measure, conflict, values }
        })
        .collect()
}

/// Division results split into one group per division: results that share no figure and no
/// total ("204 to 115" at the second reading, "195 to 106" and "196 to 106" at the third) are
/// two divisions, shown as two claims, so one division's disagreement does not mark the other's
/// figures as disputed. Other measures come back as one group.
fn by_division(readings: Vec<Placed>) -> Vec<Vec<Placed>> {
    if readings.len() < 2 || readings.len() > MAX_PAIRWISE || readings.iter().any(|p| p.reading.against.is_none()) {
        return vec![readings];
    }
    let same = |a: &claims::Reading, b: &claims::Reading| {
        let total = |r: &claims::Reading| r.number + r.against.unwrap_or(0);
        a.number == b.number || a.against == b.against || total(a) == total(b)
    };
    let mut groups: Vec<Vec<Placed>> = Vec::new();
    for p in readings {
        // Every group this reading shares a figure with is one division with it.
        let (mut joined, rest): (Vec<Vec<Placed>>, Vec<Vec<Placed>>) = groups.into_iter().partition(|g| g.iter().any(|q| same(&q.reading, &p.reading)));
        let mut merged: Vec<Placed> = joined.drain(..).flatten().collect();
        merged.push(p);
        groups = rest;
        groups.push(merged);
    }
    // In order of each division's first appearance, as the one group kept them.
    groups.sort_by_key(|g| g.iter().map(|p| (p.doc, p.source.start)).min());
    groups
}

/// "since 1992, when Bérégovoy survived … by three votes": the clause after "YEAR, when" tells of that year.
fn year_then_when(words: &[people::Word]) -> Option<dates::DateExpr> {
    words.windows(2).find_map(|w| {
        let year: i32 = w[0].text.parse().ok().filter(|y| (1900..=2100).contains(y))?;
        (w[0].text.len() == 4 && w[0].then == Some(',') && w[1].lower == "when").then_some(dates::DateExpr::Year(year))
    })
}

/// A figure where it was read: its article and the occasion its sentence dates it to.
struct Placed {
    reading: claims::Reading,
    source: Source,
    /// `None` when the sentence gives no date: it may be about any occasion.
    when: Option<Constraint>,
    doc: usize,
}

/// Past this many figures of one measure, they are checked as one occasion from one source
/// (a linear pass) instead of pair by pair.
const MAX_PAIRWISE: usize = 400;

/// Whether two figures of a measure disagree: they cannot both be true, they may be about the same
/// occasion (a sentence dated 1992 and one dated last Monday are not), and they come from different
/// sources: two articles, or one article that gives them to two different sayers ("the ministry
/// counted 1.08 million … the union put it at 3.5 million"). One article's unattributed figures
/// of a measure count different things ("won 278 votes", "a second motion gathered 94 votes").
/// (Past [`MAX_PAIRWISE`] figures, two divisions of one corpus with no figure in common are taken
/// as one occasion too.)
fn figures_conflict(placed: &[Placed]) -> bool {
    if placed.len() > MAX_PAIRWISE {
        return claims::Reading::any_conflict(placed.iter().map(|p| &p.reading));
    }
    let same_occasion = |a: &Option<Constraint>, b: &Option<Constraint>| match (a, b) {
        (Some(a), Some(b)) => a.and(*b).is_some(),
        _ => true,
    };
    placed.iter().enumerate().any(|(i, a)| {
        placed[i + 1..].iter().any(|b| {
            let sources_differ = a.doc != b.doc || matches!((&a.reading.said_by, &b.reading.said_by), (Some(x), Some(y)) if x != y);
            // Two division results with no figure in common are two divisions (48 to 35 on
            // Tuesday, 45 to 40 on Friday), not two readings of one (48 to 35, 48 to 34), unless
            // the same number voted (nine judges "ruled 5-4" in one report, "6-3" in another).
            let (ra, rb) = (&a.reading, &b.reading);
            let total = |r: &claims::Reading| r.against.map(|m| r.number + m);
            let other_division = ra.against.is_some() && rb.against.is_some() && ra.number != rb.number && ra.against != rb.against && total(ra) != total(rb);
            sources_differ && same_occasion(&a.when, &b.when) && !other_division && !ra.compatible(rb)
        })
    })
}

#[cfg(test)]
mod clause_tests {
    use super::crosses_clause;

    #[test]
    fn a_quotation_is_known_by_its_marks() {
        let s = "\"Prime Minister X has decided this evening to dismiss Y,\" his office said last night.";
        assert!(super::in_quotation(s, s.find("this evening").unwrap()));
        assert!(!super::in_quotation(s, s.find("last night").unwrap()));
        let c = "“We will go on,” she said on Monday, “until tonight.”";
        assert!(!super::in_quotation(c, c.find("on Monday").unwrap()));
        assert!(super::in_quotation(c, c.find("tonight").unwrap()));
    }

    #[test]
    fn an_aside_between_commas_is_dropped_and_an_open_one_kept() {
        assert_eq!(super::without_asides(" president isaac herzog, whose role is largely ceremonial, "), " president isaac herzog ");
        assert_eq!(super::without_asides(" the minister, who later resigned"), " the minister, who later resigned");
    }

    #[test]
    fn crosses_clause_matches_the_substring_searches() {
        let boundaries = [", who ", ", which ", ", whose ", " after ", " since ", " before ", " while ", "; ", " until "];
        let texts = [
            "", ",", " ", ";", "; ", ", who", ", who ", "x, which y", ", whose ", ", whom ", " after", " after ", "x afterwards", " since ", " sinc ", " before ",
            " befor ", " while ", " whilst ", " until ", " untill ", "a; b", "a;b", "said on monday that", ", wh o ", "  after ", ",  who ",
        ];
        for t in texts {
            assert_eq!(crosses_clause(t), boundaries.iter().any(|x| t.contains(x)), "{t:?}");
        }
    }
}

#[cfg(test)]
mod merge_tests {
    use super::*;
    use chrono::NaiveDate;

    /// The merge as first written: every pair in a window is compared, and a match unites the two
    /// roots. `merge` must give the same groups, in the same order, with the same members.
    fn merge_reference(mentions: &[Mention], words: &[String]) -> Vec<Vec<usize>> {
        let n = mentions.len();
        let mut parent: Vec<usize> = (0..n).collect();
        fn root(p: &mut [usize], mut i: usize) -> usize {
            while p[i] != i {
                p[i] = p[p[i]];
                i = p[i];
            }
            i
        }
        let common = common_names(mentions, words);
        let briefs: Vec<Brief> = mentions.iter().map(Brief::of).collect();
        let mut group_dates = GroupDates::new(mentions);
        let mut buckets: HashMap<(EventKind, u8, String), Vec<usize>> = HashMap::default();
        for (i, m) in mentions.iter().enumerate() {
            let mut keys = vec![(m.kind, 0u8, format!("{}", m.doc))];
            if let Some(a) = m.actors.first() {
                keys.push((m.kind, 1, format!("{a}")));
            }
            let mut figures: Vec<String> = m.numbers.iter().filter(|n| **n >= 20).map(|n| n.to_string()).collect();
            figures.sort();
            figures.dedup();
            keys.extend(figures.into_iter().map(|f| (m.kind, 2, f)));
            if m.actors.is_empty() && matches!(m.kind, EventKind::Resignation | EventKind::Protest) {
                let mut names: Vec<String> = m.names.iter().map(|n| words[*n as usize].clone()).collect();
                names.sort();
                names.dedup();
                keys.extend(names.into_iter().map(|w| (m.kind, 3, w)));
            }
            for key in keys {
                let bucket = buckets.entry(key).or_default();
                for &j in bucket.iter().rev().take(MERGE_WINDOW) {
                    if same_happening(&mentions[j], m, &briefs[j], &briefs[i], &common) {
                        let (a, b) = (root(&mut parent, j), root(&mut parent, i));
                        if a != b && group_dates.join(b, a) {
                            parent[b] = a;
                        }
                    }
                }
                bucket.push(i);
            }
        }
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..n {
            let r = root(&mut parent, i);
            groups.entry(r).or_default().push(i);
        }
        groups.into_values().collect()
    }

    /// Random mentions over few articles, people, figures and names, so that keys collide often,
    /// windows fill up and groups chain through one another.
    fn random_mentions(seed: u64, n: usize) -> (Vec<Mention>, Vec<String>) {
        let mut state = seed;
        let mut next = move |below: u64| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 33) % below
        };
        let words: Vec<String> = ["labour", "the", "parliament", "westminster", "leeds", "gaza", "downing"].iter().map(|w| w.to_string()).collect();
        let day = |d: u64| NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + chrono::Days::new(d);
        let mentions = (0..n)
            .map(|i| {
                let kind = EventKind::ALL[next(7) as usize];
                let when = match next(4) {
                    0 => Constraint::NONE,
                    _ => {
                        let a = next(30);
                        Constraint::between(day(a), day(a + next(8)))
                    }
                };
                let date = match next(4) {
                    0 => Some(dates::Found { expr: dates::DateExpr::Year(2020 + next(2) as i32), words: "in 2020".into() }),
                    1 => Some(dates::Found { expr: dates::DateExpr::Yesterday, words: "yesterday".into() }),
                    _ => None,
                };
                let mut tokens: Vec<u32> = (0..next(6)).map(|_| next(12) as u32).collect();
                tokens.sort_unstable();
                tokens.dedup();
                Mention {
                    doc: i / 7 + next(2) as usize,
                    kind,
                    refusal: next(8) == 0,
                    start: i,
                    end: i + 1,
                    actors: (0..next(3)).map(|_| next(10) as usize).collect(),
                    date,
                    background: false,
                    numbers: (0..next(4)).map(|_| [5, 20, 21, 300, 301, 2024][next(6) as usize]).collect(),
                    names: (0..next(4)).map(|_| next(words.len() as u64) as u32).collect(),
                    tokens,
                    when,
                    main_story: next(6) != 0,
                    about_it: true,
                    appointment: None,
                    seat: false,
                }
            })
            .collect();
        (mentions, words)
    }

    #[test]
    fn merge_matches_the_reference() {
        for seed in 0..20 {
            let (mentions, words) = random_mentions(seed, 3000);
            let groups = merge(&mentions, &words);
            assert_eq!(groups, merge_reference(&mentions, &words), "seed {seed}");
            assert!(groups.iter().any(|g| g.len() > 20), "seed {seed}: the test should make big groups");
        }
    }
}

#[cfg(test)]
mod sort_tests {
    use super::*;

    fn event(earliest: Option<&str>, latest: Option<&str>, doc: &str, start: u32, title: &str) -> Event {
        Event {
            id: String::new(),
            kind: EventKind::Vote,
            title: title.to_string(),
            topic: String::new(),
            main_story: true,
            disputed: false,
            date: DateRange { earliest: earliest.map(String::from), latest: latest.map(String::from), precision: Precision::Day, basis: String::new() },
            actors: Vec::new(),
            sources: vec![Source { doc: doc.to_string(), start, end: start + 1, quote: String::new() }],
            against: Vec::new(),
        }
    }

    #[test]
    fn sort_events_matches_the_stable_sort() {
        let dates = [None, Some("2024-01-02"), Some("2024-01-10"), Some("2023-12-31")];
        let docs = ["b.txt", "a.txt", "a2.txt"];
        let mut state = 7u64;
        let mut next = move |below: u64| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((state >> 33) % below) as usize
        };
        // Many ties (same dates, file and start), told apart only by title, so a sort that is
        // not stable shows.
        let mut events: Vec<Event> =
            (0..2000).map(|i| event(dates[next(4)], dates[next(4)], docs[next(3)], next(3) as u32, &i.to_string())).collect();
        let mut expected = events.clone();
        expected.sort_by(|a, b| {
            fn key(e: &Event) -> (bool, Option<&str>, Option<&str>, &str, u32) {
                (e.date.earliest.is_none(), e.date.earliest.as_deref(), e.date.latest.as_deref(), e.sources[0].doc.as_str(), e.sources[0].start)
            }
            key(a).cmp(&key(b))
        });
        sort_events(&mut events);
        assert_eq!(events, expected);
    }
}
