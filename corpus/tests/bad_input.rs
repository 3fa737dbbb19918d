//! Bad input never panics and never silently drops a good article.
//!
//! Each case builds a corpus in memory from one awkward file between two good articles, and checks
//! the outcome `src/engine/input.rs` documents for it: a warning naming the file (and the line,
//! where the docs say so) or a build error naming the file; both good articles still in the
//! dataset, unchanged; and, where the awkward file is kept, its text in the dataset too. Every build
//! that succeeds is also checked for exact byte ranges: each source's `quote` is
//! `document.text[start..end]`.

use std::path::PathBuf;
use std::time::Instant;

use corpus::engine::{build, build_dir, Built, CorpusError, InputFile, Warning};
use corpus::{Dataset, Document, EventKind, Source};

// ---------------------------------------------------------------------------------------------
// The two good articles every case carries along.

const COUNCIL_FILE: &str = "council_vote.txt";
const COUNCIL: &str = "title: Council approves protected cycle lanes\n\
date: 2024-03-13\n\
outlet: Riverside Gazette\n\
\n\
Riverside council voted 31 to 12 on Wednesday night to approve a network of protected cycle lanes. \
Councillor Maria Lopez said the scheme would make the high street safer for children walking to school.\n\
\n\
Opponents argued the lanes would hurt trade on Bridge Street, but the motion passed after a three-hour debate.\n";

const MINISTER_FILE: &str = "minister_resigns.txt";
const MINISTER: &str = " date 2024-03-15 Live updates\n\
Transport minister Daniel Okafor resigned on Thursday after a row over rail funding. \
In a letter to the prime minister, Mr Okafor said he could no longer defend cuts to rural bus services.\n\
\n\
Downing Street said a successor would be named within days.\n";

/// A third article, used as the awkward file in the cases about encodings and line ends.
const FERRY: &str = "title: Ferry strike called off after overnight talks\n\
date: 2024-03-14\n\
outlet: Harbour Times\n\
\n\
Union leaders called off the ferry strike after overnight talks with the operator. \
Hundreds of passengers had rebooked, and the operator said services would run as normal.\n\
\n\
Union members voted 412 to 88 to accept a revised pay offer. \
Spokeswoman Aisha Grant said the deal protected jobs on the island routes.\n\
\n\
Protesters gathered at the terminal on Thursday to demand a fare freeze.\n";

fn file(name: &str, bytes: impl Into<Vec<u8>>) -> InputFile {
    InputFile { name: name.to_string(), bytes: bytes.into() }
}

/// The good articles with the awkward files between them, so a bad file neither comes first nor last.
fn with_good(bad: Vec<InputFile>) -> Vec<InputFile> {
    let mut files = vec![file(COUNCIL_FILE, COUNCIL)];
    files.extend(bad);
    files.push(file(MINISTER_FILE, MINISTER));
    files
}

// ---------------------------------------------------------------------------------------------
// Checks shared by every case.

/// Builds, failing the test (with the error) if the build fails, and checks every byte range.
fn build_ok(files: Vec<InputFile>) -> Built {
    let built = match build(files) {
        Ok(built) => built,
        Err(e) => panic!("the build failed: {e}"),
    };
    check_ranges(&built.dataset);
    built
}

fn build_err(files: Vec<InputFile>) -> CorpusError {
    match build(files) {
        Ok(built) => panic!("the build succeeded; warnings: {:?}", shown(&built.warnings)),
        Err(e) => e,
    }
}

fn shown(warnings: &[Warning]) -> Vec<String> {
    warnings.iter().map(|w| w.to_string()).collect()
}

fn files_of(d: &Dataset) -> Vec<&str> {
    d.documents.iter().map(|doc| doc.file.as_str()).collect()
}

fn doc<'a>(d: &'a Dataset, file: &str) -> &'a Document {
    d.documents
        .iter()
        .find(|doc| doc.file == file)
        .unwrap_or_else(|| panic!("{file} is not in the dataset; documents: {:?}", files_of(d)))
}

fn has_doc(d: &Dataset, file: &str) -> bool {
    d.documents.iter().any(|doc| doc.file == file)
}

