//! Mentions: which sentences report a happening, of what kind, by whom, and with what date words.
//!
//! A sentence can report more than one happening ("eight members walked out and dozens rebelled in
//! a vote"), so it can give several mentions. A trigger word is not an act when the words before it
//! refuse, deny, doubt or only threaten it ("refused to resign", "would be dismissed", "no purge"):
//! a refusal is kept (it may dispute another source), a threat or a possibility is dropped.

use super::dates::Found;
use super::people::Word;
use crate::model::EventKind;

/// A sentence's report of one happening.
#[derive(Debug, Clone)]
pub struct Mention {
    pub doc: usize,
    pub kind: EventKind,
    /// The sentence says the act did *not* happen (refusal, denial).
    pub refusal: bool,
    pub start: usize,
    pub end: usize,
    /// Person ids (into the registry), the likely doers first.
    pub actors: Vec<usize>,
    pub date: Option<Found>,
    /// A sentence written as background (past perfect, "former"), so not assumed to be recent news.
    pub background: bool,
    /// Numbers in the sentence (for matching reports of the same vote).
    pub numbers: Vec<u64>,
    /// Capitalised words that are not people (places, bodies), in lower case, for matching
    /// reports: ids into the word table [`Mention`]s are built with (see `find_mentions`).
    pub names: Vec<u32>,
    /// Content words, for telling one person's different statements apart: sorted, distinct ids
    /// into the same table (so comparing two mentions' words is a walk over two short arrays).
    pub tokens: Vec<u32>,
    /// The date as far as the mention's own article says (before undated articles are dated).
    pub when: super::dates::Constraint,
    pub main_story: bool,
    /// Whether the trigger word stands in the first half of the sentence: the sentence is about
    /// the happening ("Nine Republicans voted…"), not a mention of it in passing ("…was the
    /// driving force behind the vote"). Titles prefer such sentences.
    pub about_it: bool,
    /// A "context" mention of someone taking a post ([`takes_a_post`]): such reports of one
    /// person's appointment are one happening, unlike other background sentences.
    pub appointment: Option<Standing>,
    /// A resignation from a seat or from politics ("quit parliament", "resign from parliament",
    /// "quit politics"), not from an office ([`leaves_a_seat`]): refusing the one does not dispute
    /// the other.
    pub seat: bool,
}

/// Word `k` of a sentence in lower case, or "" past either end.
fn lower_at<'a>(words: &'a [Word], k: usize) -> &'a str {
    words.get(k).map(|w| w.lower.as_ref()).unwrap_or("")
}

/// The kinds a sentence reports, and for each whether it is a refusal.
pub fn classify(words: &[Word]) -> Vec<(EventKind, bool)> {
    classify_at(words).into_iter().map(|(k, r, _)| (k, r)).collect()
}

