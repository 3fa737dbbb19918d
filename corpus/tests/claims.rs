//! Disagreements between figures: shown only when two figures can be about the same occasion.

use corpus::engine::{build, InputFile};

fn conflicts(files: &[(&str, &str)]) -> Vec<(String, bool)> {
    let input = files.iter().map(|(name, text)| InputFile { name: (*name).into(), bytes: text.as_bytes().to_vec() }).collect();
    let built = build(input).expect("builds");
    built.dataset.claims.iter().map(|c| (c.measure.clone(), c.conflict)).collect()
}

#[test]
fn figures_dated_to_different_occasions_do_not_conflict() {
    let got = conflicts(&[(
        "a.txt",
        "date: 2019-05-24\n\nMPs threw the deal out by 230 votes in January.\n\nThey rejected it again by 149 votes in March.\n",
    )]);
    // "by 230 votes" is a margin.
    assert!(got.iter().any(|(m, _)| m == "votes — margin"), "{got:?}");
    assert!(got.iter().all(|(_, conflict)| !conflict), "{got:?}");
}

#[test]
fn undated_figures_for_one_measure_that_cannot_both_hold_conflict() {
    let got = conflicts(&[
        ("a.txt", "About 124,000 party members will choose the next leader.\n"),
        ("b.txt", "Some 160,000 party members will choose the next leader.\n"),
    ]);
    assert!(got.iter().any(|(m, conflict)| m == "party members" && *conflict), "{got:?}");
}

#[test]
fn one_article_disagrees_with_itself_only_through_two_named_sources() {
    // Two motions, one article, nobody named: different things counted, not a disagreement.
    let got = conflicts(&[(
        "a.txt",
        "date: 2023-03-21\n\nThe cross-party motion won 278 votes on Monday.\n\nA second motion, from the far right, gathered only 94 votes.\n",
    )]);
    assert!(got.iter().any(|(m, c)| m == "votes — voted" && !c), "{got:?}");
    // The police and the organisers counting one march: the disagreement newsrooms report most.
    let got = conflicts(&[(
        "a.txt",
        "date: 2024-05-02\n\nPolice said 12,000 people marched through the city on Wednesday, while the organisers claimed 40,000.\n",
    )]);
    assert_eq!(got, vec![("people — protested".to_string(), true)]);
}

#[test]
fn turnout_figures_in_millions_from_two_articles_are_compared() {
    let got = conflicts(&[
        ("a.txt", "date: 2023-03-24\n\nThe interior ministry counted 1.08 million protesters nationwide yesterday.\n"),
        ("b.txt", "date: 2023-03-24\n\nMore than a million people marched yesterday.\n\nThe union put the national figure at 3.5 million.\n"),
    ]);
    assert!(got.iter().any(|(m, c)| m == "people — protested" && *c), "{got:?}");
}

#[test]
fn a_figure_from_a_named_earlier_year_is_another_occasion() {
    let got = conflicts(&[
        ("a.txt", "date: 2023-03-21\n\nThe government survived the no-confidence vote on Monday by just nine votes.\n"),
        ("b.txt", "date: 2023-03-22\n\nIt was the closest call since 1992, when a government survived a censure motion by three votes.\n"),
    ]);
    assert!(got.iter().any(|(m, c)| m == "votes — margin" && !c), "{got:?}");
}

#[test]
fn a_change_from_one_figure_to_another_is_not_a_division() {
    let got = conflicts(&[("a.txt", "date: 2023-03-16\n\nMPs were due to vote on the bill, which raises the pension age from 62 to 64.\n")]);
    assert!(got.iter().all(|(m, _)| m != "division result — votes for the winning side to votes for the losing side"), "{got:?}");
}