/// Both good articles are in the dataset with their text unchanged, and neither drew a warning.
fn assert_good_kept(built: &Built) {
    let d = &built.dataset;
    assert_eq!(doc(d, COUNCIL_FILE).text, COUNCIL, "the council article's text changed");
    assert_eq!(doc(d, MINISTER_FILE).text, MINISTER, "the minister article's text changed");
    let about_good: Vec<&Warning> = built.warnings.iter().filter(|w| w.file == COUNCIL_FILE || w.file == MINISTER_FILE).collect();
    assert!(about_good.is_empty(), "the good articles drew warnings: {about_good:?}");
    // The good articles still give their events, so the bad file did not derail extraction either.
    for file in [COUNCIL_FILE, MINISTER_FILE] {
        assert!(!events_in(d, file).is_empty(), "no event comes from {file} any more");
    }
}

/// The one warning about `file`; fails listing all warnings when there is none or more than one.
fn the_warning<'a>(built: &'a Built, file: &str) -> &'a Warning {
    let about: Vec<&Warning> = built.warnings.iter().filter(|w| w.file == file).collect();
    match about.as_slice() {
        [w] => w,
        _ => panic!("expected one warning about {file}, got: {:?}", shown(&built.warnings)),
    }
}

/// Every source (events, disputes, claims, roles) quotes exactly `text[start..end]` of a document
/// in the dataset, and marked stretches lie inside their document on character boundaries.
fn check_ranges(d: &Dataset) {
    let check = |s: &Source, what: &str| {
        let doc = d
            .documents
            .iter()
            .find(|doc| doc.file == s.doc)
            .unwrap_or_else(|| panic!("{what}: the source names {}, which is not a document", s.doc));
        let range = s.start as usize..s.end as usize;
        assert_eq!(
            doc.text.get(range.clone()),
            Some(s.quote.as_str()),
            "{what}: {}[{range:?}] is not the quote {:?}",
            s.doc,
            s.quote
        );
    };
    for e in &d.events {
        assert!(!e.sources.is_empty(), "event {} has no source", e.id);
        for s in &e.sources {
            check(s, &format!("event {} source", e.id));
        }
        for s in &e.against {
            check(s, &format!("event {} dispute", e.id));
        }
    }
    for c in &d.claims {
        for v in &c.values {
            for s in &v.sources {
                check(s, &format!("claim {:?}", c.measure));
            }
        }
    }
    for p in &d.people {
        for r in &p.roles {
            check(&r.source, &format!("role of {}", p.name));
        }
    }
    for doc in &d.documents {
        for m in doc.furniture.iter().chain(&doc.off_story) {
            assert!(
                doc.text.get(m.start as usize..m.end as usize).is_some(),
                "{}: marked stretch {}..{} ({}) is not a range of the text ({} bytes)",
                doc.file,
                m.start,
                m.end,
                m.label,
                doc.text.len()
            );
        }
    }
}

/// Every source quote from `file`, with its event's kind.
fn events_in(d: &Dataset, file: &str) -> Vec<(EventKind, String)> {
    let mut out: Vec<(EventKind, String)> = d
        .events
        .iter()
        .flat_map(|e| e.sources.iter().chain(&e.against).filter(|s| s.doc == file).map(move |s| (e.kind, s.quote.clone())))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Every quote the dataset takes from `file`: event sources, disputes, claims and roles.
fn all_quotes<'a>(d: &'a Dataset, file: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    for e in &d.events {
        out.extend(e.sources.iter().chain(&e.against).filter(|s| s.doc == file).map(|s| s.quote.as_str()));
    }
    for c in &d.claims {
        for v in &c.values {
            out.extend(v.sources.iter().filter(|s| s.doc == file).map(|s| s.quote.as_str()));
        }
    }
    for p in &d.people {
        out.extend(p.roles.iter().filter(|r| r.source.doc == file).map(|r| r.source.quote.as_str()));
    }
    out
}

fn day(doc: &Document) -> Option<(String, String)> {
    doc.published.as_ref().map(|p| (p.earliest.clone().unwrap_or_default(), p.basis.clone()))
}