/// As [`classify`], with the index of the word that triggered each kind.
pub fn classify_at(words: &[Word]) -> Vec<(EventKind, bool, usize)> {
    let at = |i: usize| lower_at(words, i);
    let mut found: Vec<(EventKind, bool, usize)> = Vec::new();
    let mut call_at: Option<usize> = None;
    let capitalised = |w: &Word| w.text.chars().next().is_some_and(char::is_uppercase);
    // A headline capitalises every word; running text capitalises names. Asked only when a
    // capitalised trigger word turns up.
    let headline = || {
        let long = words.iter().filter(|w| w.text.len() > 3);
        let (n, caps) = long.fold((0, 0), |(n, caps), w| (n + 1, caps + usize::from(capitalised(w))));
        n >= 3 && caps * 10 >= n * 6
    };
    for i in 0..words.len() {
        let w = at(i);
        // Most words trigger nothing: a shape test and one table look-up rule them out, and a
        // trigger word is looked up once and branched on by its group (not compared with each
        // literal of a string `match` in turn).
        let Some(trigger) = trigger_of(w) else { continue };
        // Capitalised inside running text, the word is part of a name ("the National Rally",
        // "Vote Leave"), not an act.
        if i > 0 && capitalised(&words[i]) && !headline() {
            continue;
        }
        let next = at(i + 1);
        let next2 = at(i + 2);
        let kind = match trigger {
            // "Police fired tear gas", "soldiers fired on the crowd": shooting, not sacking.
            Trigger::Dismissal if w == "fired" && matches!(next, "tear" | "on" | "at" | "into" | "shots" | "rubber" | "live" | "water" | "warning" | "bullets" | "rockets" | "missiles" | "gas" | "pellets" | "upon") => None,
            // "The sacked cabinet secretaries will hand over…", "the ousted president": the act
            // as a description of who was sacked, told as news elsewhere.
            Trigger::Dismissal
                if i > 0
                    && matches!(at(i - 1), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "all" | "recently" | "newly")
                    && words[i].then.is_none()
                    && words.get(i + 1).is_some_and(|n| n.text.starts_with(|c: char| c.is_lowercase()))
                    && !matches!(next, "by" | "on" | "in" | "from" | "over" | "after" | "for" | "at" | "as" | "last" | "yesterday" | "today" | "earlier" | "this") =>
            {
                None
            }
            Trigger::Dismissal => Some(EventKind::Dismissal),
            // "the court removed Srettha Thavisin from office", "voted to remove him from his post":
            // removed from a post, not a thing removed from somewhere.
            Trigger::Removed if (i + 1..(i + 7).min(words.len())).any(|j| at(j) == "from" && matches!(at(j + 1), "office" | "power" | "post" | "his" | "her" | "their" | "the")) && (i + 1..(i + 9).min(words.len())).any(|j| matches!(at(j), "office" | "power" | "post" | "posts" | "job" | "jobs" | "role" | "roles" | "position" | "positions" | "cabinet" | "government" | "presidency" | "premiership" | "party")) => Some(EventKind::Dismissal),
            // "dismissed the offer as "a repackaged deal"", "dismissed claims that…": a judgement
            // or a denial spoken aloud, not anyone's sacking.
            Trigger::Dismissed if dismisses_an_idea(words, i) => Some(EventKind::Statement),
            Trigger::Dismissed if !matches!(next, "suggestions" | "claims" | "reports" | "calls" | "the" | "concerns" | "criticism" | "speculation" | "it" | "this" | "that" | "as") => Some(EventKind::Dismissal),
            // "rose to deliver his resignation statement": the occasion of speaking about a
            // resignation, not the act. (A resignation letter is the act's own evidence: "In his
            // resignation letter, he said…" stays with the resignation.)
            Trigger::Resignation if w == "resignation" && matches!(next, "statement" | "speech" | "address") => Some(EventKind::Statement),
            Trigger::Resignation => Some(EventKind::Resignation),
            Trigger::StepDown if next == "down" => Some(EventKind::Resignation),
            // "walked out of the chamber" is a boycott of a sitting, not leaving a post.
            Trigger::WalkOut if next == "out" && !(next2 == "of" && (i + 3..(i + 6).min(words.len())).any(|j| matches!(at(j), "chamber" | "assembly" | "parliament" | "house" | "hall" | "room" | "session" | "sitting" | "debate" | "vote" | "talks" | "meeting" | "hearing" | "commons" | "senate"))) => Some(EventKind::Resignation),
            // "a ballot that has left the government bitterly divided": something leaving a body in
            // a state is not anyone quitting it.
            // ("announced that he is leaving cabinet": the body may come bare.)
            Trigger::Leave
                if (matches!(next, "her" | "his" | "their" | "the") && matches!(next2, "post" | "posts" | "job" | "jobs" | "role" | "roles" | "frontbench" | "cabinet" | "government")
                    || matches!(next, "cabinet" | "government" | "office"))
                    && !(i > 0 && matches!(at(i - 1), "that" | "which" | "it"))
                    && !leaves_in_a_state(words, if matches!(next, "cabinet" | "government" | "office") { i + 1 } else { i + 2 }) =>
            {
                Some(EventKind::Resignation)
            }
            // "filed the motion", "tabled an amendment": asking for a vote is a call, not the vote.
            // ("would table a new impeachment motion": up to three words may stand between.)
            // ("his party would move a non-confidence motion", "would put forward a motion of
            // non-confidence": a motion still to be moved is not voted on.)
            // ("want a vote on a motion to shelve the bills": the motion is what the vote, already
            // read, is on.)
            Trigger::Vote if matches!(w, "motion" | "amendment") && i >= 3 && matches!(at(i - 1), "a" | "the") && at(i - 2) == "on" && matches!(at(i - 3), "vote" | "votes" | "ballot") => None,
            Trigger::Vote if matches!(w, "motion" | "amendment") && (1..=6).any(|k| i >= k && matches!(at(i - k), "would" | "will")) && (1..=4).any(|k| i >= k && matches!(at(i - k), "move" | "forward" | "table" | "file" | "bring" | "introduce" | "submit")) => None,
            Trigger::Vote if matches!(w, "motion" | "amendment") && (1..=4).any(|k| i >= k && matches!(at(i - k), "filed" | "files" | "file" | "filing" | "tabled" | "tables" | "table" | "tabling" | "lodged" | "introduced" | "submitted" | "brought" | "moved" | "moves")) => Some(EventKind::Call),
            // "Straight after the vote he drove to the palace…": a vote named only as the time of
            // something else is not reported by the sentence.
            // "Queensland backbenchers who voted for Mr Dutton said…": people described by how they
            // voted; the sentence reports what they did next.
            Trigger::Vote if w == "voted" && i > 0 && at(i - 1) == "who" && (i + 2..words.len()).any(|j| matches!(at(j), "said" | "says" | "told" | "called" | "urged" | "demanded" | "resigned" | "quit")) => None,
            // ("“I'm honoured,” she told reporters yesterday after the vote": the same, told last.)
            Trigger::Vote
                if matches!(w, "vote" | "division" | "ballot")
                    && i >= 2
                    && at(i - 1) == "the"
                    && matches!(at(i - 2), "after" | "before" | "since")
                    && (i <= 3 || w == "ballot" || (0..i - 2).any(|j| is_saying(at(j)))) =>
            {
                None
            }
            // "was re-elected deputy leader unopposed", "was elected deputy leader": chosen by a
            // vote; "an elected mayor", "newly elected MPs" only describe.
            // "He needed 367 votes … to win": a threshold, not a tally; "put to a ballot of members":
            // a plan.
            Trigger::Vote if w == "votes" && (i.saturating_sub(3)..i).any(|j| matches!(at(j), "needed" | "needs" | "need" | "required" | "requires")) => None,
            Trigger::Vote if w == "ballot" && i >= 2 && at(i - 1) == "a" && at(i - 2) == "to" => None,
            Trigger::Vote if matches!(w, "elected" | "re-elected") => (i > 0 && matches!(at(i - 1), "was" | "were" | "been" | "is" | "unanimously")).then_some(EventKind::Vote),
            Trigger::Vote => Some(EventKind::Vote),
            Trigger::Rebel if words.iter().any(|x| x.lower.starts_with("vot")) => Some(EventKind::Vote),
            // "had gathered outside the assembly" is a crowd; "gathered only 94 votes" or
            // "gathered pace" is not.
            // ("gathered last night to demand his release": a time may come first.)
            Trigger::Gathered
                if matches!(
                    at(i + 1 + time_phrase_len(words, i + 1)),
                    "outside" | "in" | "at" | "on" | "near" | "around" | "across" | "along" | "before" | "opposite" | "to" | "for"
                ) =>
            {
                Some(EventKind::Protest)
            }
            // "held up placards reading …", "waving banners": a protest where it happens.
            Trigger::Placards if (1..=2).any(|k| i >= k && matches!(at(i - k), "held" | "holding" | "waved" | "waving" | "carried" | "carrying" | "raised" | "brandished" | "brandishing")) => Some(EventKind::Protest),
            // "Mel Stride was appointed to replace her", "was then named speaker pro tempore", "was
            // made chancellor", "became prime minister in July 2016": who took a post is part of
            // the story, as background (a "context" event) with the appointee as its person.
            Trigger::Appointed if takes_a_post(words, i) => Some(EventKind::Context),
            // "the court dissolved the opposition Move Forward Party", "dissolves parliament": a
            // body ended is background to the story (not "dissolved into tears").
            Trigger::Dissolved if ends_a_body(words, i) => Some(EventKind::Context),
            // "a judge ordered Castillo to be held in pre-trial detention for 18 months": a court's
            // order on someone's liberty is background of its own, joined to no other report (a
            // week's detention and 18 months are two orders); not "Yoon had ordered the arrest of
            // key politicians".
            Trigger::Ordered
                if (i.saturating_sub(8)..i).any(|j| matches!(at(j), "judge" | "court" | "magistrate" | "tribunal"))
                    && (i + 1..(i + 7).min(words.len())).any(|j| matches!(at(j), "held" | "detained" | "jailed" | "detention" | "custody" | "released" | "freed")) =>
            {
                Some(EventKind::Context)
            }
            // "tens of thousands of people blocked Autokomanda junction", "students have been
            // blockading universities", "protesters stormed parliament": a crowd's act on a
            // place; "police blocked the road" and "blocked the bill" are not.
            Trigger::Blocked if blocks_a_place(words, i) => Some(EventKind::Protest),
            // A state's act of force or of office, told as background to the story: "declared a
            // 30-day state of emergency", "imposed a curfew", "deployed the army", "prorogued
            // Parliament", "recalled its ambassadors", "police opened fire on the crowds".
            Trigger::StateAct if state_act(words, i) => Some(EventKind::Context),
            Trigger::Reporting if matches!(w, "declared" | "declares") && state_act(words, i) => Some(EventKind::Context),
            // "took to the streets", "poured onto the streets", "spilled into the streets".
            Trigger::Streets if i >= 2 && at(i - 1) == "the" && matches!(at(i - 2), "to" | "onto" | "into") => Some(EventKind::Protest),
            Trigger::Protest => {
                // "quit in protest at X" gives a reason, not a protest.
                if i > 0 && at(i - 1) == "in" && matches!(next, "at" | "over" | "against" | "after") {
                    None
                } else if !protest_word_reports(words, i) {
                    None
                } else {
                    Some(EventKind::Protest)
                }
            }
            // "calls for" as a noun ("resisted calls for", "the difficulty with calls for") is talk about
            // calls, not a call: the verb needs a subject before it.
            Trigger::Calls if (next == "for" || next == "on") && (i == 0 || is_subject(words, i - 1)) => Some(EventKind::Call),
            Trigger::Called if (next == "for" || next == "on") && !(i > 0 && matches!(at(i - 1), "the" | "with" | "of" | "for")) => Some(EventKind::Call),
            // "renewed his call for a general election": the owner of the call made it (again).
            Trigger::Calls
                if next == "for"
                    && i >= 2
                    && matches!(at(i - 1), "his" | "her" | "their" | "its")
                    && matches!(at(i - 2), "renewed" | "renews" | "repeated" | "repeats" | "reiterated" | "reiterates" | "issued" | "issues" | "made" | "makes" | "echoed") =>
            {
                Some(EventKind::Call)
            }
            // "called tonight for a new day of protests"; "called a tenth day of strikes", "called
            // a snap election": asking for a happening, not the happening.
            Trigger::Called | Trigger::Calls
                if time_phrase_len(words, i + 1) > 0 && at(i + 1 + time_phrase_len(words, i + 1)) == "for" || (next == "last" && at(i + 3) == "for") || calls_a_happening(words, i) =>
            {
                Some(EventKind::Call)
            }
            // "called the move "a total failure"", "calls him a liar": a judgement spoken aloud.
            Trigger::Called | Trigger::Calls
                if matches!(w, "called" | "calls")
                    && matches!(next, "the" | "it" | "this" | "that" | "him" | "her" | "them" | "his" | "their")
                    && (i + 2..(i + 7).min(words.len())).any(|j| matches!(at(j), "a" | "an") && at(j + 1) != "day" && words[j - 1].then.is_none()) =>
            {
                Some(EventKind::Statement)
            }
            Trigger::Urge => Some(EventKind::Call),
            // "wrote on X that "the prime minister must resign"": a call made in writing.
            Trigger::Occasion if w == "wrote" && demands_going(words, i) => Some(EventKind::Call),
            // "posted a video", "posted a statement": an occasion put online.
            Trigger::Occasion if w == "posted" => (matches!(next, "a" | "an") && matches!(next2, "video" | "statement" | "message")).then_some(EventKind::Statement),
            // "in a post on X", "a lengthy social media post": a post online; "will stay in the
            // post", "held a government post" is an office.
            Trigger::Occasion if w == "post" => (matches!(next, "on" | "to") || i > 0 && matches!(at(i - 1), "media" | "facebook" | "instagram" | "x" | "twitter" | "telegram" | "blog" | "lengthy" | "social" | "online")).then_some(EventKind::Statement),
            // "congratulated Paetongtarn on social media": said online.
            Trigger::Occasion if w == "media" => (i >= 2 && at(i - 1) == "social" && matches!(at(i - 2), "on" | "in")).then_some(EventKind::Statement),
            Trigger::Occasion => Some(EventKind::Statement),
            // Reporting verbs that are news in themselves; kept only when a named person makes them.
            // "who was accused of allowing…", "was widely criticised": the passive names the one
            // spoken of, not the speaker.
            Trigger::Reporting if (1..=2).any(|k| i >= k && matches!(at(i - k), "was" | "were" | "been" | "being" | "is" | "are" | "be" | "get" | "got")) => None,
            // "denied that she would quit" disputes the act (kept as a refusal below); a denial
            // of anything else ("denied that he will run the government") is a statement.
            Trigger::Reporting if matches!(w, "denied" | "denies") && (i + 1..(i + 8).min(words.len())).any(|j| matches!(trigger_of(at(j)), Some(Trigger::Resignation | Trigger::StepDown | Trigger::Dismissal | Trigger::Dismissed | Trigger::Leave | Trigger::WalkOut))) => None,
            // "claimed that …" reports a saying; "claimed two million", "claimed the seat" do not.
            Trigger::Reporting if matches!(w, "claimed" | "claims") && next != "that" => None,
            // "offered to pardon students": an offer made in public; an offer to resign is read
            // with whether it was taken up (see `offer_turned_down`).
            Trigger::Reporting if matches!(w, "offered" | "offers") && !(next == "to" && !matches!(next2, "resign" | "step" | "quit" | "stand" | "go" | "leave")) => None,
            Trigger::Reporting => Some(EventKind::Statement),
            // "told Johnson to go", "a letter telling Mr Johnson to do the right thing and go": a
            // call for someone to go.
            Trigger::Told if demands_going(words, i) || (i + 2..(i + 14).min(words.len())).any(|j| matches!(at(j - 1), "and" | "to") && at(j) == "go") => Some(EventKind::Call),
            // "Starmer said Mr Johnson "needs to go completely"", "said she should stand down".
            Trigger::Said if demands_going(words, i) => Some(EventKind::Call),
            // "told Times Radio", "told the BBC": an audience makes an occasion; "many told of" does not.
            Trigger::Told if words.get(i + 1).is_some_and(|w| w.text.chars().next().is_some_and(char::is_uppercase)) || next == "the" && words.get(i + 2).is_some_and(|w| w.text.chars().next().is_some_and(char::is_uppercase)) => Some(EventKind::Statement),
            // "told the chamber", "told MPs", "told an economic conference": an audience too.
            Trigger::Told if told_an_audience(words, i) => Some(EventKind::Statement),
            // "McCarthy said he would not run for speaker again", "has already said he will stand":
            // someone saying what they will do is news; what they said of anything else is not.
            Trigger::Said if says_what_they_will_do(words, i) => Some(EventKind::Statement),
            // "Yair Lapid said last night that…", "Ben-Gvir said this morning that…": a saying the
            // report dates is news of its own (an undated "said" attributes, it does not report).
            Trigger::Said if w == "said" && said_when(words, i) => Some(EventKind::Statement),
            // "“Vučević's resignation is not enough …,” said Dragan Đilas, leader of …": a
            // quotation closed by "said" and the speaker's name is a remark on the record, which
            // the report gives pride of place (an undated "he said" inside a paragraph still only
            // attributes). Measured over seventeen corpora: statements 158 → 164 of 235 found,
            // one more not in the gold.
            Trigger::Said if w == "said" && i > 0 && words[i - 1].then.is_some_and(|c| c == ',') && words.get(i + 1).is_some_and(|n| n.text.starts_with(|c: char| c.is_uppercase())) => Some(EventKind::Statement),
            // "ruled out running for it", "rules out an early general election": a refusal made
            // in public is a statement (the act refused, if it is one, is kept as a refusal too).
            Trigger::Ruled if next == "out" => Some(EventKind::Statement),
            Trigger::Took if next == "to" && matches!(next2, "twitter" | "x" | "social" | "facebook" | "instagram") => Some(EventKind::Statement),
            // "Mr Castillo … took office in July last year", "the coalition took office at the end
            // of December": a post taken (not "from the day he took office").
            Trigger::Took if next == "office" && takes_a_post(words, i) => Some(EventKind::Context),
            // "in a two-minute televised address", "used another address to defend…", "appeared
            // on television": a speech to the country.
            Trigger::Address if w == "address" && i > 0 && (matches!(at(i - 1), "televised" | "national" | "another" | "an" | "his" | "her" | "their" | "second" | "first" | "live" | "brief" | "new") || at(i - 1).ends_with("-minute")) => Some(EventKind::Statement),
            Trigger::Address if w == "appeared" && next == "on" && matches!(next2, "television" | "tv" | "radio" | "camera") => Some(EventKind::Statement),
            // "Speaking at his first press conference as leader, …".
            Trigger::Address if w == "conference" && i > 0 && matches!(at(i - 1), "press" | "news") => Some(EventKind::Statement),
            // "Speaking outside Rideau Cottage on Monday morning, Trudeau said: …": a sentence that
            // opens with where someone spoke reports the speaking.
            Trigger::Address if w == "speaking" && i == 0 && matches!(next, "at" | "outside" | "to" | "from" | "in" | "on" | "after" | "before") && words.iter().any(|x| is_saying(&x.lower)) => Some(EventKind::Statement),
            // An election is a vote when the sentence tells its result: "narrowly beat Lee in the
            // 2022 presidential election", "won a landslide in April's general election", "was
            // declared the winner of Tuesday's election", "failed to win the two-thirds majority
            // it needed"; and "voters went to the polls yesterday".
            Trigger::Election if w == "polls" && i >= 3 && at(i - 1) == "the" && at(i - 2) == "to" && matches!(at(i - 3), "went" | "flocked" | "headed") => Some(EventKind::Vote),
            // ("the Conservatives won the Cloverdale-Langley City by-election", "the party's
            // by-election defeats": a result told as a noun after it.)
            Trigger::Election
                if w != "polls"
                    && w != "majority"
                    // ("would campaign to win a majority at the next election": a hope, not a result.)
                    && !(i > 0 && at(i - 1) == "next")
                    && !(i.saturating_sub(6)..i).any(|j| hoped_for(words, j))
                    && ((i.saturating_sub(6)..i).any(|j| matches!(at(j), "won" | "win" | "wins" | "beat" | "beats" | "lost" | "loses" | "winner" | "landslide"))
                        || matches!(next, "defeat" | "defeats" | "victory" | "victories" | "win" | "loss" | "losses")) =>
            {
                Some(EventKind::Vote)
            }
            Trigger::Election if w == "majority" && (i.saturating_sub(4)..i).any(|j| matches!(at(j), "won" | "win" | "secured" | "short") && !hoped_for(words, j)) => Some(EventKind::Vote),
            // "A huge crowd outside the Assembly erupted in cheers", "tens of thousands of people
            // braved the cold outside the Assembly": a crowd gathered at a place of power.
            Trigger::Crowd if w != "thousands" && (i + 1..(i + 4).min(words.len())).any(|j| matches!(at(j), "outside" | "gathered" | "chanting" | "chanted" | "massed" | "rallied")) => Some(EventKind::Protest),
            Trigger::Crowd
                if w == "thousands"
                    && next == "of"
                    && matches!(next2, "people" | "supporters" | "citizens" | "students" | "workers")
                    && (i + 3..(i + 10).min(words.len())).any(|j| matches!(at(j), "outside" | "streets" | "square")) =>
            {
                Some(EventKind::Protest)
            }
            // "drove to Bellevue Palace to ask President Steinmeier to dissolve parliament": asking
            // someone (named or a pronoun) to act is a call; "was asked to", "asked whether" are not.
            Trigger::Ask
                if !(i > 0 && matches!(at(i - 1), "was" | "were" | "been" | "is" | "being" | "when"))
                    && (matches!(next, "him" | "her" | "them" | "the") || words.get(i + 1).is_some_and(|w| w.text.chars().next().is_some_and(char::is_uppercase)))
                    && (i + 2..(i + 7).min(words.len())).any(|j| at(j) == "to" && words[j - 1].then.is_none()) =>
            {
                Some(EventKind::Call)
            }
            _ => None,
        };
        let Some(kind) = kind else { continue };
        // (Filing a motion asks for a vote, not for anyone's going.)
        if kind == EventKind::Call && call_at.is_none() && !matches!(trigger, Trigger::Vote) {
            call_at = Some(i);
        }
        // The words before the trigger, each looked up once in one table of the three lists.
        let (mut refused, mut negated, mut hypothetical) = (false, false, false);
        // "“The resignation is not enough,” said Novak": the words before a "said" that closes a
        // quotation are the quotation's, not a qualifier of the saying.
        let closes_quote = w == "said" && i > 0 && words[i - 1].then == Some(',');
        for (j, word) in words.iter().enumerate().take(if closes_quote { 0 } else { i }).skip(i.saturating_sub(4)) {
            // Capitalised inside a sentence, "May" or "Will" is a name, not a qualifier.
            if j > 0 && capitalised(word) {
                continue;
            }
            match qualifier_of(at(j)) {
                Some(Qualifier::Refusal) => refused = true,
                Some(Qualifier::Negation) if j + 3 >= i => negated = true,
                // "the opposition cannot hold a confidence vote": four words back.
                Some(Qualifier::Negation) if matches!(at(j), "cannot" | "can't") => negated = true,
                Some(Qualifier::Hypothesis) if j + 3 >= i => hypothetical = true,
                // "ruled out calling an early election": a refusal in two words.
                None if at(j) == "out" && j > 0 && matches!(at(j - 1), "rule" | "rules" | "ruled" | "ruling") => refused = true,
                _ => {}
            }
        }
        // "and if no new cabinet is elected within 30 days, …": an act in a condition's clause.
        let hypothetical = hypothetical || (0..i).rev().take_while(|&j| words[j].then.is_none()).any(|j| matches!(at(j), "if" | "unless"));
        // "to resign" is only a possibility, except as the purpose of a journey made ("went to
        // Number 10 to urge the prime minister to go", "drove to the palace to ask…").
        // (So is a decision taken: "has decided this evening to dismiss Defence Minister Gallant".)
        // (Looked for only after "to": most triggers are not infinitives.)
        let journey = || {
            (i.saturating_sub(10)..i).any(|j| matches!(at(j), "went" | "came" | "drove" | "travelled" | "traveled" | "flew" | "headed" | "met" | "phoned" | "rang"))
                || (i.saturating_sub(4)..i).any(|j| matches!(at(j), "decided" | "decides"))
        };
        let hypothetical = hypothetical || (i > 0 && at(i - 1) == "to" && kind != EventKind::Statement && !journey());
        // "the next day of strikes … is planned for Thursday": a protest or vote still to come.
        // "his early resignation was now unavoidable": a forecast, not the act.
        let forecast = (i + 1..(i + 5).min(words.len())).any(|j| matches!(at(j), "unavoidable" | "inevitable" | "imminent"))
            // "had been due to address the nation", "is set to vote": a plan.
            || (i.saturating_sub(3)..i).any(|j| matches!(at(j), "due" | "set" | "scheduled" | "poised") && at(j + 1) == "to")
            // "while the bill remained ready for a final vote".
            || (i.saturating_sub(4)..i).any(|j| at(j) == "ready" && at(j + 1) == "for");
        // "Final votes on the bill, which had been expected this week, will now wait until the
        // summer session": a vote put off is not held.
        // "postponed the statement", "cancelled the march": the same, told the other way round.
        let put_off = matches!(kind, EventKind::Vote | EventKind::Protest)
            && (i + 1..(i + 22).min(words.len())).any(|j| matches!(at(j), "postponed" | "delayed" | "shelved" | "wait" | "deferred") && !matches!(at(j - 1), "not" | "never"))
            || (i.saturating_sub(3)..i).any(|j| matches!(at(j), "postponed" | "postpones" | "cancelled" | "canceled" | "cancels" | "delayed" | "shelved"));
        let planned = forecast
            || put_off
            || matches!(kind, EventKind::Protest | EventKind::Vote)
            && ((i.saturating_sub(4)..i).any(|j| at(j) == "next")
                // "when parliament votes on Friday": a present tense after "when" or "once" is to come.
                || w == "votes" && (i.saturating_sub(3)..i).any(|j| matches!(at(j), "when" | "once" | "until" | "before"))
                || (i + 1..(i + 6).min(words.len())).any(|j| matches!(at(j), "planned" | "scheduled" | "due") && matches!(at(j - 1), "is" | "are" | "was" | "were" | "been")));
        // "eight days of nationwide strikes", "weeks of protests": a summary of many, not one happening.
        // "48 hours of resignations", "a wave of resignations" too.
        let summary = matches!(kind, EventKind::Protest | EventKind::Resignation | EventKind::Dismissal)
            && (i.saturating_sub(3)..i).any(|j| matches!(at(j), "hours" | "days" | "weeks" | "months" | "years" | "wave" | "waves" | "spate" | "string" | "series" | "flurry" | "slew") && at(j + 1) == "of");
        // "said that whoever replaced her must call an immediate general election": a demand
        // someone reports is a call, not a possibility.
        let demand = kind == EventKind::Call
            && (i.saturating_sub(4)..i).any(|j| matches!(at(j), "must" | "should"))
            && !(i.saturating_sub(4)..i).any(|j| matches!(at(j), "would" | "could" | "might" | "may" | "if" | "whether"))
            && words[..i].iter().any(|w| matches!(w.lower.as_ref(), "said" | "says" | "insisted" | "insists" | "argued" | "argues" | "demanded" | "demands"));
        let hypothetical = hypothetical && !demand;
        // "announced this morning that she will resign": announcing one's own going is the
        // resignation as news reports it, not a possibility.
        let announced = kind == EventKind::Resignation && !refused && !negated && announces_going(words, i);
        // "In all, 62 members of the government resigned": a tally of many acts, told as a figure.
        // So is a running count ("By this evening more than 40 ministers and aides had resigned").
        let tally = matches!(kind, EventKind::Resignation | EventKind::Dismissal)
            && (matches!((at(0), at(1)), ("in", "all" | "total"))
                || at(0) == "altogether"
                // "It takes the total number of councillors who have resigned over the row to 50".
                || (i.saturating_sub(8)..i).any(|j| at(j) == "total")
                || (1..i).any(|j| matches!((at(j - 1), at(j)), ("more" | "fewer", "than") | ("at", "least") | ("at", "most")) && words.get(j + 1).is_some_and(|w| w.text.starts_with(|c: char| c.is_ascii_digit()))));
        let hypothetical = (hypothetical || planned || summary || tally) && !announced;
        let act = matches!(kind, EventKind::Resignation | EventKind::Dismissal);
        if act && (refused || negated && !hypothetical) {
            found.push((kind, true, i));
        } else if !(refused || negated || hypothetical) {
            found.push((kind, false, i));
        }
    }
    // A call for someone to go is a call, not the going; a call for a protest or a vote ("called
    // for a new day of protests") is not the protest or the vote either.
    if let Some(c) = call_at {
        found.retain(|(k, refusal, i)| !(matches!(k, EventKind::Resignation | EventKind::Dismissal | EventKind::Protest | EventKind::Vote) && *i > c && !refusal));
    }
    let mut kinds: Vec<(EventKind, bool, usize)> = Vec::new();
    let acts = [EventKind::Resignation, EventKind::Dismissal, EventKind::Vote, EventKind::Protest];
    for (k, refusal, i) in &found {
        // "Javid has resigned … and Sunak has quit": each resignation (or dismissal) word may have
        // its own doer, so each is kept; the caller drops one that names nobody new.
        let each = matches!(k, EventKind::Resignation | EventKind::Dismissal) && !refusal;
        if acts.contains(k) && (each || !kinds.iter().any(|(x, r, _)| x == k && r == refusal)) {
            kinds.push((*k, *refusal, *i));
        }
    }
    // Taking a post is a happening of its own beside whatever else the sentence reports
    // ("Nadhim Zahawi, who was made chancellor last night, insisted this morning…").
    if let Some(&(_, _, at)) = found.iter().find(|(k, r, _)| *k == EventKind::Context && !r) {
        kinds.push((EventKind::Context, false, at));
    }
    // Filing a motion is a deed, not talk: it stands beside a vote or a walkout the sentence also
    // reports ("…filed the motion on Monday night, … when he needed 15 rounds of voting").
    // Otherwise talk is reported only when no act is.
    let filing = found.iter().find(|(k, r, at)| *k == EventKind::Call && !r && matches!(trigger_of(&words[*at].lower), Some(Trigger::Vote)));
    if let (Some(&(_, _, at)), true) = (filing, kinds.iter().any(|(_, r, _)| !r)) {
        kinds.push((EventKind::Call, false, at));
    // An act told in a "who" clause describes the speaker ("Pita, who had already stepped down as
    // party leader, wrote on X…"): it does not hide what the main clause reports.
    // A resignation or sacking named as the subject of what is said of it ("Vučević's
    // resignation is not enough", "said that the sacking of the cabinet was a step in the right
    // direction") is talked about: it does not hide the talk.
    } else if !kinds.iter().any(|(k, r, i)| !r && *k != EventKind::Context && !in_who_clause(words, *i) && !spoken_of(words, *i)) {
        // "President Herzog, who this morning urged the government to stop, welcomed the pause and
        // said he would host talks": talk in a "who" clause describes the speaker; the main
        // clause's talk is what the sentence reports, when it has any.
        let main = |i: usize| !in_who_clause(words, i);
        let talk = |k: EventKind, want_main: bool| found.iter().find(|(x, r, i)| *x == k && !r && (!want_main || main(*i)));
        let pick = [true, false].into_iter().find_map(|want_main| [EventKind::Call, EventKind::Statement].into_iter().find_map(|k| talk(k, want_main).map(|t| (k, t.2))));
        if let Some((k, i)) = pick {
            kinds.push((k, false, i));
        }
    }
    kinds
}

