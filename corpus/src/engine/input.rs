//! Reading articles: which files count, how bytes become text, and the optional header.
//!
//! Outcomes for awkward input (each is tested in `tests/bad_input.rs`):
//! - a file not ending in `.txt` (or a folder) is skipped with a warning;
//! - an empty or blank file is skipped with a warning (there is nothing to show);
//! - invalid UTF-8 is decoded with U+FFFD in place of the bad bytes, with a warning naming the line;
//! - a NUL byte becomes a space (same length, so offsets still hold), with a warning naming the line;
//! - a leading byte-order mark is removed; CRLF and lone CR line ends are read as line breaks;
//! - a header date that is not a real `YYYY-MM-DD` date is ignored with a warning naming the line,
//!   and the document is treated as undated;
//! - a file whose bytes repeat an earlier file's is skipped with a warning naming both;
//! - two names that differ only in letter case fail the build (they collide on case-insensitive disks).

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;

use super::error::{line_of, CorpusError, Warning};
use crate::model::{DateRange, Document, Precision};

/// A file as read from disk (or made by a test).
#[derive(Debug, Clone)]
pub struct InputFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// One article, decoded, with its header read.
#[derive(Debug, Clone)]
pub struct Article {
    pub file: String,
    pub id: String,
    pub text: String,
    pub title: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    /// Where the body starts: after the date marker line or header block.
    pub body_start: usize,
    /// The title was not given in a header, so it was taken from the text.
    pub title_from_text: bool,
    /// Why the publication date is believed, when not from the article's own header.
    pub published_basis: Option<String>,
}

impl Article {
    pub fn document(&self) -> Document {
        Document {
            id: self.id.clone(),
            file: self.file.clone(),
            title: self.title.clone(),
            outlet: self.outlet.clone(),
            url: self.url.clone(),
            published: self.published.map(|d| DateRange {
                earliest: Some(d.to_string()),
                latest: Some(d.to_string()),
                precision: Precision::Day,
                basis: self.published_basis.clone().unwrap_or_else(|| "stated in the article's header".to_string()),
            }),
            text: self.text.clone(),
            furniture: Vec::new(),
            off_story: None,
        }
    }
}

/// Reads every regular file in `dir`, sorted by name. Unreadable folders fail with the path.
pub fn read_dir(dir: &Path) -> Result<Vec<InputFile>, CorpusError> {
    let shown = dir.display().to_string();
    let entries = std::fs::read_dir(dir)
        .map_err(|e| CorpusError::new(&shown, None, format!("cannot read the corpus folder: {e}")))?;
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| CorpusError::new(&shown, None, format!("cannot list the corpus folder: {e}")))?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if !path.is_file() || name.starts_with('.') {
            continue;
        }
        let bytes = std::fs::read(&path)
            .map_err(|e| CorpusError::new(&name, None, format!("cannot read the file: {e}")))?;
        files.push(InputFile { name, bytes });
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(files)
}

/// Decodes and checks every `.txt` file; see the module docs for each fallback.
pub fn load_all(files: Vec<InputFile>, warnings: &mut Vec<Warning>) -> Result<Vec<Article>, CorpusError> {
    let mut by_lower: HashMap<String, String> = HashMap::new();
    let repeats = repeated_bytes(&files);
    let mut articles = Vec::new();
    for (file, repeat) in files.into_iter().zip(repeats) {
        if !is_article_name(&file.name) {
            if file.name != "corpus.toml" {
                warnings.push(Warning::new(&file.name, None, "skipped: only .txt files are articles"));
            }
            continue;
        }
        if let Some(other) = by_lower.insert(file.name.to_lowercase(), file.name.clone()) {
            return Err(CorpusError::new(
                &file.name,
                None,
                format!("has the same name as {other} apart from letter case; rename one of them"),
            ));
        }
        if let Some(other) = repeat {
            warnings.push(Warning::new(&file.name, None, format!("skipped: the same bytes as {other}")));
            continue;
        }
        if let Some(article) = load(file, warnings) {
            articles.push(article);
        }
    }
    Ok(articles)
}

fn is_article_name(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(".txt")
}

/// For each file, the name of the first earlier article file (see [`is_article_name`]) with the
/// same bytes. Found by comparing the bytes themselves, keyed by a hash that reads eight bytes at
/// a time: a byte-at-a-time hash (FNV-1a) cost about ten instructions per input byte, and a bare
/// hash could also take two different files for copies.
fn repeated_bytes(files: &[InputFile]) -> Vec<Option<String>> {
    let mut first: rustc_hash::FxHashMap<&[u8], &str> = rustc_hash::FxHashMap::default();
    files
        .iter()
        .map(|f| {
            if !is_article_name(&f.name) {
                return None;
            }
            match first.entry(&f.bytes) {
                std::collections::hash_map::Entry::Occupied(e) => Some(e.get().to_string()),
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(&f.name);
                    None
                }
            }
        })
        .collect()
}

