//! Claims: the numbers articles report, grouped by what they measure, with conflicts marked.
//!
//! A number's measure is the noun phrase it counts plus what the sentence says happened to them:
//! "56 Labour MPs ... voted" and "56 Labour members of Parliament ... voted" measure the same
//! thing; "10 members who defied the whip" measure something else, so they never conflict. Values
//! conflict only when they cannot both be true: "at least 16" and "18" can, "50" and "around 30" cannot.

use super::people::Word;

/// How a number is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    Exact,
    AtLeast,
    AtMost,
    About,
}

/// A number with its measure, as one sentence reports it.
#[derive(Debug, Clone)]
pub struct Reading {
    /// What is counted, normalised ("labour mps").
    pub counted: String,
    /// What happened to them ("voted", "resigned"), possibly empty.
    pub happening: String,
    pub qualifier: Qualifier,
    pub number: u64,
    /// For a division result, the second figure (`293 to 125`).
    pub against: Option<u64>,
    /// The value as written for people ("at least 16", "293 to 125").
    pub shown: String,
}

const TIME_UNITS: &[&str] = &["years", "year", "days", "day", "minutes", "hours", "weeks", "months", "seconds", "times", "per", "percent", "cent", "am", "pm"];
const DROP: &[&str] = &["his", "her", "their", "its", "own", "the", "of", "a", "an", "our"];

/// "two" → 2 … "twenty" → 20, for a lower-case word.
pub fn small_number(w: &str) -> Option<u64> {
    // Dispatch on the first letter, so a word is compared with at most six number words (this is
    // asked of many words in every sentence).
    let candidates: &[(&str, u64)] = match w.as_bytes().first()? {
        b'z' => &[("zero", 0)],
        b'o' => &[("one", 1)],
        b't' => &[("two", 2), ("three", 3), ("ten", 10), ("twelve", 12), ("thirteen", 13), ("twenty", 20)],
        b'f' => &[("four", 4), ("five", 5), ("fourteen", 14), ("fifteen", 15)],
        b's' => &[("six", 6), ("seven", 7), ("sixteen", 16), ("seventeen", 17)],
        b'e' => &[("eight", 8), ("eleven", 11), ("eighteen", 18)],
        b'n' => &[("nine", 9), ("nineteen", 19)],
        _ => return None,
    };
    // Lengths first, then the packed keys (exact for words of up to 16 bytes, and every number
    // word is shorter): a string comparison is a `memcmp` call, and "the", "that", "so" … reach it.
    let key = super::wordset::key(w.as_bytes());
    candidates.iter().find(|(word, _)| word.len() == w.len() && super::wordset::key(word.as_bytes()) == key).map(|(_, n)| *n)
}

/// A figure written in digits ("1,400") or as a word from two to twenty, in a lower-case word.
pub fn parse_number(w: &str) -> Option<u64> {
    let first = w.as_bytes().first().copied().unwrap_or(b' ');
    if first.is_ascii_digit() {
        // Digits with thousands commas, read in place (no copy without the commas); a figure too
        // big for u64 is not a number, as `parse` would say.
        let mut n: u64 = 0;
        for b in w.bytes().filter(|b| *b != b',') {
            if !b.is_ascii_digit() {
                return None;
            }
            n = n.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
        }
        return Some(n);
    }
    if w.len() > 9 || !first.is_ascii_alphabetic() {
        return None;
    }
    let t = w;
    small_number(t).filter(|n| *n >= 2)
}

