//! A synthetic corpus for benchmarks and scale tests: deterministic articles written from
//! templates, with the features real ones have (headers on some, relative dates, furniture,
//! several people per article, numbers). Not used to measure quality: only speed and size.

use super::input::InputFile;

const FIRST: &[&str] = &[
    "Alice", "Brian", "Chloe", "David", "Emma", "Farid", "Grace", "Hamid", "Isla", "James", "Kavita", "Liam",
    "Maria", "Niall", "Olivia", "Priya", "Quentin", "Rosa", "Samir", "Tara", "Umar", "Vera", "Wendy", "Yusuf",
];
const LAST: &[&str] = &[
    "Abbott", "Bancroft", "Castell", "Dunmore", "Ellery", "Fairbairn", "Gorton", "Hallett", "Ingram", "Jessop",
    "Kendrick", "Lowther", "Marchant", "Norwood", "Oakes", "Pemberton", "Quarrie", "Rashford", "Sutcliffe",
    "Thornley", "Upward", "Villiers", "Whitlock", "Yardley", "Zeller", "Ashdown", "Blakemore", "Crowther",
];
const ROLES: &[&str] = &["shadow minister", "transport secretary", "deputy leader", "council leader", "health minister", "party whip"];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const PLACES: &[&str] = &["Parliament", "City Hall", "Downing Street", "the Town Hall", "the Assembly"];

/// A tiny deterministic generator (xorshift), so the corpus is the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn article(rng: &mut Rng, n: usize) -> String {
    let mut out = String::new();
    if n.is_multiple_of(3) {
        out += &format!("title: Synthetic report {n}\ndate: 2024-{:02}-{:02}\n\n", 1 + rng.below(12), 1 + rng.below(28));
    }
    let people: Vec<(String, String)> = (0..4).map(|_| (rng.pick(FIRST).to_string(), rng.pick(LAST).to_string())).collect();
    for p in 0..12 {
        let (f, l) = &people[p % people.len()];
        let (of, ol) = &people[(p + 1) % people.len()];
        let day = rng.pick(DAYS);
        let line = match rng.below(10) {
            0 => format!("{} {f} {l} resigned on {day} over the handling of the budget.", capital(rng.pick(ROLES))),
            1 => format!("The motion was defeated {} to {} on {day} night after a long debate.", 200 + rng.below(150), 50 + rng.below(150)),
            2 => format!("{} councillors voted against the plan, while at least {} abstained.", 10 + rng.below(60), 2 + rng.below(9)),
            3 => format!("Hundreds of protesters gathered outside {} on {day} evening.", rng.pick(PLACES)),
            4 => format!("Mr {l} called for {of} {ol} to step down, saying the party had lost its way."),
            5 => format!("In an interview last week, {f} {l} said the decision was “deeply regrettable”."),
            6 => format!("{f} {l}, the {}, refused to resign despite mounting pressure.", rng.pick(ROLES)),
            7 => "Please use Chrome browser for a more accessible video player\n2:36\nScenes from the chamber".to_string(),
            8 => format!("READ MORE: What the vote means for {l}"),
            _ => format!("The debate continued late into the evening as members weighed the proposals from {f} {l} and others."),
        };
        out += &line;
        out += "\n";
        // Padding of ordinary prose, as real articles have between the newsworthy sentences.
        out += "Officials said the details would be set out in the coming weeks, and that talks with local groups were continuing. ";
        out += "Several members said privately that they expected the row to run for some time.\n";
    }
    out
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// Articles adding up to at least `bytes`, the same for the same `seed`.
pub fn corpus(bytes: usize, seed: u64) -> Vec<InputFile> {
    let mut rng = Rng(seed.max(1));
    let mut files = Vec::new();
    let mut total = 0;
    while total < bytes {
        let text = article(&mut rng, files.len());
        total += text.len();
        files.push(InputFile { name: format!("{:06}_synthetic.txt", files.len()), bytes: text.into_bytes() });
    }
    files
}

/// Copies of real articles adding up to at least `bytes`; each copy ends with its own reference
/// line, so none is skipped as a duplicate.
pub fn repeat(articles: &[InputFile], bytes: usize) -> Vec<InputFile> {
    let articles: Vec<&InputFile> = articles.iter().filter(|f| f.name.ends_with(".txt")).collect();
    let mut files = Vec::new();
    let mut total = 0;
    while total < bytes && !articles.is_empty() {
        let source = articles[files.len() % articles.len()];
        let mut text = source.bytes.clone();
        text.extend_from_slice(format!("\nReference {}.\n", files.len()).as_bytes());
        total += text.len();
        files.push(InputFile { name: format!("{:06}_{}", files.len(), source.name), bytes: text });
    }
    files
}
