//! Time on the page: date labels never more exact than the data, the list's date groups, and the
//! overview strip's scale, marks and ticks.

use rustc_hash::FxHashMap as HashMap;

use corpus::{Dataset, Event, EventKind};

use super::catalog::Catalog;
use crate::calendar::{Day, MONTHS};

/// The overview's width in SVG user units; the strip scales to the page.
pub const WIDTH: f32 = 1000.0;

/// "12 March 2023", "week of …", or "date unknown": never more exact than the data.
pub fn date_label(event: &Event) -> String {
    use corpus::Precision;
    let d = &event.date;
    match (d.precision, d.earliest.as_deref(), d.latest.as_deref()) {
        (Precision::Day, Some(day), _) => human_day(day),
        // A whole calendar month or year is named; any other span is shown as its two ends.
        (Precision::Month, Some(a), Some(b)) if a.ends_with("-01") && a.get(..7) == b.get(..7) => human_month(a),
        (Precision::Year, Some(a), Some(b)) if a.ends_with("-01-01") && b.ends_with("-12-31") && a.get(..4) == b.get(..4) => a.get(..4).unwrap_or(a).to_string(),
        (_, None, Some(b)) => format!("on or before {}", human_day(b)),
        (_, Some(a), Some(b)) => match (Day::parse(a), Day::parse(b)) {
            (Some(a), Some(b)) => a.span(b),
            _ => format!("{a} – {b}"),
        },
        _ => "date unknown".to_string(),
    }
}

fn human_day(iso: &str) -> String {
    Day::parse(iso).map_or_else(|| iso.to_string(), Day::long)
}

fn human_month(iso: &str) -> String {
    match Day::parse(iso) {
        Some(day) => {
            let (y, m, _) = day.ymd();
            format!("{} {y}", MONTHS[m as usize - 1])
        }
        None => iso.to_string(),
    }
}

/// Consecutive events that share a date label, as the list groups them.
pub fn groups(data: &Dataset, events: &[usize]) -> Vec<(String, Vec<usize>)> {
    let mut out: Vec<(String, Vec<usize>)> = Vec::new();
    for &i in events {
        let label = date_label(&data.events[i]);
        match out.last_mut() {
            Some((last, members)) if *last == label => members.push(i),
            _ => out.push((label, vec![i])),
        }
    }
    out
}

/// What the overview strip draws.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    /// First day drawn, and the day after the last.
    pub start: Day,
    pub end: Day,
    /// One lane per kind present, top to bottom.
    pub lanes: Vec<EventKind>,
    pub marks: Vec<Mark>,
    pub ticks: Vec<(f32, String)>,
    /// Events not drawn because their date is unknown or known only as "on or before".
    pub undated: usize,
    /// Dated events that fall outside the strip (e.g. background from years before).
    pub outside: usize,
}

/// Events of one kind that fall on the same stretch of the strip, drawn once.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub lane: usize,
    pub x0: f32,
    pub x1: f32,
    pub count: usize,
    /// Wider than a day: drawn as a bar, not a point.
    pub range: bool,
    /// The first of the events, for a tooltip.
    pub first: usize,
}

impl Overview {
    pub fn x(&self, day: Day) -> f32 {
        let span = (self.end.0 - self.start.0).max(1) as f32;
        ((day.0 - self.start.0) as f32 / span * WIDTH).clamp(0.0, WIDTH)
    }

    /// The day under `x` (0..WIDTH).
    pub fn day_at(&self, x: f32) -> Day {
        let span = (self.end.0 - self.start.0).max(1) as f32;
        Day((self.start.0 + (x.clamp(0.0, WIDTH) / WIDTH * span).floor() as i32).min(self.end.0 - 1))
    }
}

