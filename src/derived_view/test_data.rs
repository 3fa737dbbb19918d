//! A small hand-made dataset for the derived-view tests: four main-story events (a week-long call, a
//! vote, a resignation, a disputed resignation with no date) and one event of an unrelated story.

use corpus::{DateRange, Dataset, Document, Event, EventKind, Person, Precision, Source};

pub fn dataset() -> Dataset {
    let a = "Leaders called for a pause this week.\nThe motion was defeated 10 to 4 on Wednesday.\n\
             Ann Lee resigned on Thursday.\nBo Park resigned. The harbour board met later.\n\
             The minister visited the port.\n";
    let b = "Bo Park denied that she had resigned.\n";
    let at = |text: &str, s: &str| {
        let start = text.find(s).expect("quote in text");
        (start as u32, (start + s.len()) as u32)
    };
    let source = |doc: &str, text: &str, s: &str| {
        let (start, end) = at(text, s);
        Source { doc: doc.into(), start, end, quote: s.into() }
    };
    let date = |e: Option<&str>, l: Option<&str>, p| DateRange { earliest: e.map(Into::into), latest: l.map(Into::into), precision: p, basis: "test".into() };
    let event = |id: &str, kind, title: &str, d: DateRange, actors: &[&str], sources: Vec<Source>| Event {
        id: id.into(),
        kind,
        title: title.into(),
        topic: "Votes".into(),
        main_story: true,
        disputed: false,
        date: d,
        actors: actors.iter().map(|s| s.to_string()).collect(),
        sources,
        against: vec![],
    };
    let mut events = vec![
        event("e1", EventKind::Call, "Leaders call for a pause", date(Some("2023-11-09"), Some("2023-11-15"), Precision::Week), &[], vec![source("a.txt", a, "Leaders called for a pause this week.")]),
        event("e2", EventKind::Vote, "Motion defeated 10 to 4", date(Some("2023-11-15"), Some("2023-11-15"), Precision::Day), &["Cy Dunn"], vec![source("a.txt", a, "The motion was defeated 10 to 4 on Wednesday.")]),
        event("e3", EventKind::Resignation, "Ann Lee resigns", date(Some("2023-11-16"), Some("2023-11-16"), Precision::Day), &["Ann Lee"], vec![source("a.txt", a, "Ann Lee resigned on Thursday.")]),
        event("e4", EventKind::Resignation, "Bo Park resigns", date(None, None, Precision::Unknown), &["Bo Park"], vec![source("a.txt", a, "Bo Park resigned.")]),
        event("e5", EventKind::Statement, "The minister visits the port", date(None, None, Precision::Unknown), &[], vec![source("a.txt", a, "The minister visited the port.")]),
    ];
    events[3].disputed = true;
    events[3].against = vec![source("b.txt", b, "Bo Park denied that she had resigned.")];
    events[4].main_story = false;
    events[4].topic = "Ports".into();
    let person = |name: &str| Person { name: name.into(), aliases: vec![], roles: vec![] };
    let doc = |id: &str, text: &str| Document {
        id: id.into(),
        file: format!("{id}.txt"),
        title: format!("Article {id}"),
        outlet: None,
        url: None,
        published: None,
        text: text.into(),
        furniture: vec![],
        off_story: None,
    };
    Dataset {
        title: "Test".into(),
        standfirst: String::new(),
        documents: vec![doc("a", a), doc("b", b)],
        events,
        claims: vec![],
        people: vec![person("Ann Lee"), person("Bo Park"), person("Cy Dunn")],
    }
}
