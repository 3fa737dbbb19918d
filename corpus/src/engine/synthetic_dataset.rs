//! A synthetic *dataset* (not articles) for the page's scale tests: `events` events spread over two
//! years, with people, articles, disputes, an unrelated story and dates of every precision, made
//! directly so a build can embed 10,000 events without running the engine on hundreds of megabytes.
//! `EXPLORER_SYNTHETIC_EVENTS=10000` makes `build.rs` embed one.

use crate::model::{Claim, ClaimValue, DateRange, Dataset, Document, Event, EventKind, Person, Precision, Source};

const FIRST: &[&str] = &["Alice", "Brian", "Chloe", "David", "Emma", "Farid", "Grace", "Hamid", "Isla", "James", "Kavita", "Liam"];
const LAST: &[&str] = &["Abbott", "Bancroft", "Castell", "Dunmore", "Ellery", "Fairbairn", "Gorton", "Hallett", "Ingram", "Jessop"];
const VERBS: [(EventKind, &str); 7] = [
    (EventKind::Resignation, "resigned as minister for"),
    (EventKind::Dismissal, "was sacked from the committee on"),
    (EventKind::Vote, "voted against the bill on"),
    (EventKind::Call, "called for an inquiry into"),
    (EventKind::Statement, "said in a speech about"),
    (EventKind::Protest, "joined a protest over"),
    (EventKind::Context, "has long campaigned on"),
];
const SUBJECTS: &[&str] = &["rail fares", "housing", "river pollution", "school meals", "the port", "bus routes", "hospital waiting lists", "flood defences"];
/// Events per article.
const PER_DOC: usize = 20;

pub fn dataset(events: usize, seed: u64) -> Dataset {
    let mut rng = seed.max(1);
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let people: Vec<String> = LAST.iter().flat_map(|l| FIRST.iter().map(move |f| format!("{f} {l}"))).collect();
    let start = 19_358; // 2023-01-01 as days since 1970-01-01
    let mut documents: Vec<Document> = Vec::new();
    let mut out: Vec<Event> = Vec::with_capacity(events);
    for n in 0..events {
        if n % PER_DOC == 0 {
            let id = format!("synthetic_{:05}", n / PER_DOC);
            documents.push(Document {
                file: format!("{id}.txt"),
                title: format!("Council week in review, part {}", n / PER_DOC + 1),
                id,
                outlet: Some(["Riverside Gazette", "Harbour Times", "The Northern Post"][n / PER_DOC % 3].into()),
                url: None,
                published: None,
                text: String::new(),
                furniture: vec![],
                off_story: None,
            });
        }
        let (kind, verb) = VERBS[(next() % 7) as usize];
        let who = &people[(next() % people.len() as u64) as usize];
        let subject = SUBJECTS[(next() % SUBJECTS.len() as u64) as usize];
        let day = start + (next() % 700) as i32;
        let (precision, earliest, latest) = match next() % 20 {
            0..=13 => (Precision::Day, Some(day), Some(day)),
            14..=16 => (Precision::Week, Some(day), Some(day + 6)),
            17 => (Precision::Month, Some(day), Some(day + 29)),
            _ => (Precision::Unknown, None, None),
        };
        let doc = documents.last_mut().expect("an article was opened above");
        let sentence = format!("{who} {verb} {subject}, according to people familiar with the matter.");
        let source = Source { doc: doc.file.clone(), start: doc.text.len() as u32, end: (doc.text.len() + sentence.len()) as u32, quote: sentence.clone() };
        doc.text.push_str(&sentence);
        doc.text.push('\n');
        let disputed = next() % 25 == 0;
        let against = if disputed {
            let denial = format!("{who} denied having {verb} {subject}.");
            let s = Source { doc: doc.file.clone(), start: doc.text.len() as u32, end: (doc.text.len() + denial.len()) as u32, quote: denial.clone() };
            doc.text.push_str(&denial);
            doc.text.push('\n');
            vec![s]
        } else {
            vec![]
        };
        let main_story = next() % 50 != 0;
        out.push(Event {
            id: format!("syn-{n:05}"),
            kind,
            title: format!("{who} {verb} {subject}"),
            topic: if main_story { "Council affairs".into() } else { "Football".into() },
            main_story,
            disputed,
            date: DateRange { earliest: earliest.map(iso), latest: latest.map(iso), precision, basis: "synthetic".into() },
            actors: vec![who.clone()],
            sources: vec![source],
            against,
        });
    }
    // Timeline order, as the engine gives it: by earliest date, undated last.
    out.sort_by(|a, b| (a.date.earliest.is_none(), &a.date.earliest, &a.date.latest).cmp(&(b.date.earliest.is_none(), &b.date.earliest, &b.date.latest)));
    let claims = vec![Claim {
        measure: "division result — votes for the winning side to votes for the losing side".into(),
        conflict: false,
        values: vec![ClaimValue { value: "31 to 12".into(), sources: vec![out[0].sources[0].clone()] }],
    }];
    Dataset {
        title: format!("Synthetic timeline of {events} events"),
        standfirst: "Generated for scale tests; not news.".into(),
        documents,
        events: out,
        claims,
        people: people.into_iter().map(|name| Person { name, aliases: vec![], roles: vec![] }).collect(),
    }
}

/// Days since 1970-01-01 as `YYYY-MM-DD`, with chrono (already the engine's date library).
fn iso(days: i32) -> String {
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).expect("a real date");
    (epoch + chrono::Days::new(days.max(0) as u64)).format("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_synthetic_dataset_has_the_asked_size_and_exact_quotes() {
        let d = dataset(500, 7);
        assert_eq!(d.events.len(), 500);
        assert_eq!(iso(19_358), "2023-01-01");
        for e in &d.events {
            for s in e.sources.iter().chain(&e.against) {
                let doc = d.documents.iter().find(|x| x.file == s.doc).unwrap();
                assert_eq!(&doc.text[s.start as usize..s.end as usize], s.quote);
            }
        }
        assert!(d.events.iter().any(|e| e.disputed) && d.events.iter().any(|e| !e.main_story));
    }
}
