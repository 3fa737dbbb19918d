//! Who did it: the person a resignation is attributed to must be its doer, never its recipient.

use corpus::engine::{build, InputFile};
use corpus::EventKind;

fn resigners(text: &str) -> Vec<String> {
    let built = build(vec![InputFile { name: "a.txt".into(), bytes: text.as_bytes().to_vec() }]).expect("builds");
    let mut names: Vec<String> = built
        .dataset
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Resignation)
        .flat_map(|e| e.actors.clone())
        .collect();
    names.sort();
    names.dedup();
    names
}

#[test]
fn the_recipient_of_a_resignation_letter_has_not_resigned() {
    let text = "Council leader Mary Okoye has quit the cabinet over the housing plan.\n\n\
        In her resignation letter to Mr Daniel Brennan, Ms Okoye said: \u{201c}I can no longer defend this policy.\u{201d}\n\n\
        Mr Brennan thanked her for her service.\n";
    assert_eq!(resigners(text), vec!["Mary Okoye".to_string()]);
}

/// The people a statement is attributed to.
fn speakers(text: &str) -> Vec<Vec<String>> {
    let built = build(vec![InputFile { name: "a.txt".into(), bytes: text.as_bytes().to_vec() }]).expect("builds");
    built.dataset.events.iter().filter(|e| e.kind == EventKind::Statement).map(|e| e.actors.clone()).collect()
}

#[test]
fn who_an_accusation_is_aimed_at_did_not_make_it_and_he_is_the_last_person_named() {
    let text = "Rep. Tom Hale, the Ohio Republican, filed the motion on Monday.\n\n\
        He accused Speaker Ruth Calder of breaking her promises to conservatives.\n";
    assert_eq!(speakers(text), vec![vec!["Tom Hale".to_string()]]);
}

#[test]
fn he_stays_unknown_when_the_sentence_before_names_two_people() {
    let text = "Rep. Tom Hale met Speaker Ruth Calder on Monday.\n\n\
        He accused the leadership of breaking promises to conservatives.\n";
    assert!(speakers(text).iter().all(|a| a.is_empty()), "{:?}", speakers(text));
}

/// The people a dismissal is attributed to: the dismissed.
fn dismissed(text: &str) -> Vec<String> {
    let built = build(vec![InputFile { name: "a.txt".into(), bytes: text.as_bytes().to_vec() }]).expect("builds");
    built.dataset.events.iter().filter(|e| e.kind == EventKind::Dismissal).flat_map(|e| e.actors.clone()).collect()
}

#[test]
fn the_dismissed_is_after_an_active_verb_and_before_a_passive_one() {
    assert_eq!(dismissed("Prime Minister Anna Berg dismissed Defence Minister Piotr Lenz on Sunday.\n"), vec!["Piotr Lenz".to_string()]);
    assert_eq!(dismissed("Defence Minister Piotr Lenz was sacked by Prime Minister Anna Berg on Sunday.\n"), vec!["Piotr Lenz".to_string()]);
}

#[test]
fn a_sentence_set_in_a_named_year_is_not_this_weeks_news() {
    let resignation_date = |text: &str| {
        let built = build(vec![InputFile { name: "a.txt".into(), bytes: text.as_bytes().to_vec() }]).expect("builds");
        built.dataset.events.iter().find(|e| e.kind == EventKind::Resignation).expect("the resignation is an event").date.clone()
    };
    // The year belongs to another clause: only "before the article" holds.
    let date = resignation_date("url: https://example.org/a\ndate: 2023-10-04\n\nIn 2015, Tom Hale filed a motion against Ruth Calder, who resigned soon after.\n");
    assert_eq!(date.earliest, None, "{date:?}");
    assert_eq!(date.latest.as_deref(), Some("2023-10-04"), "{date:?}");
    // "later that year" is the year the sentence named.
    let date = resignation_date("url: https://example.org/a\ndate: 2023-10-04\n\nIn 2015, Tom Hale filed a motion against Ruth Calder, who resigned later that year.\n");
    assert_eq!((date.earliest.as_deref(), date.latest.as_deref()), (Some("2015-01-01"), Some("2015-12-31")), "{date:?}");
}

#[test]
fn two_resignation_words_in_one_sentence_are_two_resignations() {
    let text = "date: 2022-07-06\n\nSajid Javid has resigned as health secretary and Rishi Sunak has quit as chancellor, plunging the government into crisis.\n";
    assert_eq!(resigners(text), vec!["Rishi Sunak".to_string(), "Sajid Javid".to_string()]);
    // A second word for the same resignation names nobody new: still one.
    let text = "date: 2022-07-06\n\nSajid Javid has resigned, and his resignation letter was published.\n";
    assert_eq!(resigners(text), vec!["Sajid Javid".to_string()]);
}