/// The strip for `events` (indices), on a scale that covers the dated events in `scope`.
///
/// The scale is set by the events dated to within a month: one event dated only "in 2016" would
/// otherwise squeeze a week of resignations into a sliver. Coarser events are clipped to the
/// strip, or counted in [`Overview::outside`] when they miss it; "on or before" dates and unknown
/// dates are counted, not drawn (a bar from nowhere would claim a start the text does not give).
pub fn overview(data: &Dataset, catalog: &Catalog, scope: &[usize], events: &[usize]) -> Option<Overview> {
    let bounds = |i: usize| {
        let f = &catalog.events[i];
        match (f.earliest, f.latest) {
            (Some(a), Some(b)) => Some((a, b)),
            (Some(a), None) => Some((a, a)),
            _ => None,
        }
    };
    let span = |fine: bool| {
        scope
            .iter()
            .filter_map(|&i| bounds(i))
            .filter(|(a, b)| !fine || b.0 - a.0 <= 31)
            .fold(None, |acc: Option<(Day, Day)>, (a, b)| Some(acc.map_or((a, b), |(x, y)| (x.min(a), y.max(b)))))
    };
    let (mut start, mut last) = span(true).or_else(|| span(false))?;
    // A short span gets room either side, so a single day is not a wall-to-wall bar.
    if last.0 - start.0 < 6 {
        start = Day(start.0 - 3);
        last = Day(last.0 + 3);
    }
    let mut o = Overview { start, end: Day(last.0 + 1), lanes: Vec::new(), marks: Vec::new(), ticks: Vec::new(), undated: 0, outside: 0 };
    for kind in EventKind::ALL {
        if scope.iter().any(|&i| data.events[i].kind == kind) {
            o.lanes.push(kind);
        }
    }
    let mut seen: HashMap<(usize, i32, i32), usize> = HashMap::default();
    for &i in events {
        let Some((a, b)) = bounds(i) else {
            o.undated += 1;
            continue;
        };
        if b < o.start || a >= o.end {
            o.outside += 1;
            continue;
        }
        let lane = o.lanes.iter().position(|k| *k == data.events[i].kind).unwrap_or(0);
        let (x0, x1) = (o.x(a), o.x(Day(b.0 + 1)));
        // Marks closer than a unit are one mark; that keeps 10,000 events to a few hundred shapes.
        let key = (lane, x0 as i32, x1 as i32);
        match seen.get(&key) {
            Some(&m) => o.marks[m].count += 1,
            None => {
                seen.insert(key, o.marks.len());
                o.marks.push(Mark { lane, x0, x1, count: 1, range: b > a, first: i });
            }
        }
    }
    o.ticks = ticks(o.start, o.end).into_iter().map(|(d, label)| (o.x(d), label)).collect();
    Some(o)
}

/// One lane of the strip as SVG path data: its day marks and its range bars.
#[derive(Debug, Clone, PartialEq)]
pub struct LanePaths {
    pub points: String,
    pub ranges: String,
    /// Events drawn in the lane.
    pub count: usize,
}

/// The strip's marks as two paths per lane, `lane` units high each, in whole units (printing
/// floats would pull float formatting into the WASM). Every mark is at least 3 units wide so a
/// single day stays visible on a long strip.
///
/// Marks that overlap are drawn as one rectangle: the marks come in date order and neighbouring
/// days overlap on a long strip, so 10,000 events make a few dozen rectangles per lane instead of
/// hundreds (83 KB of path text per change before). The union of same-coloured rectangles looks
/// the same either way.
pub fn lane_paths(strip: &Overview, lane: i32) -> Vec<LanePaths> {
    let mut runs: Vec<[Vec<(i32, i32)>; 2]> = strip.lanes.iter().map(|_| Default::default()).collect();
    let mut counts = vec![0usize; strip.lanes.len()];
    for m in &strip.marks {
        let x0 = m.x0 as i32;
        let x1 = x0 + ((m.x1 - m.x0) as i32).max(3);
        let lane_runs = &mut runs[m.lane][m.range as usize];
        match lane_runs.last_mut() {
            Some((a, b)) if x0 <= *b && x1 >= *a => (*a, *b) = ((*a).min(x0), (*b).max(x1)),
            _ => lane_runs.push((x0, x1)),
        }
        counts[m.lane] += m.count;
    }
    runs.into_iter()
        .zip(counts)
        .enumerate()
        .map(|(i, ([points, ranges], count))| {
            let y = i as i32 * lane;
            LanePaths { points: rectangles(&points, y + 3, lane - 6), ranges: rectangles(&ranges, y + 5, lane - 10), count }
        })
        .collect()
}

