//! The torture suite: every folder in `tests/torture/` is a broken corpus, built from disk the way
//! `build.rs` builds `seeds/`. Each holds the awkward file(s) and an `expect.toml`:
//!
//! ```toml
//! outcome = "ok" | "warning" | "error"
//! file = "ferry.txt"      # the file the message must name
//! line = 3                # and the line, where there is one
//! message = "UTF-8"       # words the message must contain
//! kept = true             # whether that file's article is in the dataset
//! generate = "long_line"  # cases too big or too odd for git, written by this test
//! ```
//!
//! The two good articles in `tests/torture/_good/` are copied beside each case; every build that
//! succeeds must still hold both of them, byte for byte.

use std::path::{Path, PathBuf};

use corpus::engine::build_dir;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    outcome: String,
    file: String,
    line: Option<u32>,
    #[serde(default)]
    message: String,
    #[serde(default)]
    kept: bool,
    generate: Option<String>,
}

fn torture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/torture")
}

/// A fresh folder holding the good articles and the case's files.
fn assemble(case: &Path, expect: &Expect) -> PathBuf {
    let name = case.file_name().unwrap().to_string_lossy().to_string();
    let dir = std::env::temp_dir().join(format!("corpus-torture-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for source in [torture().join("_good"), case.to_path_buf()] {
        for entry in std::fs::read_dir(source).unwrap() {
            let path = entry.unwrap().path();
            if path.file_name().is_some_and(|n| n != "expect.toml") {
                std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
            }
        }
    }
    match expect.generate.as_deref() {
        None => {}
        Some("case_collision") => {
            let text = "Union leaders called off the ferry strike after overnight talks.\n";
            std::fs::write(dir.join("Ferry.txt"), text).unwrap();
            std::fs::write(dir.join("ferry.txt"), text).unwrap();
        }
        Some("long_line") => {
            let sentence = "Councillor Ann Lee said the budget was balanced. ";
            let line: String = sentence.repeat(100_000 / sentence.len() + 1).chars().take(100_000).collect();
            std::fs::write(dir.join("long.txt"), format!("{line}\n")).unwrap();
        }
        Some(other) => panic!("{name}: unknown generate = {other:?}"),
    }
    dir
}

#[test]
fn every_broken_corpus_gets_its_documented_outcome_and_keeps_every_good_article() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(torture())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir() && !p.ends_with("_good"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 15, "the suite has its cases ({})", cases.len());
    let good: Vec<String> = ["council_vote.txt", "minister_resigns.txt"]
        .iter()
        .map(|f| std::fs::read_to_string(torture().join("_good").join(f)).unwrap())
        .collect();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().to_string();
        let expect: Expect = toml::from_str(&std::fs::read_to_string(case.join("expect.toml")).unwrap()).unwrap_or_else(|e| panic!("{name}/expect.toml: {e}"));
        let dir = assemble(case, &expect);
        let where_ = match expect.line {
            Some(line) => format!("{}:{line}", expect.file),
            None => expect.file.clone(),
        };
        match (expect.outcome.as_str(), build_dir(&dir)) {
            ("error", Err(err)) => {
                let text = err.to_string();
                assert!(text.contains(&where_) && text.contains(&expect.message), "{name}: error `{text}` should name {where_} and say `{}`", expect.message);
            }
            ("error", Ok(_)) => panic!("{name}: built, but should have failed naming {where_}"),
            (_, Err(err)) => panic!("{name}: failed: {err}"),
            (outcome, Ok(built)) => {
                let warnings: Vec<String> = built.warnings.iter().map(|w| w.to_string()).collect();
                let named = warnings.iter().any(|w| w.contains(&where_) && w.contains(&expect.message));
                match outcome {
                    "warning" => assert!(named, "{name}: no warning naming {where_} and saying `{}`: {warnings:?}", expect.message),
                    "ok" => assert!(!warnings.iter().any(|w| w.contains(&expect.file)), "{name}: unexpected warning {warnings:?}"),
                    other => panic!("{name}: unknown outcome {other}"),
                }
                let docs = &built.dataset.documents;
                for text in &good {
                    assert!(docs.iter().any(|d| d.text == *text), "{name}: a good article was lost");
                }
                assert_eq!(docs.iter().any(|d| d.file == expect.file), expect.kept, "{name}: is {} in the dataset?", expect.file);
                for e in &built.dataset.events {
                    for s in e.sources.iter().chain(&e.against) {
                        let doc = docs.iter().find(|d| d.file == s.doc).unwrap();
                        assert_eq!(doc.text.get(s.start as usize..s.end as usize), Some(s.quote.as_str()), "{name}: a quote is its text");
                    }
                }
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[test]
fn markup_in_an_article_is_kept_as_text() {
    let dir = assemble(&torture().join("injection"), &Expect { outcome: "ok".into(), file: String::new(), line: None, message: String::new(), kept: true, generate: None });
    let built = build_dir(&dir).unwrap();
    let doc = built.dataset.documents.iter().find(|d| d.file == "injection.txt").unwrap();
    assert!(doc.text.contains("<script>window.__injected = 3</script>"), "the text is kept verbatim, not stripped or escaped");
    assert_eq!(doc.url.as_deref(), Some("javascript:alert(document.domain)"), "kept as data; the page prints it as text, never as a link");
    let _ = std::fs::remove_dir_all(&dir);
}
