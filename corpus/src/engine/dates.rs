//! Dates in news text: finding expressions ("Wednesday night", "last week", "7 October", "in 2016")
//! and turning them into ranges against what is known of the article's own date.
//!
//! Nothing here prints a day the text does not support: an expression resolved against an article
//! whose date is itself a range gives a range, and a weekday with nothing to anchor it stays a
//! weekday constraint until another source pins the week.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::model::Precision;

/// A date expression found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateExpr {
    /// "on Thursday", "Wednesday night"; `future` when the sentence looks ahead ("will meet on Saturday").
    /// `last`: "last Wednesday", which a day or less after a Wednesday may mean a week before.
    Weekday { day: Weekday, future: bool, last: bool },
    /// "today", "tonight", "this morning".
    Today,
    /// "yesterday", "last night".
    Yesterday,
    ThisWeek,
    LastWeek,
    LastMonth,
    /// "7 October", "October 7", "5 July 2022".
    DayMonth { day: u32, month: u32, year: Option<i32> },
    /// "in 2016".
    Year(i32),
    /// "in January", "in March 2019": a month, with its year if the text gives one.
    Month { month: u32, year: Option<i32> },
}

/// Whether two date expressions in one article cannot be about the same day, whatever its date: a
/// month named alone ("in December") is not the last few days, which an article calls "on
/// Wednesday", "yesterday", "tonight" or "this week".
pub fn far_apart(a: DateExpr, b: DateExpr) -> bool {
    let recent = |x: DateExpr| matches!(x, DateExpr::Today | DateExpr::Yesterday | DateExpr::Weekday { .. } | DateExpr::ThisWeek);
    let month = |x: DateExpr| matches!(x, DateExpr::Month { .. } | DateExpr::Year(_));
    (month(a) && recent(b)) || (month(b) && recent(a))
}

/// An expression with the words it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub expr: DateExpr,
    pub words: String,
}

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

const MONTHS: [&str; 12] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
];

pub fn month_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 || w.len() > 9 || !w.starts_with(['j', 'f', 'm', 'a', 's', 'o', 'n', 'd']) {
        return None;
    }
    // A month matches when it begins with the word (whole, or abbreviated other than "mar" and
    // "may"). The first byte rules out all but at most three months, and the prefix is compared
    // byte by byte inline: a `starts_with` per month was a `memcmp` call for most words asked.
    let b = w.as_bytes();
    let begins = |m: &str| m.as_bytes().get(..b.len()).is_some_and(|p| p.first() == b.first() && p.iter().zip(b).all(|(x, y)| x == y));
    MONTHS.iter().position(|m| begins(m) && (m.len() == w.len() || (w != "mar" && w != "may"))).map(|i| i as u32 + 1)
        .or_else(|| (w == "may").then_some(5))
}

/// The sentence's lower-case words, each with whether a comma follows it.
fn words_of(sentence: &str) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    for piece in sentence.split_inclusive(|c: char| !(c.is_alphanumeric() || c == '\'')) {
        let word = piece.trim_end_matches(|c: char| !(c.is_alphanumeric() || c == '\''));
        if !word.is_empty() {
            out.push((word.to_lowercase(), false));
        }
        if piece.ends_with(',') {
            if let Some(last) = out.last_mut() {
                last.1 = true;
            }
        }
    }
    out
}

/// The first date expression in `sentence`, preferring the most specific if there are several.
pub fn find(sentence: &str) -> Option<Found> {
    let words = words_of(sentence);
    let refs: Vec<&str> = words.iter().map(|(w, _)| w.as_str()).collect();
    find_all_marked(&refs, |i| words[i].1, |_| false).into_iter().max_by_key(|(_, rank, _)| *rank).map(|(_, _, f)| f)
}