/// Whether a statement's trigger word is an occasion in itself ("speech", "letter", "told the BBC",
/// "took to Twitter") rather than a reporting verb that needs someone to make the statement.
pub fn is_occasion(w: &str) -> bool {
    matches!(trigger_of(w), Some(Trigger::Occasion | Trigger::Told | Trigger::Took | Trigger::Address))
}

/// The groups of trigger words: the words of a group share one arm of [`classify_at`]'s `match`.
#[derive(Clone, Copy)]
enum Trigger {
    Dismissal,
    Dismissed,
    Resignation,
    StepDown,
    WalkOut,
    Leave,
    Vote,
    Rebel,
    Protest,
    Gathered,
    Placards,
    Calls,
    Called,
    Urge,
    Occasion,
    Reporting,
    Told,
    Took,
    Said,
    Ruled,
    Streets,
    Blocked,
    Appointed,
    Address,
    Election,
    Crowd,
    Ask,
    Removed,
    Dissolved,
    Ordered,
    StateAct,
}

/// Every word that can open a trigger in [`classify_at`], with its group (each word listed once).
const TRIGGERS: &[(&str, Trigger)] = {
    use Trigger::*;
    &[
        ("sacked", Dismissal), ("fired", Dismissal), ("toppled", Dismissal), ("deposed", Dismissal), ("overthrown", Dismissal),
        ("removed", Removed), ("removes", Removed), ("remove", Removed), ("removing", Removed),
        ("dissolved", Dissolved), ("dissolves", Dissolved), ("sacking", Dismissal), ("sacks", Dismissal), ("purge", Dismissal), ("expelled", Dismissal), ("ousted", Dismissal),
        ("dismissed", Dismissed), ("dismisses", Dismissed), ("dismiss", Dismissed), ("sack", Dismissal),
        ("resign", Resignation), ("resigned", Resignation), ("resigns", Resignation), ("resigning", Resignation), ("resignation", Resignation), ("resignations", Resignation), ("quit", Resignation), ("quits", Resignation), ("quitting", Resignation),
        ("step", StepDown), ("steps", StepDown), ("stepped", StepDown), ("stepping", StepDown), ("stand", StepDown), ("stood", StepDown), ("standing", StepDown),
        ("walk", WalkOut), ("walked", WalkOut), ("walks", WalkOut),
        ("left", Leave), ("leaving", Leave), ("leave", Leave),
        ("vote", Vote), ("voted", Vote), ("votes", Vote), ("voting", Vote), ("defeated", Vote), ("division", Vote), ("no-confidence", Vote), ("amendment", Vote), ("motion", Vote), ("ballot", Vote), ("ballots", Vote), ("elected", Vote), ("re-elected", Vote),
        ("rebelled", Rebel), ("rebel", Rebel),
        ("protest", Protest), ("protests", Protest), ("protested", Protest), ("protesters", Protest), ("protestors", Protest), ("march", Protest), ("marches", Protest), ("marched", Protest), ("rally", Protest), ("rallies", Protest), ("rallied", Protest), ("counter-rally", Protest), ("vigil", Protest), ("vigils", Protest), ("demonstration", Protest), ("demonstrations", Protest), ("demonstrators", Protest), ("strike", Protest), ("strikes", Protest), ("gathered", Gathered), ("blocked", Blocked), ("blockaded", Blocked), ("blockading", Blocked), ("occupied", Blocked), ("occupying", Blocked), ("stormed", Blocked), ("placards", Placards), ("banners", Placards), ("signs", Placards),
        ("calls", Calls), ("call", Calls),
        ("called", Called), ("calling", Called),
        ("urge", Urge), ("urged", Urge), ("petitioned", Urge), ("urges", Urge), ("urging", Urge), ("demand", Urge), ("demanded", Urge), ("demands", Urge), ("demanding", Urge),
        ("speech", Occasion), ("interview", Occasion), ("letter", Occasion), ("tweeted", Occasion), ("statement", Occasion), ("condemned", Occasion), ("addressed", Occasion), ("wrote", Occasion), ("post", Occasion), ("posted", Occasion), ("media", Occasion),
        ("accused", Reporting), ("accuses", Reporting), ("announced", Reporting), ("announces", Reporting), ("apologised", Reporting), ("apologized", Reporting), ("apologises", Reporting), ("vowed", Reporting), ("vows", Reporting), ("warned", Reporting), ("warns", Reporting), ("declared", Reporting), ("declares", Reporting), ("admitted", Reporting), ("admits", Reporting), ("pledged", Reporting), ("pledges", Reporting), ("conceded", Reporting), ("concedes", Reporting), ("branded", Reporting), ("signalled", Reporting), ("signaled", Reporting), ("insisted", Reporting), ("insists", Reporting), ("replied", Reporting), ("replies", Reporting), ("responded", Reporting), ("denied", Reporting), ("denies", Reporting),
        ("condemns", Reporting), ("condemn", Reporting), ("rejects", Reporting), ("rejected", Reporting), ("defends", Reporting), ("defended", Reporting), ("criticised", Reporting), ("criticises", Reporting), ("criticized", Reporting), ("criticizes", Reporting), ("denounced", Reporting), ("denounces", Reporting), ("blamed", Reporting), ("blames", Reporting), ("welcomed", Reporting), ("welcomes", Reporting), ("hailed", Reporting), ("hails", Reporting), ("promised", Reporting), ("promises", Reporting), ("confirmed", Reporting), ("confirms", Reporting), ("claimed", Reporting), ("offered", Reporting), ("offers", Reporting),
        ("told", Told), ("tells", Told), ("telling", Told),
        ("took", Took),
        ("said", Said), ("says", Said), ("say", Said),
        ("ruled", Ruled), ("rules", Ruled),
        ("streets", Streets),
        ("appointed", Appointed), ("named", Appointed), ("promoted", Appointed), ("became", Appointed), ("made", Appointed), ("sworn", Appointed), ("arrested", Appointed), ("detained", Appointed), ("indicted", Appointed), ("jailed", Appointed), ("convicted", Appointed), ("released", Appointed), ("ordered", Ordered), ("imposed", StateAct), ("deployed", StateAct), ("prorogued", StateAct), ("recalled", StateAct), ("opened", StateAct),
        ("address", Address), ("appeared", Address), ("conference", Address), ("speaking", Address),
        ("election", Election), ("elections", Election), ("by-election", Election), ("by-elections", Election), ("referendum", Election), ("polls", Election), ("majority", Election),
        ("crowd", Crowd), ("crowds", Crowd), ("thousands", Crowd),
        ("ask", Ask), ("asked", Ask), ("asks", Ask), ("asking", Ask),
    ]
};