// ---------------------------------------------------------------------------------------------
// Empty and blank files.

#[test]
fn an_empty_file_is_skipped_with_a_warning_and_the_others_are_kept() {
    let built = build_ok(with_good(vec![file("empty.txt", Vec::new())]));
    let w = the_warning(&built, "empty.txt");
    assert!(w.message.contains("empty"), "{w}");
    assert!(!has_doc(&built.dataset, "empty.txt"));
    assert_eq!(built.dataset.documents.len(), 2, "{:?}", files_of(&built.dataset));
    assert_good_kept(&built);
}

#[test]
fn a_whitespace_only_file_is_skipped_with_a_warning_and_the_others_are_kept() {
    let built = build_ok(with_good(vec![file("blank.txt", " \n\t\r\n   \r\n\n  \u{a0}\n")]));
    let w = the_warning(&built, "blank.txt");
    assert!(w.message.contains("empty"), "{w}");
    assert!(w.to_string().starts_with("blank.txt: "), "{w}");
    assert!(!has_doc(&built.dataset, "blank.txt"));
    assert_eq!(built.dataset.documents.len(), 2, "{:?}", files_of(&built.dataset));
    assert_good_kept(&built);
}

#[test]
fn a_file_holding_only_a_byte_order_mark_is_skipped_as_empty_with_a_warning() {
    let built = build_ok(with_good(vec![file("bom_only.txt", vec![0xEF, 0xBB, 0xBF])]));
    let w = the_warning(&built, "bom_only.txt");
    assert!(w.message.contains("empty"), "{w}");
    assert!(!has_doc(&built.dataset, "bom_only.txt"));
    assert_good_kept(&built);
}

// ---------------------------------------------------------------------------------------------
// Encodings.

#[test]
fn invalid_utf8_on_line_3_is_shown_as_a_replacement_character_with_a_warning_naming_line_3() {
    let mut bytes = b"Harbour ferry strike called off\n\nUnion leaders met the operator at the Caf".to_vec();
    bytes.push(0xE9); // Latin-1 "é": not UTF-8.
    bytes.extend_from_slice(b" Marine on Thursday night.\n\nThe strike was called off after talks that ran past midnight.\n");
    let built = build_ok(with_good(vec![file("latin1.txt", bytes.clone())]));

    let w = the_warning(&built, "latin1.txt");
    assert_eq!(w.line, Some(3), "{w}");
    assert!(w.to_string().starts_with("latin1.txt:3: "), "{w}");
    let d = doc(&built.dataset, "latin1.txt");
    assert_eq!(d.text, String::from_utf8_lossy(&bytes), "only the bad byte may change");
    assert!(d.text.contains("Caf\u{FFFD} Marine"), "{:?}", d.text);
    assert_good_kept(&built);
}

#[test]
fn a_nul_byte_on_line_2_becomes_a_space_with_a_warning_naming_line_2() {
    let text = "Library reopens after the flood\n\
The central library reopened on Monday,\0six months after the river burst its banks.\n\
\n\
Volunteers marched from the town hall to the library to mark the day.\n";
    let built = build_ok(with_good(vec![file("nul.txt", text)]));

    let w = the_warning(&built, "nul.txt");
    assert_eq!(w.line, Some(2), "{w}");
    assert!(w.to_string().starts_with("nul.txt:2: "), "{w}");
    let d = doc(&built.dataset, "nul.txt");
    assert_eq!(d.text, text.replace('\0', " "), "the NUL must become one space, nothing else may change");
    assert_eq!(d.text.len(), text.len(), "offsets must still hold");
    assert!(!d.text.contains('\0'));
    assert_good_kept(&built);
}