/// Every date expression in the words, with its word position and how specific it is.
/// `comma_after(i)` says whether a comma follows word `i`: "In October, 24 MPs signed" is a
/// month and a count, not 24 October. `quoted(i)` says whether word `i` is inside a quotation:
/// "the next election" in what someone said does not make the report's "on Monday" a coming Monday.
pub fn find_all_marked(words: &[&str], comma_after: impl Fn(usize) -> bool, quoted: impl Fn(usize) -> bool) -> Vec<(usize, u8, Found)> {
    let pair = |a: &str, b: &str| words.windows(2).enumerate().any(|(k, p)| p[0] == a && p[1] == b && !quoted(k));
    // Only a weekday asks whether the sentence looks ahead: the scans run then, not for every sentence.
    let future = || {
        words.iter().enumerate().any(|(k, w)| matches!(*w, "will" | "next") && !quoted(k))
            || pair("due", "to")
            || pair("set", "to")
            || pair("plans", "to")
            || pair("later", "this")
    };
    let mut all: Vec<(usize, u8, Found)> = Vec::new();
    // The last year the sentence has named, for "that year".
    let named_year: std::cell::Cell<Option<i32>> = std::cell::Cell::new(None);
    // The last date the sentence has named, for "the same day" and "hours later".
    let named: std::cell::Cell<Option<(DateExpr, u8)>> = std::cell::Cell::new(None);
    let mut consider = |at: usize, rank: u8, expr: DateExpr, words: String| {
        if let DateExpr::Year(y) | DateExpr::Month { year: Some(y), .. } | DateExpr::DayMonth { year: Some(y), .. } = expr {
            named_year.set(Some(y));
        }
        named.set(Some((expr, rank)));
        all.push((at, rank, Found { expr, words }))
    };
    for i in 0..words.len() {
        let w = words[i];
        let prev = if i > 0 { words[i - 1] } else { "" };
        let next = words.get(i + 1).copied().unwrap_or("");
        // "7 October", "7 October 2023", "October 7", "October 7 2023"
        if let Some(month) = month_of(w) {
            let day_before = prev.parse::<u32>().ok().filter(|d| (1..=31).contains(d));
            let day_after = next.trim_end_matches(|c: char| c.is_alphabetic()).parse::<u32>().ok().filter(|d| (1..=31).contains(d)).filter(|_| !comma_after(i));
            // "since 7 October", "preceded October 7": a reference point, not when the event happened;
            // "calling on him to resign by Oct. 28": a deadline, not the day of the call.
            let pointer = |j: usize| j > 0 && matches!(words[j - 1], "since" | "preceded" | "before" | "after" | "until" | "to" | "from" | "by");
            let phrase_start = if day_before.is_some() { i - 1 } else { i };
            if let Some(day) = day_before.or(day_after).filter(|_| !pointer(phrase_start)) {
                let year_at = if day_before.is_some() { i + 1 } else { i + 2 };
                let year = words.get(year_at).and_then(|y| y.trim_end_matches('.').parse::<i32>().ok()).filter(|y| (1900..=2100).contains(y));
                // "will not return on Jan. 27 as planned": a day still to come, which would be read
                // as the same day a year before the article.
                // (Only "will" or "as planned": "came on March 29, the day Britain had been due
                // to leave" is past.)
                // (Nor "the financial year that starts on 1 July": a calendar's day, which recurs.)
                let recurs = phrase_start >= 2 && words[phrase_start - 1] == "on" && matches!(words[phrase_start - 2], "starts" | "begins" | "ends" | "expires" | "falls" | "runs");
                // ("Classes are due to begin on 3 September", "is set to…", "is expected to…", in
                // the present: "the day Britain had been due to leave" is past.)
                let plan = words.windows(3).any(|t| matches!(t[0], "is" | "are") && matches!(t[1], "due" | "set" | "scheduled" | "expected") && t[2] == "to");
                let ahead = words.iter().enumerate().any(|(k, w)| matches!(*w, "will" | "won't") && !quoted(k)) || pair("as", "planned") || recurs || plan;
                if year.is_none() && ahead {
                    continue;
                }
                let shown = if day_before.is_some() { format!("{day} {w}") } else { format!("{w} {day}") };
                consider(i, 6, DateExpr::DayMonth { day, month, year }, shown);
                continue;
            }
            // "in January", "last March", "in March 2019": a month with no day. The word before
            // must introduce a time ("they march", "she may" are verbs).
            if day_before.is_none() && day_after.is_none() && matches!(prev, "in" | "during" | "last" | "early" | "late" | "mid" | "of") {
                let year = next.trim_end_matches('.').parse::<i32>().ok().filter(|y| (1900..=2100).contains(y));
                let shown = match year {
                    Some(y) => format!("{prev} {w} {y}"),
                    None => format!("{prev} {w}"),
                };
                consider(i, 2, DateExpr::Month { month, year }, shown);
                continue;
            }
        }
        // Every weekday ends in "day": other words skip the seven comparisons.
        // "Friday's leadership ballot": a straight apostrophe's possessive stays on the word.
        let possessive = w.strip_suffix("'s");
        let day_word = possessive.unwrap_or(w);
        if let Some((_, day)) = WEEKDAYS.iter().find(|(name, _)| day_word.ends_with("day") && *name == day_word) {
            // "Sunday with Laura Kuenssberg" is a programme, not a day: a day is introduced by a preposition,
            // starts a phrase, or is followed by a part of the day.
            // ("of Friday's leadership ballot", "after Tuesday's vote": the possessive is dropped
            // from words, and the preposition introduces the day.)
            let introduced = possessive.is_some()
                || matches!(prev, "on" | "since" | "until" | "by" | "last" | "this" | "from" | "" | "of" | "after" | "before" | "at" | "during" | "following")
                || matches!(next, "night" | "morning" | "afternoon" | "evening");
            // "every Saturday night for 12 weeks": a habit, not a day.
            if introduced && !matches!(prev, "next" | "every" | "each") {
                let shown = if matches!(next, "night" | "morning" | "afternoon" | "evening") { format!("{w} {next}") } else { w.to_string() };
                consider(i, 5, DateExpr::Weekday { day: *day, future: prev != "last" && future(), last: prev == "last" }, shown);
            }
            continue;
        }
        match (w, next) {
            ("today" | "tonight", _) => consider(i, 4, DateExpr::Today, w.to_string()),
            ("this", "morning" | "afternoon" | "evening") => consider(i, 4, DateExpr::Today, format!("this {next}")),
            // A live page's "The day began with …" is the page's day.
            ("day", "began" | "started") if prev == "the" => consider(i, 4, DateExpr::Today, format!("the day {next}")),
            ("yesterday", _) => consider(i, 4, DateExpr::Yesterday, w.to_string()),
            ("last", "night") => consider(i, 4, DateExpr::Yesterday, "last night".into()),
            ("this", "week") => consider(i, 3, DateExpr::ThisWeek, "this week".into()),
            // "in the last month" is a span up to now, not the calendar month before.
            ("last", "week") if prev != "the" => consider(i, 3, DateExpr::LastWeek, "last week".into()),
            ("last", "month") if prev != "the" => consider(i, 2, DateExpr::LastMonth, "last month".into()),
            // "In 2015, Meadows filed a motion against Boehner, who resigned later that year": the
            // year the sentence has named already.
            // "resigned in January, …, and the mayor stepped down the same day", "a few hours
            // later", "later that day": the day the sentence has named already, as exactly as it
            // was named (one rank lower, so the named day stays the sentence's own).
            _ if tells_time_from_before(w, next) && (matches!(prev, "the" | "that" | "later" | "few" | "two" | "three" | "several" | "hours" | "minutes") || matches!(w, "hours" | "minutes")) => {
                if let Some((expr, rank)) = named.get() {
                    consider(i, rank.saturating_sub(1), expr, format!("{w} {next}"));
                }
            }
            ("that" | "same", "year") => {
                if let Some(year) = named_year.get() {
                    consider(i, 1, DateExpr::Year(year), format!("{w} year"));
                }
            }
            ("in" | "of", y) if y.len() == 4 => {
                if let Ok(year) = y.parse::<i32>() {
                    if (1900..=2100).contains(&year) {
                        consider(i, 1, DateExpr::Year(year), format!("{w} {y}"));
                    }
                }
            }
            _ => {}
        }
    }
    all
}