#[test]
fn who_resigned_in_a_clause_of_its_own_is_that_clauses_person() {
    let text = "date: 2024-02-02\n\n\
        Ms Alba Reyes, the MP for Northfield, became party leader in 2019 after Tomas Linde resigned following the election.\n";
    assert_eq!(resigners(text), vec!["Tomas Linde".to_string()]);
}

#[test]
fn a_dateline_is_not_part_of_a_name_and_an_announced_resignation_is_one() {
    // The capitals of the dateline used to join the name, so the resignation had no doer.
    let text = "date: 2024-02-02\n\nOSLO — Greta Vik announced this morning that she will resign as party leader in March.\n";
    assert_eq!(resigners(text), vec!["Greta Vik".to_string()]);
}

#[test]
fn the_owner_of_a_resignation_is_its_doer() {
    let text = "date: 2024-02-02\n\nThe housing minister, Carl Obi, spoke on Monday.\n\n\
        Mr Obi's resignation came a day after the budget was published.\n";
    assert_eq!(resigners(text), vec!["Carl Obi".to_string()]);
}

fn people(text: &str) -> Vec<String> {
    let built = build(vec![InputFile { name: "a.txt".into(), bytes: text.as_bytes().to_vec() }]).expect("builds");
    let mut names: Vec<String> = built.dataset.people.iter().map(|p| p.name.clone()).collect();
    names.sort();
    names
}

#[test]
fn names_listed_with_people_are_people_and_a_joint_resignation_is_one() {
    let text = "date: 2024-02-02\n\nThis afternoon, three ministers - Ana Cole, Ben Dray and Cy Eton - resigned together in a joint letter.\n";
    assert_eq!(people(text), ["Ana Cole", "Ben Dray", "Cy Eton"]);
    let built = build(vec![InputFile { name: "a.txt".into(), bytes: text.as_bytes().to_vec() }]).unwrap();
    let resignations: Vec<_> = built.dataset.events.iter().filter(|e| e.kind == EventKind::Resignation).collect();
    assert_eq!(resignations.len(), 1, "{resignations:#?}");
    assert_eq!(resignations[0].actors.len(), 3);
    // A list that one person's evidence marks: "of Leeds" marks Dara Kaan.
    let text = "date: 2024-02-02\n\nThe rebels were Dara Kaan of Leeds, Ola Finch and Ray Gold.\n";
    assert_eq!(people(text), ["Dara Kaan", "Ola Finch", "Ray Gold"]);
    // Places listed alike are not people.
    let text = "date: 2024-02-02\n\nThe tour visits New York, New Jersey and North Carolina.\n";
    assert_eq!(people(text), Vec::<String>::new());
}

/// The people each statement is attributed to, by the statement's first quote.
fn statement_by(text: &str, quote: &str) -> Vec<String> {
    let built = build(vec![InputFile { name: "a.txt".into(), bytes: text.as_bytes().to_vec() }]).expect("builds");
    built.dataset.events.iter().find(|e| e.sources.iter().any(|s| s.quote.contains(quote))).map(|e| e.actors.clone()).unwrap_or_default()
}

#[test]
fn a_post_one_person_holds_names_them() {
    let text = "date: 2024-02-02\n\nNadia Osei has resigned as transport secretary over the rail plan.\n\n\
        \u{201c}I could not defend it,\u{201d} the former transport secretary told MPs.\n";
    assert_eq!(statement_by(text, "could not defend"), ["Nadia Osei"]);
    // A post two people hold names neither.
    let text = "date: 2024-02-02\n\nNadia Osei, the junior minister, spoke first. Tom Hale, the junior minister, spoke next.\n\n\
        \u{201c}We are united,\u{201d} the junior minister told reporters.\n";
    assert_eq!(statement_by(text, "We are united"), Vec::<String>::new());
}

#[test]
fn a_clause_with_its_own_subject_or_a_who_has_its_own_doer() {
    let text = "date: 2024-02-02\n\nCouncil leader Mary Okoye fights on as ministers quit in droves.\n";
    assert_eq!(resigners(text), Vec::<String>::new());
    let text = "date: 2024-02-02\n\nCouncil leader Mary Okoye had apologised for appointing Dan Brennan, who quit as deputy leader last week.\n";
    assert_eq!(resigners(text), vec!["Dan Brennan".to_string()]);
    // A phrase closed by a comma is not a clause of its own.
    let text = "date: 2024-02-02\n\nCouncil leader Mary Okoye, speaking after the vote, resigned.\n";
    assert_eq!(resigners(text), vec!["Mary Okoye".to_string()]);
}

