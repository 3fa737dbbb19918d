//! The evidence behind an event, cut into pieces the components print as text: the paragraph around
//! each quoted sentence with the sentence marked, search words marked in a title, and an article
//! split into paragraphs with page furniture, the off-story stretch and quoted sentences marked.
//!
//! Everything here works on byte ranges into the article text and returns ranges, never markup:
//! the components print every piece as a text node.

use std::ops::Range;

use corpus::{Document, Source};

/// The paragraph (line) holding `start..end`, without its line break.
pub fn paragraph_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    let start = floor_char(text, start.min(text.len()));
    let end = floor_char(text, end.min(text.len())).max(start);
    let a = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let b = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let b = if text[a..b].ends_with('\r') { b - 1 } else { b };
    (a, b.max(a))
}

/// Pieces of `text[range]`, each flagged when it lies inside one of `marks` (absolute ranges).
pub fn pieces(text: &str, range: Range<usize>, marks: &[Range<usize>]) -> Vec<(String, bool)> {
    let mut marks: Vec<Range<usize>> = marks
        .iter()
        .map(|m| floor_char(text, m.start.max(range.start))..floor_char(text, m.end.min(range.end)))
        .filter(|m| m.start < m.end)
        .collect();
    marks.sort_by_key(|m| m.start);
    let mut out = Vec::new();
    let mut at = range.start;
    for m in marks {
        let m = m.start.max(at)..m.end;
        if m.start >= m.end {
            continue;
        }
        if at < m.start {
            out.push((text[at..m.start].to_string(), false));
        }
        out.push((text[m.clone()].to_string(), true));
        at = m.end;
    }
    if at < range.end {
        out.push((text[at..range.end].to_string(), false));
    }
    out
}

/// Where each search word occurs in `text`, ignoring case (byte ranges into `text`).
pub fn search_hits(text: &str, words: &[String]) -> Vec<Range<usize>> {
    if words.is_empty() {
        return Vec::new();
    }
    // Lower-case char by char, remembering where each lower-case byte came from: lower-casing can
    // change a character's length, so offsets into the lower-cased copy are not offsets into `text`.
    let mut lower = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        for l in c.to_lowercase() {
            let before = lower.len();
            lower.push(l);
            origin.extend(std::iter::repeat_n(i, lower.len() - before));
        }
    }
    let mut hits = Vec::new();
    for word in words.iter().filter(|w| !w.is_empty()) {
        let mut from = 0;
        while let Some(found) = lower[from..].find(word.as_str()) {
            let a = from + found;
            let b = a + word.len();
            // From the start of the character the hit starts in to the end of the one it ends in.
            let last = origin[b - 1];
            hits.push(origin[a]..last + text[last..].chars().next().map_or(0, char::len_utf8));
            from = b;
        }
    }
    hits.sort_by_key(|h| h.start);
    hits
}

/// How the reader shows one paragraph of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub range: Range<usize>,
    /// Why the paragraph is page furniture, when it is.
    pub furniture: Option<String>,
    /// The article has moved to an unrelated story by here.
    pub off_story: bool,
    /// True on the first paragraph of the off-story stretch, where the reader says so.
    pub off_story_starts: bool,
    /// Parts of it the open event quotes.
    pub quoted: Vec<Range<usize>>,
}

/// An article's non-empty paragraphs, marked for the reader.
pub fn paragraphs(doc: &Document, quoted: &[&Source]) -> Vec<Paragraph> {
    let text = doc.text.as_str();
    let mut out: Vec<Paragraph> = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let range = start..start + body.len();
        start = end;
        if body.trim().is_empty() {
            continue;
        }
        let furniture = doc
            .furniture
            .iter()
            .find(|f| (f.start as usize) < range.end && range.start < f.end as usize)
            .map(|f| f.label.clone());
        let off_story = doc.off_story.as_ref().is_some_and(|o| range.start >= o.start as usize || (o.start as usize) < range.end && range.start < o.end as usize);
        let off_story_starts = off_story && !out.last().is_some_and(|p| p.off_story);
        let quoted = quoted
            .iter()
            .filter(|s| (s.start as usize) < range.end && range.start < s.end as usize)
            .map(|s| s.start as usize..s.end as usize)
            .collect();
        out.push(Paragraph { range, furniture, off_story, off_story_starts, quoted });
    }
    out
}

fn floor_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus::Marked;

    #[test]
    fn the_paragraph_is_the_line_around_the_quote() {
        let text = "First line.\r\nSecond one. Quoted here. After.\nThird.";
        let q = text.find("Quoted").unwrap();
        let (a, b) = paragraph_around(text, q, q + 12);
        assert_eq!(&text[a..b], "Second one. Quoted here. After.");
        let pieces = pieces(text, a..b, std::slice::from_ref(&(q..q + 12)));
        assert_eq!(pieces, [("Second one. ".into(), false), ("Quoted here.".into(), true), (" After.".into(), false)]);
    }

    #[test]
    fn search_hits_ignore_case_and_survive_letters_that_change_length() {
        let text = "İstanbul talks: CEASEFIRE now, ceasefire later";
        let hits = search_hits(text, &["ceasefire".into()]);
        assert_eq!(hits.iter().map(|h| &text[h.clone()]).collect::<Vec<_>>(), ["CEASEFIRE", "ceasefire"]);
        let hits = search_hits(text, &["istanbul".into()]);
        assert!(hits.is_empty() || text.is_char_boundary(hits[0].end));
        assert!(search_hits(text, &[]).is_empty());
    }

    #[test]
    fn the_reader_marks_furniture_the_other_story_and_the_quote() {
        let text = "Lead paragraph.\n\nWatch: video 2:36\nQuoted sentence here.\nUkraine talks began.\nMore Ukraine.\n";
        let doc = Document {
            id: "a".into(),
            file: "a.txt".into(),
            title: "t".into(),
            outlet: None,
            url: None,
            published: None,
            text: text.into(),
            furniture: vec![Marked { start: 17, end: 34, label: "video prompt".into() }],
            off_story: Some(Marked { start: text.find("Ukraine").unwrap() as u32, end: text.len() as u32, label: "Ukraine".into() }),
        };
        let q = text.find("Quoted").unwrap() as u32;
        let source = Source { doc: "a.txt".into(), start: q, end: q + 21, quote: "Quoted sentence here.".into() };
        let paras = paragraphs(&doc, &[&source]);
        assert_eq!(paras.len(), 5, "blank lines are not paragraphs");
        assert_eq!(paras[1].furniture.as_deref(), Some("video prompt"));
        assert_eq!(paras[2].quoted, vec![q as usize..q as usize + 21]);
        assert!(!paras[2].off_story && paras[3].off_story_starts && paras[4].off_story && !paras[4].off_story_starts);
    }
}