#[test]
fn a_utf8_byte_order_mark_is_removed_and_the_header_after_it_is_read() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(FERRY.as_bytes());
    let built = build_ok(with_good(vec![file("bom.txt", bytes)]));

    assert!(built.warnings.is_empty(), "a BOM is not worth a warning: {:?}", shown(&built.warnings));
    let d = doc(&built.dataset, "bom.txt");
    assert!(!d.text.starts_with('\u{FEFF}'), "the BOM is still in the text");
    assert!(!d.text.contains('\u{FEFF}'));
    assert_eq!(d.text, FERRY, "only the BOM may be removed");
    assert_eq!(d.title, "Ferry strike called off after overnight talks", "the header after the BOM was not read");
    assert_eq!(day(d).map(|(day, _)| day).as_deref(), Some("2024-03-14"), "the header date after the BOM was not read");
    assert!(!events_in(&built.dataset, "bom.txt").is_empty());
    assert_good_kept(&built);
}

// ---------------------------------------------------------------------------------------------
// Line ends.

/// Builds FERRY with the given line end and checks it reads like the `\n` version: same title,
/// same date, same event sentences, and no quote carries a carriage return.
fn assert_reads_like_lf(line_end: &str, name: &str) {
    let lf = build_ok(with_good(vec![file(name, FERRY)]));
    let converted = FERRY.replace('\n', line_end);
    let built = build_ok(with_good(vec![file(name, converted.clone())]));

    assert!(built.warnings.is_empty(), "{:?}", shown(&built.warnings));
    let d = doc(&built.dataset, name);
    assert_eq!(d.text, converted, "line ends must be kept in the text (offsets index the file)");
    assert_eq!(d.title, doc(&lf.dataset, name).title);
    assert!(!d.title.contains('\r'));
    assert_eq!(day(d), day(doc(&lf.dataset, name)), "the header date was not read the same way");
    assert_eq!(d.outlet.as_deref(), Some("Harbour Times"));

    let expected = events_in(&lf.dataset, name);
    assert!(!expected.is_empty(), "the \\n version gives no events to compare with");
    assert_eq!(events_in(&built.dataset, name), expected, "the events differ from the \\n version");
    let quotes = all_quotes(&built.dataset, name);
    assert!(quotes.iter().all(|q| !q.contains('\r') && !q.contains('\n')), "a quote holds a line end: {quotes:?}");
    for doc in &built.dataset.documents {
        for m in &doc.furniture {
            assert!(!doc.text[m.start as usize..m.end as usize].contains('\r'), "furniture holds a line end: {m:?}");
        }
    }
    assert_good_kept(&built);
}

#[test]
fn crlf_line_ends_give_the_same_sentences_and_events_and_no_quote_holds_a_carriage_return() {
    assert_reads_like_lf("\r\n", "crlf.txt");
}

#[test]
fn lone_cr_line_ends_are_read_as_line_breaks() {
    assert_reads_like_lf("\r", "cr.txt");
}

#[test]
fn line_numbers_in_warnings_count_crlf_and_lone_cr_as_one_break_each() {
    // Invalid UTF-8 on line 3 of a CRLF file, a NUL on line 4 of a lone-CR file.
    let mut crlf = b"Ferry strike called off\r\n\r\nUnion leaders met at the Caf".to_vec();
    crlf.push(0xE9);
    crlf.extend_from_slice(b" Marine on Thursday night.\r\nThe strike was called off.\r\n");
    let cr = "Library reopens\r\rThe library reopened on Monday.\rVolunteers\0marched to the library.\r";
    let built = build_ok(with_good(vec![file("crlf_latin1.txt", crlf), file("cr_nul.txt", cr)]));

    assert_eq!(the_warning(&built, "crlf_latin1.txt").line, Some(3), "{:?}", shown(&built.warnings));
    assert_eq!(the_warning(&built, "cr_nul.txt").line, Some(4), "{:?}", shown(&built.warnings));
    assert!(has_doc(&built.dataset, "crlf_latin1.txt") && has_doc(&built.dataset, "cr_nul.txt"));
    assert_good_kept(&built);
}

// ---------------------------------------------------------------------------------------------
// Dates in the header.