/// Whether two words tell a time counted from one already named: "same day", "that day",
/// "hours later", "minutes later".
pub fn tells_time_from_before(a: &str, b: &str) -> bool {
    matches!((a, b), ("same" | "that", "day") | ("hours" | "minutes", "later"))
}

/// What a mention says about when its event happened: a range, and perhaps a weekday within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Constraint {
    pub earliest: Option<NaiveDate>,
    pub latest: Option<NaiveDate>,
    pub weekday: Option<Weekday>,
}

impl Constraint {
    pub const NONE: Constraint = Constraint { earliest: None, latest: None, weekday: None };

    pub fn between(a: NaiveDate, b: NaiveDate) -> Constraint {
        Constraint { earliest: Some(a), latest: Some(b), weekday: None }
    }

    /// Both constraints at once, or `None` when they cannot both hold.
    pub fn and(self, other: Constraint) -> Option<Constraint> {
        let earliest = max_opt(self.earliest, other.earliest);
        let latest = min_opt(self.latest, other.latest);
        let weekday = match (self.weekday, other.weekday) {
            (Some(a), Some(b)) if a != b => return None,
            (a, b) => a.or(b),
        };
        if let (Some(a), Some(b)) = (earliest, latest) {
            if a > b {
                return None;
            }
        }
        let snapped = Constraint { earliest, latest, weekday }.snap();
        // A range with no day of the weekday in it ("Sunday" and a report of Tuesday 21st) allows nothing.
        match (snapped.earliest, snapped.weekday) {
            (Some(a), Some(day)) if snapped.latest.is_some() && a.weekday() != day => None,
            _ => Some(snapped),
        }
    }

