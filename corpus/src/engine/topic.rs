//! Staying on the story: finding where an article moves to an unrelated story.
//!
//! News pages often run a second story under the first (a live page that moves on, a "more on
//! this" block). The sign is vocabulary: the tail of such a page keeps repeating words that
//! neither the article's own opening nor any other article uses ("Ukraine", "Zelenskyy", "summit"),
//! while a story that just goes on keeps using the opening's words. The engine looks for the split
//! where the tail's share of such new, repeated words is highest, and calls the tail off-story when
//! that share is clearly above what a continuing story shows.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};


/// Share of tail words that must be new and repeated for the tail to be another story. Measured on
/// the fixtures: continuing stories stay below 0.12, switched ones are above 0.25.
pub const THRESHOLD: f64 = 0.18;
/// An off-story segment must be at least this many lines (a closing paragraph is not a new story).
pub const MIN_LINES: usize = 6;
/// A shorter closing stretch about people no one else names, that opens somewhere new, needs only
/// this many lines (see `tail_of_strangers` in the engine).
pub const SHORT_MIN_LINES: usize = 3;


const STOP: &[&str] = &[
    "that", "this", "with", "from", "have", "were", "been", "will", "would", "said", "their", "there", "which",
    "about", "after", "into", "they", "them", "what", "when", "where", "while", "other", "more", "than", "also",
    "some", "such", "only", "over", "very", "just", "being", "could", "should", "does", "like", "because", "those",
    "these", "then", "here", "each", "many", "most", "much", "even", "well", "still", "made", "make", "says",
    "told", "added", "your", "said:", "know", "want", "need", "time", "clear", "it’s", "we’re", "don’t",
];

fn is_stop(w: &str) -> bool {
    static SET: std::sync::OnceLock<super::wordset::WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| super::wordset::WordSet::new(STOP)).contains(w)
}

/// Whether a lower-case word carries content (long enough, not a stop word, not a number).
pub fn is_content(w: &str) -> bool {
    w.len() >= 4 && !is_stop(w) && !w.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}

/// `w.trim_end_matches(suffix)` by suffix tests (no substring searcher built per word).
fn trim_all<'a>(mut w: &'a str, suffix: &str) -> &'a str {
    while let Some(rest) = w.strip_suffix(suffix) {
        w = rest;
    }
    w
}

pub fn tokens(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_token(line, |t| out.push(t.to_string()));
    out
}

/// As [`tokens`], handing each token to `f` as it is found: a lower-case word is passed as the
/// line's own slice and only a word with capitals is lowered (into one buffer reused for the line),
/// so a caller that interns the tokens copies nothing it has seen before.
pub fn for_each_token(line: &str, mut f: impl FnMut(&str)) {
    let keep = |w: &str| w.len() >= 4 && !is_stop(w) && !w.chars().all(|c| c.is_ascii_digit());
    let mut lowered = String::new();
    for w in line.split(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'') {
        let w = trim_all(trim_all(w, "’s"), "'s");
        if !w.is_ascii() {
            let l = w.to_lowercase();
            if keep(&l) {
                f(&l);
            }
            continue;
        }
        // ASCII lower-cases to the same length: short words and lower-case words are judged
        // without a copy.
        if w.len() < 4 {
            continue;
        }
        if w.bytes().any(|b| b.is_ascii_uppercase()) {
            lowered.clear();
            lowered.push_str(w);
            lowered.make_ascii_lowercase();
            if keep(&lowered) {
                f(&lowered);
            }
        } else if keep(w) {
            f(w);
        }
    }
}

/// Per-word counters for [`off_story_start`], indexed by word id: dense arrays instead of a hash
/// set and map per article (hashing cost more than the scoring). Shared by every article and
/// cleared after each, by walking that article's own ids, so a reset costs the article's length.
pub struct Scratch {
    tail: Vec<u32>,
    in_head: Vec<bool>,
}

