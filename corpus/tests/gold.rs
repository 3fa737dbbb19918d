//! Scores the engine against hand-made gold readings: the seeds and three corpora of our own about
//! other political events (`tests/fixtures/`), so the rules are tested on text they were not
//! written for. Prints precision and recall per kind and fails below the bars at the bottom.
//!
//! An engine event matches a gold event when the kinds agree and one of its source sentences
//! contains one of the gold evidence strings from the same article (of several such gold events,
//! the one with the same doer, then one not yet matched). A second engine event matching an
//! already matched gold event counts against precision: one happening must be one event.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use corpus::engine::build_dir;
use corpus::{Dataset, Event, Precision};
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    #[serde(default)]
    event: Vec<GoldEvent>,
    #[serde(default)]
    not_event: Vec<Evidence>,
    #[serde(default)]
    person: Vec<GoldPerson>,
    #[serde(default)]
    claim: Vec<GoldClaim>,
    #[serde(default)]
    furniture: Vec<Evidence>,
    #[serde(default)]
    off_story: Vec<Evidence>,
}

#[derive(Deserialize)]
struct GoldEvent {
    kind: String,
    title: String,
    #[serde(default)]
    main_story: Option<bool>,
    #[serde(default)]
    disputed: bool,
    earliest: Option<String>,
    latest: Option<String>,
    evidence: Vec<Evidence>,
    #[serde(default)]
    actors: Vec<String>,
}

#[derive(Deserialize, Clone)]
struct Evidence {
    doc: String,
    text: String,
    #[serde(default)]
    kind: Option<String>,
}

#[derive(Deserialize)]
struct GoldPerson {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Deserialize)]
struct GoldClaim {
    conflict: bool,
    values: Vec<GoldValue>,
}

#[derive(Deserialize)]
struct GoldValue {
    value: String,
    doc: String,
    text: String,
}

