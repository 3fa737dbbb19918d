//! Staying on the story: finding where an article moves to an unrelated story.
//!
//! News pages often run a second story under the first (a live page that moves on, a "more on
//! this" block). The sign is vocabulary: the tail of such a page keeps repeating words that
//! neither the article's own opening nor any other article uses ("Ukraine", "Zelenskyy", "summit"),
//! while a story that just goes on keeps using the opening's words. The engine looks for the split
//! where the tail's share of such new, repeated words is highest, and calls the tail off-story when
//! that share is clearly above what a continuing story shows.

use std::collections::{HashMap, HashSet};


/// Share of tail words that must be new and repeated for the tail to be another story. Measured on
/// the fixtures: continuing stories stay below 0.12, switched ones are above 0.25.
pub const THRESHOLD: f64 = 0.18;
/// An off-story segment must be at least this many lines (a closing paragraph is not a new story).
pub const MIN_LINES: usize = 6;
/// How many split points are tried (evenly spaced) in a long article.
pub const CANDIDATES: usize = 64;

const STOP: &[&str] = &[
    "that", "this", "with", "from", "have", "were", "been", "will", "would", "said", "their", "there", "which",
    "about", "after", "into", "they", "them", "what", "when", "where", "while", "other", "more", "than", "also",
    "some", "such", "only", "over", "very", "just", "being", "could", "should", "does", "like", "because", "those",
    "these", "then", "here", "each", "many", "most", "much", "even", "well", "still", "made", "make", "says",
    "told", "added", "your", "said:", "know", "want", "need", "time", "clear", "it’s", "we’re", "don’t",
];

pub fn tokens(line: &str) -> Vec<String> {
    line.split(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'')
        .map(|w| w.trim_end_matches("’s").trim_end_matches("'s").to_lowercase())
        .filter(|w| w.chars().count() >= 4 && !STOP.contains(&w.as_str()) && !w.chars().all(|c| c.is_ascii_digit()))
        .collect()
}

/// The first line index of an off-story tail and the tail's topic word, if the article has one.
/// `lines` are one article's text lines (furniture removed); `others` is every other article's vocabulary.
pub fn off_story_start(lines: &[&str], used_elsewhere: &dyn Fn(&str) -> bool) -> Option<(usize, String, f64)> {
    let toks: Vec<Vec<String>> = lines.iter().map(|l| tokens(l)).collect();
    let n = lines.len();
    if n < 2 * MIN_LINES {
        return None;
    }
    let mut best: Option<(usize, f64)> = None;
    // At most CANDIDATES split points, evenly spaced, so a huge article costs linear time.
    let (lo, hi) = ((n / 4).max(3), n - MIN_LINES);
    let step = ((hi.saturating_sub(lo)) / CANDIDATES).max(1);
    for split in (lo..=hi).step_by(step) {
        let head: HashSet<&String> = toks[..split].iter().flatten().collect();
        let mut counts: HashMap<&String, usize> = HashMap::new();
        for t in toks[split..].iter().flatten() {
            *counts.entry(t).or_default() += 1;
        }
        let total: usize = counts.values().sum();
        if total == 0 {
            continue;
        }
        let novel: usize = counts.iter().filter(|(w, c)| **c >= 2 && !head.contains(*w) && !used_elsewhere(w)).map(|(_, c)| c).sum();
        let score = novel as f64 / total as f64;
        if best.is_none_or(|(_, s)| score > s) {
            best = Some((split, score));
        }
    }
    let (split, score) = best?;
    if std::env::var_os("CORPUS_DEBUG_TOPIC").is_some() {
        eprintln!("topic split at line {split}/{n} score {score:.3}");
    }
    if score < THRESHOLD {
        return None;
    }
    // Walk the split back while the line before it already uses the tail's new words.
    let head: HashSet<&String> = toks[..split].iter().flatten().collect();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (line, t) in lines[split..].iter().zip(&toks[split..]) {
        for w in t {
            if !head.contains(w) && !used_elsewhere(w) {
                // Capitalised words name the topic best.
                let capital = line.contains(&capitalise(w));
                *counts.entry(w.clone()).or_default() += if capital { 3 } else { 1 };
            }
        }
    }
    let mut ranked: Vec<(String, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let topic = ranked.first().map(|(w, _)| capitalise(w)).unwrap_or_else(|| "Other".to_string());
    Some((split, topic, score))
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}