/// For each first letter, one bit per length that some trigger word has: one table look-up rules
/// out most words before the word table is consulted.
const TRIGGER_SHAPES: [u32; 26] = {
    let mut shapes = [0u32; 26];
    let mut i = 0;
    while i < TRIGGERS.len() {
        let w = TRIGGERS[i].0.as_bytes();
        shapes[(w[0] - b'a') as usize] |= 1 << w.len();
        i += 1;
    }
    shapes
};

/// The group of a trigger word, or `None` for any other word.
fn trigger_of(w: &str) -> Option<Trigger> {
    let b = w.as_bytes();
    let shaped = b.len() < 32 && b.first().is_some_and(|c| c.is_ascii_lowercase() && TRIGGER_SHAPES[(c - b'a') as usize] & (1 << b.len()) != 0);
    if !shaped {
        return None;
    }
    static SET: std::sync::OnceLock<super::wordset::WordSet> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| super::wordset::WordSet::new(&TRIGGERS.iter().map(|(w, _)| *w).collect::<Vec<_>>()));
    // The index is into TRIGGERS itself, so `get` always finds it; no word can panic here.
    set.position(w).and_then(|k| TRIGGERS.get(k as usize)).map(|(_, t)| *t)
}

/// What a word shortly before a trigger says of it: refused or denied (four words back), negated
/// or only possible (three words back).
#[derive(Clone, Copy)]
enum Qualifier {
    Refusal,
    Negation,
    Hypothesis,
}

/// The qualifying words with what each says (each listed once).
const QUALIFIERS: &[(&str, Qualifier)] = {
    use Qualifier::*;
    &[
        ("refuse", Refusal), ("refuses", Refusal), ("refused", Refusal), ("refusing", Refusal), ("declined", Refusal), ("declines", Refusal), ("deny", Refusal), ("denies", Refusal), ("denied", Refusal), ("resisted", Refusal), ("rejected", Refusal),
        ("not", Negation), ("never", Negation), ("no", Negation), ("won't", Negation), ("wouldn't", Negation), ("didn't", Negation), ("hasn't", Negation), ("against", Negation), ("cannot", Negation), ("can't", Negation),
        // "forced the bill through without a vote".
        ("without", Negation),
        ("would", Hypothesis), ("could", Hypothesis), ("might", Hypothesis), ("may", Hypothesis), ("should", Hypothesis), ("must", Hypothesis), ("will", Hypothesis), ("being", Hypothesis), ("threatened", Hypothesis), ("if", Hypothesis), ("whether", Hypothesis),
        // A wish or an expectation ("wanted him expelled") is not the act.
        ("want", Hypothesis), ("wants", Hypothesis), ("wanted", Hypothesis), ("hope", Hypothesis), ("hopes", Hypothesis), ("hoped", Hypothesis), ("expect", Hypothesis), ("expects", Hypothesis), ("expected", Hypothesis),
        // An offer, a plan or what someone faces is still to come ("offering MPs a vote", "faces a
        // no-confidence motion on Monday", "a planned march").
        ("offer", Hypothesis), ("offers", Hypothesis), ("offered", Hypothesis), ("offering", Hypothesis), ("promise", Hypothesis), ("promising", Hypothesis), ("face", Hypothesis), ("faces", Hypothesis), ("facing", Hypothesis), ("plan", Hypothesis), ("plans", Hypothesis), ("planned", Hypothesis), ("proposed", Hypothesis), ("proposes", Hypothesis),
    ]
};

fn qualifier_of(w: &str) -> Option<Qualifier> {
    static SET: std::sync::OnceLock<super::wordset::WordSet> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| super::wordset::WordSet::new(&QUALIFIERS.iter().map(|(w, _)| *w).collect::<Vec<_>>()));
    // The index is into QUALIFIERS itself, so `get` always finds it.
    set.position(w).and_then(|k| QUALIFIERS.get(k as usize)).map(|(_, q)| *q)
}

/// Whether the resignation word at `i` is announced as settled: an announcing word up to eight
/// words before it, then "will", "would" or "is to" ("announced that he would resign", "her
/// tearful announcement on Friday that she would step down"), with nothing that makes it a
/// question or a condition ("whether", "if", "unless").
fn announces_going(words: &[Word], i: usize) -> bool {
    let at = |k: usize| lower_at(words, k);
    let Some(from) = (i.saturating_sub(8)..i).rev().find(|&j| matches!(at(j), "announced" | "announces" | "announcing" | "announcement" | "confirmed" | "confirms" | "confirming")) else {
        return false;
    };
    let between = from + 1..i;
    let settled = between.clone().any(|j| matches!(at(j), "will" | "would") || at(j) == "to" && matches!(at(j - 1), "is" | "was" | "are" | "were"));
    let open = between.chain(i + 1..(i + 10).min(words.len())).any(|j| matches!(at(j), "whether" | "if" | "unless" | "not" | "never"));
    settled && !open
}

/// What an appointment word changes about a person: the post they hold, or their liberty. Reports
/// of one person's standing join across articles only when they tell the same kind of change
/// ("took office in July" and "a judge ordered him held" are two happenings).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Post,
    Liberty,
}

/// The change an appointment word at `i` tells, if it tells one (see [`takes_a_post`]).
pub fn standing_of(words: &[Word], i: usize) -> Option<Standing> {
    takes_a_post(words, i).then(|| match lower_at(words, i) {
        "arrested" | "detained" | "indicted" | "jailed" | "convicted" | "released" => Standing::Liberty,
        _ => Standing::Post,
    })
}

/// Whether the appointment word at `i` says someone took a post (or was arrested, detained,
/// indicted, jailed or convicted: a change in their standing told the same way): "appointed", "named" or "made"
/// after "was"/"were"/"is" (and "named" not "named after"/"named in"), "promoted to", "became" a
/// role ("became prime minister", "became the party's leader" but not "became the first speaker
/// to be removed"). Not in a clause that only dates something else ("two days after she was
/// appointed"), and not what might be ("proposed that a mediator be appointed").
pub fn takes_a_post(words: &[Word], i: usize) -> bool {
    let at = |k: usize| lower_at(words, k);
    let w = at(i);
    let role = |k: usize| super::people::ROLE_NOUNS.contains(&at(k)) || matches!(at(k), "prime" | "foreign" | "home" | "health" | "education" | "defence" | "defense" | "attorney" | "interim" | "acting" | "caretaker");
    let passive = i > 0 && (matches!(at(i - 1), "was" | "were" | "is" | "are" | "been") || i > 1 && at(i - 1) == "then" && matches!(at(i - 2), "was" | "were"));
    let post = match w {
        "appointed" => i > 0 && at(i - 1) != "be" && (passive || words[i - 1].then == Some(',') || role(i + 1)),
        // ("The trustees named Dr Katrina Armstrong interim president": named, then a role.)
        "named" => {
            passive && !matches!(at(i + 1), "after" | "in" | "by" | "on")
                || !passive && words.get(i + 1).is_some_and(|w| w.text.starts_with(|c: char| c.is_uppercase())) && (i + 2..(i + 7).min(words.len())).any(|k| matches!(at(k), "interim" | "acting") || at(k) == "as" && role(k + 1))
        }
        "made" => passive && (role(i + 1) || at(i + 1) == "the" && role(i + 2)),
        // "was sworn in at Government House on Friday evening".
        "sworn" => passive && at(i + 1) == "in",
        // "Mr Castillo was arrested as his car headed …", "was detained on his way", "was
        // indicted": what happens to a person's standing is told like a post taken, as background
        // with that person (not "demanded that he be arrested", which is only asked for).
        // One person's ("was arrested", "has been detained"): "457 people had been arrested" is a
        // count of arrests, not somebody's.
        "arrested" | "detained" | "indicted" | "jailed" | "convicted" => {
            i > 0 && (matches!(at(i - 1), "was" | "is") || at(i - 1) == "been" && at(i.saturating_sub(2)) == "has")
        }
        "promoted" => at(i + 1) == "to",
        "took" => at(i + 1) == "office",
        // "was released on parole in February", "was released from prison".
        "released" => passive && (at(i + 1) == "on" && matches!(at(i + 2), "parole" | "bail") || at(i + 1) == "from" && matches!(at(i + 2), "prison" | "jail" | "custody" | "detention")),
        "became" => role(i + 1) || at(i + 1) == "the" && role(i + 2),
        _ => false,
    };
    post && !(i.saturating_sub(4)..i).any(|j| matches!(at(j), "after" | "since" | "when" | "before" | "until" | "once" | "day"))
}