#[derive(Default, Clone, Copy)]
struct Tally {
    gold: usize,
    found: usize,
    engine: usize,
    correct: usize,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn corpora() -> Vec<(String, PathBuf, PathBuf)> {
    let mut out = vec![("seeds".to_string(), root().join("../seeds"), root().join("tests/gold/seeds.toml"))];
    let mut names: Vec<String> = std::fs::read_dir(root().join("tests/fixtures"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names {
        let gold = root().join(format!("tests/gold/{name}.toml"));
        if gold.exists() {
            out.push((name.clone(), root().join("tests/fixtures").join(&name), gold));
        }
    }
    out
}

fn reports(event: &Event, ev: &Evidence) -> bool {
    event.sources.iter().any(|s| s.doc == ev.doc && s.quote.contains(&ev.text))
}

fn doc_text<'a>(data: &'a Dataset, file: &str) -> &'a str {
    &data.documents.iter().find(|d| d.file == file).unwrap_or_else(|| panic!("gold names {file}, which the engine did not load")).text
}

struct Score {
    kinds: BTreeMap<String, Tally>,
    dates_right: usize,
    dates_checked: usize,
    overclaimed_days: Vec<String>,
    not_event_hits: Vec<String>,
    people_found: usize,
    people_gold: usize,
    conflicts_found: usize,
    conflicts_gold: usize,
    false_conflicts: Vec<String>,
    furniture_found: usize,
    furniture_gold: usize,
    off_story_found: usize,
    off_story_gold: usize,
    /// Articles where the engine sees another story the gold does not.
    false_off_story: Vec<String>,
    disputed_found: usize,
    disputed_gold: usize,
    missed: Vec<String>,
    /// Engine events no gold event accounts for (written to the report file, to read).
    extra: Vec<String>,
    /// Dated gold events the engine dates otherwise (written to the report file, to read).
    misdated: Vec<String>,
}

fn score(name: &str, data: &Dataset, gold: &Gold) -> Score {
    // Every gold string must be in its article: a typo in the gold would silently cost recall.
    for ev in gold.event.iter().flat_map(|e| e.evidence.iter()).chain(&gold.not_event).chain(&gold.furniture).chain(&gold.off_story) {
        assert!(doc_text(data, &ev.doc).contains(&ev.text), "{name}: gold text {:?} is not in {}", ev.text, ev.doc);
    }
    let mut s = Score {
        kinds: BTreeMap::new(),
        dates_right: 0,
        dates_checked: 0,
        overclaimed_days: vec![],
        not_event_hits: vec![],
        people_found: 0,
        people_gold: gold.person.len(),
        conflicts_found: 0,
        conflicts_gold: gold.claim.iter().filter(|c| c.conflict).count(),
        false_conflicts: vec![],
        furniture_found: 0,
        furniture_gold: gold.furniture.len(),
        off_story_found: 0,
        off_story_gold: gold.off_story.len(),
        false_off_story: vec![],
        disputed_found: 0,
        disputed_gold: gold.event.iter().filter(|e| e.disputed).count(),
        missed: vec![],
        extra: vec![],
        misdated: vec![],
    };
    let mut matched_gold = vec![false; gold.event.len()];
    for event in &data.events {
        let kind = event.kind.as_str().to_string();
        s.kinds.entry(kind.clone()).or_default().engine += 1;
        // One sentence can report two happenings ("Javid has resigned … and Sunak has quit"): of
        // the gold events an engine event reports, the one with its doer, then one not yet matched.
        let hit = gold
            .event
            .iter()
            .enumerate()
            .filter(|(_, g)| g.kind == kind && g.evidence.iter().any(|ev| reports(event, ev)))
            .min_by_key(|(i, g)| (!g.actors.iter().any(|a| event.actors.contains(a)), matched_gold[*i], *i));
        if hit.is_none() {
            let quote = event.sources.first().map(|q| q.quote.as_str()).unwrap_or("");
            s.extra.push(format!("{name}: extra {kind} “{}” from {quote:?}", event.title));
        }
        if let Some((i, g)) = hit {
            if !matched_gold[i] {
                matched_gold[i] = true;
                s.kinds.get_mut(&kind).unwrap().correct += 1;
                if let (Some(a), Some(b)) = (&g.earliest, &g.latest) {
                    s.dates_checked += 1;
                    if event.date.earliest.as_ref() == Some(a) && event.date.latest.as_ref() == Some(b) {
                        s.dates_right += 1;
                    } else {
                        s.misdated.push(format!("{name}: {:?} dated {:?}..{:?} ({}), gold {a}..{b}", g.title, event.date.earliest, event.date.latest, event.date.basis));
                    }
                }
                if g.disputed && event.disputed {
                    s.disputed_found += 1;
                }
            }
            // An exact day the gold does not support is the one date error a reader cannot see through.
            if event.date.precision == Precision::Day && (g.earliest != g.latest || g.earliest != event.date.earliest) && g.main_story != Some(false) {
                s.overclaimed_days.push(format!("{name}: {:?} dated {:?}, gold {:?}..{:?}", g.title, event.date.earliest, g.earliest, g.latest));
            }
        }
    }
    for g in &gold.event {
        s.kinds.entry(g.kind.clone()).or_default().gold += 1;
    }
    for (g, m) in gold.event.iter().zip(&matched_gold) {
        if *m {
            s.kinds.get_mut(&g.kind).unwrap().found += 1;
        } else {
            s.missed.push(format!("{name}: missed {} “{}”", g.kind, g.title));
        }
    }
    for n in &gold.not_event {
        let kind = n.kind.clone().unwrap_or_default();
        if data.events.iter().any(|e| e.kind.as_str() == kind && reports(e, n)) {
            s.not_event_hits.push(format!("{name}: {kind} from {:?}", n.text));
        }
    }
    for p in &gold.person {
        let found = data.people.iter().find(|e| e.name == p.name || e.aliases.contains(&p.name));
        // Full-name aliases (misspellings) must have been merged into the same person.
        let merged = found.is_some_and(|e| {
            p.aliases.iter().filter(|a| is_spelling(a, &p.name)).all(|a| e.name == *a || e.aliases.contains(a))
        });
        if merged {
            s.people_found += 1;
        } else {
            s.missed.push(format!("{name}: person {:?} {}", p.name, if found.is_some() { "found, spellings not merged" } else { "not found" }));
        }
    }
    for c in &gold.claim {
        // Each gold value must be an engine value (the same figures) with a source at the gold text.
        let engine = data.claims.iter().find(|ec| {
            c.values.iter().all(|v| ec.values.iter().any(|ev| figures(&ev.value) == figures(&v.value) && ev.sources.iter().any(|src| src.doc == v.doc && src.quote.contains(&v.text))))
        });
        match engine {
            Some(ec) if c.conflict && ec.conflict => s.conflicts_found += 1,
            Some(ec) if !c.conflict && ec.conflict => s.false_conflicts.push(format!("{name}: {}", ec.measure)),
            _ => {}
        }
    }
    for f in &gold.furniture {
        let doc = data.documents.iter().find(|d| d.file == f.doc).unwrap();
        let at = doc.text.find(&f.text).unwrap() as u32;
        if doc.furniture.iter().any(|m| m.start <= at && at < m.end.max(m.start + 1)) {
            s.furniture_found += 1;
        }
    }
    for o in &gold.off_story {
        let doc = data.documents.iter().find(|d| d.file == o.doc).unwrap();
        let at = doc.text.find(&o.text).unwrap() as u32;
        // Within two lines of where the gold says the other story starts.
        if let Some(m) = &doc.off_story {
            let lines_between = doc.text[m.start.min(at) as usize..m.start.max(at) as usize].matches('\n').count();
            if lines_between <= 2 {
                s.off_story_found += 1;
            }
        }
    }
    for doc in data.documents.iter().filter(|d| d.off_story.is_some()) {
        if !gold.off_story.iter().any(|o| o.doc == doc.file) {
            let m = doc.off_story.as_ref().unwrap();
            let opening: String = doc.text[m.start as usize..].chars().take(60).collect();
            s.false_off_story.push(format!("{name}: another story seen in {} from {opening:?}", doc.file));
        }
    }
    s
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        "—".into()
    } else {
        format!("{:.0}%", 100.0 * n as f64 / d as f64)
    }
}

