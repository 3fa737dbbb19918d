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
    /// Who the sentence says gives the figure ("interior ministry" in "the interior ministry
    /// counted 1.08 million"), when it says so. One article's figures disagree only when it gives
    /// them to different sources: otherwise they count different things (two motions, two days).
    pub said_by: Option<String>,
    /// A figure with nothing counted after it ("while the union claimed two million"): it counts
    /// what the figure before it in the article counts, followed by `counted` ("in paris"), if any.
    pub elliptical: bool,
}

const ORDINALS: &[&str] = &[
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
];
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

/// Words that scale the figure before them.
fn scale(w: &str) -> Option<u64> {
    match w {
        "thousand" => Some(1_000),
        "million" => Some(1_000_000),
        "billion" => Some(1_000_000_000),
        _ => None,
    }
}

/// The figure that starts at word `i`, with how many words it takes: "1,400", "nine",
/// "1.08 million", "two million", "a million".
fn figure_at(lower: &[&str], i: usize) -> Option<(u64, usize)> {
    let w = lower[i];
    let scaled = lower.get(i + 1).and_then(|x| scale(x));
    if let Some(k) = scaled {
        if matches!(w, "a" | "one") {
            return Some((k, 2));
        }
        // "1.08 million": a decimal is a figure only before a scale word.
        if let Some((whole, frac)) = w.split_once('.') {
            if !whole.is_empty() && !frac.is_empty() && frac.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
                let whole: u64 = whole.parse().ok()?;
                let frac_n: u64 = frac.parse().ok()?;
                let den = 10u64.pow(frac.len() as u32);
                return Some((whole.checked_mul(k)?.checked_add(frac_n * k / den)?, 2));
            }
        }
        if let Some(n) = parse_number(w).or_else(|| (w == "one").then_some(1)) {
            return Some((n.checked_mul(k)?, 2));
        }
    }
    parse_number(w).map(|n| (n, 1))
}

/// A split written as one word after a verb of deciding ("voted 5-4", "ruled 6-3", "a 7-2
/// ruling"): the two sides, each at most 99.
fn split_at(lower: &[&str], i: usize) -> Option<(u64, u64)> {
    // Asked of every word of a sentence with a figure: most do not start with a digit.
    if !lower[i].as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let (a, b) = lower[i].split_once('-')?;
    let side = |x: &str| (1..=2).contains(&x.len()).then_some(x).filter(|x| x.bytes().all(|c| c.is_ascii_digit()))?.parse::<u64>().ok();
    let (n, m) = (side(a)?, side(b)?);
    let decided = |w: &str| matches!(w, "voted" | "ruled" | "decided" | "split" | "vote" | "ruling" | "decision" | "verdict" | "majority");
    let before = (i.saturating_sub(2)..i).any(|j| decided(lower[j]));
    let after = lower.get(i + 1).is_some_and(|w| decided(w));
    (n >= m && (before || after)).then_some((n, m))
}

/// Verbs that give a figure to whoever says them.
pub fn gives_figure(w: &str) -> bool {
    matches!(w, "said" | "says" | "counted" | "counts" | "claimed" | "claims" | "estimated" | "estimates" | "put" | "puts" | "reported" | "recorded" | "gave")
}