    /// Narrows the range to the first and last days that fall on the weekday, if both ends are known.
    fn snap(self) -> Constraint {
        let (Some(mut a), Some(mut b), Some(day)) = (self.earliest, self.latest, self.weekday) else { return self };
        while a.weekday() != day && a < b {
            a = a + Days::new(1);
        }
        while b.weekday() != day && b > a {
            b = b - Days::new(1);
        }
        Constraint { earliest: Some(a), latest: Some(b), weekday: self.weekday }
    }

    pub fn is_bounded(&self) -> bool {
        self.earliest.is_some() && self.latest.is_some()
    }

    /// How exact the range is, by its width.
    pub fn precision(&self) -> Precision {
        match (self.earliest, self.latest) {
            (Some(a), Some(b)) => {
                let days = (b - a).num_days();
                if days == 0 {
                    Precision::Day
                } else if days <= 7 {
                    Precision::Week
                } else if days <= 31 {
                    Precision::Month
                } else if days <= 366 {
                    Precision::Year
                } else {
                    Precision::Unknown
                }
            }
            _ => Precision::Unknown,
        }
    }
}

fn max_opt(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

fn min_opt(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// How many days before its article a happening reported without any date is taken to lie: news
/// reports what is recent. This is the one assumption the engine makes about undated statements,
/// and every such date says so in its basis.
pub const RECENT_DAYS: u64 = 6;

/// The event date an expression gives when the article was published on some day in `doc`.
/// `None` expression means the sentence gives no date: the event is recent news.
pub fn resolve(expr: Option<DateExpr>, doc: Option<(NaiveDate, NaiveDate)>) -> Constraint {
    let Some((d0, d1)) = doc else {
        // Without the article's date only absolute expressions and weekdays say anything.
        return match expr {
            Some(DateExpr::DayMonth { day, month, year: Some(y) }) => day_constraint(y, month, day),
            Some(DateExpr::Year(y)) => year_constraint(y),
            Some(DateExpr::Month { month, year: Some(y) }) => month_constraint(y, month),
            Some(DateExpr::Weekday { day, .. }) => Constraint { weekday: Some(day), ..Constraint::NONE },
            _ => Constraint::NONE,
        };
    };
    let at = |d: NaiveDate| -> Constraint { resolve_on(expr, d) };
    let (a, b) = (at(d0), at(d1));
    let c = Constraint { earliest: a.earliest, latest: b.latest, weekday: a.weekday.filter(|_| a.weekday == b.weekday) };
    c.and(Constraint::NONE).unwrap_or(c)
}

fn resolve_on(expr: Option<DateExpr>, d: NaiveDate) -> Constraint {
    let minus = |n: u64| d - Days::new(n);
    match expr {
        None => Constraint::between(minus(RECENT_DAYS), d),
        Some(DateExpr::Today) => Constraint::between(d, d),
        Some(DateExpr::Yesterday) => Constraint::between(minus(1), minus(1)),
        Some(DateExpr::Weekday { day, future, last }) => {
            let back = (7 + d.weekday().num_days_from_monday() - day.num_days_from_monday()) % 7;
            // "Last Wednesday" written on a Wednesday or a Thursday may be that day or yesterday,
            // or the one a week before ("Wednesday's ruling came a week after … Last Wednesday
            // the judges ruled…"): both, until another report settles it. Further back, "last
            // Tuesday" on a Sunday is the one just gone.
            if last && back <= 1 {
                return Constraint { earliest: Some(minus(back as u64 + 7)), latest: Some(minus(back as u64)), weekday: Some(day) };
            }
            let date = if future && back != 0 { d + Days::new((7 - back) as u64) } else { minus(back as u64) };
            Constraint { earliest: Some(date), latest: Some(date), weekday: Some(day) }
        }
        Some(DateExpr::ThisWeek) => Constraint::between(minus(d.weekday().num_days_from_monday() as u64), d),
        Some(DateExpr::LastWeek) => {
            let monday = minus(d.weekday().num_days_from_monday() as u64 + 7);
            Constraint::between(monday, monday + Days::new(6))
        }
        Some(DateExpr::LastMonth) => {
            let first_this = d.with_day(1).expect("day 1 exists");
            let last_prev = first_this - Days::new(1);
            Constraint::between(last_prev.with_day(1).expect("day 1 exists"), last_prev)
        }
        Some(DateExpr::DayMonth { day, month, year: Some(y) }) => day_constraint(y, month, day),
        Some(DateExpr::DayMonth { day, month, year: None }) => {
            // The most recent such day on or before the article: news looks back.
            match NaiveDate::from_ymd_opt(d.year(), month, day) {
                Some(date) if date <= d => Constraint::between(date, date),
                _ => day_constraint(d.year() - 1, month, day),
            }
        }
        Some(DateExpr::Year(y)) => year_constraint(y),
        Some(DateExpr::Month { month, year: Some(y) }) => month_constraint(y, month),
        // The most recent such month, up to and including the article's own.
        Some(DateExpr::Month { month, year: None }) => month_constraint(if month <= d.month() { d.year() } else { d.year() - 1 }, month),
    }
}

fn month_constraint(y: i32, month: u32) -> Constraint {
    let first = NaiveDate::from_ymd_opt(y, month, 1);
    let next = if month == 12 { NaiveDate::from_ymd_opt(y + 1, 1, 1) } else { NaiveDate::from_ymd_opt(y, month + 1, 1) };
    match (first, next) {
        (Some(a), Some(b)) => Constraint::between(a, b - Days::new(1)),
        _ => Constraint::NONE,
    }
}

fn day_constraint(y: i32, month: u32, day: u32) -> Constraint {
    match NaiveDate::from_ymd_opt(y, month, day) {
        Some(date) => Constraint::between(date, date),
        None => Constraint::NONE,
    }
}

fn year_constraint(y: i32) -> Constraint {
    match (NaiveDate::from_ymd_opt(y, 1, 1), NaiveDate::from_ymd_opt(y, 12, 31)) {
        (Some(a), Some(b)) => Constraint::between(a, b),
        _ => Constraint::NONE,
    }
}

/// The reverse question: if the event happened within `event`, when can an article that describes
/// it with `expr` have been published? Used to date an undated article from a dated one.
pub fn article_window(expr: Option<DateExpr>, event: Constraint) -> Constraint {
    let (Some(e0), Some(e1)) = (event.earliest, event.latest) else { return Constraint::NONE };
    let plus = |d: NaiveDate, n: u64| d + Days::new(n);
    match expr {
        Some(DateExpr::Today) => Constraint::between(e0, e1),
        Some(DateExpr::Yesterday) => Constraint::between(plus(e0, 1), plus(e1, 1)),
        Some(DateExpr::Weekday { future: false, .. }) | Some(DateExpr::ThisWeek) => Constraint::between(e0, plus(e1, 6)),
        Some(DateExpr::LastWeek) => Constraint::between(plus(e0, 1), plus(e1, 13)),
        None => Constraint::between(e0, plus(e1, RECENT_DAYS)),
        // Absolute dates and long spans say little about when the article appeared.
        _ => Constraint::NONE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_of_is_the_prefix_rule() {
        let old = |word: &str| {
            let w = word.trim_end_matches('.');
            if w.len() < 3 || w.len() > 9 || !w.starts_with(['j', 'f', 'm', 'a', 's', 'o', 'n', 'd']) {
                return None;
            }
            MONTHS.iter().position(|m| *m == w || (m.starts_with(w) && w != "mar" && w != "may")).map(|i| i as u32 + 1).or_else(|| (w == "may").then_some(5))
        };
        for w in [
            "", "j", "ja", "jan", "jan.", "janu", "january", "januaryx", "jun", "jul", "june", "july", "mar", "mar.", "marc", "march", "may", "may.", "mayor", "ma",
            "apr", "april", "aug", "sep", "sept", "september", "oct", "nov", "dec", "december", "decembers", "feb", "fe", "and", "said", "o", "d.",
        ] {
            assert_eq!(month_of(w), old(w), "{w:?}");
        }
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn on(sentence: &str, published: &str) -> (Option<NaiveDate>, Option<NaiveDate>, Precision) {
        let c = resolve(find(sentence).map(|f| f.expr), Some((day(published), day(published))));
        (c.earliest, c.latest, c.precision())
    }

    #[test]
    fn weekdays_resolve_to_the_latest_such_day_on_or_before_the_article() {
        // 2023-11-16 was a Thursday.
        assert_eq!(on("The motion fell on Wednesday night.", "2023-11-16"), (Some(day("2023-11-15")), Some(day("2023-11-15")), Precision::Day));
        assert_eq!(on("Rebels on Thursday vowed to fight on.", "2023-11-16"), (Some(day("2023-11-16")), Some(day("2023-11-16")), Precision::Day));
        // "Last Wednesday" on a Thursday may be yesterday or the week before: both Wednesdays.
        assert_eq!(on("Last Wednesday the judges ruled unanimously.", "2024-08-15"), (Some(day("2024-08-07")), Some(day("2024-08-14")), Precision::Week));
        // Further back it is the one just gone.
        assert_eq!(on("He spoke last Friday.", "2024-08-15").0, Some(day("2024-08-09")));
        assert_eq!(on("The leadership was declared vacant last Tuesday.", "2018-08-26").0, Some(day("2018-08-21")));
        assert_eq!(on("He will meet the president on Saturday.", "2023-11-16").0, Some(day("2023-11-18")));
        // A live page's "The day began with …" is the page's own day.
        assert_eq!(on("The day began with a minister quitting before breakfast.", "2022-07-06"), (Some(day("2022-07-06")), Some(day("2022-07-06")), Precision::Day));
        assert!(find("Every day began with a walk.").is_none());
    }

    #[test]
    fn spans_stay_spans() {
        assert_eq!(on("In a speech last week he said so.", "2023-11-16"), (Some(day("2023-11-06")), Some(day("2023-11-12")), Precision::Week));
        assert_eq!(on("in an interview last month", "2023-11-16"), (Some(day("2023-10-01")), Some(day("2023-10-31")), Precision::Month));
        assert_eq!(on("He grabbed headlines this week.", "2023-11-16"), (Some(day("2023-11-13")), Some(day("2023-11-16")), Precision::Week));
        assert_eq!(on("as a minister in 2016", "2023-11-16").2, Precision::Year);
    }

    #[test]
    fn a_month_alone_is_the_latest_such_month_or_the_one_named() {
        assert_eq!(on("MPs threw it out by 230 votes in January.", "2019-05-24"), (Some(day("2019-01-01")), Some(day("2019-01-31")), Precision::Month));
        assert_eq!(on("a confidence vote in December", "2019-05-24"), (Some(day("2018-12-01")), Some(day("2018-12-31")), Precision::Month));
        assert_eq!(on("as she said in May", "2019-05-24").0, Some(day("2019-05-01")));
        assert_eq!(on("the strikes of March 2023", "2019-05-24").1, Some(day("2023-03-31")));
        // Verbs spelt like months are not dates.
        assert_eq!(find("They will march on the assembly and she may speak."), None);
    }

    #[test]
    fn that_year_is_the_year_the_sentence_named() {
        let words = ["in", "2015", "meadows", "filed", "a", "motion", "against", "boehner", "who", "resigned", "later", "that", "year"];
        let found = find_all_marked(&words, |_| false, |_| false);
        assert!(found.iter().any(|(at, _, f)| *at == 11 && f.expr == DateExpr::Year(2015)), "{found:?}");
        // With no year named before it, "that year" dates nothing.
        assert!(find_all_marked(&["he", "resigned", "later", "that", "year"], |_| false, |_| false).is_empty());
    }

    #[test]
    fn day_and_month_take_the_articles_year_or_the_one_before() {
        assert_eq!(on("the attack of 7 October", "2023-11-16").0, Some(day("2023-10-07")));
        assert_eq!(on("on October 7, marches began", "2023-11-16").0, Some(day("2023-10-07")));
        assert_eq!(find("marches every week since October 7"), None);
        // A deadline leaves the month the sentence opens with to date it.
        assert_eq!(on("In October, 24 MPs signed a letter calling on him to resign by Oct. 28.", "2024-12-17"), (Some(day("2024-10-01")), Some(day("2024-10-31")), Precision::Month));
        // A day to come is not a day a year ago.
        assert_eq!(find("The House will not return on Jan. 27 as planned."), None);
        assert_eq!(find("the financial year that starts on 1 July"), None);
        assert_eq!(find("classes are due to begin on 3 september"), None);
        // "the same day" is the day named before it, and nothing without one.
        let all = find_all_marked(&"resigned in january , and the mayor stepped down the same day".split(' ').collect::<Vec<_>>(), |_| false, |_| false);
        assert_eq!(all.last().map(|(_, _, f)| (f.expr, f.words.as_str())), Some((DateExpr::Month { month: 1, year: None }, "same day")));
        assert!(find_all_marked(&["stepped", "down", "the", "same", "day"], |_| false, |_| false).is_empty());
        assert_eq!(on("on 20 December", "2023-11-16").0, Some(day("2022-12-20")));
        assert_eq!(on("on 5 July 2022 he quit", "2023-11-16").0, Some(day("2022-07-05")));
    }

    #[test]
    fn a_programme_named_after_a_day_is_not_a_date() {
        assert_eq!(find("he told the BBC’s Sunday with Laura Kuenssberg."), None);
        assert_eq!(find("protesters have taken to the streets every saturday night for 12 weeks."), None);
        assert_eq!(find("she was eliminated in the first round of friday's leadership ballot.").map(|f| f.words), Some("friday's".to_string()));
        assert_eq!(find("the winner of tuesday’s us presidential election").map(|f| f.words), Some("tuesday".to_string()));
    }

    #[test]
    fn an_undated_weekday_only_says_which_weekday() {
        let c = resolve(find("a key vote Wednesday night").map(|f| f.expr), None);
        assert_eq!((c.earliest, c.weekday), (None, Some(Weekday::Wed)));
        // ...until another source bounds the week: then it is one day.
        let pinned = c.and(Constraint::between(day("2023-11-10"), day("2023-11-16"))).unwrap();
        assert_eq!((pinned.earliest, pinned.latest), (Some(day("2023-11-15")), Some(day("2023-11-15"))));
        // A span with no Wednesday in it rules the report out.
        assert!(c.and(Constraint::between(day("2023-11-16"), day("2023-11-17"))).is_none());
    }

    #[test]
    fn an_article_that_says_tonight_was_published_on_the_day() {
        let w = article_window(Some(DateExpr::Today), Constraint::between(day("2023-11-15"), day("2023-11-15")));
        assert_eq!((w.earliest, w.latest), (Some(day("2023-11-15")), Some(day("2023-11-15"))));
    }
}
