//! Fixed word lists (honorifics, trigger words, stop words) with a membership test cheaper than
//! hashing: words are filed by first byte and length, so a look-up compares the word with the
//! few listed words of its shape, and most words find an empty slot and are ruled out at once.

/// Lengths of 31 bytes and more share one slot (no listed word is that long; the test stays exact).
const LENGTHS: usize = 32;

/// A fixed list of words, filed by (first byte, length) for [`WordSet::contains`].
pub struct WordSet {
    /// `starts[k]..starts[k + 1]` is slot `k`'s range in `words`.
    starts: Vec<u32>,
    words: Vec<&'static str>,
    /// The empty word has no slot: whether it is listed.
    has_empty: bool,
}

fn slot(word: &str) -> Option<usize> {
    let first = *word.as_bytes().first()?;
    Some(first as usize * LENGTHS + word.len().min(LENGTHS - 1))
}

impl WordSet {
    pub fn new(list: &[&'static str]) -> WordSet {
        let mut filed: Vec<(usize, &'static str)> = list.iter().filter_map(|w| Some((slot(w)?, *w))).collect();
        filed.sort_unstable();
        let mut starts = vec![0u32; 256 * LENGTHS + 1];
        for &(k, _) in &filed {
            starts[k + 1] += 1;
        }
        for k in 0..256 * LENGTHS {
            starts[k + 1] += starts[k];
        }
        WordSet { starts, words: filed.into_iter().map(|(_, w)| w).collect(), has_empty: list.contains(&"") }
    }

    /// Whether `word` is in the list (exactly, as a string comparison would say).
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        let Some(k) = slot(word) else { return self.has_empty };
        let (from, to) = (self.starts[k] as usize, self.starts[k + 1] as usize);
        self.words[from..to].iter().any(|w| *w == word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn membership_is_exact() {
        let set = WordSet::new(&["mr", "ms", "sir", "it’s", "no-confidence", "an-extremely-long-listed-word-of-many-bytes"]);
        for w in ["mr", "ms", "sir", "it’s", "no-confidence", "an-extremely-long-listed-word-of-many-bytes"] {
            assert!(set.contains(w), "{w}");
        }
        for w in ["", "m", "mrs", "Mr", "sirs", "its", "an-extremely-long-listed-word-of-many-bytez"] {
            assert!(!set.contains(w), "{w}");
        }
    }
}