/// Whether the words after "told" or "said" at `i` ask someone to go: "to", "should" or "must"
/// (up to sixteen words on: "told reporters that Mr Turnbull no longer had the support of most of
/// his colleagues and should step aside") before "go", "resign", "quit", "stand (down)" or "step
/// (down)".
/// A verb that reports what someone said ("said", "told", "wrote", "added").
pub fn is_saying(w: &str) -> bool {
    matches!(w, "said" | "says" | "told" | "tells" | "wrote" | "writes" | "added")
}

/// Whether "dissolved" at `i` ends a body ("the court dissolved the opposition Move Forward
/// Party", "dissolves parliament").
pub fn ends_a_body(words: &[Word], i: usize) -> bool {
    matches!(lower_at(words, i), "dissolved" | "dissolves")
        && (i + 1..(i + 6).min(words.len())).any(|j| matches!(lower_at(words, j), "party" | "parliament" | "bundestag" | "assembly" | "legislature" | "congress" | "coalition" | "senate" | "cabinet" | "knesset" | "house" | "government"))
}

/// Whether "win" at `j` is only aimed at ("would campaign to win", "hopes to win"); "failed to
/// win" tells a result.
fn hoped_for(words: &[Word], j: usize) -> bool {
    let at = |k: usize| lower_at(words, k);
    at(j) == "win" && j >= 2 && at(j - 1) == "to" && matches!(at(j - 2), "campaign" | "hope" | "hopes" | "hoped" | "hoping" | "aim" | "aims" | "plan" | "plans" | "want" | "wants" | "seek" | "seeks" | "try" | "tries" | "trying" | "bid" | "expected" | "expects" | "needs" | "need" | "able")
}

/// Whether the body left at word `body` is left in a state ("left the government bitterly
/// divided", "leaves the cabinet weakened") rather than quit.
fn leaves_in_a_state(words: &[Word], body: usize) -> bool {
    let after = lower_at(words, body + 1);
    words.get(body).is_some_and(|w| w.then.is_none())
        && (after.ends_with("ly") || matches!(after, "divided" | "reeling" | "weakened" | "exposed" | "vulnerable" | "facing" | "short" | "without" | "unable" | "open"))
}

fn demands_going(words: &[Word], i: usize) -> bool {
    let at = |k: usize| lower_at(words, k);
    (i + 2..(i + 18).min(words.len())).any(|j| {
        matches!(at(j - 1), "to" | "should" | "must")
            // "had no plans to quit", "before agreeing to stand": the speaker's own plan, or a
            // candidacy, is not a demand that someone go.
            && !(j >= 2 && matches!(at(j - 2), "plans" | "plan" | "intention" | "intends" | "intend" | "decided" | "decision" | "agreeing" | "agreed" | "agree" | "ready" | "prepared" | "wants" | "want" | "wanted"))
            && (matches!(at(j), "go" | "resign" | "quit") || matches!(at(j), "stand" | "step") && matches!(at(j + 1), "down" | "aside")
                // "said the president should be suspended from his duties".
                || at(j) == "be" && matches!(at(j + 1), "suspended" | "removed" | "impeached" | "sacked" | "fired" | "dismissed" | "ousted" | "expelled" | "arrested"))
    })
}

/// Whether "said" at `i` reports what its speaker will do: "said (that) he would (not) run",
/// "says she will stand", "said they were going to vote against it", "said his party would table
/// a motion", "said last night that the Greens would stay". The speaker is the subject pronoun's
/// referent or a body the speaker speaks for, so "said it would be a disaster" (an opinion of
/// something) and "said the vote would be close" (a forecast) are not.
fn says_what_they_will_do(words: &[Word], i: usize) -> bool {
    let at = |k: usize| lower_at(words, k);
    // "said publicly that he would…", "said last night that he would…": up to four words of
    // manner or time before the pronoun.
    let mut j = i + 1;
    while j < i + 5
        && matches!(
            at(j),
            "that" | "publicly" | "privately" | "repeatedly" | "yesterday" | "today" | "tonight" | "again" | "also" | "last" | "night" | "this" | "morning" | "afternoon" | "evening" | "on"
                | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        )
    {
        j += 1;
    }
    // "said in a televised statement after the result that he would…": a longer phrase of
    // occasion is skipped when an explicit "that" closes it, within one clause.
    if matches!(at(i + 1), "in" | "on" | "at" | "after" | "during" | "before") {
        if let Some(that) = (i + 2..(i + 11).min(words.len())).find(|&k| at(k) == "that") {
            if !(i..that).any(|k| words[k].then.is_some()) {
                j = that + 1;
            }
        }
    }
    if words.get(j.wrapping_sub(1)).is_some_and(|w| w.then.is_some()) {
        return false;
    }
    // The subject: a pronoun, "his party", "the government", or a body named with "the" ("the
    // Greens", "the FDP").
    let subject_end = match at(j) {
        "he" | "she" | "they" | "we" => j,
        "his" | "her" | "their" | "its" | "the" if matches!(at(j + 1), "party" | "government" | "side" | "group" | "union" | "unions" | "caucus" | "ministers" | "allies") => j + 1,
        "the" if words.get(j + 1).is_some_and(|w| w.text.chars().next().is_some_and(char::is_uppercase)) => j + 1,
        _ => return false,
    };
    if words[subject_end].then.is_some() {
        return false;
    }
    match at(subject_end + 1) {
        "would" | "will" | "wouldn't" | "won't" => true,
        "was" | "were" | "is" | "are" => at(subject_end + 2) == "going" && at(subject_end + 3) == "to",
        _ => false,
    }
}

/// Where a sentence offers a resignation that it, or the sentence after it, says was turned down:
/// "offered their resignations last night … Mr Turnbull refused to accept them", "offered to
/// resign, but the prime minister rejected it". The index of the resignation word: the offerers
/// did not go, which disputes a report that they did.
pub fn offer_turned_down(words: &[Word], next: &[Word]) -> Option<usize> {
    let at = |k: usize| lower_at(words, k);
    let offered = (0..words.len()).find(|&k| matches!(at(k), "offered" | "offering" | "tendered"))?;
    let going = (offered + 1..(offered + 4).min(words.len()))
        .find(|&k| matches!(at(k), "resignation" | "resignations" | "resign" | "quit") || at(k) == "step" && at(k + 1) == "down")?;
    let turned_down = |ws: &[Word], from: usize| {
        let at = |k: usize| lower_at(ws, k);
        (from..ws.len()).any(|k| {
            matches!(at(k), "rejected" | "refused" | "declined") && (matches!(at(k + 1), "them" | "it" | "the" | "their" | "his" | "her") || at(k + 1) == "to" && at(k + 2) == "accept")
                || at(k) == "turned" && at(k + 1) == "down"
                // "offered to resign at the same time but was persuaded to stay on".
                || matches!(at(k), "persuaded" | "convinced" | "asked") && at(k + 1) == "to" && matches!(at(k + 2), "stay" | "remain")
                || matches!(at(k), "not") && at(k + 1) == "accept"
        })
    };
    (turned_down(words, going + 1) || turned_down(next, 0)).then_some(going)
}

/// Whether the resignation word at `i` leaves a seat or politics rather than an office: "quit
/// parliament", "would resign from parliament", "denied he would quit politics", "stood down from
/// the Senate" (but "resigned as Senate leader" leaves an office).
pub fn leaves_a_seat(words: &[Word], i: usize) -> bool {
    let at = |k: usize| lower_at(words, k);
    let mut j = i + 1;
    if matches!(at(j), "down" | "up") {
        j += 1;
    }
    if matches!(at(j), "from" | "his" | "her" | "their") {
        j += 1;
    }
    if matches!(at(j), "the" | "his" | "her" | "their") {
        j += 1;
    }
    words[i..j.min(words.len())].iter().all(|w| w.then.is_none())
        && matches!(at(j), "politics" | "parliament" | "seat" | "congress" | "senate" | "bundestag" | "assembly" | "legislature" | "commons" | "house")
        && !matches!(at(j + 1), "leader" | "leadership" | "speaker" | "speakership" | "majority" | "minority" | "whip" | "committee" | "chair" | "presidency")
}

/// Whether a protest word at `i` reports a protest, rather than naming protests as a time, a
/// topic or a kind of thing, or protesters as the ones something was done to:
/// - "during the protests", "since the protests began", "died in protests", "amid protests": the
///   protests as a time;
/// - "protest organisers", "the protest movement": a modifier of another noun;
/// - "claimed that the protests were being steered from abroad": what a speaker says of them;
/// - "officers who had shot protesters", "the reforms protesters have demanded": protesters who are
///   not the subject of their clause ("Thousands of protesters marched", "Protesters stormed…" are).
fn protest_word_reports(words: &[Word], i: usize) -> bool {
    let at = |k: usize| lower_at(words, k);
    let w = at(i);
    let before = |k: usize| if i >= k { at(i - k) } else { "" };
    let det = |x: &str| matches!(x, "the" | "these" | "those" | "their" | "its" | "mass" | "ongoing" | "recent" | "weeks-long" | "months-long");
    // The protests as a time.
    let time_word = |x: &str| matches!(x, "during" | "since" | "amid" | "throughout" | "before" | "after" | "following");
    if time_word(before(1)) || det(before(1)) && time_word(before(2)) {
        return false;
    }
    if before(1) == "in" && matches!(before(2), "died" | "killed" | "injured" | "wounded" | "hurt" | "arrested" | "detained")
        || before(2) == "in" && det(before(1)) && matches!(before(3), "died" | "killed" | "injured" | "wounded" | "hurt" | "arrested" | "detained")
    {
        return false;
    }
    // A trend: "quits as protests over the disaster grow".
    if matches!(w, "protests" | "demonstrations" | "rallies" | "strikes")
        && before(1) == "as"
        && (i + 1..(i + 7).min(words.len())).any(|j| matches!(at(j), "grow" | "mount" | "spread" | "swell" | "intensify" | "escalate" | "continue"))
    {
        return false;
    }
    // A modifier: "protest organisers", "protest leaders".
    if matches!(w, "protest" | "march" | "rally" | "strike")
        && matches!(at(i + 1), "organisers" | "organizers" | "leaders" | "leader" | "movement" | "movements" | "group" | "groups" | "camp" | "camps" | "site" | "sites" | "song" | "songs" | "slogan" | "slogans")
    {
        return false;
    }
    // What a speaker says of the protests: "claimed that the protests were…".
    if matches!(w, "protests" | "demonstrations" | "rallies" | "marches")
        && before(1) == "the"
        && before(2) == "that"
        && (0..i.saturating_sub(2)).any(|j| is_saying(at(j)) || matches!(at(j), "claimed" | "claims" | "insisted" | "insists" | "argued" | "argues" | "accused" | "alleged"))
    {
        return false;
    }
    // Protesters are the ones protesting only as the subject of their clause: nothing but
    // determiners, figures and describing words between them and the clause's start.
    if matches!(w, "protesters" | "protestors" | "demonstrators") {
        let mut k = i;
        while k > 0 {
            let prev = &words[k - 1];
            if prev.then.is_some_and(|c| matches!(c, ',' | ';' | ':')) {
                break;
            }
            let p = at(k - 1);
            // A new clause starts: the protesters are its subject.
            if matches!(p, "and" | "as" | "when" | "while" | "after" | "before" | "but" | "where" | "then") {
                break;
            }
            // A crowd counted, or a clash it was in, reports the protest too.
            if matches!(p, "counted" | "between" | "estimated") {
                break;
            }
            let describing = p.starts_with(|c: char| c.is_ascii_digit())
                || matches!(p, "the" | "a" | "some" | "many" | "several" | "thousands" | "hundreds" | "dozens" | "tens" | "of" | "angry" | "young" | "student" | "masked" | "peaceful" | "other" | "more" | "than" | "about" | "around" | "nearly" | "almost" | "over" | "up" | "to" | "at" | "least" | "later" | "yesterday" | "today" | "overnight" | "earlier" | "million" | "thousand")
                || p.ends_with("-government")
                || p.contains('-')
                || words[k - 1].text.starts_with(|c: char| c.is_uppercase()) && k - 1 > 0
                || super::claims::small_number(p).is_some();
            if !describing {
                return false;
            }
            k -= 1;
        }
    }
    true
}