#[test]
fn the_engine_reads_the_gold_corpora_well_enough() {
    let mut total: BTreeMap<String, Tally> = BTreeMap::new();
    let mut report = String::new();
    let mut sums = [0usize; 16];
    let mut problems = Vec::new();
    let mut missed: Vec<String> = Vec::new();
    for (name, dir, gold_path) in corpora() {
        let built = build_dir(&dir).unwrap_or_else(|e| panic!("{name}: {e}"));
        let gold: Gold = toml::from_str(&std::fs::read_to_string(&gold_path).unwrap()).unwrap_or_else(|e| panic!("{}: {e}", gold_path.display()));
        let s = score(&name, &built.dataset, &gold);
        let events: usize = s.kinds.values().map(|t| t.gold).sum();
        let found: usize = s.kinds.values().map(|t| t.found).sum();
        report += &format!(
            "{name}: events recall {} ({found}/{events}); dates exact {}/{}; people {}/{}; conflicts {}/{}; furniture {}/{}; off-story {}/{}; disputes {}/{}\n",
            pct(found, events), s.dates_right, s.dates_checked, s.people_found, s.people_gold, s.conflicts_found, s.conflicts_gold,
            s.furniture_found, s.furniture_gold, s.off_story_found, s.off_story_gold, s.disputed_found, s.disputed_gold
        );
        for (k, t) in &s.kinds {
            let e = total.entry(k.clone()).or_default();
            e.gold += t.gold;
            e.found += t.found;
            e.engine += t.engine;
            e.correct += t.correct;
        }
        for (i, v) in [s.dates_right, s.dates_checked, s.people_found, s.people_gold, s.conflicts_found, s.conflicts_gold, s.furniture_found, s.furniture_gold, s.off_story_found, s.off_story_gold, s.disputed_found, s.disputed_gold, s.overclaimed_days.len(), s.not_event_hits.len(), s.false_conflicts.len(), s.false_off_story.len()].into_iter().enumerate() {
            sums[i] += v;
        }
        problems.extend(s.overclaimed_days);
        missed.extend(s.missed);
        missed.extend(s.extra);
        missed.extend(s.misdated);
        problems.extend(s.not_event_hits);
        problems.extend(s.false_conflicts.iter().map(|c| format!("false conflict {c}")));
        problems.extend(s.false_off_story);
    }
    report += "\n| kind | precision | recall |\n|---|---|---|\n";
    let mut all = Tally::default();
    for (k, t) in &total {
        report += &format!("| {k} | {} ({}/{}) | {} ({}/{}) |\n", pct(t.correct, t.engine), t.correct, t.engine, pct(t.found, t.gold), t.found, t.gold);
        all.gold += t.gold;
        all.found += t.found;
        all.engine += t.engine;
        all.correct += t.correct;
    }
    report += &format!("| all | {} ({}/{}) | {} ({}/{}) |\n", pct(all.correct, all.engine), all.correct, all.engine, pct(all.found, all.gold), all.found, all.gold);
    report += &format!(
        "\ndates exact {}/{}, people {}/{}, conflicts {}/{}, furniture {}/{}, off-story {}/{}, disputes {}/{}\n",
        sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7], sums[8], sums[9], sums[10], sums[11]
    );
    for p in &problems {
        report += &format!("problem: {p}\n");
    }
    println!("{report}");
    report += "\n";
    for m in &missed {
        report += &format!("{m}\n");
    }
    let out = root().join("../target/gold-report.md");
    let _ = std::fs::write(&out, &report);

    // The bars: set from the measured figures, a little below, so a regression fails.
    let recall = all.found as f64 / all.gold as f64;
    let precision = all.correct as f64 / all.engine as f64;
    assert!(recall >= BAR_RECALL, "event recall {recall:.2} below {BAR_RECALL}\n{report}");
    assert!(precision >= BAR_PRECISION, "event precision {precision:.2} below {BAR_PRECISION}\n{report}");
    assert!(sums[6] as f64 >= 0.8 * sums[7] as f64, "furniture found {}/{}\n{report}", sums[6], sums[7]);
    assert!(sums[13] <= BAR_NOT_EVENTS, "refusals or threats read as acts\n{report}");
    assert!(sums[12] <= BAR_OVERCLAIMED_DAYS, "exact days the text does not support\n{report}");
    assert!(sums[4] >= BAR_CONFLICTS_FOUND, "disagreements found {}/{}\n{report}", sums[4], sums[5]);
    assert!(sums[14] < BAR_FALSE_CONFLICTS + 1, "figures shown as disagreeing that agree\n{report}");
    assert!(sums[2] >= BAR_PEOPLE, "people found with their spellings merged {}/{}\n{report}", sums[2], sums[3]);
    assert!(sums[10] >= BAR_DISPUTES_FOUND, "disputed acts shown {}/{}\n{report}", sums[10], sums[11]);
    assert!(sums[8] >= BAR_OFF_STORY_FOUND, "other stories found {}/{}\n{report}", sums[8], sums[9]);
    assert!(sums[15] < BAR_FALSE_OFF_STORY + 1, "articles seen to leave their story that do not\n{report}");
}