impl Scratch {
    /// Room for word ids `0..words`.
    pub fn new(words: usize) -> Scratch {
        Scratch { tail: vec![0; words], in_head: vec![false; words] }
    }
}

/// The first line index of an off-story tail, its topic word and its score, if the article has one.
/// `ids` are one article's text lines (furniture removed) as interned word ids, one after another:
/// line `k` ends at `ends[k]`. `text` holds the same lines as text; `used_elsewhere` says whether
/// another article uses a word; `word` names an id. `scratch` must have room for every id.
///
/// Every split point is scored in one pass: moving a line from the tail to the head updates the
/// count of new, repeated tail words word by word, so the cost is linear in the article's length.
pub fn off_story_start(
    ids: &[u32],
    ends: &[usize],
    text: &[&str],
    used_elsewhere: &dyn Fn(u32) -> bool,
    word: &dyn Fn(u32) -> String,
    scratch: &mut Scratch,
) -> Option<(usize, String, f64)> {
    let n = ends.len();
    if n < 2 * MIN_LINES {
        return None;
    }
    let start = |k: usize| if k == 0 { 0 } else { ends[k - 1] };
    let (lo, hi) = ((n / 4).max(3), n - MIN_LINES);
    let Scratch { tail, in_head } = scratch;
    for &w in &ids[..start(lo)] {
        in_head[w as usize] = true;
    }
    let tail_ids = &ids[start(lo)..];
    for &w in tail_ids {
        tail[w as usize] += 1;
    }
    // A word's share of the novel count: its tail count when it is repeated in the tail, absent
    // from the head and from other articles.
    let contrib = |w: u32, tail: &[u32], in_head: &[bool]| -> usize {
        let c = tail[w as usize] as usize;
        if c >= 2 && !in_head[w as usize] && !used_elsewhere(w) { c } else { 0 }
    };
    // Summing each distinct word's count is counting the occurrences of the words that qualify.
    let mut novel: usize = tail_ids.iter().filter(|&&w| contrib(w, tail, in_head) > 0).count();
    let mut total: usize = tail_ids.len();
    let mut best: Option<(usize, f64)> = None;
    for split in lo..=hi {
        if total > 0 {
            let score = novel as f64 / total as f64;
            if best.is_none_or(|(_, s)| score > s) {
                best = Some((split, score));
            }
        }
        for &w in &ids[start(split)..ends[split]] {
            let before = contrib(w, tail, in_head);
            // Every word of a tail line was counted in `tail`.
            tail[w as usize] -= 1;
            total -= 1;
            in_head[w as usize] = true;
            novel = novel + contrib(w, tail, in_head) - before;
        }
    }
    for &w in ids {
        tail[w as usize] = 0;
        in_head[w as usize] = false;
    }
    let (split, score) = best?;
    if std::env::var_os("CORPUS_DEBUG_TOPIC").is_some() {
        eprintln!("topic split at line {split}/{n} score {score:.3}");
    }
    if score < THRESHOLD {
        return None;
    }
    Some((split, name_other_story(ids, ends, text, split, used_elsewhere, word), score))
}