#[test]
fn a_malformed_header_date_is_ignored_with_a_warning_naming_its_line_and_the_article_is_undated() {
    let text = FERRY.replace("date: 2024-03-14", "date: 2023-13-45");
    let built = build_ok(with_good(vec![file("bad_date.txt", text.clone())]));

    let w = the_warning(&built, "bad_date.txt");
    assert_eq!(w.line, Some(2), "{w}");
    assert!(w.to_string().starts_with("bad_date.txt:2: "), "{w}");
    assert!(w.message.contains("2023-13-45"), "{w}");
    let d = doc(&built.dataset, "bad_date.txt");
    assert_eq!(d.published, None, "the article must be treated as undated");
    assert_eq!(d.text, text);
    // The rest of the header still counts.
    assert_eq!(d.title, "Ferry strike called off after overnight talks");
    assert_eq!(d.outlet.as_deref(), Some("Harbour Times"));
    assert!(!events_in(&built.dataset, "bad_date.txt").is_empty());
    assert_good_kept(&built);
}

#[test]
fn a_malformed_header_date_in_a_lone_cr_file_names_the_right_line() {
    let text = FERRY.replace("date: 2024-03-14", "date: 2023-13-45").replace('\n', "\r");
    let built = build_ok(with_good(vec![file("bad_date_cr.txt", text.clone())]));

    assert_eq!(the_warning(&built, "bad_date_cr.txt").line, Some(2));
    let d = doc(&built.dataset, "bad_date_cr.txt");
    assert_eq!(d.published, None);
    assert_eq!(d.text, text);
    assert_good_kept(&built);
}

#[test]
fn a_malformed_date_marker_on_the_first_line_is_ignored_with_a_warning_naming_line_1() {
    let text = " date 2023-02-30 Live updates\n\
Union leaders called off the ferry strike after overnight talks with the operator. \
Union members voted 412 to 88 to accept a revised pay offer.\n";
    let built = build_ok(with_good(vec![file("bad_marker.txt", text)]));

    let w = the_warning(&built, "bad_marker.txt");
    assert_eq!(w.line, Some(1), "{w}");
    assert!(w.to_string().starts_with("bad_marker.txt:1: "), "{w}");
    assert!(w.message.contains("2023-02-30"), "{w}");
    let d = doc(&built.dataset, "bad_marker.txt");
    assert_eq!(d.published, None, "the article must be treated as undated");
    assert_eq!(d.text, text);
    assert!(!events_in(&built.dataset, "bad_marker.txt").is_empty());
    assert_good_kept(&built);
}

// ---------------------------------------------------------------------------------------------
// Names.

#[test]
fn the_same_bytes_under_two_names_keep_one_copy_with_a_warning_naming_both() {
    let built = build_ok(with_good(vec![file("ferry.txt", FERRY), file("ferry_copy.txt", FERRY)]));

    let naming_both: Vec<&Warning> = built
        .warnings
        .iter()
        .filter(|w| {
            let s = w.to_string();
            s.contains("ferry.txt") && s.contains("ferry_copy.txt")
        })
        .collect();
    assert_eq!(naming_both.len(), 1, "{:?}", shown(&built.warnings));
    assert!(naming_both[0].file == "ferry.txt" || naming_both[0].file == "ferry_copy.txt", "{}", naming_both[0]);
    let kept: Vec<&str> = ["ferry.txt", "ferry_copy.txt"].into_iter().filter(|f| has_doc(&built.dataset, f)).collect();
    assert_eq!(kept.len(), 1, "exactly one copy must be kept: {:?}", files_of(&built.dataset));
    assert_eq!(doc(&built.dataset, kept[0]).text, FERRY);
    assert_eq!(built.dataset.documents.len(), 3);
    assert_good_kept(&built);
}

#[test]
fn two_names_differing_only_in_letter_case_fail_the_build_naming_the_file() {
    let e = build_err(with_good(vec![file("Ferry.txt", FERRY), file("ferry.txt", FERRY.replace("412", "413"))]));

    assert!(e.file == "Ferry.txt" || e.file == "ferry.txt", "{e}");
    let s = e.to_string();
    assert!(s.starts_with(&format!("{}: ", e.file)), "{s}");
    assert!(s.contains("Ferry.txt") && s.contains("ferry.txt"), "the error should name both files: {s}");
}