/// Whether "blocked" (or "occupied", "stormed"…) at `i` is a crowd's act on a place: people
/// before it ("students and their supporters blocked…"), or a road, building or campus after it
/// with no police or court as the one acting.
fn blocks_a_place(words: &[Word], i: usize) -> bool {
    let at = |k: usize| lower_at(words, k);
    let before = i.saturating_sub(6)..i;
    if before.clone().any(|j| matches!(at(j), "police" | "officers" | "court" | "judge" | "government" | "troops" | "soldiers" | "authorities" | "ministry")) {
        return false;
    }
    let crowd = before.clone().any(|j| {
        matches!(at(j), "protesters" | "protestors" | "demonstrators" | "students" | "crowds" | "crowd" | "people" | "supporters" | "activists" | "farmers" | "workers" | "residents" | "thousands" | "hundreds" | "marchers" | "strikers")
    });
    let place = (i + 1..(i + 7).min(words.len())).any(|j| {
        matches!(
            at(j),
            "road" | "roads" | "junction" | "junctions" | "highway" | "highways" | "motorway" | "motorways" | "bridge" | "bridges" | "street" | "streets" | "square" | "squares"
                | "traffic" | "faculties" | "faculty" | "universities" | "university" | "campus" | "campuses" | "parliament" | "entrance" | "entrances" | "port" | "railway"
                | "border" | "crossing" | "building" | "buildings" | "offices" | "intersection" | "airport" | "runway" | "capitol" | "legislature"
        )
    });
    crowd || place
}

/// Whether the verb at `i` is a state's act of force or of office (see [`classify_at`]): its
/// object, within a few words, says what was done.
fn state_act(words: &[Word], i: usize) -> bool {
    let at = |k: usize| lower_at(words, k);
    // Asked for, planned or refused acts are not told as done ("demanded that he be deployed").
    if i > 0 && matches!(at(i - 1), "be" | "to" | "not" | "never") {
        return false;
    }
    let ahead = |want: &dyn Fn(&str) -> bool| (i + 1..(i + 6).min(words.len())).take_while(|&j| words[j - 1].then.is_none()).any(|j| want(at(j)));
    match at(i) {
        // (Not "declared the martial law invalid": a ruling on it.)
        "declared" | "declares" | "imposed" => {
            ahead(&|w| matches!(w, "emergency" | "curfew" | "curfews" | "martial" | "lockdown")) && !ahead(&|w| matches!(w, "invalid" | "void" | "null" | "unconstitutional" | "illegal" | "unlawful" | "over"))
        }
        "deployed" => ahead(&|w| matches!(w, "army" | "troops" | "soldiers" | "military" | "forces" | "police" | "guard")),
        "prorogued" => true,
        "recalled" => ahead(&|w| matches!(w, "ambassador" | "ambassadors" | "envoy" | "envoys")),
        "opened" => at(i + 1) == "fire",
        _ => false,
    }
}

/// Whether an act's noun at `i` is the subject of a remark about it: "the resignation is not
/// enough", "the sacking of the cabinet was a step…", "called the resignation …" (not "the
/// resignation of X followed").
pub fn spoken_of(words: &[Word], i: usize) -> bool {
    let at = |k: usize| lower_at(words, k);
    if !matches!(at(i), "resignation" | "resignations" | "sacking" | "sackings" | "dismissal" | "departure") || words[i].then.is_some() {
        return false;
    }
    let copula = |w: &str| matches!(w, "is" | "was" | "were" | "are" | "would" | "will" | "could" | "should" | "must");
    if copula(at(i + 1)) {
        return true;
    }
    // "called the resignation "the end of a chapter"", "welcomed the sacking": a remark on it.
    if i >= 2
        && matches!(at(i - 1), "the" | "his" | "her" | "their")
        && matches!(at(i - 2), "called" | "welcomed" | "hailed" | "praised" | "criticised" | "criticized" | "described" | "condemned" | "lamented" | "celebrated" | "mourned" | "regretted")
    {
        return true;
    }
    // "the sacking of the cabinet was…": past a short "of" phrase.
    at(i + 1) == "of" && (i + 2..(i + 7).min(words.len())).take_while(|&j| words[j - 1].then.is_none()).any(|j| copula(at(j)))
}

/// Whether word `i` stands in a ", who …" clause that has not closed by then (no comma since).
fn in_who_clause(words: &[Word], i: usize) -> bool {
    (1..i).rev().take(12).take_while(|&j| words[j].then.is_none() || lower_at(words, j) == "who").any(|j| lower_at(words, j) == "who" && words[j - 1].then == Some(','))
}

/// Whether "said" at `i` is dated by the words right after it: "said last night", "said this
/// morning", "said yesterday", "said on Sunday".
fn said_when(words: &[Word], i: usize) -> bool {
    let at = |k: usize| lower_at(words, k);
    if words[i].then.is_some() {
        return false;
    }
    time_phrase_len(words, i + 1) > 0
        || at(i + 1) == "on" && matches!(at(i + 2), "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")
        // "had said last week that he was confident".
        || matches!(at(i + 1), "last" | "this" | "earlier") && matches!(at(i + 2), "week" | "month")
        // "“…,” said Siriporn Kaewmanee, a political scientist, speaking yesterday".
        || (i + 1..words.len()).any(|j| at(j) == "speaking" && time_phrase_len(words, j + 1) > 0)
}

/// How many words a time of the day starting at word `k` takes: "yesterday", "today", "tonight"
/// one; "last night", "this morning/afternoon/evening" two; anything else none.
fn time_phrase_len(words: &[Word], k: usize) -> usize {
    match (lower_at(words, k), lower_at(words, k + 1)) {
        ("yesterday" | "today" | "tonight", _) => 1,
        ("last", "night") | ("this", "morning" | "afternoon" | "evening") => 2,
        _ => 0,
    }
}

/// Whether "dismissed" at `i` sets aside an idea rather than a person: "dismissed claims that…",
/// "dismissed the offer as…", "dismissed it as a stunt".
fn dismisses_an_idea(words: &[Word], i: usize) -> bool {
    let at = |k: usize| lower_at(words, k);
    let next = at(i + 1);
    if matches!(next, "suggestions" | "claims" | "reports" | "concerns" | "criticism" | "speculation" | "accusations" | "allegations" | "rumours" | "rumors" | "fears") {
        return true;
    }
    // "as" closes a short object with no name in it, and a judgement follows: a quote or "a…"
    // ("dismissed the defence minister as protests grew" is a sacking).
    if !matches!(next, "the" | "it" | "this" | "that" | "his" | "her" | "their") {
        return false;
    }
    let Some(as_at) = (i + 1..(i + 6).min(words.len())).find(|&j| at(j) == "as") else {
        return false;
    };
    let named = words[i + 1..as_at].iter().any(|w| w.text.starts_with(|c: char| c.is_uppercase()));
    // A quote mark (or any mark) between "as" and the next word shows as a wider gap.
    let quoted = words.get(as_at + 1).is_some_and(|w| w.start() > words[as_at].end() + 1);
    !named && (quoted || matches!(at(as_at + 1), "a" | "an"))
}

/// Whether the word after "told" (past "the", "a", "an" and up to two modifiers) is an audience
/// a statement is made to: a chamber, a conference, reporters, colleagues, the country.
fn told_an_audience(words: &[Word], i: usize) -> bool {
    for (k, w) in words.iter().enumerate().skip(i + 1).take(4) {
        let l = w.lower.as_ref();
        if matches!(
            l,
            "chamber" | "assembly" | "parliament" | "mps" | "colleagues" | "reporters" | "journalists" | "country" | "nation" | "conference"
                | "house" | "commons" | "senate" | "lawmakers" | "delegates" | "supporters" | "rally" | "crowd" | "audience" | "members" | "senators" | "deputies" | "voters"
                | "committee" | "inquiry" | "hearing" | "radio" | "station" | "television" | "broadcaster" | "newspaper" | "podcast" | "interviewer" | "ambassadors"
                | "diplomats" | "editors" | "students" | "workers" | "summit" | "meeting" | "congress" | "convention" | "gathering" | "court" | "judges"
        ) {
            return true;
        }
        // "told us this morning that…": the outlet's own interview.
        if k == i + 1 && l == "us" && w.then.is_none() {
            return true;
        }
        let modifier = matches!(l, "the" | "a" | "an") && k == i + 1 || k <= i + 3 && l.chars().all(|c| c.is_ascii_lowercase()) && !matches!(l, "that" | "him" | "her" | "them" | "of" | "to");
        if !modifier || w.then.is_some() {
            return false;
        }
    }
    false
}

/// "called a tenth day of strikes", "calls a snap election", "called a general strike": `a`, up to
/// three modifiers, then a happening someone can call.
fn calls_a_happening(words: &[Word], i: usize) -> bool {
    if !matches!(lower_at(words, i + 1), "a" | "an") {
        return false;
    }
    for w in words.iter().take(i + 6).skip(i + 2) {
        if matches!(w.lower.as_ref(), "day" | "days" | "strike" | "strikes" | "election" | "protest" | "protests" | "referendum" | "vote" | "march" | "marches" | "rally" | "ballot" | "walkout") {
            return true;
        }
        if w.then.is_some() {
            return false;
        }
    }
    false
}

/// Whether the word before a verb can be its subject: a name, a pronoun, or a plural noun.
fn is_subject(words: &[Word], i: usize) -> bool {
    let w = words[i].text;
    // An ASCII word's lower case is already made (the word's own); others are lowered here.
    let l: std::borrow::Cow<str> = if w.is_ascii() { std::borrow::Cow::Borrowed(&*words[i].lower) } else { std::borrow::Cow::Owned(w.to_lowercase()) };
    let noun_context = ["the", "with", "current", "understands", "understand", "backed", "resisted", "shared", "our", "his", "her", "their", "of", "to", "growing", "other", "others", "for", "and", "louder", "these", "those", "such", "any", "these", "rejected", "ignored", "renewed", "repeated", "fresh", "new"];
    if noun_context.contains(&&*l) {
        return false;
    }
    matches!(&*l, "he" | "she" | "it" | "who" | "also" | "now" | "they" | "we" | "i" | "which") || w.chars().next().is_some_and(char::is_uppercase)
}

/// Numbers written in digits (with thousands commas) or as small number words.
pub fn numbers(words: &[Word]) -> Vec<u64> {
    // One reading of numbers for the whole engine (claims reads them the same way), without a
    // String per word on this hot path.
    // A tally written with a dash ("voted 190-0", "failed 208-218") gives both figures.
    let mut out = Vec::new();
    for w in words {
        match w.lower.split_once('-') {
            Some((a, b)) if !a.is_empty() && !b.is_empty() && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit()) => {
                out.extend(super::claims::parse_number(a));
                out.extend(super::claims::parse_number(b));
            }
            _ => out.extend(super::claims::parse_number(&w.lower)),
        }
    }
    out
}

/// True for a happening told as background rather than news: its trigger word (at `trigger`) in
/// the past perfect ("had resigned", "had already been sacked"), or a sentence about a former
/// role. A past perfect elsewhere in the sentence ("McCarthy, who had refused to resign before
/// the vote, became…") tells its own clause's history, not the trigger's.
pub fn is_background(words: &[Word], trigger: usize) -> bool {
    let perfect = |k: usize| words[k].lower == "had" && words.get(k + 1).is_some_and(|b| b.lower.ends_with("ed") || matches!(b.lower.as_ref(), "been" | "taken" | "become" | "already" | "quit" | "left" | "said" | "told" | "written" | "spoken"));
    (trigger.saturating_sub(4)..trigger.min(words.len())).any(|k| perfect(k) && words[k..trigger].iter().all(|w| w.then.is_none()))
        || words.iter().any(|w| w.lower == "former")
}


