//! Fixed word lists (honorifics, trigger words, stop words) with a membership test cheaper than
//! hashing: words are filed by first byte and length, so a look-up compares the word with the
//! few listed words of its shape, and most words find an empty slot and are ruled out at once.
//! Within a slot a word is compared through a 16-byte key read with a few loads, which with the
//! length settles equality for words of up to 16 bytes, so most look-ups never call `memcmp`.
//! A look-up can also give the word's place in the list, so a caller can branch on that index
//! instead of comparing the word against each literal of a `match` in turn.

/// Lengths of 31 bytes and more share one slot (no listed word is that long; the test stays exact).
const LENGTHS: usize = 32;

/// A fixed list of words, filed by (first byte, length) for [`WordSet::contains`].
pub struct WordSet {
    /// `starts[k]..starts[k + 1]` is slot `k`'s range in `words`.
    starts: Vec<u32>,
    /// Each word with its [`key`] and its index in the list given to [`WordSet::new`].
    words: Vec<(Key, &'static str, u32)>,
    /// The empty word has no slot: its index in the list, if listed.
    empty: Option<u32>,
}

fn slot(word: &str) -> Option<usize> {
    let first = *word.as_bytes().first()?;
    Some(first as usize * LENGTHS + word.len().min(LENGTHS - 1))
}

pub type Key = (u64, u64);

/// A word's bytes packed into two integers by overlapping loads (first and last 8, or 4, bytes).
/// Two words of the same length and up to 16 bytes are equal exactly when their keys are; longer
/// words with equal keys still need a full comparison.
#[inline]
pub fn key(b: &[u8]) -> Key {
    if let (Some(first), Some(last)) = (b.first_chunk::<8>(), b.last_chunk::<8>()) {
        (u64::from_le_bytes(*first), u64::from_le_bytes(*last))
    } else if let (Some(first), Some(last)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        (u32::from_le_bytes(*first) as u64 | (u32::from_le_bytes(*last) as u64) << 32, 0)
    } else {
        // One to three bytes: the first, middle and last byte are all of them.
        let at = |i: usize| b.get(i).copied().unwrap_or(0) as u64;
        (at(0) | at(b.len() / 2) << 8 | at(b.len().wrapping_sub(1)) << 16, 0)
    }
}

impl WordSet {
    pub fn new(list: &[&'static str]) -> WordSet {
        let mut filed: Vec<(usize, &'static str, u32)> = list.iter().enumerate().filter_map(|(i, w)| Some((slot(w)?, *w, i as u32))).collect();
        filed.sort_unstable();
        let mut starts = vec![0u32; 256 * LENGTHS + 1];
        for &(k, _, _) in &filed {
            starts[k + 1] += 1;
        }
        for k in 0..256 * LENGTHS {
            starts[k + 1] += starts[k];
        }
        let empty = list.iter().position(|w| w.is_empty()).map(|i| i as u32);
        WordSet { starts, words: filed.into_iter().map(|(_, w, i)| (key(w.as_bytes()), w, i)).collect(), empty }
    }

    /// Whether `word` is in the list (exactly, as a string comparison would say).
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.position(word).is_some()
    }

    /// `word`'s index in the list given to [`WordSet::new`] (the first, if it is listed twice).
    #[inline]
    pub fn position(&self, word: &str) -> Option<u32> {
        let Some(k) = slot(word) else { return self.empty };
        let (from, to) = (self.starts[k] as usize, self.starts[k + 1] as usize);
        let b = word.as_bytes();
        let k = key(b);
        // Words in one slot share the first byte and (below 31 bytes) the length; the length test
        // covers the shared slot of longer words, and only words past 16 bytes need comparing whole.
        self.words[from..to].iter().find(|(wk, w, _)| *wk == k && w.len() == b.len() && (b.len() <= 16 || *w == word)).map(|&(_, _, i)| i)
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
        for w in ["", "m", "mrs", "Mr", "sirs", "its", "an-extremely-long-listed-word-of-many-bytez", "no-confidencf", "no-bonfidence", "an-extremely-long-listed-word-of-many-bytes!"] {
            assert!(!set.contains(w), "{w}");
        }
    }

    #[test]
    fn keys_tell_apart_every_word_of_a_length_up_to_16_bytes() {
        // Every word over a small alphabet of each length up to 5, and a sample of longer ones.
        let mut words: Vec<Vec<u8>> = vec![Vec::new()];
        let mut all = Vec::new();
        for _ in 0..5 {
            words = words.iter().flat_map(|w| b"abz".iter().map(move |c| [w.as_slice(), &[*c]].concat())).collect();
            all.extend(words.iter().cloned());
        }
        for n in 6..=16 {
            for i in 0..n {
                let mut w = vec![b'a'; n];
                w[i] = b'b';
                all.push(w);
            }
            all.push(vec![b'a'; n]);
        }
        let mut seen = std::collections::HashMap::new();
        for w in &all {
            if let Some(other) = seen.insert((w.len(), key(w)), w.clone()) {
                assert_eq!(&other, w);
            }
        }
    }

    #[test]
    fn position_is_the_index_in_the_list() {
        let list = ["mr", "ms", "", "sir", "mr"];
        let set = WordSet::new(&list);
        assert_eq!(set.position("mr"), Some(0));
        assert_eq!(set.position("ms"), Some(1));
        assert_eq!(set.position(""), Some(2));
        assert_eq!(set.position("sir"), Some(3));
        assert_eq!(set.position("mrs"), None);
    }
}