#[test]
fn a_file_that_is_not_txt_is_skipped_with_a_warning() {
    let built = build_ok(with_good(vec![file("notes.md", FERRY)]));

    let w = the_warning(&built, "notes.md");
    assert!(w.message.contains("skipped"), "{w}");
    assert!(!has_doc(&built.dataset, "notes.md"));
    assert_eq!(built.dataset.documents.len(), 2, "{:?}", files_of(&built.dataset));
    assert_good_kept(&built);
}

// ---------------------------------------------------------------------------------------------
// Size.

/// Varied news sentences, some with events, names, numbers and dates in them.
const FILLER: [&str; 8] = [
    "The inquiry heard evidence from residents about the state of the harbour wall.",
    "Councillor Maria Lopez said the repairs would cost far more than the council had budgeted.",
    "Members voted 31 to 12 on Wednesday to release emergency funds for the work.",
    "Engineers told the BBC that the wall had been weakened by decades of winter storms.",
    "Shops along Bridge Street reported their quietest week since the floods of 2014.",
    "A spokesperson for the harbour authority declined to comment on the cost.",
    "Dozens of fishermen gathered outside the town hall to demand faster repairs.",
    "Transport minister Daniel Okafor resigned after the row over funding for the coast.",
];

/// `len` bytes of prose: paragraphs of four sentences from [`FILLER`] in a shifting order.
fn prose(len: usize, paragraph_break: &str) -> String {
    let mut s = String::with_capacity(len + 256);
    s.push_str("Harbour wall inquiry: the full record");
    s.push_str(paragraph_break);
    let mut p = 0;
    while s.len() < len {
        for k in 0..4 {
            if k > 0 {
                s.push(' ');
            }
            s.push_str(FILLER[(p * 3 + k * 5) % FILLER.len()]);
        }
        s.push_str(paragraph_break);
        p += 1;
    }
    s.truncate(len);
    s
}

/// Measured in debug mode on the engine as it stands: 0.25 MB of this prose builds in 16 s, 0.5 MB
/// in 65 s, 1 MB in 234 s (time x4 per doubling), so 50 MB would take days. With the two person
/// names taken out the build is linear (about 4 s per MB): the quadratic part is people lookup.
#[test]
fn a_50_mb_article_builds_and_is_kept() {
    let text = prose(50 * 1024 * 1024, "\n\n");
    let started = Instant::now();
    let built = build_ok(with_good(vec![file("huge.txt", text.clone())]));
    eprintln!("50 MB article: built in {:.1?}", started.elapsed());

    let d = doc(&built.dataset, "huge.txt");
    assert_eq!(d.text.len(), text.len());
    assert!(d.text == text, "the 50 MB text changed");
    assert!(!events_in(&built.dataset, "huge.txt").is_empty());
    assert_good_kept(&built);
}

#[test]
fn a_100000_character_single_line_of_sentences_builds_and_is_kept() {
    let text = prose(100_000, " ");
    assert_eq!(text.chars().count(), 100_000);
    assert!(!text.contains('\n'));
    let built = build_ok(with_good(vec![file("one_line.txt", text.clone())]));

    assert!(built.warnings.is_empty(), "{:?}", shown(&built.warnings));
    assert_eq!(doc(&built.dataset, "one_line.txt").text, text);
    assert!(!events_in(&built.dataset, "one_line.txt").is_empty());
    assert_good_kept(&built);
}

#[test]
fn a_100000_character_single_line_without_a_full_stop_builds_and_is_kept() {
    let mut text = String::new();
    let words = ["the", "council", "voted", "again", "while", "Maria", "Lopez", "said", "harbour", "repairs", "would", "wait"];
    let mut i = 0;
    while text.len() < 100_000 {
        text.push_str(words[i % words.len()]);
        text.push(' ');
        i += 1;
    }
    text.truncate(100_000);
    let built = build_ok(with_good(vec![file("no_stop.txt", text.clone())]));

    assert_eq!(doc(&built.dataset, "no_stop.txt").text, text);
    assert_good_kept(&built);
}

// ---------------------------------------------------------------------------------------------
// Markup.

