//! Page furniture: the text a web page wraps around an article (video-player prompts and their
//! timestamps, `READ MORE:` links, photo credits, social-embed consent notices, comment policies).
//!
//! Furniture never becomes an event, but it stays in the document so the source view can show it,
//! marked as such. Rules are about the *shape* of web furniture, never about one site's wording of
//! one story, so they carry over to articles nobody has seen.

use super::text::Span;
use rustc_hash::FxHashMap as HashMap;

/// Why a line was judged to be furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FurnitureKind {
    Video,
    ReadMore,
    PhotoCredit,
    Embed,
    Comments,
    Heading,
    Control,
}

impl FurnitureKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FurnitureKind::Video => "video player",
            FurnitureKind::ReadMore => "link to another story",
            FurnitureKind::PhotoCredit => "photo caption or credit",
            FurnitureKind::Embed => "social-media embed notice",
            FurnitureKind::Comments => "comment policy",
            FurnitureKind::Heading => "headline or cross-heading",
            FurnitureKind::Control => "advertisement or sharing prompt",
        }
    }
}

/// Classifies each line; `None` means article text.
pub fn classify_lines(text: &str, lines: &[Span]) -> Vec<Option<FurnitureKind>> {
    let mut out: Vec<Option<FurnitureKind>> = lines.iter().map(|l| classify_line(l.of(text))).collect();
    for i in 0..lines.len() {
        let line = lines[i].of(text);
        // A video player: its timestamp line is followed by the clip's caption.
        if is_timestamp(line) {
            out[i] = Some(FurnitureKind::Video);
            // …and preceded by its title ("Watch the prime minister's statement in full").
            if i > 0 && out[i - 1].is_none() && is_caption(lines[i - 1].of(text)) {
                out[i - 1] = Some(FurnitureKind::Video);
            }
            if let Some(next) = lines.get(i + 1) {
                if out[i + 1].is_none() && is_caption(next.of(text)) {
                    out[i + 1] = Some(FurnitureKind::Video);
                }
            }
        }
        // An embed's platform name, or its prompt ("We want to show you a post from Twitter
        // here"), sits on the line above its consent notice, not as a finished sentence.
        if out[i] == Some(FurnitureKind::Embed) && i > 0 && out[i - 1].is_none() {
            let above = lines[i - 1].of(text);
            if above.split_whitespace().count() <= 2 || is_caption(above) {
                out[i - 1] = Some(FurnitureKind::Embed);
            }
        }
        // Headlines and cross-headings: short title-like lines without closing punctuation.
        if out[i].is_none() && is_heading(line) {
            out[i] = Some(FurnitureKind::Heading);
        }
    }
    // Boilerplate that runs to the end: once a comment policy starts, and most of what follows is
    // furniture too, the rest of the page is furniture (it catches the policy's plainer sentences).
    if let Some(first) = out.iter().position(|k| *k == Some(FurnitureKind::Comments)) {
        let tail = &out[first..];
        let marked = tail.iter().filter(|k| k.is_some()).count();
        if marked * 3 >= tail.len() {
            for k in &mut out[first..] {
                k.get_or_insert(FurnitureKind::Comments);
            }
        }
    }
    out
}

/// The keyword groups furniture rules look for. One automaton finds all of them in one pass over a
/// line (ASCII case-insensitively), instead of one substring search per keyword.
const GROUPS: &[(Group, &[&str])] = &[
    (Group::Video, &["video player", "watch the video", "video unavailable", "this video can not be played"]),
    // ("… on Monday. Photo: The Capital Ledger", "(Photo: AFP)": a caption's credit after it.)
    (Group::Photo, &[" pic:", " pics:", "file photo", "(getty images)", "photograph:", "pictured speaking", "picture: ", ". photo: ", "(photo: ", "(photo credit"]),
    (Group::Embed, &["cookies", "privacy options", "this content is provided by", "enable javascript", "consent to"]),
    (Group::CommentTopic, &["comment", "moderat"]),
    (Group::CommentContext, &["subscriber", "readers", "moderat", "report this", "cancel", "post "]),
    (Group::CommentSure, &["read the rules", "last updated:", "report this comment"]),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    Video,
    Photo,
    Embed,
    CommentTopic,
    CommentContext,
    CommentSure,
}

/// The keyword automaton as a dense table walked by this crate's own loop: `next[state][byte]`
/// holds the next state shifted left by 8, with the low 8 bits saying which groups have a keyword
/// ending there (bit `g` for group `g`), so each byte costs one table load. A row per state, as a
/// 256-entry array, needs no bounds check on the byte. (The table is read out of aho-corasick's DFA
/// once; walking it here, optimised with the rest of the engine, costs a few instructions a byte.)
struct Keywords {
    next: Vec<[u32; 256]>,
    start: u32,
}