/// Who gives the figure at word `i`: the subject of a reporting verb before it in its clause ("the
/// interior ministry counted 1.08 million"), "according to X", "…, police said" after it, or a
/// possessive ("against the unions' 3.5 million", read as "the unions 3.5 million").
fn giver(words: &[Word], lower: &[&str], i: usize) -> Option<String> {
    let subject = |end: usize| -> Option<String> {
        // Up to three words before the verb, back to a determiner or the clause's start.
        let mut k = end;
        while k > 0 && matches!(lower[k - 1], "had" | "has" | "have" | "also" | "later" | "then") {
            k -= 1;
        }
        let stop = k;
        while k > 0 && stop - k < 3 && words[k - 1].then.is_none() && !matches!(lower[k - 1], "the" | "a" | "while" | "whereas" | "but" | "and" | "against" | "when") {
            k -= 1;
        }
        if k < stop {
            return Some(lower[k..stop].join(" "));
        }
        // "The Archive of Public Gatherings, an independent group that counts crowds, put the
        // figure at…": past an aside between commas to the sentence's opening phrase.
        let first_comma = words[..stop].iter().position(|w| w.then == Some(','))?;
        let aside_closes = stop > 0 && words[stop - 1].then == Some(',') && first_comma < stop - 1;
        let opening: Vec<&str> = lower[..=first_comma].iter().copied().filter(|w| !matches!(*w, "the" | "a" | "an")).collect();
        (aside_closes && !opening.is_empty() && opening.len() <= 5).then(|| opening.join(" "))
    };
    // Before the figure, within its clause.
    let mut j = i;
    while j > 0 && i - j < 8 && words[j - 1].then.is_none() {
        j -= 1;
        if gives_figure(lower[j]) {
            return subject(j);
        }
        if matches!(lower[j], "while" | "whereas" | "but" | "against") {
            break;
        }
    }
    if i >= 2 && lower[i - 2] == "the" && lower[i - 1].ends_with('s') && lower[i - 1].len() > 3 && words[i - 2].then.is_none() {
        return Some(lower[i - 1].to_string());
    }
    // After it: "according to the organisers", ", police said".
    for j in i + 1..lower.len() {
        if lower[j] == "according" && lower.get(j + 1) == Some(&"to") {
            let who: Vec<&str> = lower[j + 2..].iter().copied().take(3).take_while(|w| !matches!(*w, "the" | "a")).collect();
            let who: Vec<&str> = if who.is_empty() { lower[(j + 3).min(lower.len())..].iter().copied().take(3).collect() } else { who };
            return (!who.is_empty()).then(|| who.join(" "));
        }
        if matches!(lower[j], "said" | "says" | "estimated" | "estimates") && j > i + 1 && words[..j].iter().rposition(|w| w.then == Some(',')).is_some_and(|c| c > i) {
            return subject(j);
        }
    }
    None
}