/// `M x0,y h w v h h -w z` for each run.
fn rectangles(runs: &[(i32, i32)], y: i32, h: i32) -> String {
    let mut d = String::with_capacity(runs.len() * 20);
    let mut num = itoa::Buffer::new();
    for &(x0, x1) in runs {
        for (prefix, n) in [("M", x0), (",", y), ("h", x1 - x0), ("v", h), ("h", x0 - x1)] {
            d.push_str(prefix);
            d.push_str(num.format(n));
        }
        d.push('z');
    }
    d
}

/// Up to about eight labelled ticks: days, months or years, whichever fits the span.
fn ticks(start: Day, end: Day) -> Vec<(Day, String)> {
    let span = end.0 - start.0;
    if span <= 70 {
        let step = [1, 2, 7, 14].into_iter().find(|s| span / s <= 8).unwrap_or(14);
        return (0..)
            .map(|k| Day(start.0 + k * step))
            .take_while(|d| *d < end)
            .map(|d| (d, d.short()))
            .collect();
    }
    let (y0, m0, _) = start.ymd();
    let months = span / 30;
    let step = [1, 2, 3, 6, 12, 24, 60, 120].into_iter().find(|s| months / s <= 8).unwrap_or(120) as u32;
    let mut out = Vec::new();
    // Month starts after `start`, every `step` months (aligned to the year when the step is a year or more).
    let (mut y, mut m) = if m0 == 12 { (y0 + 1, 1) } else { (y0, m0 + 1) };
    if step >= 12 {
        (y, m) = (y0 + 1, 1);
        y += (step as i32 / 12 - y.rem_euclid(step as i32 / 12)) % (step as i32 / 12);
    }
    loop {
        let d = Day::from_ymd(y, m, 1);
        if d >= end || out.len() > 12 {
            break;
        }
        let label = if step >= 12 { y.to_string() } else if m == 1 || out.is_empty() { format!("{} {y}", &MONTHS[m as usize - 1][..3]) } else { MONTHS[m as usize - 1][..3].to_string() };
        out.push((d, label));
        let total = m - 1 + step;
        y += (total / 12) as i32;
        m = total % 12 + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus::{DateRange, Precision, Source};
    use crate::derived_view::test_data::dataset;

    fn event(precision: Precision, earliest: Option<&str>, latest: Option<&str>) -> Event {
        Event {
            id: "x".into(),
            kind: EventKind::Vote,
            title: "t".into(),
            topic: String::new(),
            main_story: true,
            disputed: false,
            date: DateRange { earliest: earliest.map(Into::into), latest: latest.map(Into::into), precision, basis: String::new() },
            actors: vec![],
            sources: vec![Source { doc: "a".into(), start: 0, end: 0, quote: String::new() }],
            against: vec![],
        }
    }

    #[test]
    fn a_date_is_never_shown_more_exactly_than_it_is_known() {
        assert_eq!(date_label(&event(Precision::Day, Some("2023-11-15"), Some("2023-11-15"))), "15 November 2023");
        assert_eq!(date_label(&event(Precision::Week, Some("2023-11-09"), Some("2023-11-15"))), "9–15 November 2023");
        assert_eq!(date_label(&event(Precision::Month, Some("2023-10-01"), Some("2023-10-31"))), "October 2023");
        assert_eq!(date_label(&event(Precision::Unknown, None, Some("2023-11-15"))), "on or before 15 November 2023");
        assert_eq!(date_label(&event(Precision::Unknown, None, None)), "date unknown");
        assert_eq!(date_label(&event(Precision::Month, Some("2022-06-29"), Some("2022-07-11"))), "29 June – 11 July 2022");
        assert_eq!(date_label(&event(Precision::Year, Some("2016-01-01"), Some("2016-12-31"))), "2016");
    }

    #[test]
    fn the_overview_draws_ranges_as_ranges_and_skips_undated_events() {
        let data = dataset();
        let catalog = Catalog::new(&data);
        let all: Vec<usize> = (0..data.events.len()).filter(|&i| data.events[i].main_story).collect();
        let o = overview(&data, &catalog, &all, &all).expect("some events are dated");
        assert_eq!(o.undated, 1);
        assert_eq!(o.marks.len(), 3);
        // One event known only to the year, years earlier, does not stretch the scale.
        let mut old = data.clone();
        old.events[0].date.earliest = Some("2016-01-01".into());
        old.events[0].date.latest = Some("2016-12-31".into());
        let wide = overview(&old, &Catalog::new(&old), &all, &all).unwrap();
        assert_eq!((wide.start.to_string(), wide.outside), ("2023-11-12".to_string(), 1));
        let call = o.marks.iter().find(|m| data.events[m.first].kind == EventKind::Call).unwrap();
        let vote = o.marks.iter().find(|m| data.events[m.first].kind == EventKind::Vote).unwrap();
        assert!(call.range && !vote.range);
        assert!((call.x1 - call.x0) > 6.0 * (vote.x1 - vote.x0), "a week is drawn seven days wide");
        assert_eq!(o.day_at(vote.x0 + 0.1).to_string(), "2023-11-15");
        assert!(o.lanes.contains(&EventKind::Resignation) && !o.lanes.contains(&EventKind::Statement));
    }

    #[test]
    fn overlapping_marks_are_drawn_as_one_rectangle_and_apart_ones_stay_apart() {
        let mark = |lane, x0: f32, x1: f32, range| Mark { lane, x0, x1, count: 2, range, first: 0 };
        let strip = Overview {
            start: Day(0),
            end: Day(100),
            lanes: vec![EventKind::Vote, EventKind::Call],
            // Lane 0: two overlapping points (the second 3 wide from 11), a gap, one more point;
            // lane 1: a range bar.
            marks: vec![mark(0, 10.0, 11.0, false), mark(0, 11.5, 12.0, false), mark(0, 30.0, 31.0, false), mark(1, 20.0, 60.0, true)],
            ticks: Vec::new(),
            undated: 0,
            outside: 0,
        };
        let lanes = lane_paths(&strip, 16);
        assert_eq!(lanes[0].points, "M10,3h4v10h-4zM30,3h3v10h-3z");
        assert_eq!((lanes[0].ranges.as_str(), lanes[0].count), ("", 6));
        assert_eq!((lanes[1].points.as_str(), lanes[1].ranges.as_str(), lanes[1].count), ("", "M20,21h40v6h-40z", 2));
    }

    #[test]
    fn ticks_fit_the_span() {
        let d = |s| Day::parse(s).unwrap();
        let days = ticks(d("2023-11-09"), d("2023-11-17"));
        assert_eq!(days.first().unwrap().1, "9 Nov");
        assert!(days.len() <= 9);
        let months = ticks(d("2023-01-15"), d("2023-12-01"));
        assert_eq!(months.first().unwrap().1, "Feb 2023");
        assert!(months.len() <= 9 && months.len() >= 4, "{months:?}");
        let years = ticks(d("2001-03-01"), d("2025-06-01"));
        assert!(years.iter().all(|(_, l)| l.len() == 4) && years.len() <= 9, "{years:?}");
    }
}