fn keywords() -> &'static Keywords {
    use aho_corasick::automaton::Automaton;
    static AC: std::sync::OnceLock<Keywords> = std::sync::OnceLock::new();
    AC.get_or_init(|| {
        let (groups, patterns): (Vec<Group>, Vec<&str>) = GROUPS.iter().flat_map(|(g, ws)| ws.iter().map(move |w| (*g, *w))).unzip();
        // Standard match semantics: a state's matches include those of its suffixes, so every
        // keyword ending at a byte (overlapping or not) is seen at the state reached there.
        let dfa = aho_corasick::dfa::DFA::builder()
            .ascii_case_insensitive(true)
            .start_kind(aho_corasick::StartKind::Unanchored)
            .build(patterns)
            .expect("the furniture keywords form a valid automaton");
        let start = dfa.start_state(aho_corasick::Anchored::No).expect("an unanchored start state");
        // Number the states reachable from the start, breadth first.
        let mut index: HashMap<aho_corasick::automaton::StateID, u32> = HashMap::default();
        let mut order = vec![start];
        index.insert(start, 0);
        let mut next = Vec::new();
        let mut k = 0;
        while k < order.len() {
            let sid = order[k];
            for b in 0..=255u8 {
                let to = dfa.next_state(aho_corasick::Anchored::No, sid, b);
                let n = order.len() as u32;
                let id = *index.entry(to).or_insert_with(|| {
                    order.push(to);
                    n
                });
                next.push(id);
            }
            k += 1;
        }
        let state_groups: Vec<u32> = order
            .iter()
            .map(|&sid| {
                let matches = if dfa.is_match(sid) { dfa.match_len(sid) } else { 0 };
                (0..matches).fold(0u32, |bits, i| bits | 1 << groups[dfa.match_pattern(sid, i).as_usize()] as u32)
            })
            .collect();
        let next = next
            .chunks_exact(256)
            .map(|row| std::array::from_fn(|b| row[b] << 8 | state_groups[row[b] as usize]))
            .collect();
        Keywords { next, start: 0 }
    })
}

/// A line that is only an advertisement's label or a page's sharing control ("Advertisement",
/// "Share this update", "Story continues below advertisement").
fn is_control(line: &str) -> bool {
    let l = line.trim().trim_end_matches(['.', ':']).to_ascii_lowercase();
    l.len() <= 40
        && (matches!(l.as_str(), "advertisement" | "advert" | "sponsored" | "ad" | "skip advertisement" | "story continues below advertisement" | "article continues below advertisement" | "continue reading" | "copy link" | "share" | "share this")
            || l.strip_prefix("share this ").is_some_and(|what| matches!(what, "article" | "story" | "update" | "post" | "page" | "video"))
            || l.strip_prefix("share on ").is_some_and(|what| matches!(what, "facebook" | "twitter" | "x" | "whatsapp" | "linkedin" | "email")))
}

fn classify_line(line: &str) -> Option<FurnitureKind> {
    if line.len() <= 40 && is_control(line) {
        return Some(FurnitureKind::Control);
    }
    let kw = keywords();
    let mut state = kw.start;
    let mut bits = 0u32;
    for &b in line.as_bytes() {
        let to = kw.next[state as usize][b as usize];
        state = to >> 8;
        bits |= to;
    }
    let bits = bits as u8;
    let found: [bool; 6] = std::array::from_fn(|g| bits & (1 << g) != 0);
    let has = |g: Group| found[g as usize];
    if has(Group::Video) {
        return Some(FurnitureKind::Video);
    }
    if let Some((head, _)) = line.split_once(':') {
        let head = head.trim().to_lowercase();
        if matches!(head.as_str(), "read more" | "related" | "also read" | "more on this story" | "read next" | "watch" | "listen" | "live updates" | "live") {
            return Some(FurnitureKind::ReadMore);
        }
        if matches!(head.as_str(), "image" | "photo" | "picture" | "credit") && line.len() - line.trim_start().len() == 0 {
            return Some(FurnitureKind::PhotoCredit);
        }
    }
    if has(Group::Photo) {
        return Some(FurnitureKind::PhotoCredit);
    }
    if has(Group::Embed) {
        return Some(FurnitureKind::Embed);
    }
    if has(Group::CommentSure) || has(Group::CommentTopic) && has(Group::CommentContext) {
        return Some(FurnitureKind::Comments);
    }
    None
}