/// What the sentence says happened to the counted people.
fn happening(lower: &[&str]) -> String {
    for w in lower {
        let h = match *w {
            "killed" | "died" | "dead" | "deaths" => "killed",
            "hostage" | "hostages" => "taken hostage",
            "resigned" | "quit" | "quitting" | "resign" | "resigning" | "resignations" | "walk" | "walked" => "resigned",
            "sacked" | "fired" | "dismissed" => "dismissed",
            "voted" | "vote" | "voting" | "backed" | "rebelled" | "rebellion" | "amendment" | "motion" => "voted",
            "calling" | "called" | "calls" => "called for",
            "arrested" => "arrested",
            "injured" | "wounded" => "injured",
            "gathered" | "marched" | "marching" | "protested" | "protesting" | "protest" | "demonstrated" => "protested",
            _ => continue,
        };
        return h.to_string();
    }
    String::new()
}

fn normalise(phrase: &[&str]) -> String {
    let kept: Vec<&str> = phrase.iter().copied().filter(|w| !DROP.contains(w)).collect();
    let joined = kept.join(" ");
    // Both phrases replaced begin "members ", which, when no word holds a space, is only a word
    // ending in "members" before a joining space: without one, skip the two substring searches.
    if !kept.iter().any(|w| w.ends_with("members") || w.contains(' ')) {
        return joined.trim().to_string();
    }
    joined.replace("members parliament", "mps").replace("members congress", "representatives").trim().to_string()
}

/// Every counted number in a sentence.
pub fn readings(words: &[Word]) -> Vec<Reading> {
    // Only sentences with a figure in them can hold a claim.
    let may_count = |w: &str| {
        let b = w.as_bytes();
        b[0].is_ascii_digit() || (3..=9).contains(&b.len()) && b"otfsenz".contains(&b[0]) && small_number(w).is_some()
    };
    if !words.iter().any(|w| may_count(&w.lower)) {
        return Vec::new();
    }
    // The words' lower case, borrowed: no String per word.
    let lower: Vec<&str> = words.iter().map(|w| w.lower.as_ref()).collect();
    let mut out = Vec::new();
    for i in 0..words.len() {
        let Some(n) = parse_number(lower[i]) else { continue };
        // What happened to them: the nearest telling word after the number, else anywhere in the sentence.
        let near = happening(&lower[i..(i + 12).min(lower.len())]);
        let what = if near.is_empty() { happening(&lower) } else { near };
        let prev = if i > 0 { lower[i - 1] } else { "" };
        let prev2 = if i > 1 { lower[i - 2] } else { "" };
        let (qualifier, qual_words) = match (prev2, prev) {
            ("at", "least") | ("more", "than") | (_, "over") | ("upwards", "of") => (Qualifier::AtLeast, if prev == "over" { 1 } else { 2 }),
            ("up", "to") | ("fewer", "than") | ("less", "than") | (_, "under") => (Qualifier::AtMost, if prev == "under" { 1 } else { 2 }),
            (_, "around" | "about" | "some" | "roughly" | "nearly" | "almost" | "approximately" | "approx" | "estimated") => (Qualifier::About, 1),
            _ => (Qualifier::Exact, 0),
        };
        let qual_text: &[&str] = &lower[i - qual_words..i];
        // Division results: "defeated 293 to 125", "by 293 votes to 125".
        if let Some(to) = (i + 1..(i + 4).min(lower.len())).find(|&j| lower[j] == "to") {
            if let Some(m) = lower.get(to + 1).and_then(|w| parse_number(w)) {
                let between = &lower[i + 1..to];
                if between.iter().all(|w| *w == "votes") && n >= 10 && m >= 10 {
                    out.push(Reading {
                        counted: "division result".into(),
                        happening: "votes for the winning side to votes for the losing side".into(),
                        qualifier: Qualifier::Exact,
                        number: n,
                        against: Some(m),
                        shown: format!("{n} to {m}"),
                    });
                    continue;
                }
            }
        }
        if (1900..=2100).contains(&n) && words[i].text.len() == 4 {
            continue; // a year
        }
        // "the total number of councillors who have resigned ... to 50"
        if prev == "to" || prev == "at" {
            if let Some(k) = lower[..i].iter().rposition(|w| *w == "number") {
                if lower.get(k + 1).is_some_and(|w| *w == "of") {
                    let np: Vec<&str> = lower[k + 2..].iter().copied().take_while(|w| !matches!(*w, "who" | "that" | "has" | "have" | "to" | "over" | "is")).collect();
                    if !np.is_empty() {
                        out.push(Reading { counted: normalise(&np), happening: what.clone(), qualifier, number: n, against: None, shown: n.to_string() });
                    }
                }
            }
            continue;
        }
        // Up to four words to a plural noun: "56 Labour MPs", "10 other councillors", "18 shadow ministers".
        let mut np: Vec<&str> = Vec::new();
        for j in i + 1..(i + 6).min(words.len()) {
            let w = lower[j];
            if TIME_UNITS.contains(&w) || parse_number(w).is_some() || matches!(w, "and" | "to" | "or" | "who" | "were" | "was" | "have" | "had") {
                np.clear();
                break;
            }
            np.push(w);
            let plural = w.ends_with('s') && !w.ends_with("ss") && w.len() >= 3 && !matches!(w, "was" | "has" | "its" | "his" | "is" | "as" | "us");
            if plural || w == "people" {
                // "members of parliament": keep the "of X" that names the body.
                if w == "members" && lower.get(j + 1).is_some_and(|x| *x == "of") {
                    let tail: Vec<&str> = lower[j + 1..(j + 5).min(lower.len())].iter().copied().take_while(|x| !matches!(*x, "and" | "who" | "of" if false)).take(4).collect();
                    let stop = tail.iter().position(|x| matches!(*x, "and" | "who" | "voted" | "were" | "have")).unwrap_or(tail.len());
                    let stop = tail[..stop].iter().skip(1).position(|x| *x == "of").map(|p| p + 1).unwrap_or(stop);
                    np.extend(tail[..stop].iter().copied());
                }
                break;
            }
            if words[j].then.is_some() {
                np.clear();
                break;
            }
        }
        let Some(last) = np.last() else { continue };
        if !(last.ends_with('s') || *last == "people" || np.iter().any(|w| *w == "of")) {
            continue;
        }
        let shown = if qual_text.is_empty() { words[i].text.to_string() } else { format!("{} {}", qual_text.join(" "), words[i].text) };
        out.push(Reading { counted: normalise(&np), happening: what.clone(), qualifier, number: n, against: None, shown });
    }
    out
}

