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
    assert!(got.iter().any(|(m, _)| m == "votes"), "{got:?}");
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