/// What the sentence says happened to the counted people.
fn happening(lower: &[&str]) -> String {
    for w in lower {
        let h = match *w {
            "killed" | "killing" | "died" | "dead" | "deaths" => "killed",
            "hostage" | "hostages" => "taken hostage",
            "resigned" | "quit" | "quitting" | "resign" | "resigning" | "resignations" | "walk" | "walked" => "resigned",
            "sacked" | "fired" | "dismissed" => "dismissed",
            "voted" | "vote" | "voting" | "backed" | "rebelled" | "rebellion" | "amendment" | "motion" => "voted",
            // "24 MPs signed a letter calling on him to resign": what they did is sign.
            "signed" | "signing" | "signatories" => "signed",
            "calling" | "called" | "calls" => "called for",
            "arrested" => "arrested",
            "injured" | "wounded" => "injured",
            "gathered" | "marched" | "marching" | "protested" | "protesting" | "protest" | "demonstrated" | "protesters" | "demonstrators" | "marchers" => "protested",
            "deployed" => "deployed",
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

/// A measure as readers write it: figures are grouped under a lower-case key ("labour mps —
/// voted"), and each counted word is shown as the group's sentences spell it inside a sentence
/// ("Labour MPs", "Israelis", but "councillors"), the lower-case form winning a tie. "mps", which
/// [`normalise`] makes of "members of Parliament", is shown "MPs" when no sentence spells it.
pub fn cased_measure<'q>(measure: &str, quotes: impl Iterator<Item = &'q str> + Clone) -> String {
    let (counted, happening) = measure.split_once(" — ").map_or((measure, None), |(c, h)| (c, Some(h)));
    let mut out = String::with_capacity(measure.len());
    for (n, key) in counted.split(' ').enumerate() {
        if n > 0 {
            out.push(' ');
        }
        // Every spelling of the word inside a sentence (not its first word), with its count.
        let mut spellings: Vec<(&str, usize)> = Vec::new();
        for quote in quotes.clone() {
            let words = quote.split(|c: char| !(c.is_alphanumeric() || c == '-')).filter(|w| !w.is_empty());
            for w in words.skip(1).filter(|w| w.len() == key.len() && w.eq_ignore_ascii_case(key)) {
                match spellings.iter_mut().find(|(s, _)| *s == w) {
                    Some((_, count)) => *count += 1,
                    None => spellings.push((w, 1)),
                }
            }
        }
        let best = spellings.iter().max_by_key(|(s, count)| (*count, *s == key)).map(|(s, _)| *s);
        out.push_str(match best {
            Some(spelled) => spelled,
            None if key == "mps" => "MPs",
            None => key,
        });
    }
    if let Some(h) = happening {
        out.push_str(" — ");
        out.push_str(h);
    }
    out
}

/// What a sum of money "of" or "at" something measures: the noun phrase after the last
/// determiner before it in its clause ("put the deficit for 2023-24 at $61.9 billion", "showed a
/// budget deficit of $69.1 billion"), up to a preposition. Other sums ("he gave $5 million") are
/// not read: what they measure is not in so many words.
fn money_measure(words: &[Word], lower: &[&str], i: usize) -> Option<String> {
    if i == 0 || !matches!(lower[i - 1], "of" | "at") {
        return None;
    }
    let mut k = i - 1;
    while k > 0 && i - k < 10 && words[k - 1].then.is_none() {
        k -= 1;
        if matches!(lower[k], "the" | "a" | "an" | "its" | "their") {
            let np: Vec<&str> = lower[k + 1..i].iter().copied().take_while(|w| !matches!(*w, "of" | "at" | "for" | "to" | "in" | "on" | "by" | "was" | "is" | "stood" | "came")).take(3).collect();
            return (!np.is_empty() && np.iter().all(|w| w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-'))).then(|| np.join(" "));
        }
    }
    None
}

/// Every counted number in a sentence. `text` is what the words' offsets index into.
pub fn readings(text: &str, words: &[Word]) -> Vec<Reading> {
    // Only sentences with a figure in them can hold a claim.
    let may_count = |w: &str| {
        let b = w.as_bytes();
        b[0].is_ascii_digit() || (3..=9).contains(&b.len()) && b"otfsenzm".contains(&b[0]) && (small_number(w).is_some() || w == "million")
    };
    if !words.iter().any(|w| may_count(&w.lower)) {
        return Vec::new();
    }
    // The words' lower case, borrowed: no String per word.
    let lower: Vec<&str> = words.iter().map(|w| w.lower.as_ref()).collect();
    let mut out = Vec::new();
    let mut skip_to = 0;
    for i in 0..words.len() {
        if i < skip_to {
            continue;
        }
        // "The nine judges voted 5-4", "the court ruled 6-3": a split written as one word.
        if let Some((n, m)) = split_at(&lower, i) {
            out.push(Reading {
                counted: "vote split".into(),
                happening: String::new(),
                qualifier: Qualifier::Exact,
                number: n,
                against: Some(m),
                shown: words[i].text.to_string(),
                said_by: giver(words, &lower, i),
                elliptical: false,
            });
            continue;
        }
        let Some((n, width)) = figure_at(&lower, i) else { continue };
        skip_to = i + width;
        let after = i + width;
        let shown_figure = words[i..after].iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
        // What happened to them: the nearest telling word after the number in its own clause,
        // else anywhere in the sentence, unless a relative clause says who they are ("Of the 717
        // MPs who took part, 207 backed the chancellor": 717 did not all vote for him).
        let window = (i + 12).min(lower.len());
        let clause_end = (i..window).find(|&k| matches!(words[k].then, Some(',' | ';' | ':'))).map_or(window, |k| k + 1);
        let near = happening(&lower[i..clause_end]);
        let relative = lower[i..clause_end].iter().any(|w| matches!(*w, "who" | "that"));
        // "…collapsed, killing 15 people", "a crash that killed 15 people": a telling word just
        // before the figure says what happened to them.
        let just_before = if i > 0 { happening(&lower[i - 1..i]) } else { String::new() };
        let what = if !near.is_empty() || relative {
            near
        } else if !just_before.is_empty() {
            just_before
        } else {
            happening(&lower)
        };
        let prev = if i > 0 { lower[i - 1] } else { "" };
        let prev2 = if i > 1 { lower[i - 2] } else { "" };
        let (qualifier, qual_words) = match (prev2, prev) {
            ("at", "least") | ("more", "than") | (_, "over") | ("upwards", "of") => (Qualifier::AtLeast, if prev == "over" { 1 } else { 2 }),
            ("up", "to") | ("fewer", "than") | ("less", "than") | (_, "under") => (Qualifier::AtMost, if prev == "under" { 1 } else { 2 }),
            (_, "around" | "about" | "some" | "roughly" | "nearly" | "almost" | "approximately" | "approx" | "estimated") => (Qualifier::About, 1),
            _ => (Qualifier::Exact, 0),
        };
        let qual_text: &[&str] = &lower[i - qual_words..i];
        // "Fourteen people died at the scene and a fifteenth died later": the figure is a part
        // of the count, which the sentence goes on to raise.
        let raised = qualifier == Qualifier::Exact
            && (after..lower.len().saturating_sub(1)).any(|j| lower[j] == "and" && (lower[j + 1] == "another" || lower[j + 1] == "a" && lower.get(j + 2).is_some_and(|w| *w == "further" || ORDINALS.contains(w))));
        let qualifier = if raised { Qualifier::AtLeast } else { qualifier };
        let said_by = giver(words, &lower, i);
        // "She won 314 votes, with 145 against": a division result told the other way.
        let with_against = (after + 1..(after + 9).min(lower.len())).find(|&j| lower[j] == "with" && words[j - 1].then == Some(',') && lower.get(j + 2) == Some(&"against"));
        if let (Some("votes"), Some(j), true) = (lower.get(after).copied(), with_against, n >= 10) {
            if let Some(m) = lower.get(j + 1).and_then(|w| parse_number(w)).filter(|m| *m >= 10) {
                out.push(Reading::division(n, m, said_by));
                skip_to = j + 3;
                continue;
            }
        }
        // Division results: "defeated 293 to 125", "by 293 votes to 125"; not a change "from 62 to 64".
        if let Some(to) = (after..(after + 3).min(lower.len())).find(|&j| lower[j] == "to") {
            if let Some(m) = lower.get(to + 1).and_then(|w| parse_number(w)) {
                let between = &lower[after..to];
                if between.iter().all(|w| *w == "votes") && n >= 10 && m >= 10 && prev != "from" {
                    out.push(Reading::division(n, m, said_by));
                    continue;
                }
            }
        }
        if width == 1 && (1900..=2100).contains(&n) && words[i].text.len() == 4 {
            continue; // a year
        }
        // "at 11:52": a time of day, not a count.
        if text.get(..words[i].start()).is_some_and(|before| before.ends_with(':') && before[..before.len() - 1].ends_with(|c: char| c.is_ascii_digit())) {
            continue;
        }
        // "On 25 June protesters stormed…", "June 25": a day of the month, not a count.
        let month = |k: usize| lower.get(k).is_some_and(|w| super::dates::month_of(w).is_some());
        // ("In October, 24 MPs": a comma parts the month from a count.)
        if width == 1 && (1..=31).contains(&n) && (month(after) && words[i].then.is_none() || i > 0 && month(i - 1) && words[i - 1].then.is_none()) {
            continue;
        }
        let shown = if qual_text.is_empty() { shown_figure } else { format!("{} {}", qual_text.join(" "), shown_figure) };
        // A sum of money ("$61.9 billion", "£40m") measures what it is the sum of, and nothing
        // happens to it: never the people counted before it.
        let sign_before = |k: usize| text.get(..words[k].start()).and_then(|before| before.chars().last()).filter(|c| matches!(c, '$' | '£' | '€'));
        if let Some(sign) = sign_before(i).or_else(|| sign_before(i - qual_words)) {
            if let Some(counted) = money_measure(words, &lower, i - qual_words) {
                let figure = words[i..after].iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
                let shown = qual_text.iter().map(|w| format!("{w} ")).collect::<String>() + &format!("{sign}{figure}");
                out.push(Reading { counted, happening: String::new(), qualifier, number: n, against: None, shown, said_by, elliptical: false });
            }
            continue;
        }
        // "the total number of councillors who have resigned ... to 50"
        if prev == "to" || prev == "at" {
            if let Some(k) = lower[..i].iter().rposition(|w| *w == "number") {
                if lower.get(k + 1).is_some_and(|w| *w == "of") {
                    let np: Vec<&str> = lower[k + 2..].iter().copied().take_while(|w| !matches!(*w, "who" | "that" | "has" | "have" | "to" | "over" | "is")).collect();
                    if !np.is_empty() {
                        out.push(Reading { counted: normalise(&np), happening: what.clone(), qualifier, number: n, against: None, shown: n.to_string(), said_by, elliptical: false });
                    }
                    continue;
                }
            }
            // "The government put the death toll from last month's violence at 150": a death
            // toll counts people killed.
            if prev == "at" && (i.saturating_sub(9)..i).any(|k| lower[k] == "toll" && k > 0 && matches!(lower[k - 1], "death" | "the")) {
                out.push(Reading { counted: "people".into(), happening: "killed".into(), qualifier, number: n, against: None, shown: shown.clone(), said_by, elliptical: false });
                continue;
            }
            if prev == "to" {
                continue;
            }
        }
        // "207 MPs backed him, while 349 voted against and 116 abstained": a bare figure before a
        // voting verb counts what the sentence's last counted figure did ("MPs"), and the verb
        // says which side ("Of the 717 MPs who took part, 207 backed…" counts MPs too).
        let side = match lower.get(after).copied() {
            Some("voted") if lower.get(after + 1) == Some(&"against") => Some("voted against"),
            Some("voted") if lower.get(after + 1) == Some(&"for") => Some("voted"),
            Some("backed" | "supported") => Some("voted"),
            Some("opposed") => Some("voted against"),
            Some("abstained") => Some("abstained"),
            _ => None,
        };
        if let Some(side) = side {
            if let Some(counted) = out.iter().rev().find(|r| !r.counted.is_empty() && r.counted != "division result").map(|r| r.counted.clone()) {
                out.push(Reading { counted, happening: side.to_string(), qualifier, number: n, against: None, shown, said_by, elliptical: false });
                continue;
            }
        }
        // "survived by just nine votes": the margin, not a side's tally.
        let margin = prev == "by" || (prev2 == "by" && matches!(prev, "just" | "only" | "a" | "some"));
        // Up to four words to a plural noun: "56 Labour MPs", "10 other councillors", "18 shadow ministers".
        let mut np: Vec<&str> = Vec::new();
        // A figure that ends its clause, or is followed by a preposition ("119,000 in Paris",
        // "5,500 of them"), names nothing it counts.
        let names_nothing = words[after - 1].then.is_some() || matches!(lower.get(after).copied(), Some("in" | "of" | "on" | "at" | "from" | "for" | "across" | "nationwide"));
        for j in (after..(after + 5).min(words.len())).filter(|_| !names_nothing) {
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
                    let tail: Vec<&str> = lower[j + 1..(j + 5).min(lower.len())].iter().copied().take(4).collect();
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
        let counted_something = np.last().is_some_and(|last| last.ends_with('s') || *last == "people" || np.contains(&"of"));
        if !counted_something {
            // A large figure with nothing counted after it counts what the figure before it does:
            // "740,000 people had marched, while the union claimed two million"; "including
            // 119,000 in Paris" counts them in Paris.
            let ends_clause = words[after - 1].then.is_some() || after == words.len();
            let in_place = lower.get(after) == Some(&"in") && !ends_clause;
            // ("hospital records put the number at more than 200": a figure put on what the
            // sentence counted before, however small.)
            let start = i - qual_words;
            let put_at = start >= 4
                && lower[start - 1] == "at"
                && (start.saturating_sub(6)..start - 1).any(|k| matches!(lower[k], "put" | "puts" | "putting") && lower.get(k + 1) == Some(&"the") && lower.get(k + 2).is_some_and(|w| matches!(*w, "number" | "figure" | "toll" | "total" | "count" | "tally")));
            if (n >= 1_000 || width > 1 || put_at) && (ends_clause || in_place || matches!(lower.get(after).copied(), Some("nationwide" | "across" | "according"))) {
                let suffix = if in_place {
                    let place: Vec<&str> = lower[after..].iter().copied().take(4).take_while(|w| !matches!(*w, "and" | "while" | "on" | "as")).collect();
                    let end = words[after..].iter().take(place.len()).position(|w| w.then.is_some()).map_or(place.len(), |p| p + 1);
                    normalise(&place[..end])
                } else {
                    String::new()
                };
                out.push(Reading { counted: suffix, happening: String::new(), qualifier, number: n, against: None, shown, said_by, elliptical: true });
            }
            continue;
        }
        let mut counted = normalise(&np);
        // "19 died in protests", "361 injured since the protests began", "the 19 deaths": people,
        // counted by what happened to them.
        if np.first().is_some_and(|w| matches!(*w, "died" | "killed" | "injured" | "wounded" | "hurt" | "arrested" | "detained" | "dead" | "missing")) || counted == "deaths" {
            counted = "people".into();
        }
        // "fell seven votes short of a majority": a shortfall is a margin too.
        // ("won 278 votes, short of the 287 needed" is a tally.)
        let short = lower.get(after + np.len()) == Some(&"short") && words[after + np.len() - 1].then.is_none();
        let happened = if (margin || short) && counted == "votes" { "margin".to_string() } else { what.clone() };
        // Those who protest are counted as people, whatever the article calls them.
        if happened == "protested" && matches!(counted.as_str(), "protesters" | "demonstrators" | "marchers") {
            counted = "people".into();
        }
        out.push(Reading { counted, happening: happened, qualifier, number: n, against: None, shown, said_by, elliptical: false });
    }
    out
}

impl Reading {
    /// A division's result, `n` votes for the winning side to `m` for the losing side.
    fn division(n: u64, m: u64, said_by: Option<String>) -> Reading {
        Reading {
            counted: "division result".into(),
            happening: "votes for the winning side to votes for the losing side".into(),
            qualifier: Qualifier::Exact,
            number: n,
            against: Some(m),
            shown: format!("{n} to {m}"),
            said_by,
            elliptical: false,
        }
    }

    /// The closed range of true values this reading allows.
    fn bounds(&self) -> (f64, f64) {
        let n = self.number as f64;
        match self.qualifier {
            Qualifier::Exact => (n, n),
            Qualifier::AtLeast => (n, f64::INFINITY),
            Qualifier::AtMost => (0.0, n),
            // "About" is a rounded figure: a twentieth either way. (A fifth let "about 124,000"
            // and "some 160,000" of one measure pass as agreeing; a tenth, "275,000" and "about
            // 300,000" from two counters.)
            Qualifier::About => (n * 0.95, n * 1.05),
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
        readings(s, &words(s, Span { start: 0, end: s.len(), line: 1 })).into_iter().map(|r| (r.measure(), r.shown)).collect()
    }

    #[test]
    fn a_measure_is_shown_as_its_sentences_spell_it() {
        let quotes = ["Overall, 56 Labour MPs backed it.", "Some 56 Labour MPs voted, and 1,400 Israelis were killed."];
        assert_eq!(cased_measure("labour mps — voted", quotes.iter().copied()), "Labour MPs — voted");
        assert_eq!(cased_measure("israelis — killed", quotes.iter().copied()), "Israelis — killed");
        // A word first in its sentence is no evidence of its case; a tie goes to lower case.
        let quotes = ["Councillors quit. Then 50 councillors resigned.", "Around 30 Councillors resigned."];
        assert_eq!(cased_measure("councillors — resigned", quotes.iter().copied()), "councillors — resigned");
        assert_eq!(cased_measure("mps", ["56 members of Parliament"].into_iter()), "MPs");
        assert_eq!(cased_measure("members mr yoon", ["18 members of Mr Yoon's party"].into_iter()), "members Mr Yoon");
        assert_eq!(cased_measure("division result — votes for the winning side", ["defeated 293 to 125"].into_iter()), "division result — votes for the winning side");
    }

    #[test]
    fn a_figure_is_given_by_the_subject_past_an_aside() {
        let s = "The Archive of Public Gatherings, an independent group that counts crowds, put the figure this morning at about 300,000.";
        let r = readings(s, &words(s, Span { start: 0, end: s.len(), line: 1 }));
        assert_eq!(r.first().and_then(|r| r.said_by.clone()).as_deref(), Some("archive of public gatherings"));
    }

    #[test]
    fn days_of_the_month_are_not_counts_and_the_dead_are_people() {
        assert_eq!(read("On 25 June protesters stormed parliament."), vec![]);
        assert_eq!(read("Ruto says 19 died in protests."), vec![("people — killed".to_string(), "19".to_string())]);
        assert_eq!(read("That is double the 19 deaths he acknowledged."), vec![("people — killed".to_string(), "19".to_string())]);
        assert_eq!(read("The PM has resigned over the canopy collapse that killed 15 people."), vec![("people — killed".to_string(), "15".to_string())]);
        assert_eq!(read("The canopy collapsed on 1 November, killing 15 people."), vec![("people — killed".to_string(), "15".to_string())]);
        assert_eq!(read("Every day at 11:52 crowds stop traffic."), vec![]);
        assert_eq!(read("The government put the death toll from last month's violence at 150."), vec![("people — killed".to_string(), "150".to_string())]);
    }

    #[test]
    fn counts_are_read_with_their_measure() {
        assert_eq!(read("Overall, 56 Labour MPs backed the amendment."), vec![("labour mps — voted".into(), "56".into())]);
        assert_eq!(read("56 Labour members of Parliament of a total caucus of 198 voted against him")[0].0, "labour mps — voted");
        assert_eq!(read("At least 16 shadow ministers have either called for a ceasefire.")[0].1, "at least 16");
        assert_eq!(read("It takes the total number of councillors who have resigned over the row to 50, while")[0], ("councillors — resigned".into(), "50".into()));
        // What a number of people did is the verb after them, not a verb in what they signed.
        assert_eq!(read("In October, 24 Liberal MPs signed a letter calling on him to resign.")[0].0, "liberal mps — signed");
        assert_eq!(read("In the fall, 21 Liberal MPs signed a letter urging him to quit.")[0].0, "liberal mps — signed");
    }

    #[test]
    fn a_sum_of_money_measures_what_it_is_the_sum_of() {
        assert_eq!(read("It put the deficit for 2023-24 at $61.9 billion, far above the ceiling."), vec![("deficit".into(), "$61.9 billion".into())]);
        // Not "resigned", and not the people an earlier figure counted.
        assert_eq!(read("The statement tabled on the day she resigned showed a deficit of $69.1 billion."), vec![("deficit".into(), "$69.1 billion".into())]);
        assert_eq!(read("Officials put the bill at about £2.5 million."), vec![("bill".into(), "about £2.5 million".into())]);
        // A sum with nothing named before it is left out rather than guessed.
        assert!(read("He gave $5 million.").is_empty());
    }

    #[test]
    fn splits_and_tallies_told_other_ways_are_divisions() {
        assert!(read("The nine judges voted 5-4 on Wednesday that he knew.").contains(&("vote split".into(), "5-4".into())));
        assert_eq!(read("On Wednesday the court ruled 6-3 that he had breached the rules."), vec![("vote split".into(), "6-3".into())]);
        // A score or a date range is not a split.
        assert!(read("Sporting won 5-0 at home.").is_empty());
        assert!(read("the 2023-24 season").is_empty());
        assert_eq!(read("She won 314 votes in the House, with 145 against and 27 abstentions.")[0], ("division result — votes for the winning side to votes for the losing side".into(), "314 to 145".into()));
    }

    #[test]
    fn about_allows_a_twentieth_either_way() {
        let one = |s: &str| readings(s, &words(s, Span { start: 0, end: s.len(), line: 1 })).remove(0);
        let (a, b) = (one("about 124,000 party members will vote"), one("some 160,000 party members will vote"));
        assert!(!a.compatible(&b), "124,000 and 160,000 are not one rough figure");
        assert!(one("about 1,000 people marched").compatible(&one("1,040 people marched")));
        assert!(!one("about 300,000 people marched").compatible(&one("275,000 people marched")), "two counters' figures");
        assert!(!one("around 30 councillors resigned").compatible(&one("50 councillors resigned")));
    }

    fn given(s: &str) -> Vec<(String, Option<String>)> {
        readings(s, &words(s, Span { start: 0, end: s.len(), line: 1 })).into_iter().map(|r| (r.shown, r.said_by)).collect()
    }

    #[test]
    fn millions_are_read_whole() {
        let n = |s: &str| readings(s, &words(s, Span { start: 0, end: s.len(), line: 1 })).into_iter().map(|r| r.number).collect::<Vec<_>>();
        assert_eq!(n("The ministry counted 1.08 million protesters."), vec![1_080_000]);
        assert_eq!(n("More than a million people marched."), vec![1_000_000]);
        assert_eq!(n("Two million people marched."), vec![2_000_000]);
        assert_eq!(read("More than a million people marched.")[0], ("people — protested".into(), "more than a million".into()));
    }

    #[test]
    fn who_gives_a_figure_is_read_from_the_sentence() {
        assert_eq!(
            given("The interior ministry said 740,000 people had marched nationwide, while the CGT union claimed two million."),
            vec![("740,000".into(), Some("interior ministry".into())), ("two million".into(), Some("cgt union".into()))]
        );
        assert_eq!(given("Last Thursday the police had counted 1.09 million, against the unions’ 3.5 million.")[1].1.as_deref(), Some("unions"));
        assert_eq!(given("About 3,000 people marched, police said.")[0].1.as_deref(), Some("police"));
        assert_eq!(given("Some 20,000 people marched, according to organisers.")[0].1.as_deref(), Some("organisers"));
        assert_eq!(given("Some 20,000 people marched on Saturday.")[0].1, None);
    }

    #[test]
    fn a_figure_that_counts_nothing_named_is_elliptical() {
        let r = |s: &str| readings(s, &words(s, Span { start: 0, end: s.len(), line: 1 })).into_iter().map(|r| (r.counted, r.elliptical)).collect::<Vec<_>>();
        assert_eq!(r("The ministry counted 1.08 million protesters, including 119,000 in Paris."), vec![("people".into(), false), ("in paris".into(), true)]);
        assert_eq!(r("The union claimed two million."), vec![(String::new(), true)]);
        // Small bare figures are left alone ("at 10", "by five").
        assert!(r("The meeting ended at 10.").is_empty());
    }

    #[test]
    fn a_margin_is_not_a_tally() {
        assert_eq!(read("The government survived by just nine votes.")[0].0, "votes — margin");
        assert_eq!(read("Mr Dutton nominated against him but fell seven votes short of a majority.")[0].0, "votes — margin");
        assert_ne!(read("The motion won 278 votes, short of the 287 needed.")[0].0, "votes — margin");
        assert_eq!(read("The motion won 278 votes.")[0].0, "votes — voted");
        // Those a relative clause defines are counted as that, not as what the next clause says.
        assert_eq!(read("Of the 717 MPs who took part, 207 backed the chancellor.")[0], ("mps".into(), "717".into()));
        assert_eq!(read("Only 207 MPs backed him, while 349 voted against.")[0], ("mps — voted".into(), "207".into()));
        // A bare figure before a voting verb counts what the last counted figure did.
        assert_eq!(
            read("Of the 717 MPs who took part, 207 backed the chancellor, 394 voted against him and 116 abstained."),
            vec![("mps".into(), "717".into()), ("mps — voted".into(), "207".into()), ("mps — voted against".into(), "394".into()), ("mps — abstained".into(), "116".into())]
        );
        assert_eq!(read("Only 207 MPs backed him, while 349 voted against and 116 abstained.")[1], ("mps — voted against".into(), "349".into()));
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
                all.push(Reading { counted: String::new(), happening: String::new(), qualifier: q, number: n, against: None, shown: String::new(), said_by: None, elliptical: false });
            }
            for m in [10u64, 12] {
                all.push(Reading { counted: String::new(), happening: String::new(), qualifier: Qualifier::Exact, number: n, against: Some(m), shown: String::new(), said_by: None, elliptical: false });
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
        let r = |s: &str| readings(s, &words(s, Span { start: 0, end: s.len(), line: 1 })).remove(0);
        assert!(r("at least 16 shadow ministers").compatible(&r("18 shadow ministers")));
        assert!(!r("around 30 councillors").compatible(&r("50 councillors")));
    }
}
