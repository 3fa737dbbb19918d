//! Disagreements shown, not hidden: an act one source reports and another contradicts is
//! `disputed`, with the contradicting sentences in `against`.

use corpus::engine::{build, InputFile};
use corpus::{Dataset, Event, EventKind};

fn build_all(files: &[(&str, &str)]) -> Dataset {
    let files = files.iter().map(|(name, text)| InputFile { name: (*name).into(), bytes: text.as_bytes().to_vec() }).collect();
    build(files).expect("builds").dataset
}

fn event<'a>(data: &'a Dataset, kind: EventKind, actor: &str) -> &'a Event {
    data.events.iter().find(|e| e.kind == kind && e.actors.iter().any(|a| a == actor)).unwrap_or_else(|| panic!("no {kind:?} by {actor}: {:#?}", data.events))
}

const RESIGNED: &str = "date: 2024-09-12\n\nTransport secretary Nadia Osei resigned on Wednesday night, saying she could not support the rail plan.\n";

#[test]
fn one_article_says_she_resigned_another_that_she_was_sacked() {
    let sacked = "date: 2024-09-13\n\nNadia Osei, who was sacked by the prime minister as transport secretary this week, said she would stand for the leadership.\n";
    let data = build_all(&[("a.txt", RESIGNED), ("b.txt", sacked)]);
    let resigned = event(&data, EventKind::Resignation, "Nadia Osei");
    let dismissed = event(&data, EventKind::Dismissal, "Nadia Osei");
    assert!(resigned.disputed && dismissed.disputed);
    assert!(resigned.against.iter().any(|s| s.doc == "b.txt" && s.quote.contains("was sacked")), "{resigned:#?}");
    assert!(dismissed.against.iter().any(|s| s.doc == "a.txt" && s.quote.contains("resigned")), "{dismissed:#?}");
}

#[test]
fn a_refusal_disputes_the_act() {
    let refused = "date: 2024-09-12\n\nNadia Osei refused to resign on Wednesday night, her office said.\n";
    let data = build_all(&[("a.txt", RESIGNED), ("b.txt", refused)]);
    let resigned = event(&data, EventKind::Resignation, "Nadia Osei");
    assert!(resigned.disputed && resigned.against.iter().any(|s| s.quote.contains("refused")), "{resigned:#?}");
}

#[test]
fn being_sacked_years_before_resigning_is_no_disagreement() {
    let earlier = "date: 2024-09-13\n\nNadia Osei was sacked as a junior minister in 2019, her second year in parliament.\n";
    let data = build_all(&[("a.txt", RESIGNED), ("b.txt", earlier)]);
    event(&data, EventKind::Dismissal, "Nadia Osei");
    assert!(data.events.iter().all(|e| !e.disputed), "{:#?}", data.events);
}

#[test]
fn one_article_telling_both_tells_a_sequence() {
    let both = "date: 2024-09-12\n\nTransport secretary Nadia Osei resigned on Wednesday night.\n\n\
        Her deputy, Tom Reyes, was sacked on Thursday morning.\n\n\
        Nadia Osei was sacked from the party board on Thursday.\n";
    let data = build_all(&[("a.txt", both)]);
    event(&data, EventKind::Resignation, "Nadia Osei");
    event(&data, EventKind::Dismissal, "Nadia Osei");
    assert!(data.events.iter().all(|e| !e.disputed), "{:#?}", data.events);
}

#[test]
fn an_undated_report_of_the_other_going_disputes_the_only_dated_one() {
    let sacked = "date: 2024-11-07\n\nChancellor Olaf Brandt sacked his finance minister, Karl Weber, last night.\n";
    let resigned = "Karl Weber, the finance minister, resigned after a row over the budget.\n";
    let data = build_all(&[("a.txt", sacked), ("b.txt", resigned)]);
    assert!(event(&data, EventKind::Dismissal, "Karl Weber").disputed, "{:#?}", data.events);
    assert!(event(&data, EventKind::Resignation, "Karl Weber").disputed, "{:#?}", data.events);
    // With two dated resignations years apart, an undated sacking cannot be set against either.
    let history = "date: 2024-11-07\n\nKarl Weber resigned as finance minister in 2019.\n\nKarl Weber resigned from the cabinet last night.\n";
    let data = build_all(&[("a.txt", history), ("b.txt", "Karl Weber was sacked by the chancellor.\n")]);
    let resignations: Vec<&Event> = data.events.iter().filter(|e| e.kind == EventKind::Resignation).collect();
    assert_eq!(resignations.len(), 2, "{:#?}", data.events);
    assert!(resignations.iter().all(|e| !e.disputed), "{:#?}", data.events);
}

#[test]
fn refusing_to_quit_politics_does_not_dispute_leaving_an_office() {
    // Resigned as a minister; a week later denies he will leave parliament.
    let denial = "Nadia Osei denied she would quit politics after the defeat, telling reporters she was looking forward to the campaign.\n";
    let data = build_all(&[("a.txt", RESIGNED), ("b.txt", denial)]);
    let resigned = event(&data, EventKind::Resignation, "Nadia Osei");
    assert!(!resigned.disputed, "{resigned:#?}");
    // Refused to resign as leader, then said she would quit parliament: a change of course.
    let refused = "Prime Minister Nadia Osei refused to resign. At a farewell press conference this afternoon, Ms Osei confirmed that she would quit parliament.\n";
    let data = build_all(&[("c.txt", refused)]);
    let quit = event(&data, EventKind::Resignation, "Nadia Osei");
    assert!(!quit.disputed, "{quit:#?}");
    // Refusing to resign still disputes a report that she resigned from office.
    let data = build_all(&[("a.txt", RESIGNED), ("d.txt", "Nadia Osei refused to resign on Wednesday night.\n")]);
    assert!(event(&data, EventKind::Resignation, "Nadia Osei").disputed);
}

#[test]
fn a_resignation_offered_and_turned_down_disputes_a_report_that_he_resigned() {
    let offered = "date: 2024-09-12\n\nNadia Osei offered her resignation last night. The prime minister refused to accept it.\n";
    let resigned = "Nadia Osei, who resigned as transport secretary after the vote, is expected to stand again.\n";
    let data = build_all(&[("a.txt", offered), ("b.txt", resigned)]);
    let e = event(&data, EventKind::Resignation, "Nadia Osei");
    assert!(e.disputed && e.against.iter().any(|s| s.quote.contains("offered her resignation")), "{e:#?}");
    // An offer nobody turned down disputes nothing.
    let accepted = "date: 2024-09-12\n\nNadia Osei offered her resignation last night, saying she took full responsibility.\n";
    let data = build_all(&[("a.txt", accepted), ("b.txt", resigned)]);
    assert!(!event(&data, EventKind::Resignation, "Nadia Osei").disputed);
}
