//! Which reports are one happening: what the page shows as one point on the timeline.

use corpus::engine::{build, InputFile};
use corpus::{Event, EventKind};

fn events(text: &str) -> Vec<Event> {
    build(vec![InputFile { name: "a.txt".into(), bytes: text.as_bytes().to_vec() }]).expect("builds").dataset.events
}

#[test]
fn votes_a_month_apart_do_not_join_through_an_undated_report() {
    // An undated article: "in December" and "on Wednesday" cannot be resolved, but a month named
    // alone is not this week, and the undated "voted" must not make them one vote.
    let text = "Party rules are under review.\n\n\
        She survived a confidence vote of her MPs in December by 200 votes to 117.\n\n\
        The executive of the backbench committee voted on Wednesday in sealed envelopes.\n\n\
        Many members voted with their feet.\n";
    let all = events(text);
    let votes: Vec<&Event> = all.iter().filter(|e| e.kind == EventKind::Vote).collect();
    let december = votes.iter().find(|e| e.sources.iter().any(|s| s.quote.contains("December"))).expect("the December vote");
    assert!(!december.sources.iter().any(|s| s.quote.contains("Wednesday")), "{votes:#?}");
}

#[test]
fn filing_a_motion_is_a_call_and_does_not_hide_a_resignation() {
    let text = "date: 2023-10-04\n\nIn 2015, Mark Meadows filed a motion to vacate against John Boehner, who resigned later that year.\n";
    let all = events(text);
    assert!(all.iter().all(|e| e.kind != EventKind::Vote), "{all:#?}");
    assert!(all.iter().any(|e| e.kind == EventKind::Resignation), "{all:#?}");
}

#[test]
fn what_a_statement_reports_does_not_date_the_statement() {
    // "October 31" is when Britain would leave, not when he spoke; the statement is this week's news.
    let text = "date: 2019-05-24\n\nBoris Johnson, the bookmakers' favourite, told an economic conference in Switzerland that Britain would leave the EU on October 31.\n";
    let all = events(text);
    let statement = all.iter().find(|e| e.kind == EventKind::Statement).expect("the statement");
    assert!(statement.date.earliest.as_deref().is_some_and(|d| d >= "2019-05-01"), "{statement:#?}");
}

#[test]
fn a_report_that_names_the_day_in_full_dates_an_undated_article() {
    let a = "On 7 July 2022, Mr Boris Johnson stood outside Downing Street and announced that he would resign as party leader.\n";
    let b = "Boris Johnson has resigned as leader of the party, bringing down the curtain on his premiership.\n";
    let built = build(vec![InputFile { name: "a.txt".into(), bytes: a.into() }, InputFile { name: "b.txt".into(), bytes: b.into() }]).expect("builds");
    let doc = built.dataset.documents.iter().find(|d| d.file == "b.txt").unwrap();
    let published = doc.published.as_ref().expect("b.txt is dated from the day a.txt names");
    assert_eq!((published.earliest.as_deref(), published.latest.as_deref()), (Some("2022-07-07"), Some("2022-07-13")), "{published:?}");
}

#[test]
fn an_undated_report_does_not_narrow_a_dated_one_to_a_day() {
    // The rule sentence has no date word; it is taken as news of the days before the article, and
    // that must not turn "last month" into the last day of the month.
    let text = "date: 2022-07-06\n\nUnder party rules the leader is protected from another confidence vote for a year.\n\n\
        He survived a ballot of MPs last month by 211 votes to 148.\n";
    let all = events(text);
    let vote = all.iter().find(|e| e.sources.iter().any(|s| s.quote.contains("211"))).expect("the vote");
    assert_eq!((vote.date.earliest.as_deref(), vote.date.latest.as_deref()), (Some("2022-06-01"), Some("2022-06-30")), "{vote:#?}");
}

#[test]
fn history_told_in_passing_is_not_the_vote_the_article_reports() {
    let text = "date: 2023-10-04\n\nThe House voted on Tuesday to remove the speaker.\n\n\
        Only one previous speaker faced a vote on such a motion: Ruth Calder, who survived in 1910.\n";
    let votes: Vec<Event> = events(text).into_iter().filter(|e| e.kind == EventKind::Vote).collect();
    assert_eq!(votes.len(), 2, "{votes:#?}");
    let news = votes.iter().find(|e| e.sources[0].quote.contains("Tuesday")).expect("Tuesday's vote");
    assert_eq!(news.sources.len(), 1, "{news:#?}");
    assert_eq!(news.date.earliest.as_deref(), Some("2023-10-03"), "{news:#?}");
}

