//! Staying on the story when an article ends with a few paragraphs of another one: the short
//! closing stretch about people no other line or article names, opening somewhere new.

use corpus::engine::{build, InputFile};
use corpus::Dataset;

const HEAD: &str = "date: 2024-05-14\n\n\
    Bus drivers in Northport walked out on Monday in a dispute over pay.\n\n\
    The union's regional secretary, Dana Whitlock, said the strike would continue until the council made a better offer.\n\n\
    Council leader Owen Pryce called the walkout deeply regrettable and urged drivers to return.\n\n\
    Ms Whitlock said drivers had not had a pay rise in three years.\n\n\
    Mr Pryce said the council could not afford more than four per cent.\n\n\
    Talks between the union and the council are due to resume on Thursday.\n\n";

/// Three paragraphs about a football coach in Lisbon, whom nothing else mentions.
const LISBON: &str = "In Lisbon, the football club Sporting dismissed its coach, Tiago Ramalho, after a run of five defeats.\n\n\
    Tiago Ramalho had led the club to the league title two seasons ago.\n\n\
    The club's president, Helena Brandao, said a successor would be named before the weekend and thanked Mr Ramalho.\n";

fn build_all(files: &[(&str, String)]) -> Dataset {
    let files = files.iter().map(|(name, text)| InputFile { name: (*name).into(), bytes: text.clone().into_bytes() }).collect();
    build(files).expect("builds").dataset
}

/// The off-story stretch's first words, if the article has one.
fn off_story_opening(data: &Dataset, file: &str) -> Option<String> {
    let doc = data.documents.iter().find(|d| d.file == file)?;
    doc.off_story.as_ref().map(|m| doc.text[m.start as usize..].chars().take(40).collect())
}

#[test]
fn a_closing_stretch_about_strangers_somewhere_new_is_another_story() {
    let data = build_all(&[("a.txt", format!("{HEAD}{LISBON}"))]);
    assert_eq!(off_story_opening(&data, "a.txt").as_deref(), Some("In Lisbon, the football club Sporting di"));
    let dismissal = data.events.iter().find(|e| e.sources.iter().any(|s| s.quote.contains("dismissed its coach"))).expect("the dismissal is still an event");
    assert!(!dismissal.main_story, "{dismissal:#?}");
    // The strike is still the main story.
    let strike = data.events.iter().find(|e| e.sources.iter().any(|s| s.quote.contains("walked out"))).expect("the strike");
    assert!(strike.main_story, "{strike:#?}");
}

#[test]
fn a_closing_stretch_that_names_the_stories_people_stays_on_it() {
    let ending = LISBON.replace("thanked Mr Ramalho", "thanked Owen Pryce for his support");
    let data = build_all(&[("a.txt", format!("{HEAD}{ending}"))]);
    assert_eq!(off_story_opening(&data, "a.txt"), None);
}

#[test]
fn new_voices_in_the_same_place_stay_on_the_story() {
    // Drivers quoted at the end are new people, but nothing says the story moved anywhere.
    let ending = "One driver, Priya Sandhu, said she had worked on the buses for twenty years.\n\n\
        Priya Sandhu said she could no longer pay her rent.\n\n\
        Another driver, Tom Ellery, said he would stay out as long as it took, and so would Ms Sandhu.\n";
    let data = build_all(&[("a.txt", format!("{HEAD}{ending}"))]);
    assert_eq!(off_story_opening(&data, "a.txt"), None);
}

#[test]
fn people_another_article_names_belong_to_the_corpus_story() {
    let other = "date: 2024-05-15\n\nTiago Ramalho, the Sporting coach, backed the Northport drivers in a message on Tuesday.\n";
    let data = build_all(&[("a.txt", format!("{HEAD}{LISBON}")), ("b.txt", other.to_string())]);
    assert_eq!(off_story_opening(&data, "a.txt"), None);
}

#[test]
fn an_editor_can_keep_an_article_on_its_story() {
    let toml = "[[document]]\nfile = \"a.txt\"\nother_story = false\n".to_string();
    let data = build_all(&[("a.txt", format!("{HEAD}{LISBON}")), ("corpus.toml", toml)]);
    assert_eq!(off_story_opening(&data, "a.txt"), None);
    assert!(data.events.iter().all(|e| e.main_story), "{:#?}", data.events);
}