#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::people::words;
    use crate::engine::text::Span;

    fn kinds(s: &str) -> Vec<(EventKind, bool)> {
        classify(&words(s, Span { start: 0, end: s.len(), line: 1 }))
    }

    use EventKind::*;

    #[test]
    fn a_refusal_to_resign_is_not_a_resignation() {
        assert_eq!(kinds("Jess Phillips refuses to resign over Gaza vote rebellion"), vec![(Resignation, true), (Vote, false)]);
        assert_eq!(kinds("She has staunchly refused to step down despite mounting pressure."), vec![(Resignation, true)]);
    }

    #[test]
    fn telling_someone_to_go_is_a_call_and_filing_a_motion_is_not_a_vote() {
        assert_eq!(kinds("The chancellor published a letter telling Mr Johnson to \"do the right thing and go now\"."), vec![(Call, false)]);
        assert_eq!(kinds("Gove told Johnson he should stand down."), vec![(Call, false)]);
        assert_eq!(kinds("Gove told Johnson he should not resign."), vec![(Statement, false)]);
        assert_eq!(kinds("Cabinet ministers told him to resign on Wednesday."), vec![(Call, false)]);
        assert_eq!(kinds("Gaetz filed a motion to vacate the chair."), vec![(Call, false)]);
        assert_eq!(kinds("The motion was carried."), vec![(Vote, false)]);
    }

    #[test]
    fn calling_a_protest_strike_or_election_is_a_call_not_the_happening() {
        assert_eq!(kinds("Union leaders called tonight for a new day of protests and strikes on Thursday."), vec![(Call, false)]);
        assert_eq!(kinds("Unions last night called a tenth day of strikes and marches for Tuesday."), vec![(Call, false)]);
        assert_eq!(kinds("The chancellor called a snap election for September."), vec![(Call, false)]);
        // The protest itself, and talk about a vote, stay what they are.
        assert_eq!(kinds("Thousands marched through the city on Saturday."), vec![(Protest, false)]);
        assert_eq!(kinds("He called the vote a disgrace."), vec![(Vote, false)]);
        assert_eq!(kinds("The unions' next nationwide day of strikes and marches is planned for Thursday."), vec![]);
        assert_eq!(kinds("A vote on the bill is scheduled for next week."), vec![]);
        assert_eq!(kinds("Union leaders, who have organised eight days of nationwide strikes since January, called tonight for a new day of protests."), vec![(Call, false)]);
    }

    #[test]
    fn threats_and_possibilities_are_not_acts() {
        assert_eq!(kinds("He declined to say whether frontbenchers would face being sacked."), vec![]);
        assert_eq!(kinds("Any member who voted against him would be dismissed."), vec![(Vote, false)]);
        assert!(kinds("Figures hinted there would be no purge of the rebels.").iter().all(|(_, refusal)| *refusal));
    }

    #[test]
    fn a_reason_is_not_a_protest_and_a_call_to_go_is_a_call() {
        assert_eq!(kinds("Imran Hussain has quit the frontbench in protest at the position."), vec![(Resignation, false)]);
        assert_eq!(kinds("He was among those calling for the leader to step down on Thursday."), vec![(Call, false)]);
        assert_eq!(kinds("She dismissed suggestions that she would quit."), vec![(Statement, false)], "a denial said aloud, not a resignation");
        // Announcing one's own going is the resignation; saying whether one would go is not.
        assert_eq!(kinds("Theresa May announced this morning that she will resign as party leader on June 7."), vec![(Resignation, false)]);
        assert_eq!(kinds("He made a tearful announcement on Friday that he would step down."), vec![(Resignation, false)]);
        assert!(!kinds("She announced that she would resign if the deal failed.").contains(&(Resignation, false)));
        assert_eq!(kinds("He declined to say whether he would resign."), vec![]);
        assert_eq!(kinds("The minister denied that she would quit."), vec![(Resignation, true)], "a denial, which disputes the act");
    }

    #[test]
    fn what_did_not_happen_or_is_a_tally_is_no_happening() {
        assert_eq!(kinds("The government forced the bill through on 16 March without a vote."), vec![]);
        assert!(!kinds("He declined to say whether he would stay, and ruled out calling an early general election.").contains(&(Call, false)));
        assert_eq!(kinds("In all, 62 members of the government resigned."), vec![]);
        assert_eq!(kinds("In total, 11 ministers were sacked."), vec![]);
        assert_eq!(kinds("By this evening more than 40 ministers and aides had resigned."), vec![]);
        assert_eq!(kinds("It takes the total number of councillors who have resigned over the row to 50."), vec![]);
        // A count told as the news itself still is one.
        assert_eq!(kinds("Eleven ministers resigned on Tuesday."), vec![(Resignation, false)]);
        assert_eq!(kinds("Explained: how 48 hours of resignations brought down the prime minister"), vec![]);
        assert_eq!(kinds("A wave of resignations followed."), vec![]);
    }

    #[test]
    fn calls_made_again_demanded_or_joined_by_and_are_calls() {
        assert_eq!(kinds("Jeremy Corbyn renewed his call for a general election."), vec![(Call, false)]);
        assert_eq!(kinds("He said the government was collapsing and called for a change of government."), vec![(Call, false)]);
        assert_eq!(kinds("He said this morning that whoever replaced her must call an immediate general election."), vec![(Call, false)]);
        // Someone else's call, resisted, and a call that might come are not calls.
        assert!(!kinds("She resisted his call for an election.").contains(&(Call, false)));
        assert!(!kinds("He said he might call an election if he lost.").contains(&(Call, false)));
    }

    #[test]
    fn calling_something_names_is_a_statement_and_placards_a_protest() {
        assert_eq!(kinds("Marine Le Pen called the move \"a total failure\" for the government."), vec![(Statement, false)]);
        assert_eq!(kinds("He called it a day and went home."), vec![]);
        assert_eq!(kinds("Left-wing deputies sang and held up placards reading \"no\"."), vec![(Protest, false)]);
        assert_eq!(kinds("The shop sells placards."), vec![]);
    }

    #[test]
    fn telling_an_audience_is_a_statement() {
        assert_eq!(kinds("\"We cannot gamble on our pensions,\" Ms Borne told the chamber."), vec![(Statement, false)]);
        assert_eq!(kinds("He told an economic conference in Switzerland that Britain would leave."), vec![(Statement, false)]);
        assert_eq!(kinds("The former health secretary told MPs the problem starts at the top."), vec![(Statement, false)]);
        // Telling one person something, or being told, is not.
        assert_eq!(kinds("He had been told in 2019 about a complaint."), vec![]);
        assert_eq!(kinds("Many told of the personal impact of the conflict."), vec![]);
    }

    #[test]
    fn a_trigger_word_inside_a_name_is_not_an_act() {
        // (Calling the move a failure is a statement; the Rally is no protest.)
        assert_eq!(kinds("Marine Le Pen, who leads the National Rally group, called the move a failure."), vec![(Statement, false)]);
        assert_eq!(kinds("A second motion gathered only 94 votes."), vec![(Vote, false)]);
        assert_eq!(kinds("By evening thousands had gathered outside the assembly."), vec![(Protest, false)]);
        // A headline capitalises every word: there the words still count.
        assert_eq!(kinds("Boris Johnson Resigns As Conservative Party Leader"), vec![(Resignation, false)]);
    }

    #[test]
    fn a_wish_is_not_an_act() {
        assert_eq!(kinds("Several Republicans said privately they wanted him expelled from the conference."), vec![]);
        assert_eq!(kinds("She unveiled a deal offering MPs a vote on a second referendum."), vec![]);
        assert_eq!(kinds("The chancellor faces a no-confidence motion on Monday."), vec![]);
    }

    #[test]
    fn one_sentence_can_report_a_walkout_and_a_vote() {
        assert_eq!(kinds("He saw eight members walk out and dozens rebel in a key vote."), vec![(Resignation, false), (Vote, false)]);
    }

    #[test]
    fn each_trigger_word_is_listed_once() {
        let mut seen = std::collections::HashSet::new();
        for (w, _) in TRIGGERS {
            assert!(seen.insert(*w), "{w}");
            assert!(trigger_of(w).is_some(), "{w}");
        }
        assert!(trigger_of("triggered").is_none() && trigger_of("").is_none() && trigger_of("Vote").is_none());
    }

    #[test]
    fn statements_need_an_occasion() {
        assert_eq!(kinds("In a speech last week, he said a pause was right."), vec![(Statement, false)]);
        assert_eq!(kinds("He said a pause was right."), vec![]);
    }

    #[test]
    fn filing_a_motion_stands_beside_a_vote_in_the_same_sentence() {
        assert_eq!(
            kinds("Gaetz, who announced his plan on Sunday and filed the motion on Monday night, accused the speaker of breaking the promises he made in January, when he needed 15 rounds of voting to win the gavel."),
            vec![(Vote, false), (Call, false)]
        );
        assert_eq!(kinds("Gaetz filed a motion to vacate the chair."), vec![(Call, false)]);
    }

    #[test]
    fn saying_what_one_will_do_dismissing_an_idea_and_ruling_out_are_statements() {
        assert_eq!(kinds("Speaking to reporters last night, McCarthy said he would not run for speaker again."), vec![(Statement, false)]);
        assert_eq!(kinds("The mayor has already said she will stand."), vec![(Statement, false)]);
        assert_eq!(kinds("The senator said that they were going to vote against the bill."), vec![(Statement, false)]);
        assert_eq!(kinds("Sir Keir Starmer dismissed the offer as “a repackaged version of the same bad deal”."), vec![(Statement, false)]);
        assert_eq!(kinds("Downing Street dismissed claims that the minister had lied."), vec![(Statement, false)]);
        assert_eq!(kinds("He has ruled out running for it."), vec![(Statement, false)]);
        // What someone said of anything else, and the sacking of a person, are not.
        assert_eq!(kinds("He said it would be a disaster."), vec![]);
        assert_eq!(kinds("He said the vote would be close."), vec![(Vote, false)]);
        assert!(!kinds("The prime minister dismissed the defence minister as protests grew.").contains(&(Statement, false)));
        assert_eq!(kinds("McCarthy had said publicly that he would not offer Democrats a deal."), vec![(Statement, false)]);
        assert_eq!(kinds("Mr Scholz said last night that he would call a vote of confidence on 15 January."), vec![(Statement, false)]);
        // Speaking of one's resignation is a statement; handing in the letter is the act.
        assert_eq!(kinds("Minutes later Mr Javid rose from the back benches to deliver his resignation statement."), vec![(Statement, false)]);
        assert_eq!(kinds("In his resignation letter, Mr Javid said he could no longer serve."), vec![(Resignation, false)]);
        assert_eq!(kinds("Mr Javid handed in his resignation letter on Tuesday."), vec![(Resignation, false)]);
        // Crowds in the streets are a protest; rubbish in them is not.
        assert_eq!(kinds("Hundreds of thousands of people took to the streets of France on Tuesday."), vec![(Protest, false)]);
        assert_eq!(kinds("In Israel, tens of thousands of people poured onto the streets on Sunday night."), vec![(Protest, false)]);
        assert_eq!(kinds("Rubbish piled up in the streets of Paris."), vec![]);
        // Taking a post is background of its own, beside what else the sentence says.
        assert_eq!(kinds("Mel Stride was appointed to replace her yesterday."), vec![(Context, false)]);
        assert_eq!(kinds("Patrick McHenry was then named speaker pro tempore."), vec![(Context, false)]);
        assert_eq!(kinds("Nadhim Zahawi, who was made chancellor last night, insisted this morning that he was staying."), vec![(Context, false), (Statement, false)]);
        assert_eq!(kinds("Mrs May became prime minister in July 2016."), vec![(Context, false)]);
        assert_eq!(kinds("He became the first speaker in history to lose such a vote."), vec![(Vote, false)]);
        assert_eq!(kinds("Michelle Donelan resigned less than two days after she was appointed."), vec![(Resignation, false)]);
        assert_eq!(kinds("Berger proposed that a mediator be appointed."), vec![]);
        assert_eq!(kinds("The street was named after him."), vec![]);
        // "May" the name is not "may" the possibility.
        assert_eq!(kinds("Theresa May resigned on Friday."), vec![(Resignation, false)]);
        // A forecast of an act is not the act; tabling a motion asks for a vote.
        assert_eq!(kinds("Han said that the president's early resignation was now unavoidable."), vec![]);
        assert!(!kinds("Lee said his party would table a new impeachment motion.").contains(&(Vote, false)));
        // People described by how they voted: the news is what they did next.
        assert_eq!(kinds("Several backbenchers who voted for Mr Dutton said last night that Mr Turnbull should stand aside."), vec![(Call, false)]);
        assert_eq!(kinds("Five MPs who voted for him resigned."), vec![(Resignation, false)]);
        assert_eq!(kinds("Nine Republicans who voted to remove him were later criticised."), vec![(Vote, false)]);
        // A resignation offered and turned down is not a resignation.
        let turned = |s: &str, n: &str| {
            let (w, x) = (words(s, Span { start: 0, end: s.len(), line: 1 }), words(n, Span { start: 0, end: n.len(), line: 1 }));
            offer_turned_down(&w, &x).map(|i| w[i].text.to_string())
        };
        assert_eq!(turned("Two ministers offered their resignations last night.", "Mr Turnbull refused to accept them."), Some("resignations".into()));
        assert_eq!(turned("She offered to resign, but the prime minister rejected it.", ""), Some("resign".into()));
        assert_eq!(turned("Kim offered to resign today, saying he took full responsibility.", "Yoon accepted the resignation."), None);
        assert!(turned("Trade minister Tomislav Momirović, who offered to resign at the same time but was persuaded to stay on, is still in post.", "").is_some());
        assert_eq!(turned("He offered Merz talks on the budget.", "Merz refused them."), None);
        assert_eq!(kinds("Netanyahu has decided this evening to dismiss Defence Minister Yoav Gallant."), vec![(Dismissal, false)]);
        assert_eq!(kinds("A few dozen of his supporters gathered last night to demand his release."), vec![(Protest, false)]);
        assert_eq!(kinds("The committee gathered yesterday evidence of fraud."), vec![]);
        // Talk in a "who" clause describes the speaker; the main clause's talk is the news.
        assert_eq!(kinds("President Isaac Herzog, who this morning urged the government to stop the legislation, welcomed the pause and said he would host talks."), vec![(Statement, false)]);
        assert_eq!(kinds("Today tens of thousands more rallied outside the Knesset in Jerusalem."), vec![(Protest, false)]);
        assert_eq!(kinds("Netanyahu replied that Israel was a sovereign country."), vec![(Statement, false)]);
        // What was due, ready or put off has not happened.
        assert_eq!(kinds("Mr Netanyahu had been due to address the nation this morning but postponed the statement."), vec![]);
        assert_eq!(kinds("Final votes on the bill, which had been expected this week, will now wait until the summer session."), vec![]);
        assert_eq!(kinds("The opposition warned it would walk out while the bill remained ready for a final vote."), vec![(Statement, false)], "a warning, not a vote");
        assert_eq!(kinds("The vote was not delayed and went ahead on Monday."), vec![(Vote, false)]);
        // A saying the report dates is a statement; an undated one only attributes.
        assert_eq!(kinds("Opposition leader Yair Lapid said last night that the prime minister had become a danger."), vec![(Statement, false)]);
        assert_eq!(kinds("Gérald Darmanin said this morning that 457 people had been arrested."), vec![(Statement, false)]);
        assert_eq!(kinds("Lapid said the prime minister had become a danger."), vec![]);
        // Arrested or jailed: a happening of the person's own, not a demand for it.
        assert_eq!(kinds("Mr Castillo was arrested as his car headed towards the Mexican embassy."), vec![(Context, false)]);
        assert_eq!(kinds("The opposition demanded that he be arrested."), vec![(Call, false)]);
        // Chosen by a vote, sworn in, speaking to the press, phoning to ask.
        assert_eq!(kinds("Julie Bishop was re-elected deputy leader unopposed."), vec![(Vote, false)]);
        assert_eq!(kinds("Mr Morrison beat Peter Dutton in the final ballot."), vec![(Vote, false)]);
        assert_eq!(kinds("The newly elected mayor thanked voters."), vec![]);
        assert_eq!(kinds("He needed 367 votes, an absolute majority of the chamber's 733 members, to win."), vec![]);
        assert_eq!(kinds("The final pair is put to a ballot of party members."), vec![]);
        assert_eq!(kinds("Mr Morrison, who was sworn in at Government House on Friday evening, thanked his colleagues."), vec![(Context, false)]);
        assert_eq!(kinds("Speaking at his first press conference as leader, Mr Morrison said his priority was unity."), vec![(Statement, false)]);
        assert_eq!(kinds("On Thursday morning Mr Dutton phoned Mr Turnbull to ask him to convene a second meeting."), vec![(Call, false)]);
        assert_eq!(kinds("Mr Cormann told reporters that Mr Turnbull no longer had the support of most of his colleagues and should step aside."), vec![(Call, false)]);
        // What is left: a seat or an office.
        let seat = |s: &str| {
            let w = words(s, Span { start: 0, end: s.len(), line: 1 });
            let i = w.iter().position(|x| matches!(x.lower.as_ref(), "quit" | "resign" | "resigned" | "stood" | "step")).unwrap();
            leaves_a_seat(&w, i)
        };
        assert!(seat("Mr Turnbull confirmed that he would quit parliament."));
        assert!(seat("He denied he would quit politics after the defeat."));
        assert!(seat("He has said he will resign from parliament."));
        assert!(!seat("He resigned as home affairs minister."));
        assert!(!seat("He refused to resign."));
        assert!(!seat("She would step down as Senate leader."));
        assert!(!seat("He quit the House leadership."));
        // Leaving a body in a state is not leaving it.
        assert_eq!(kinds("He defeated Peter Dutton in a party-room ballot that has left the government bitterly divided."), vec![(Vote, false)]);
        assert_eq!(kinds("The row left the cabinet divided."), vec![]);
        assert_eq!(kinds("Two ministers who left the government last week spoke out."), vec![(Resignation, false)]);
        // Walking out of a sitting is not leaving a post.
        assert_eq!(kinds("Almost all lawmakers from his party walked out of the National Assembly before the vote."), vec![(Vote, false)]);
        assert_eq!(kinds("Eight members of his cabinet walked out."), vec![(Resignation, false)]);
        // Saying someone must go is a call for it.
        assert_eq!(kinds("Labour leader Keir Starmer said Mr Johnson \"needs to go completely\" and should not cling on."), vec![(Call, false)]);
        // Saying what one's side will do, or saying it on television, is a statement.
        assert_eq!(kinds("Lindner also said last night that the FDP would pull all its ministers out of the government."), vec![(Statement, false)]);
        assert_eq!(kinds("Lee said his party would not give up."), vec![(Statement, false)]);
        assert_eq!(kinds("He said in a televised statement after the result that he would \"never give up\"."), vec![(Statement, false)]);
        assert_eq!(kinds("At about 4.30am he went back on television to say he would lift it."), vec![(Statement, false)]);
        assert_eq!(kinds("In a two-minute televised address he bowed and apologised."), vec![(Statement, false)]);
        assert_eq!(kinds("He declined to say whether he would stay."), vec![]);
        assert_eq!(kinds("She said the government would fall within weeks of the budget, in private."), vec![(Statement, false)]);
        assert_eq!(kinds("He said the economy would recover."), vec![]);
        // An election told with its result is a vote; one called or due is not.
        assert_eq!(kinds("He narrowly beat Lee in the 2022 presidential election."), vec![(Vote, false)]);
        assert_eq!(kinds("Voters went to the polls yesterday in European Parliament elections."), vec![(Vote, false)]);
        assert_eq!(kinds("A bill to appoint a special counsel failed to win the two-thirds majority it needed."), vec![(Vote, false)]);
        assert_eq!(kinds("The next general election is due by 2029."), vec![]);
        assert_eq!(kinds("The chancellor called a snap election for September."), vec![(Call, false)]);
        assert_eq!(kinds("The Conservatives won the Cloverdale-Langley City by-election on Monday."), vec![(Vote, false)]);
        assert_eq!(kinds("It added to the party's by-election defeats in June."), vec![(Vote, false)]);
        assert_eq!(kinds("A by-election will be held in the spring."), vec![]);
        assert!(!kinds("Opposition parties want a vote on a motion to shelve the asylum bills.").contains(&(Vote, false)));
        assert!(!kinds("He said the party would campaign to win an outright majority at the next election.").contains(&(Vote, false)));
        // A motion still to be moved is not a vote; one that cannot be held is not either.
        assert_eq!(kinds("He said his party would put forward a motion of non-confidence."), vec![(Statement, false)]);
        assert!(!kinds("The opposition cannot hold a confidence vote before spring.").iter().any(|(k, _)| *k == Vote));
        // A crowd at a place of power is a protest; a crowd at a match is not.
        assert_eq!(kinds("A huge crowd outside the Assembly erupted in cheers as the result was announced."), vec![(Protest, false)]);
        assert_eq!(kinds("Tens of thousands of people braved the cold outside the Assembly on Saturday."), vec![(Protest, false)]);
        assert_eq!(kinds("The crowd at the stadium sang throughout."), vec![]);
        assert_eq!(kinds("Thousands of jobs are at risk outside London."), vec![]);
        assert_eq!(kinds("Poilievre went further and wrote to Governor General Mary Simon asking her to recall Parliament."), vec![(Call, false)]);
        // Signs held up are a protest; a vote named as the time of a remark is not reported.
        assert_eq!(kinds("Outside the court, a small group of student activists held up signs reading \"Who elected the judges?\""), vec![(Protest, false)]);
        assert_eq!(kinds("\"I'm honoured and happy,\" Paetongtarn told reporters at the party's headquarters yesterday after the vote."), vec![(Statement, false)]);
        // An act in a "who" clause does not hide the main clause's statement; a denial is one.
        assert_eq!(kinds("Pita, who had already stepped down as party leader, wrote on X after the result that he wished her well."), vec![(Resignation, false), (Statement, false)]);
        assert_eq!(kinds("He has denied that he will run the government from behind the scenes."), vec![(Statement, false)]);
        assert_eq!(kinds("\u{201c}The court has shown its power,\u{201d} said Siriporn Kaewmanee, a political scientist, speaking yesterday."), vec![(Statement, false)]);
        // A court's order on someone's liberty is background; anyone else's order is not.
        assert_eq!(kinds("On Thursday a judge ordered Castillo to be held in pre-trial detention for 18 months."), vec![(Context, false)]);
        assert_eq!(kinds("He had seen evidence that Mr Yoon had ordered the arrest of key politicians."), vec![]);
        // Taking office is a post taken; the day someone took office is only a time.
        assert_eq!(kinds("Mr Castillo, a former rural schoolteacher, won the presidency by a narrow margin and took office in July last year."), vec![(Context, false)]);
        assert_eq!(kinds("He described him as the victim of a campaign from the day he took office."), vec![]);
        // A body dissolved, a prisoner released, a court petitioned: background and a call.
        assert_eq!(kinds("A week earlier the same court dissolved the opposition Move Forward Party."), vec![(Context, false)]);
        assert_eq!(kinds("The talks dissolved into acrimony."), vec![]);
        assert_eq!(kinds("He was released on parole in February."), vec![(Context, false)]);
        assert_eq!(kinds("The hostages were released on Sunday."), vec![]);
        assert_eq!(kinds("The case was brought by 40 senators, who petitioned the court in May."), vec![(Call, false)]);
        // Removed from a post is dismissed; a thing removed from somewhere is not.
        assert_eq!(kinds("The Constitutional Court removed Srettha Thavisin from office yesterday."), vec![(Dismissal, false)]);
        assert_eq!(kinds("Her father was toppled by the army in 2006."), vec![(Dismissal, false)]);
        assert_eq!(kinds("Police removed the banners from the gates of the court."), vec![]);
        // Leaving a body named bare ("leaving cabinet") is going; "leaving the government divided" is not.
        assert_eq!(kinds("Housing Minister Sean Fraser also announced yesterday that he is leaving cabinet, citing family reasons."), vec![(Resignation, false)]);
        // Where someone spoke opens a report of the speaking; a video posted is an occasion too.
        assert_eq!(kinds("Speaking outside Rideau Cottage on Monday morning, a visibly tired Trudeau said: \"This country deserves a real choice.\""), vec![(Statement, false)]);
        assert_eq!(kinds("Speaking of the budget, the figures are grim."), vec![]);
        assert_eq!(kinds("Pierre Poilievre posted a video within an hour of the announcement."), vec![(Statement, false)]);
        assert_eq!(kinds("Wayne Long wrote on X on Monday night that \"the prime minister must resign.\""), vec![(Call, false)]);
        // Asking someone to act, going to urge it, and saying they should be removed are calls.
        assert_eq!(kinds("Straight after the vote he drove to the palace to ask President Steinmeier to dissolve parliament."), vec![(Call, false)]);
        assert_eq!(kinds("A delegation went to Number 10 to urge the prime minister to go."), vec![(Call, false)]);
        assert_eq!(kinds("Han said the president should be suspended from his duties swiftly."), vec![(Call, false)]);
        assert_eq!(kinds("He was asked to stay on."), vec![]);
        assert_eq!(kinds("Reporters asked whether he would go."), vec![]);
        assert_eq!(kinds("Ministers hope to urge him to reconsider."), vec![]);
        // In the passive, the one named is spoken of, not speaking.
        assert_eq!(kinds("Corbyn, who was accused of allowing antisemitism to fester, stood aside."), vec![]);
        assert_eq!(kinds("The plan was widely criticised by unions."), vec![]);
    }
}
