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