#[test]
fn a_writer_turning_away_starts_another_story_even_with_no_names_repeated() {
    // "Away from …": the turn itself says the story changes; the farmer is named once.
    let drought = "Away from the town hall, the drought gripping the county tightened its hold this week.\n\n\
        Sheep farmer Meg Carroll said she had sold half her flock since the spring.\n\n\
        A convoy of 40 hay trucks arrived at the showground on Sunday.\n";
    let data = build_all(&[("a.txt", format!("{HEAD}{drought}"))]);
    assert_eq!(off_story_opening(&data, "a.txt").as_deref(), Some("Away from the town hall, the drought gri"));
    // "In football, …" is a newspaper's other section.
    let football = "In football, Northport Rovers won 5-0 at home on Sunday.\n\n\
        Their striker scored three goals in the first half.\n\n\
        The club's manager said the result was the best of the season.\n";
    let data = build_all(&[("a.txt", format!("{HEAD}{football}"))]);
    assert_eq!(off_story_opening(&data, "a.txt").as_deref(), Some("In football, Northport Rovers won 5-0 at"));
    // A turn that brings back the story's own people continues it.
    let back = "Away from the picket lines, Dana Whitlock spent the evening with drivers' families.\n\n\
        She said they were struggling with rents.\n\n\
        Mr Pryce said he would meet them next week.\n";
    let data = build_all(&[("a.txt", format!("{HEAD}{back}"))]);
    assert_eq!(off_story_opening(&data, "a.txt"), None);
}

#[test]
fn text_after_the_comment_policy_is_the_pages_next_story() {
    // The article ends with its comment policy; the page runs a weather item under it.
    let policy = "Comments on this story are moderated according to our Submission Guidelines. Comments are welcome while open.\n\n";
    let storm = "The weather office issued a storm warning for the county on Saturday, saying up to 20 centimetres of snow could fall.\n\n\
        Road crews said ploughs would be out on the main routes overnight.\n\n\
        Freezing rain closed the coast road for several hours after a series of collisions.\n";
    let data = build_all(&[("a.txt", format!("{HEAD}{policy}{storm}"))]);
    assert_eq!(off_story_opening(&data, "a.txt").as_deref(), Some("The weather office issued a storm warnin"));
    // The same lines with the story's own people in them go on with it.
    let more = storm.replace("Road crews said", "Dana Whitlock said");
    let data = build_all(&[("a.txt", format!("{HEAD}{policy}{more}"))]);
    assert_eq!(off_story_opening(&data, "a.txt"), None);
}

#[test]
fn a_closing_stretch_of_sport_or_weather_is_another_story_with_no_heading() {
    let flood = "Heavy rain flooded dozens of streets across the city on Sunday evening, leaving commuters stranded.\n\n\
        The city authority said it had deployed extra water pumps and warned that more storms were expected.\n\n\
        Forecasters said the monsoon would bring more heavy rain until at least Wednesday.\n";
    let data = build_all(&[("a.txt", format!("{HEAD}{flood}"))]);
    assert_eq!(off_story_opening(&data, "a.txt").as_deref(), Some("Heavy rain flooded dozens of streets acr"));
    let cup = "France will face Argentina in Sunday's World Cup final after beating Morocco 2-0 on Wednesday night.\n\n\
        A left-back put France ahead after five minutes with an acrobatic volley, and a substitute sealed the win.\n\n\
        Morocco, the first African side to reach a World Cup semi-final, had the better of the second half.\n";
    let data = build_all(&[("a.txt", format!("{HEAD}{cup}"))]);
    assert_eq!(off_story_opening(&data, "a.txt").as_deref(), Some("France will face Argentina in Sunday's W"));
    // A story that is about the weather all along keeps its weather ending.
    let head = HEAD.replace("in a dispute over pay", "after floods left their depot under water");
    let data = build_all(&[("a.txt", format!("{head}{flood}"))]);
    assert_eq!(off_story_opening(&data, "a.txt"), None);
}

#[test]
fn a_two_paragraph_sport_ending_thick_with_its_words_is_another_story() {
    // Earlier, "the Awami League" is a name, not sport; the ending has "spinner", "wickets",
    // "bowled" and "match" in two paragraphs.
    let text = "Protesters filled the streets of Dhaka on Monday as the prime minister fled the country.\n\n\
        The army chief said an interim government would be formed within days.\n\n\
        Police and members of the Awami League's student wing had attacked the demonstrations in July.\n\n\
        Student leaders said they wanted the economist Muhammad Yunus to lead the government.\n\n\
        The president dissolved parliament on Tuesday, meeting a key demand of the students.\n\n\
        Curfews were lifted and banks reopened across the capital.\n\n\
        Sri Lanka crushed India by 110 runs in Colombo on Wednesday. Left-arm spinner Dunith Wellalage took five wickets as India were bowled out for 138.\n\n\
        \u{201c}This is a very special day for our young team,\u{201d} captain Charith Asalanka said after the match.\n";
    let data = build_all(&[("a.txt", text.to_string())]);
    assert_eq!(off_story_opening(&data, "a.txt").as_deref(), Some("Sri Lanka crushed India by 110 runs in C"));
    // One line of sport is not enough.
    let short = text.replace("\n\n\u{201c}This is a very special day for our young team,\u{201d} captain Charith Asalanka said after the match.", "");
    assert_eq!(off_story_opening(&build_all(&[("a.txt", short)]), "a.txt"), None);
}