/// Decodes one file. `None` (with a warning) when there is nothing to show.
pub fn load(file: InputFile, warnings: &mut Vec<Warning>) -> Option<Article> {
    let name = file.name;
    let mut bytes = file.bytes;
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    // memchr: a vectorised scan, not a byte-by-byte loop (almost no file has a NUL).
    if let Some(pos) = memchr::memchr(0, &bytes) {
        let count = bytes.iter().filter(|&&b| b == 0).count();
        warnings.push(Warning::new(
            &name,
            Some(line_of(&bytes, pos)),
            format!("{count} NUL byte(s) replaced by spaces"),
        ));
        bytes.iter_mut().filter(|b| **b == 0).for_each(|b| *b = b' ');
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let pos = err.utf8_error().valid_up_to();
            let bytes = err.into_bytes();
            warnings.push(Warning::new(
                &name,
                Some(line_of(&bytes, pos)),
                "not valid UTF-8: undecodable bytes shown as \u{FFFD}",
            ));
            String::from_utf8_lossy(&bytes).into_owned()
        }
    };
    if text.trim().is_empty() {
        warnings.push(Warning::new(&name, None, "skipped: the file is empty"));
        return None;
    }
    let id = name.rsplit_once('.').map(|(stem, _)| stem).unwrap_or(&name).to_string();
    let mut article = Article {
        file: name.clone(),
        id,
        text: String::new(),
        title: String::new(),
        outlet: None,
        url: None,
        published: None,
        body_start: 0,
        title_from_text: false,
        published_basis: None,
    };
    read_header(&text, &mut article, warnings);
    if article.title.is_empty() {
        article.title = default_title(&text[article.body_start..]);
        article.title_from_text = true;
    }
    article.text = text;
    Some(article)
}

/// Reads the ` date YYYY-MM-DD …` marker line or a `key: value` header block ended by a blank line.
fn read_header(text: &str, article: &mut Article, warnings: &mut Vec<Warning>) {
    let first_line_end = text.find(['\n', '\r']).unwrap_or(text.len());
    let first = &text[..first_line_end];
    if let Some(rest) = first.trim_start().strip_prefix("date ") {
        let token = rest.split_whitespace().next().unwrap_or("");
        match NaiveDate::parse_from_str(token, "%Y-%m-%d") {
            Ok(date) => article.published = Some(date),
            Err(_) => warnings.push(Warning::new(
                &article.file,
                Some(1),
                format!("date marker `{token}` is not a YYYY-MM-DD date; the article is treated as undated"),
            )),
        }
        // The rest of the marker line ("Live updates: …") stays in the body, where furniture rules see it.
        let token_end = first.find(token).map(|p| p + token.len()).unwrap_or(first_line_end);
        article.body_start = if token.is_empty() { first_line_end } else { token_end };
        return;
    }
    // A header block: every line up to the first blank one is `key: value` with a known key.
    let mut offset = 0;
    let mut fields = Vec::new();
    for (number, line) in lines(text) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            break;
        }
        let Some((key, value)) = trimmed.split_once(':') else { return };
        let key = key.trim().to_ascii_lowercase();
        if !matches!(key.as_str(), "url" | "date" | "outlet" | "title") {
            return;
        }
        fields.push((number, key, value.trim().to_string()));
        offset = line.as_ptr() as usize - text.as_ptr() as usize + line.len();
    }
    if fields.is_empty() {
        return;
    }
    for (number, key, value) in fields {
        match key.as_str() {
            "url" => article.url = Some(value),
            "outlet" => article.outlet = Some(value),
            "title" => article.title = value,
            _ => match NaiveDate::parse_from_str(&value, "%Y-%m-%d") {
                Ok(date) => article.published = Some(date),
                Err(_) => warnings.push(Warning::new(
                    &article.file,
                    Some(number),
                    format!("header date `{value}` is not a YYYY-MM-DD date; the article is treated as undated"),
                )),
            },
        }
    }
    article.body_start = offset;
}

/// Lines with 1-based numbers; `\n`, `\r\n` and lone `\r` all end a line.
pub fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split('\n')
        .flat_map(|l| l.strip_suffix('\r').unwrap_or(l).split('\r'))
        .enumerate()
        .map(|(i, l)| (i + 1, l))
}

/// The first line, if it reads like a headline; else the first sentence, shortened.
fn default_title(body: &str) -> String {
    let first = lines(body).map(|(_, l)| l.trim()).find(|l| !l.is_empty()).unwrap_or("");
    shorten(first, 90)
}

/// Cuts `s` at a word boundary to at most `max` characters, adding an ellipsis when cut.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, bytes: &[u8]) -> InputFile {
        InputFile { name: name.to_string(), bytes: bytes.to_vec() }
    }

    #[test]
    fn repeated_bytes_names_the_first_article_with_the_same_bytes() {
        let files = [
            file("notes.md", b"same"),
            file("a.txt", b"same"),
            file("b.TXT", b"same"),
            file("c.txt", b"other"),
            file("d.txt", b"same"),
            file("e.txt", b""),
            file("f.txt", b""),
            file("g.txt", b"samf"),
        ];
        let got = repeated_bytes(&files);
        let want = [None, None, Some("a.txt"), None, Some("a.txt"), None, Some("e.txt"), None];
        assert_eq!(got.iter().map(Option::as_deref).collect::<Vec<_>>(), want);
    }
}