#[test]
fn what_a_resigning_person_wrote_in_the_letter_is_the_resignations_evidence() {
    let text = "date: 2024-05-02\n\nCouncil leader Mary Okoye has quit the cabinet over the housing plan.\n\n\
        In her letter to council leader Daniel Brennan, Ms Okoye said she could not defend the policy.\n\n\
        She said she had tried to change it from within.\n\n\
        \u{201c}It is clear that I cannot do this from the cabinet,\u{201d} she wrote.\n\n\
        Daniel Brennan told reporters that the plan would go ahead.\n";
    let built = build(vec![InputFile { name: "a.txt".into(), bytes: text.as_bytes().to_vec() }]).expect("builds");
    let events = &built.dataset.events;
    let resignations: Vec<_> = events.iter().filter(|e| e.kind == EventKind::Resignation).collect();
    assert_eq!(resignations.len(), 1, "{events:#?}");
    let quotes: Vec<&str> = resignations[0].sources.iter().map(|s| s.quote.as_str()).collect();
    assert!(quotes.iter().any(|q| q.contains("In her letter")), "{quotes:?}");
    assert!(quotes.iter().any(|q| q.contains("she wrote")), "the pronoun reaches back past a sentence with no act: {quotes:?}");
    // Someone else's statement stays a statement of its own.
    assert_eq!(speakers(text), vec![vec!["Daniel Brennan".to_string()]]);
}

#[test]
fn the_writer_of_her_resignation_letter_is_its_resigner() {
    let text = "date: 2018-08-22\n\nJane Okafor, the minister for sport, resigned last night.\n\n\
        In her resignation letter she told Mr Daniel Brennan that she could not stay in his ministry.\n";
    let built = build(vec![InputFile { name: "a.txt".into(), bytes: text.as_bytes().to_vec() }]).expect("builds");
    let resignations: Vec<_> = built.dataset.events.iter().filter(|e| e.kind == EventKind::Resignation).collect();
    assert_eq!(resignations.len(), 1, "{resignations:#?}");
    assert_eq!(resignations[0].actors, vec!["Jane Okafor".to_string()]);
    assert_eq!(resignations[0].sources.len(), 2, "the letter is evidence of her resignation");
}

#[test]
fn as_did_gives_the_act_to_one_more_doer() {
    let text = "date: 2022-12-08\n\nEconomy Minister Kurt Burneo and Foreign Minister César Landa resigned, as did Justice Minister Félix Chero, with Mr Landa saying he rejected the decree.\n";
    assert_eq!(resigners(text), vec!["César Landa".to_string(), "Félix Chero".to_string(), "Kurt Burneo".to_string()]);
}

#[test]
fn someone_named_in_a_clause_that_tells_when_did_not_make_the_call() {
    let text = "A growing number of MPs are now openly calling on Prime Minister Ruth Calder to step down, days after Tom Hale quit as finance minister.\n";
    let built = build(vec![InputFile { name: "a.txt".into(), bytes: text.as_bytes().to_vec() }]).expect("builds");
    let calls: Vec<&Vec<String>> = built.dataset.events.iter().filter(|e| e.kind == EventKind::Call).map(|e| &e.actors).collect();
    assert_eq!(calls, vec![&Vec::<String>::new()], "{:#?}", built.dataset.events);
}

#[test]
fn who_sacks_a_whole_cabinet_is_not_sacked_and_a_body_is_not_a_person() {
    let text = "date: 2024-07-12\n\nPresident William Ruto dismissed almost his entire cabinet yesterday after weeks of protests.\n\n\
        The assembly is dominated by Mr Ruto's Kenya Kwanza alliance.\n\n\
        The Kenya National Commission on Human Rights said 39 people had been killed.\n";
    let built = build(vec![InputFile { name: "a.txt".into(), bytes: text.as_bytes().to_vec() }]).expect("builds");
    let dismissed: Vec<&String> = built.dataset.events.iter().filter(|e| e.kind == EventKind::Dismissal).flat_map(|e| &e.actors).collect();
    assert!(!dismissed.iter().any(|a| a.contains("Ruto")), "{dismissed:?}");
    let people: Vec<&str> = built.dataset.people.iter().map(|p| p.name.as_str()).collect();
    assert!(people.iter().all(|p| !p.contains("Kwanza") && !p.contains("Human Rights")), "{people:?}");
    // "Netanyahu fired Gallant" still names who was fired.
    let text = "date: 2023-03-27\n\nPrime Minister Benjamin Netanyahu fired Defence Minister Yoav Gallant on Sunday.\n";
    let built = build(vec![InputFile { name: "a.txt".into(), bytes: text.as_bytes().to_vec() }]).expect("builds");
    assert!(built.dataset.events.iter().any(|e| e.kind == EventKind::Dismissal && e.actors == ["Yoav Gallant"]), "{:#?}", built.dataset.events);
}