#[test]
fn a_filing_and_a_vote_in_one_sentence_are_both_kept() {
    let text = "date: 2023-10-04\n\nGaetz, who filed the motion on Monday night, accused the speaker of breaking promises he made in January, when he needed 15 rounds of voting to win.\n";
    let all = events(text);
    let call = all.iter().find(|e| e.kind == EventKind::Call).expect("the filing is a call");
    assert_eq!(call.date.earliest.as_deref(), Some("2023-10-02"), "{call:#?}");
    assert!(all.iter().any(|e| e.kind == EventKind::Vote), "{all:#?}");
}

#[test]
fn a_year_in_a_past_perfect_clause_does_not_date_the_act() {
    let text = "date: 2022-07-06\n\nToday Boris Johnson apologised for giving Chris Pincher a job even though he had been told in 2019 about a complaint.\n";
    let all = events(text);
    let statement = all.iter().find(|e| e.kind == EventKind::Statement).expect("the apology is a statement");
    assert_eq!(statement.date.earliest.as_deref(), Some("2022-07-06"), "{statement:#?}");
}

#[test]
fn reports_of_one_appointment_are_one_happening_and_an_aside_does_not_date_the_act() {
    let files = vec![
        InputFile { name: "a.txt".into(), bytes: "date: 2022-07-06\n\nNadhim Zahawi, who was made chancellor last night, insisted this morning that he was staying.\n".as_bytes().to_vec() },
        InputFile {
            name: "b.txt".into(),
            bytes: "Nadhim Zahawi, appointed chancellor only on Tuesday night, published a letter telling Boris Johnson to go.\n".as_bytes().to_vec(),
        },
    ];
    let events = build(files).expect("builds").dataset.events;
    let appointments: Vec<&Event> = events.iter().filter(|e| e.kind == EventKind::Context).collect();
    assert_eq!(appointments.len(), 1, "{events:#?}");
    assert_eq!(appointments[0].sources.len(), 2, "{events:#?}");
    assert_eq!(appointments[0].actors, vec!["Nadhim Zahawi".to_string()]);
    assert_eq!(appointments[0].date.earliest.as_deref(), Some("2022-07-05"), "{:?}", appointments[0].date);
    // The letter was published after the appointment: "on Tuesday night" dates the aside only.
    let call = events.iter().find(|e| e.kind == EventKind::Call).expect("the letter telling him to go is a call");
    assert_ne!(call.date.earliest.as_deref(), Some("2022-07-05"), "{:?}", call.date);
}

#[test]
fn a_sentence_kept_for_its_date_is_dated_by_it_unless_the_date_is_a_reference_point() {
    let text = "date: 2024-11-07\n\nThe coalition, known as the traffic light after the parties' colours, took office in December 2021.\n\n\
        The rebellion is the largest since a group of ministers jumped ship in 2022.\n";
    let all = events(text);
    let took_office = all.iter().find(|e| e.sources[0].quote.contains("took office")).expect("a context event");
    assert_eq!((took_office.date.earliest.as_deref(), took_office.date.latest.as_deref()), (Some("2021-12-01"), Some("2021-12-31")), "{took_office:#?}");
    let largest = all.iter().find(|e| e.sources[0].quote.contains("largest")).expect("a context event");
    assert_ne!(largest.date.earliest.as_deref(), Some("2022-01-01"), "{largest:#?}");
}

#[test]
fn he_goes_on_with_the_sentence_before_and_a_quotation_keeps_its_own_time() {
    // The call in the "He" sentence has no date words: it is the Saturday statement going on.
    let text = "date: 2023-03-27\n\nIn a televised statement on Saturday evening, Defence Minister Yoav Gallant warned that the rift posed a danger.\n\n\
        He urged the government to stop the legislation.\n";
    let all = events(text);
    let call = all.iter().find(|e| e.kind == EventKind::Call).expect("the call");
    assert_eq!((call.date.earliest.as_deref(), call.date.latest.as_deref()), (Some("2023-03-25"), Some("2023-03-25")), "{call:#?}");
    // "this evening" inside the office's quotation is not the article's evening.
    let text = "date: 2023-03-27\n\n\"The prime minister has decided this evening to dismiss Defence Minister Yoav Gallant,\" his office said.\n";
    let all = events(text);
    let dismissal = all.iter().find(|e| e.kind == EventKind::Dismissal).expect("the dismissal");
    assert_ne!(dismissal.date.earliest.as_deref(), Some("2023-03-27"), "{dismissal:#?}");
}