/// `2:36`, `10:47`, `1:02:03`: a media player's duration on a line of its own.
fn is_timestamp(line: &str) -> bool {
    // At most "12:34:56": longer lines are ruled out before splitting.
    if line.len() > 8 {
        return false;
    }
    let parts: Vec<&str> = line.split(':').collect();
    (2..=3).contains(&parts.len())
        && parts.iter().all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A clip caption: a short line that is not a finished sentence.
fn is_caption(line: &str) -> bool {
    line.split_whitespace().take(13).count() <= 12 && !line.ends_with(['.', '"', '”'])
}

/// A headline or cross-heading: few words, no sentence punctuation at the end, mostly capitalised.
fn is_heading(line: &str) -> bool {
    // The punctuation tests need no splitting and rule out most paragraphs; past them, seventeen
    // words are enough to rule a line out.
    if line.ends_with(['.', '!', '?', '"', '”', ':', ',']) || line.contains(['“', '"']) {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().take(17).collect();
    if words.len() < 2 || words.len() > 16 {
        return false;
    }
    let capitalised = words.iter().filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())).count();
    let small = ["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "over", "with", "from", "into"];
    let function_words = words.iter().filter(|w| small.contains(w)).count();
    capitalised + function_words == words.len() || (capitalised * 2 >= words.len() && words.len() <= 10)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::text::lines;

    fn kinds(text: &str) -> Vec<Option<FurnitureKind>> {
        classify_lines(text, &lines(text, 0))
    }

    #[test]
    fn a_video_prompt_its_timestamp_and_caption_are_furniture_but_the_next_paragraph_is_not() {
        let text = "Ministers met today.\nPlease use Chrome browser for a more accessible video player\n2:36\nFloods hit the south\nThe minister said the plan was sound.";
        use FurnitureKind::*;
        assert_eq!(kinds(text), vec![None, Some(Video), Some(Video), Some(Video), None]);
    }

    #[test]
    fn read_more_links_credits_and_embed_notices_are_furniture() {
        let text = "READ MORE: Poll shows voters unhappy\nImage: The mayor arrives. Pic: AP\nX\nThis content is provided by X, which may be using cookies and other technologies.\nThe council voted 30 to 12 on the plan.";
        use FurnitureKind::*;
        assert_eq!(kinds(text), vec![Some(ReadMore), Some(PhotoCredit), Some(Embed), Some(Embed), None]);
    }

    #[test]
    fn captions_with_credits_advertisements_and_sharing_prompts_are_furniture() {
        let text = "Freeland leaves her office on Monday. Photo: The Capital Ledger\nFreeland speaks to reporters. (Photo: Adrian Wyld/The Canadian Press)\nAdvertisement\nShare this update\nShare this article on Facebook, he said, and nobody did.\nThe advertisement ran for a week.";
        use FurnitureKind::*;
        assert_eq!(kinds(text), vec![Some(PhotoCredit), Some(PhotoCredit), Some(Control), Some(Control), None, None]);
    }

    #[test]
    fn a_clip_title_above_its_timestamp_and_an_embed_prompt_above_its_notice_are_furniture() {
        let text = "Ministers met today.\nWatch the minister's statement in full\n7:04\nThe minister speaks outside the office\nThe vote was lost.\nWe want to show you a post from Instagram here\nInstagram may set cookies when this content loads.\nThe leader resigned.";
        use FurnitureKind::*;
        assert_eq!(kinds(text), vec![None, Some(Video), Some(Video), Some(Video), None, Some(Embed), Some(Embed), None]);
        // A finished sentence above a timestamp stays text.
        assert_eq!(kinds("The minister resigned this morning.\n2:36\nClip")[0], None);
    }

    #[test]
    fn a_comment_policy_at_the_end_takes_its_plain_sentences_with_it() {
        let text = "The vote was lost.\nWhy are we making commenting only available to subscribers?\nThat is invaluable.\nReaders’ comments: You are personally liable for any comments. We post-moderate.\nReport this comment Cancel";
        assert_eq!(kinds(text)[0], None);
        assert!(kinds(text)[1..].iter().all(|k| *k == Some(FurnitureKind::Comments)));
    }

    #[test]
    fn an_ordinary_sentence_about_readers_or_a_time_is_not_furniture() {
        let text = "The paper's readers wrote in to complain about the 10:30 vote.\nShe arrived at 9:15 and said: “We will not resign.”";
        assert_eq!(kinds(text), vec![None, None]);
    }
}