/// A name for the other story that starts at line `split`: its most used new word, capitalised
/// words counting triple.
pub fn name_other_story(
    ids: &[u32],
    ends: &[usize],
    text: &[&str],
    split: usize,
    used_elsewhere: &dyn Fn(u32) -> bool,
    word: &dyn Fn(u32) -> String,
) -> String {
    let n = ends.len();
    let start = |k: usize| if k == 0 { 0 } else { ends[k - 1] };
    let head: HashSet<u32> = ids[..start(split)].iter().copied().collect();
    let mut counts: HashMap<u32, usize> = HashMap::default();
    for (k, line) in text.iter().enumerate().take(n).skip(split) {
        for &w in &ids[start(k)..ends[k]] {
            if !head.contains(&w) && !used_elsewhere(w) {
                let capital = line.contains(&capitalise(&word(w)));
                *counts.entry(w).or_default() += if capital { 3 } else { 1 };
            }
        }
    }
    let mut ranked: Vec<(String, usize)> = counts.into_iter().map(|(w, c)| (word(w), c)).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked.first().map(|(w, _)| capitalise(w)).unwrap_or_else(|| "Other".to_string())
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scoring as written before [`Scratch`]: a hash set for the head and a hash map of tail
    /// counts, lines as one vector each. Kept to check the dense version against.
    fn reference(lines: &[Vec<u32>], used_elsewhere: &dyn Fn(u32) -> bool) -> Option<(usize, f64)> {
        let n = lines.len();
        if n < 2 * MIN_LINES {
            return None;
        }
        let (lo, hi) = ((n / 4).max(3), n - MIN_LINES);
        let mut head: HashSet<u32> = lines[..lo].iter().flatten().copied().collect();
        let mut tail: HashMap<u32, usize> = HashMap::default();
        for &w in lines[lo..].iter().flatten() {
            *tail.entry(w).or_default() += 1;
        }
        let contrib = |w: u32, head: &HashSet<u32>, tail: &HashMap<u32, usize>| -> usize {
            let c = tail.get(&w).copied().unwrap_or(0);
            if c >= 2 && !head.contains(&w) && !used_elsewhere(w) { c } else { 0 }
        };
        let mut novel: usize = tail.keys().map(|&w| contrib(w, &head, &tail)).sum();
        let mut total: usize = tail.values().sum();
        let mut best: Option<(usize, f64)> = None;
        for (split, line) in lines.iter().enumerate().take(hi + 1).skip(lo) {
            if total > 0 {
                let score = novel as f64 / total as f64;
                if best.is_none_or(|(_, s)| score > s) {
                    best = Some((split, score));
                }
            }
            for &w in line {
                let before = contrib(w, &head, &tail);
                if let Some(c) = tail.get_mut(&w) {
                    *c -= 1;
                }
                total -= 1;
                head.insert(w);
                novel = novel + contrib(w, &head, &tail) - before;
            }
        }
        best
    }

    #[test]
    fn dense_scoring_matches_the_hash_map_scoring() {
        let mut seed = 0x9e3779b97f4a7c15u64;
        let mut next = |m: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % m
        };
        let mut scratch = Scratch::new(40);
        let mut found = 0;
        for case in 0..400 {
            // Few distinct words (so they repeat), empty lines, and a vocabulary that changes midway.
            let n = next(30) as usize;
            let switch = next(n as u64 + 1) as usize;
            let lines: Vec<Vec<u32>> = (0..n)
                .map(|k| (0..next(6)).map(|_| next(20) as u32 + if k >= switch && case % 2 == 0 { 20 } else { 0 }).collect())
                .collect();
            let elsewhere: Vec<bool> = (0..40).map(|_| next(4) == 0).collect();
            let used = |w: u32| elsewhere[w as usize];
            let ids: Vec<u32> = lines.iter().flatten().copied().collect();
            let ends: Vec<usize> = lines.iter().scan(0, |e, l| {
                *e += l.len();
                Some(*e)
            }).collect();
            let text: Vec<String> = lines.iter().map(|l| format!("{l:?}")).collect();
            let text: Vec<&str> = text.iter().map(String::as_str).collect();
            let got = off_story_start(&ids, &ends, &text, &used, &|w| format!("w{w}"), &mut scratch);
            let want = reference(&lines, &used).filter(|(_, s)| *s >= THRESHOLD);
            found += usize::from(want.is_some());
            assert_eq!(got.map(|(k, _, s)| (k, s)), want, "case {case}: {lines:?}");
            // The scratch is left clear for the next article.
            assert!(scratch.tail.iter().all(|c| *c == 0) && scratch.in_head.iter().all(|h| !h));
        }
        assert!(found > 20, "too few off-story tails to test: {found}");
    }
}