#[test]
fn a_vote_whose_reports_give_two_tallies_is_titled_with_both() {
    let a = "date: 2024-08-17\n\nThe House of Representatives elected her prime minister yesterday, and the motion passed by 319 votes to 145.\n";
    let b = "date: 2024-08-17\n\nThe motion passed by 314 votes to 145 yesterday after a six-hour debate.\n";
    let built = build(vec![InputFile { name: "a.txt".into(), bytes: a.into() }, InputFile { name: "b.txt".into(), bytes: b.into() }]).expect("builds");
    let titles: Vec<&str> = built.dataset.events.iter().map(|e| e.title.as_str()).collect();
    assert!(titles.contains(&"Motion passed 319 to 145 (314 to 145 in another report)"), "{titles:?}");
    assert!(built.dataset.claims.iter().any(|c| c.measure.starts_with("division result") && c.conflict));
}

#[test]
fn two_splits_of_the_same_bench_disagree_and_two_ballots_of_different_sizes_do_not() {
    let got = conflicts(&[
        ("a.txt", "date: 2024-08-15\n\nThe nine judges voted 5-4 on Wednesday that he had breached the rules.\n"),
        ("b.txt", "date: 2024-08-17\n\nOn Wednesday the court ruled 6-3 that he had knowingly appointed an unfit minister.\n"),
    ]);
    assert!(got.contains(&("vote split".to_string(), true)), "{got:?}");
    let got = conflicts(&[
        ("a.txt", "date: 2018-08-24\n\nHe survived the first ballot by 48 votes to 35 on Tuesday.\n"),
        ("b.txt", "date: 2018-08-24\n\nHe lost the second ballot by 45 votes to 40 on Friday.\n"),
    ]);
    assert!(got.iter().all(|(_, conflict)| !conflict), "{got:?}");
}

#[test]
fn two_divisions_are_two_claims_and_one_disagreement_marks_only_its_own() {
    let a = "date: 2024-06-26\n\nThe bill cleared its second reading on 20 June by 204 votes to 115.\n\nMPs passed it at its third reading yesterday by 195 votes to 106.\n";
    let b = "date: 2024-07-12\n\nOn 25 June MPs passed the bill at its third reading by 196 votes to 106.\n";
    let built = build(vec![InputFile { name: "a.txt".into(), bytes: a.into() }, InputFile { name: "b.txt".into(), bytes: b.into() }]).expect("builds");
    let divisions: Vec<_> = built.dataset.claims.iter().filter(|c| c.measure.starts_with("division result")).collect();
    assert_eq!(divisions.len(), 2, "{divisions:#?}");
    let second = divisions.iter().find(|c| c.values.iter().any(|v| v.value == "204 to 115")).unwrap();
    assert!(!second.conflict && second.values.len() == 1, "{second:#?}");
    let third = divisions.iter().find(|c| c.values.iter().any(|v| v.value == "195 to 106")).unwrap();
    assert!(third.conflict && third.values.iter().any(|v| v.value == "196 to 106"), "{third:#?}");
}

#[test]
fn a_count_the_sentence_goes_on_to_raise_and_bare_sums_of_money_do_not_conflict() {
    let got = conflicts(&[
        ("a.txt", "The canopy collapsed on 1 November, killing 15 people.\n"),
        ("b.txt", "Fourteen people were killed at the scene and a fifteenth died later in hospital.\n"),
    ]);
    assert!(got.iter().all(|(_, c)| !c), "{got:?}");
    let got = conflicts(&[
        ("a.txt", "The bill sought to raise 346 billion shillings in new taxes.\n"),
        ("b.txt", "He announced cuts of 177 billion shillings to make up for it.\n"),
    ]);
    assert!(got.iter().all(|(_, c)| !c), "{got:?}");
}

#[test]
fn two_counters_in_one_article_disagree_whenever_each_gave_the_figure() {
    // Each figure is dated by when it was given ("last night", "this morning"), not by the rally
    // it counts; the second counter is named before an aside.
    let got = conflicts(&[(
        "a.txt",
        "date: 2025-03-16\n\nThe interior ministry said last night that 275,000 people had gathered at the peak of the rally.\n\n\
         The Archive of Public Gatherings, an independent group that counts crowds from aerial photographs, put the figure this morning at about 300,000.\n",
    )]);
    assert!(got.iter().any(|(m, c)| m == "people — protested" && *c), "{got:?}");
}
