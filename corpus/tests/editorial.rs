//! `corpus.toml`: what an editor sets and corrects, and the errors that name the line to fix.

use corpus::engine::{build, CorpusError, InputFile};
use corpus::{Dataset, EventKind, Precision};

const VOTE: &str = "title: Council rejects budget\n\nThe council budget was defeated 31 to 12 on Tuesday night.\nCouncillor Maria Castell, the finance chair, said: “We will try again.”\nProtesters gathered outside City Hall on Tuesday.\n";
const QUIT: &str = "Finance chair Maria Castell resigned on Wednesday after the budget defeat.\nMs Castell said the result left her no choice.\n";

fn corpus(toml: &str) -> Result<Dataset, CorpusError> {
    let files = vec![
        InputFile { name: "a_vote.txt".into(), bytes: VOTE.into() },
        InputFile { name: "b_quit.txt".into(), bytes: QUIT.into() },
        InputFile { name: "corpus.toml".into(), bytes: toml.into() },
    ];
    build(files).map(|b| b.dataset)
}

fn error(toml: &str) -> String {
    corpus(toml).expect_err("the build must fail").to_string()
}

#[test]
fn title_standfirst_and_document_metadata_are_the_editors() {
    let data = corpus(
        r#"
title = "Budget night"
standfirst = "How the council vote unfolded."
topic = "Council budget"

[[document]]
file = "a_vote.txt"
outlet = "The Gazette"
url = "https://example.org/budget"
published = "2024-03-06"
published_note = "print edition of 6 March"
"#,
    )
    .unwrap();
    assert_eq!(data.title, "Budget night");
    assert_eq!(data.standfirst, "How the council vote unfolded.");
    let doc = &data.documents[0];
    assert_eq!(doc.outlet.as_deref(), Some("The Gazette"));
    let published = doc.published.as_ref().unwrap();
    assert_eq!((published.earliest.as_deref(), published.basis.as_str()), (Some("2024-03-06"), "print edition of 6 March"));
    // "Tuesday night" now resolves against the editor's date (6 March 2024 was a Wednesday).
    let vote = data.events.iter().find(|e| e.kind == EventKind::Vote).unwrap();
    assert_eq!(vote.date.earliest.as_deref(), Some("2024-03-05"));
    assert!(data.events.iter().filter(|e| e.main_story).all(|e| e.topic == "Council budget"));
}

#[test]
fn corrections_hide_relabel_redate_and_merge() {
    let data = corpus(
        r#"
[[correction]]
quote = "Protesters gathered outside City Hall"
hide = true

[[correction]]
quote = "defeated 31 to 12"
title = "Budget defeated 31–12"
kind = "vote"
earliest = "2024-03-01"
latest = "2024-03-07"
note = "the week of the budget meeting"
"#,
    )
    .unwrap();
    assert!(!data.events.iter().any(|e| e.kind == EventKind::Protest), "the protest is hidden");
    let vote = data.events.iter().find(|e| e.title == "Budget defeated 31–12").unwrap();
    assert_eq!((vote.date.precision, vote.date.basis.as_str()), (Precision::Week, "the week of the budget meeting"));

    let unmerged = corpus("").unwrap();
    let quit = unmerged.events.iter().find(|e| e.kind == EventKind::Resignation).unwrap().clone();
    let vote_id = unmerged.events.iter().find(|e| e.kind == EventKind::Vote).unwrap().id.clone();
    let merged = corpus(&format!("[[correction]]\nevent = \"{}\"\nmerge_into = \"{vote_id}\"\n", quit.id)).unwrap();
    assert_eq!(merged.events.len(), unmerged.events.len() - 1);
    let target = merged.events.iter().find(|e| e.id == vote_id).unwrap();
    assert!(target.sources.iter().any(|s| s.doc == "b_quit.txt"), "the merged event keeps both articles' sources");
}

#[test]
fn an_editors_person_gathers_an_alias_the_rules_would_not() {
    let data = corpus("[[person]]\nname = \"Maria Castell-Ruiz\"\naliases = [\"Maria Castell\"]\n").unwrap();
    let person = data.people.iter().find(|p| p.name == "Maria Castell-Ruiz").expect("the editor's name is used");
    assert!(person.aliases.contains(&"Maria Castell".to_string()));
}

#[test]
fn every_mistake_names_corpus_toml_and_the_line() {
    assert!(error("title = \"x\nstandfirst = 1").starts_with("corpus.toml:1:"), "bad TOML");
    assert_eq!(error("title = \"x\"\nheadline = \"y\"\n").split(':').take(2).collect::<Vec<_>>(), ["corpus.toml", "2"], "unknown key");
    assert!(error("[[document]]\nfile = \"missing.txt\"\n").starts_with("corpus.toml:2: `missing.txt` is not an article"));
    assert!(error("[[document]]\nfile = \"a_vote.txt\"\npublished = \"2023-13-45\"\n").starts_with("corpus.toml:3: `2023-13-45` is not a real"));
    assert!(error("\n[[correction]]\nquote = \"words in no article\"\nhide = true\n").starts_with("corpus.toml:3: no event's source contains"));
    assert!(error("[[correction]]\nevent = \"vot-00000000\"\nhide = true\n").starts_with("corpus.toml:2: no event has the id"));
    assert!(error("[[correction]]\nquote = \"defeated 31 to 12\"\nkind = \"riot\"\n").starts_with("corpus.toml:3: unknown kind `riot`"));
    assert!(error("[[correction]]\nhide = true\n").starts_with("corpus.toml:1: a [[correction]] needs"));
    assert!(error("[[document]]\nfile = \"a_vote.txt\"\nother_story = \"words in no article\"\n").starts_with("corpus.toml:3: `other_story`: the text"));
    assert!(error("[[document]]\nfile = \"a_vote.txt\"\nother_story = true\n").starts_with("corpus.toml:3: `other_story` takes text"));
}

#[test]
fn an_editor_says_where_an_article_leaves_its_story() {
    let data = corpus("[[document]]\nfile = \"a_vote.txt\"\nother_story = \"Protesters gathered\"\n").unwrap();
    let doc = &data.documents[0];
    let off = doc.off_story.as_ref().expect("the editor's other story");
    assert!(doc.text[off.start as usize..].starts_with("Protesters gathered outside City Hall"), "{off:?}");
    let protest = data.events.iter().find(|e| e.kind == EventKind::Protest).expect("the protest is still an event");
    assert!(!protest.main_story, "{protest:#?}");
    assert!(data.events.iter().filter(|e| e.kind == EventKind::Vote).all(|e| e.main_story));
}

#[test]
fn without_an_editors_title_the_story_is_named_after_the_person_its_articles_name_most() {
    let data = corpus("").expect("builds");
    assert_eq!(data.title, "Maria Castell: a timeline from 2 articles");
    // With no one named three times, a capitalised word of the text names it.
    let files = vec![InputFile { name: "a.txt".into(), bytes: "Protesters gathered outside City Hall in Northport on Tuesday.\n".into() }];
    let data = build(files).expect("builds").dataset;
    assert!(data.title.ends_with(": a timeline from 1 article") && !data.title.starts_with("Maria"), "{}", data.title);
}