#[test]
fn what_someone_said_will_happen_does_not_date_their_saying() {
    let got = events("date: 2024-08-17\n\nNatthaphong Ruengpanyawut told reporters the People's Party would oppose her.\n\nHe said the party would campaign to win an outright majority at the next election, due in 2027.\n");
    let said = got.iter().find(|e| e.sources.iter().any(|s| s.quote.contains("due in 2027"))).expect("the saying is an event");
    assert_ne!(said.date.earliest.as_deref(), Some("2027-01-01"), "{said:#?}");
}

/// The kinds a one-sentence article is read as, with each event's people.
fn kinds(sentence: &str) -> Vec<(EventKind, Vec<String>)> {
    events(&format!("date: 2024-07-12\n\n{sentence}\n")).into_iter().map(|e| (e.kind, e.actors)).collect()
}

#[test]
fn protests_named_as_a_time_a_topic_or_a_target_are_not_protests() {
    for s in [
        "Rights groups said 39 people had been killed since the protests began.",
        "He again claimed that the protests were being steered from abroad.",
        "Mr Kindiki told the Senate on Thursday that officers who had shot protesters would be prosecuted.",
        "Police fired tear gas into the crowd on Tuesday.",
        "The sacked cabinet secretaries will hand over to their deputies.",
    ] {
        let got = kinds(s);
        assert!(got.iter().all(|(k, _)| !matches!(k, EventKind::Protest | EventKind::Dismissal)), "{s}: {got:?}");
    }
    // A call for a march is a call, however its time is written.
    assert_eq!(kinds("Protest organisers called this morning for a march on State House tomorrow.").iter().map(|(k, _)| *k).collect::<Vec<_>>(), [EventKind::Call]);
    for s in [
        "Protesters stormed parliament on Tuesday.",
        "On Monday, tens of thousands of people blocked Autokomanda, one of Belgrade's busiest road junctions, for 24 hours.",
        "Students have been blockading universities since late November.",
        "The interior ministry counted 1.08 million protesters nationwide yesterday.",
    ] {
        assert!(kinds(s).iter().any(|(k, _)| *k == EventKind::Protest), "{s}: {:?}", kinds(s));
    }
}

#[test]
fn talk_about_an_act_is_a_statement_and_its_speaker_is_not_the_one_acting() {
    let got = kinds("Opposition leader Raila Odinga said in a statement this morning that the sacking of the cabinet was \"a step in the right direction\".");
    assert!(got.iter().any(|(k, who)| *k == EventKind::Statement && who == &["Raila Odinga"]), "{got:?}");
    assert!(got.iter().all(|(k, who)| *k != EventKind::Dismissal || who.is_empty()), "{got:?}");
    let got = kinds("President William Ruto accepted the resignation and named Douglas Kanja as acting head of the police.");
    assert!(got.iter().all(|(k, who)| *k != EventKind::Resignation || !who.contains(&"William Ruto".to_string())), "{got:?}");
    // An audience of any kind makes a saying an occasion.
    for s in ["Police chief Japhet Koome told a local radio station this morning that his officers had no choice.", "Amnesty's Irungu Houghton told us this morning that the departure must not be the end of accountability."] {
        assert!(kinds(s).iter().any(|(k, _)| *k == EventKind::Statement), "{s}: {:?}", kinds(s));
    }
}

#[test]
fn an_act_in_a_condition_is_not_reported() {
    let got = kinds("The resignation must be noted by the assembly, and if no new cabinet is elected within 30 days, the president would have to call early elections.");
    assert!(got.iter().all(|(k, _)| *k != EventKind::Vote), "{got:?}");
}