#[test]
fn html_and_script_tags_are_kept_verbatim_as_text() {
    let text = "Council website defaced\n\
\n\
Visitors to the council website on Tuesday saw <script>alert(1)</script> in place of the agenda. \
A second page showed <img src=x onerror=alert(1)> above the minutes of the vote.\n\
\n\
Councillors voted 29 to 3 to move the site to a new supplier & review its <b>security</b>.\n";
    let built = build_ok(with_good(vec![file("markup.txt", text)]));

    assert!(built.warnings.is_empty(), "{:?}", shown(&built.warnings));
    let d = doc(&built.dataset, "markup.txt");
    assert_eq!(d.text, text, "markup must be kept as plain text, byte for byte");
    assert!(d.text.contains("<script>alert(1)</script>"));
    assert!(d.text.contains("<img src=x onerror=alert(1)>"));
    // Where a sentence with markup is quoted, it is quoted verbatim (not escaped, not stripped).
    for q in all_quotes(&built.dataset, "markup.txt") {
        if q.contains("alert") {
            assert!(q.contains("<script>alert(1)</script>") || q.contains("<img src=x onerror=alert(1)>"), "{q:?}");
        }
    }
    assert_good_kept(&built);
}

// ---------------------------------------------------------------------------------------------
// Folders.

/// A fresh folder under the system temp folder, removed when dropped (also when a test fails).
struct TempFolder(PathBuf);

impl TempFolder {
    fn new(tag: &str) -> TempFolder {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        let path = std::env::temp_dir().join(format!("corpus-bad-input-{tag}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&path).expect("create a temp folder");
        TempFolder(path)
    }
}

impl Drop for TempFolder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn build_dir_on_a_folder_that_does_not_exist_fails_naming_the_folder() {
    let missing = std::env::temp_dir().join(format!("corpus-bad-input-missing-{}-no-such-folder", std::process::id()));
    assert!(!missing.exists());
    let e = match build_dir(&missing) {
        Ok(built) => panic!("built from a missing folder: {} documents", built.dataset.documents.len()),
        Err(e) => e,
    };
    assert_eq!(e.file, missing.display().to_string());
    assert!(e.to_string().starts_with(&format!("{}: ", missing.display())), "{e}");
}

#[test]
fn build_dir_reads_real_files_including_one_with_a_bom_and_crlf_line_ends() {
    let folder = TempFolder::new("dir");
    let ferry_crlf = FERRY.replace('\n', "\r\n");
    let mut bom_crlf = vec![0xEF, 0xBB, 0xBF];
    bom_crlf.extend_from_slice(ferry_crlf.as_bytes());
    std::fs::write(folder.0.join(COUNCIL_FILE), COUNCIL).unwrap();
    std::fs::write(folder.0.join(MINISTER_FILE), MINISTER).unwrap();
    std::fs::write(folder.0.join("ferry.txt"), &bom_crlf).unwrap();
    std::fs::write(folder.0.join("notes.md"), "Not an article.\n").unwrap();

    let built = match build_dir(&folder.0) {
        Ok(built) => built,
        Err(e) => panic!("build_dir failed: {e}"),
    };
    check_ranges(&built.dataset);

    assert_eq!(files_of(&built.dataset), vec![COUNCIL_FILE, "ferry.txt", MINISTER_FILE], "sorted by name");
    assert_eq!(shown(&built.warnings), vec!["notes.md: skipped: only .txt files are articles".to_string()]);
    let d = doc(&built.dataset, "ferry.txt");
    assert!(!d.text.starts_with('\u{FEFF}'));
    assert_eq!(d.text, ferry_crlf, "only the BOM may be removed");
    assert_eq!(d.title, "Ferry strike called off after overnight talks");
    assert_eq!(day(d).map(|(day, _)| day).as_deref(), Some("2024-03-14"));
    assert!(!events_in(&built.dataset, "ferry.txt").is_empty());
    assert!(all_quotes(&built.dataset, "ferry.txt").iter().all(|q| !q.contains('\r')));
    assert_good_kept(&built);

    let path = folder.0.clone();
    drop(folder);
    assert!(!path.exists(), "the temp folder was not removed");
}

