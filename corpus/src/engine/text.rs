//! Splitting an article into lines and sentences, keeping byte ranges into the original text.

/// A span of the article text: `text[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    /// 1-based line number of `start`.
    pub line: usize,
}

impl Span {
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Non-blank lines from `from` on, trimmed, with byte ranges. `\n`, `\r\n` and lone `\r` end lines.
pub fn lines(text: &str, from: usize) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut line_no = 1 + bytes[..from].iter().enumerate().filter(|&(i, &b)| is_break(bytes, i, b)).count();
    let mut start = from;
    // Line ends are found with memchr (a vectorised scan), not byte by byte.
    while let Some(offset) = memchr::memchr2(b'\n', b'\r', &bytes[start..]) {
        let mut end = start + offset;
        push_trimmed(text, start, end, line_no, &mut out);
        if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
            end += 1;
        }
        line_no += 1;
        start = end + 1;
    }
    push_trimmed(text, start, bytes.len(), line_no, &mut out);
    out
}

fn is_break(bytes: &[u8], i: usize, b: u8) -> bool {
    b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'))
}

fn push_trimmed(text: &str, start: usize, end: usize, line: usize, out: &mut Vec<Span>) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        out.push(Span { start: start + lead, end: start + lead + trimmed.len(), line });
    }
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "prof", "rev", "sgt", "lt", "col", "capt",
    "jr", "sr", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
];

/// Sentences within one line. Scans bytes for `.`, `!` and `?` (ASCII, so byte positions are
/// character boundaries) and looks at the characters around each only there.
pub fn sentences(text: &str, line: Span) -> Vec<Span> {
    let mut out = Vec::new();
    sentences_into(text, line, |s| out.push(s));
    out
}

/// As [`sentences`], handing each sentence to `out` (so an article's sentences can go straight
/// into one vector, without a vector per line).
pub fn sentences_into(text: &str, line: Span, mut out: impl FnMut(Span)) {
    let s = line.of(text);
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    // The next stop is found with memchr; only there are the characters around it looked at.
    while let Some(offset) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]) {
        i += offset;
        let b = bytes[i];
        // Take closing quotes and brackets with the sentence.
        let mut end = i + 1;
        for c in s[end..].chars() {
            if matches!(c, '"' | '”' | '’' | '\'' | ')') {
                end += c.len_utf8();
            } else {
                break;
            }
        }
        let after = &s[end..];
        let next_is_space = after.chars().next().is_some_and(char::is_whitespace);
        let next = end + (after.len() - after.trim_start().len());
        let opens_sentence = s[next..].chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '“' | '"' | '‘'));
        if b == b'.' && is_abbreviation(&s[start..i]) {
            i += 1;
            continue;
        }
        if next_is_space && opens_sentence {
            out(Span { start: line.start + start, end: line.start + end, line: line.line });
            start = next;
            i = next;
            continue;
        }
        i += 1;
    }
    if start < s.len() {
        let rest = s[start..].trim_end();
        if !rest.is_empty() {
            out(Span { start: line.start + start, end: line.start + start + rest.len(), line: line.line });
        }
    }
}

fn is_abbreviation(before: &str) -> bool {
    // The last word, found by a byte scan back over ASCII; a non-ASCII character on the way (it
    // may be Unicode whitespace) sends the search to the character-wise split.
    let bytes = before.as_bytes();
    let mut k = bytes.len();
    while k > 0 && bytes[k - 1] < 0x80 && !matches!(bytes[k - 1], b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b'(') {
        k -= 1;
    }
    let word = if k > 0 && bytes[k - 1] >= 0x80 {
        before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("")
    } else {
        &before[k..]
    };
    // Longer than five bytes: neither a single capital nor a listed abbreviation.
    if word.len() > 5 {
        return false;
    }
    let mut chars = word.chars();
    let single_capital = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    single_capital || (word.len() <= 5 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        lines(text, 0).into_iter().flat_map(|l| sentences(text, l)).map(|s| s.of(text)).collect()
    }

    #[test]
    fn sentences_end_at_stops_but_not_at_titles() {
        assert_eq!(
            split("Mr. Smith quit. He said “no.” Then 56 MPs voted.\r\nNew line here"),
            vec!["Mr. Smith quit.", "He said “no.”", "Then 56 MPs voted.", "New line here"]
        );
    }

    #[test]
    fn lone_cr_ends_a_line_and_line_numbers_count_it() {
        let text = "one\rtwo\r\nthree\nfour";
        let got: Vec<(usize, &str)> = lines(text, 0).iter().map(|l| (l.line, l.of(text))).collect();
        assert_eq!(got, vec![(1, "one"), (2, "two"), (3, "three"), (4, "four")]);
    }
}