#[test]
fn a_time_told_from_the_one_before_takes_its_date() {
    // "the same day" is the day the sentence named; "a few hours later" the sentence before's.
    let text = "date: 2025-03-16\n\nPrime Minister Milos Kovac resigned in January, and the mayor, Ivan Petrić, stepped down the same day.\n";
    let all = events(text);
    let mayor = all.iter().find(|e| e.actors == ["Ivan Petrić"]).expect("the mayor's resignation");
    assert_eq!((mayor.date.earliest.as_deref(), mayor.date.latest.as_deref()), (Some("2025-01-01"), Some("2025-01-31")), "{mayor:#?}");
    let text = "date: 2025-01-29\n\nPrime Minister Milos Kovac resigned on Tuesday morning.\n\nThe city's mayor, Ivan Petrić, announced his own resignation a few hours later.\n";
    let all = events(text);
    let mayor = all.iter().find(|e| e.actors == ["Ivan Petrić"]).expect("the mayor's resignation");
    assert_eq!(mayor.date.earliest.as_deref(), Some("2025-01-28"), "{mayor:#?}");
}

#[test]
fn a_resignation_referred_to_is_the_one_told_and_not_dated_by_a_plan() {
    // A session still to come does not date the resignation; "the resignation" is the one just
    // told, and a quotation's "I" is its speaker.
    let text = "date: 2025-03-16\n\n\"I have decided to resign,\" Milos Kovac told reporters in January.\n\n\
        The resignation must now be noted by the assembly.\n\n\
        The assembly is due to formally note Kovac's resignation at a session on Wednesday.\n";
    let all = events(text);
    let resignations: Vec<&Event> = all.iter().filter(|e| e.kind == EventKind::Resignation).collect();
    assert_eq!(resignations.len(), 1, "{resignations:#?}");
    assert_eq!(resignations[0].actors, ["Milos Kovac"]);
    assert!(resignations[0].date.latest.as_deref().is_some_and(|d| d <= "2025-03-16"), "{resignations:#?}");
    // A headline's "PM" is a title before the name.
    let all = events("Serbian PM Milos Kovac quits as protests over the disaster grow\n\nMore to follow.\n");
    assert!(all.iter().any(|e| e.kind == EventKind::Resignation && e.actors == ["Milos Kovac"]), "{all:#?}");
    assert!(all.iter().all(|e| e.kind != EventKind::Protest), "a trend, not a protest: {all:#?}");
}

#[test]
fn a_states_acts_of_force_or_office_are_background() {
    for s in [
        "The government declared a 30-day state of emergency on Wednesday.",
        "Defence minister Aden Duale deployed the army to support the police.",
        "Police opened fire on the crowds outside parliament.",
        "Governor General Mary Simon prorogued Parliament until 24 March.",
        "Peru recalled its ambassadors to Mexico and Argentina.",
    ] {
        assert!(kinds(s).iter().any(|(k, _)| *k == EventKind::Context), "{s}: {:?}", kinds(s));
    }
    for s in ["The court declared the martial law invalid.", "Protesters demanded that troops not be deployed.", "A new shop opened in the square."] {
        assert!(kinds(s).iter().all(|(k, _)| *k != EventKind::Context), "{s}: {:?}", kinds(s));
    }
}

#[test]
fn posts_taken_and_lost_and_a_resignation_remarked_on() {
    // Removed from posts (plural) is a dismissal; named to an interim post is background with
    // the appointee; "called the resignation …" is a remark, not a resignation by the speaker.
    assert!(kinds("Three deans were removed from their posts and placed on leave in June.").iter().any(|(k, _)| *k == EventKind::Dismissal));
    let got = kinds("The trustees named Dr Katrina Armstrong interim president yesterday.");
    assert!(got.iter().any(|(k, who)| *k == EventKind::Context && who == &["Katrina Armstrong"]), "{got:?}");
    let got = kinds("Prof Ruth Adeyemi, a historian, called the resignation yesterday \"the end of a chapter\".");
    assert!(got.iter().all(|(k, who)| *k != EventKind::Resignation || !who.contains(&"Ruth Adeyemi".to_string())), "{got:?}");
}

#[test]
fn a_quotation_closed_by_said_and_a_name_is_a_statement() {
    let got = kinds("\u{201c}The resignation is not enough,\u{201d} said Dragan Novak, leader of the opposition.");
    assert!(got.iter().any(|(k, who)| *k == EventKind::Statement && who == &["Dragan Novak"]), "{got:?}");
    // A plain attribution inside a paragraph is not news of its own.
    let got = kinds("The reforms, she said, would take years.");
    assert!(got.iter().all(|(k, _)| *k != EventKind::Statement), "{got:?}");
}