/// Over all nine corpora: 0.71 and 0.72 on 2026-11-23 (204 of 288 gold events found, 204 of 282
/// engine events right), after the blind Australia and Israel corpora, whose first runs read 22
/// of 43 and 17 of 39. Over ten, with the blind Peru corpus (first run 23 of 45): 0.68 and 0.72
/// (228 of 333; 228 of 317), then 0.69 and 0.72 (230 of 333; 230 of 320). Over eleven, with the
/// blind Canada corpus (first run 26 of 50): 0.69 and 0.73 (264 of 383). Over twelve, with the
/// blind Thailand corpus (first run 14 of 40): 0.68 and 0.73 (287 of 423; 287 of 391), then
/// 0.70 and 0.74 (294 of 423; 294 of 398). Over thirteen, with the blind Netherlands corpus
/// (first run 26 of 43): 0.70 and 0.75 (325 of 466; 325 of 435). Over fifteen, with the blind
/// Kenya and Serbia corpora (first runs 22 of 45 and 18 of 44, the weakest since Thailand: "told
/// a local radio station", crowds that "blocked" a junction, names written without their accents,
/// protesters named as the ones shot): 0.68 and 0.74 (377 of 555; 377 of 508). Over
/// seventeen, with the blind Bangladesh and Columbia corpora (first runs 23 of 45 each): 0.66 and
/// 0.72 (427 of 645; 427 of 589), the first fifteen still reading their 377; then, with quotations
/// closed by "said" and a name read as statements, 0.67 and 0.73 (434 of 645; 434 of 597). Each
/// unseen corpus lowers the average the bar can hold; it guards against a rule that loses what
/// the others found.
const BAR_RECALL: f64 = 0.65;
const BAR_PRECISION: f64 = 0.70;
const BAR_OVERCLAIMED_DAYS: usize = 3;
/// Sentences the gold says are not acts of a kind (refusals, threats) that the engine still reads as one.
const BAR_NOT_EVENTS: usize = 2;
/// Disagreements between figures the gold marks and the engine shows (5 of 8 on 2026-11-22; 8 of
/// 11 over eight corpora on 2026-11-23; 9 of 13 over nine; 11 of 16 over ten; 13 of 18 over
/// eleven; 15 of 20 over twelve; 17 of 23 over thirteen; 21 of 28 over fifteen; 21 of 34 over
/// seventeen, the Bangladesh and Columbia corpora's six death tolls, arrest counts and tallies all
/// missed on their first reading; then 22 of 34, Bangladesh's July death toll).
const BAR_CONFLICTS_FOUND: usize = 20;
/// Figures the engine shows as disagreeing where the gold says they agree (0 on 2026-11-22 over
/// five corpora; the blind South Korea corpus adds one the engine cannot yet tell apart: PPP
/// members voting in two impeachment votes a week apart, one reported by an undated article;
/// the scorer counts it once for each of the two gold figures it wrongly sets against each other).
const BAR_FALSE_CONFLICTS: usize = 2;
/// Gold people found with every spelling merged (84 of 89 on 2026-11-22; with the South Korea
/// corpus, 91 of 101 on 2026-11-23; with the Germany corpus, 101 of 114; with the Australia
/// corpus, 115 of 129; with the Israel corpus, 126 of 143; with the Peru corpus, 140 of 157; with
/// the Canada corpus, 156 of 173; with the Thailand corpus, 168 of 186; with the Netherlands
/// corpus, 180 of 200; with the Kenya and Serbia corpora, 207 of 230; with the Bangladesh and
/// Columbia corpora, 235 of 267).
const BAR_PEOPLE: usize = 228;
/// Acts the gold marks disputed that the engine shows as disputed (4 of 4 on 2026-11-22; 6 of 7
/// over eight corpora on 2026-11-23; 8 of 8 over nine, though the scorer has given Australia's
/// disputed Sukkar resignation to the doerless "A string of ministers then walked out" event cut
/// from the same sentence, and may again; 12 of 12 over twelve; 13 of 13 over thirteen).
const BAR_DISPUTES_FOUND: usize = 12;
/// Unrelated stories the gold marks and the engine finds (4 of 4 on 2026-11-22: the seeds' long
/// Ukraine half and three endings of 3–4 paragraphs; 8 of 8 over nine corpora on 2026-11-23, and
/// 8 of 9 with the Peru corpus, whose World Cup ending names people the engine does not read; 9
/// of 11 over twelve, then 11 of 11 once endings of sport or weather were read as such; 11 of
/// 12 with the Netherlands corpus, whose Belgian rail-strike ending is neither; 13 of 14 over
/// fifteen, the Serbia corpus's tennis final read as sport once "final" and "slam" were sport;
/// 14 of 16 over seventeen, with Bangladesh's two-paragraph cricket ending and not Columbia's
/// Texas heat, whose last paragraph is about the power grid).
const BAR_OFF_STORY_FOUND: usize = 13;
/// Articles of the 55 that the engine sees leave their story where the gold says they do not.
const BAR_FALSE_OFF_STORY: usize = 0;

/// Whether a gold alias is another spelling of the full name ("Kier Starmer", "Emmanuel Macon"),
/// which the engine must merge, rather than the name with a title ("Mrs May", "President Joe
/// Biden", "Rep. Matt Gaetz"), which the engine reads as the person and does not list.
fn is_spelling(alias: &str, name: &str) -> bool {
    const HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Dr", "Lord", "Lady"];
    let titled = alias.ends_with(&format!(" {name}")) || alias.split(' ').next().is_some_and(|w| HONORIFICS.contains(&w));
    alias.split(' ').count() >= 2 && !titled
}

/// The figures of a value, to compare the engine's wording with the gold's: "193 votes to 114"
/// and "193 to 114" give the same, "nine votes" and "nine" too.
fn figures(value: &str) -> Vec<String> {
    const WORDS: &[&str] = &["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thousand", "million", "billion"];
    value
        .split_whitespace()
        .map(str::to_lowercase)
        .filter(|w| w.bytes().any(|b| b.is_ascii_digit()) || WORDS.contains(&w.as_str()))
        .collect()
}