impl Reading {
    /// The closed range of true values this reading allows.
    fn bounds(&self) -> (f64, f64) {
        let n = self.number as f64;
        match self.qualifier {
            Qualifier::Exact => (n, n),
            Qualifier::AtLeast => (n, f64::INFINITY),
            Qualifier::AtMost => (0.0, n),
            // "About" is a rounded figure: a tenth either way. (A fifth let "about 124,000" and
            // "some 160,000" of one measure pass as agreeing.)
            Qualifier::About => (n * 0.9, n * 1.1),
        }
    }

    /// Whether two readings of the same measure can both be true.
    pub fn compatible(&self, other: &Reading) -> bool {
        if self.against.is_some() || other.against.is_some() {
            return self.number == other.number && self.against == other.against;
        }
        let (a0, a1) = self.bounds();
        let (b0, b1) = other.bounds();
        a0 <= b1 && b0 <= a1
    }

    /// Whether any two of `readings` are not [`Reading::compatible`], in one pass instead of over
    /// every pair. Division results are compatible only with the same result, and never with a
    /// plain figure; plain figures are closed ranges, and ranges on a line meet pairwise exactly
    /// when the highest start is at most the lowest end.
    pub fn any_conflict<'r>(readings: impl IntoIterator<Item = &'r Reading>) -> bool {
        let mut division: Option<(u64, Option<u64>)> = None;
        let (mut plain, mut divisions_differ) = (false, false);
        let (mut lo, mut hi) = (f64::NEG_INFINITY, f64::INFINITY);
        for r in readings {
            if r.against.is_some() {
                let result = (r.number, r.against);
                divisions_differ |= division.is_some_and(|d| d != result);
                division = Some(result);
            } else {
                plain = true;
                let (a, b) = r.bounds();
                lo = lo.max(a);
                hi = hi.min(b);
            }
        }
        divisions_differ || (plain && division.is_some()) || lo > hi
    }

    /// The measure, in words.
    pub fn measure(&self) -> String {
        if self.happening.is_empty() {
            self.counted.clone()
        } else {
            format!("{} — {}", self.counted, self.happening)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::people::words;
    use crate::engine::text::Span;

    fn read(s: &str) -> Vec<(String, String)> {
        readings(&words(s, Span { start: 0, end: s.len(), line: 1 })).into_iter().map(|r| (r.measure(), r.shown)).collect()
    }

    #[test]
    fn counts_are_read_with_their_measure() {
        assert_eq!(read("Overall, 56 Labour MPs backed the amendment."), vec![("labour mps — voted".into(), "56".into())]);
        assert_eq!(read("56 Labour members of Parliament of a total caucus of 198 voted against him")[0].0, "labour mps — voted");
        assert_eq!(read("At least 16 shadow ministers have either called for a ceasefire.")[0].1, "at least 16");
        assert_eq!(read("It takes the total number of councillors who have resigned over the row to 50, while")[0], ("councillors — resigned".into(), "50".into()));
    }

    #[test]
    fn about_allows_a_tenth_either_way() {
        let one = |s: &str| readings(&words(s, Span { start: 0, end: s.len(), line: 1 })).remove(0);
        let (a, b) = (one("about 124,000 party members will vote"), one("some 160,000 party members will vote"));
        assert!(!a.compatible(&b), "124,000 and 160,000 are not one rough figure");
        assert!(one("about 1,000 people marched").compatible(&one("1,080 people marched")));
        assert!(!one("around 30 councillors resigned").compatible(&one("50 councillors resigned")));
    }

    #[test]
    fn durations_and_years_are_not_counts() {
        assert!(read("He had been on the front bench for eight years, since 2016.").is_empty());
    }

    #[test]
    fn a_division_result_is_one_value() {
        assert_eq!(read("Tonight’s motion failed overall, defeated 293 to 125 votes.")[0].1, "293 to 125");
    }

    #[test]
    fn the_one_pass_conflict_test_agrees_with_every_pair() {
        let quals = [Qualifier::Exact, Qualifier::AtLeast, Qualifier::AtMost, Qualifier::About];
        let mut all = Vec::new();
        for n in [0u64, 8, 10, 12, 30, 50] {
            for q in quals {
                all.push(Reading { counted: String::new(), happening: String::new(), qualifier: q, number: n, against: None, shown: String::new() });
            }
            for m in [10u64, 12] {
                all.push(Reading { counted: String::new(), happening: String::new(), qualifier: Qualifier::Exact, number: n, against: Some(m), shown: String::new() });
            }
        }
        // Every set of up to three readings (with repeats).
        for a in 0..all.len() {
            for b in a..all.len() {
                for c in b..all.len() {
                    for set in [vec![&all[a]], vec![&all[a], &all[b]], vec![&all[a], &all[b], &all[c]]] {
                        let pairwise = set.iter().any(|x| set.iter().any(|y| !x.compatible(y)));
                        assert_eq!(Reading::any_conflict(set.iter().copied()), pairwise);
                    }
                }
            }
        }
    }

    #[test]
    fn at_least_sixteen_and_eighteen_agree_but_fifty_and_around_thirty_do_not() {
        let r = |s: &str| readings(&words(s, Span { start: 0, end: s.len(), line: 1 })).remove(0);
        assert!(r("at least 16 shadow ministers").compatible(&r("18 shadow ministers")));
        assert!(!r("around 30 councillors").compatible(&r("50 councillors")));
    }
}
