//! Calendar days as plain numbers, so the page can place dates on a scale and compare them without
//! a date library in the WASM (chrono would add tens of kilobytes for four small functions).
//!
//! A [`Day`] counts days from 1970-01-01 in the proleptic Gregorian calendar. The conversions are
//! Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i32);

pub const MONTHS: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
];

impl Day {
    /// Reads `YYYY-MM-DD`; anything else, or a day that does not exist (`2023-02-30`), is `None`.
    pub fn parse(iso: &str) -> Option<Day> {
        let b = iso.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let y: i32 = iso.get(..4)?.parse().ok()?;
        let m: u32 = iso.get(5..7)?.parse().ok()?;
        let d: u32 = iso.get(8..)?.parse().ok()?;
        if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
            return None;
        }
        Some(Day::from_ymd(y, m, d))
    }

    pub fn from_ymd(y: i32, m: u32, d: u32) -> Day {
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy as i32;
        Day(era * 146_097 + doe - 719_468)
    }

    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        (yoe + era * 400 + i32::from(m <= 2), m, d)
    }

    /// "15 November 2023".
    pub fn long(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{d} {} {y}", MONTHS[m as usize - 1])
    }

    /// A span of days naming each month and year once, as a newsroom writes it: "9–15 November
    /// 2023", "30 October – 5 November 2023", "28 December 2023 – 3 January 2024"; one day is
    /// its [`Day::long`] form.
    pub fn span(self, last: Day) -> String {
        self.span_joined(last, "–", " – ")
    }

    /// [`Day::span`] with its own joins: `tight` between two days of one month, `wide` otherwise
    /// ("between 9 and 15 November 2023" is `" and "` for both).
    pub fn span_joined(self, last: Day, tight: &str, wide: &str) -> String {
        let ((ya, ma, da), (yb, mb, db)) = (self.ymd(), last.ymd());
        if self == last {
            self.long()
        } else if (ya, ma) == (yb, mb) {
            format!("{da}{tight}{db} {} {yb}", MONTHS[mb as usize - 1])
        } else if ya == yb {
            format!("{da} {}{wide}{db} {} {yb}", MONTHS[ma as usize - 1], MONTHS[mb as usize - 1])
        } else {
            format!("{}{wide}{}", self.long(), last.long())
        }
    }

    /// "15 Nov": for axis ticks.
    pub fn short(self) -> String {
        let (_, m, d) = self.ymd();
        format!("{d} {}", &MONTHS[m as usize - 1][..3])
    }
}

/// ISO `YYYY-MM-DD`, the form the URL and `<input type=date>` use.
impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_name_each_month_and_year_once() {
        let d = |iso| Day::parse(iso).unwrap();
        assert_eq!(d("2023-11-09").span(d("2023-11-15")), "9–15 November 2023");
        assert_eq!(d("2023-10-30").span(d("2023-11-05")), "30 October – 5 November 2023");
        assert_eq!(d("2023-12-28").span(d("2024-01-03")), "28 December 2023 – 3 January 2024");
        assert_eq!(d("2023-11-15").span(d("2023-11-15")), "15 November 2023");
        assert_eq!(d("2023-11-15").span_joined(d("2023-11-21"), " and ", " and "), "15 and 21 November 2023");
    }

    #[test]
    fn days_round_trip_through_iso() {
        for iso in ["1970-01-01", "2000-02-29", "2023-11-15", "1899-12-31", "2100-03-01"] {
            assert_eq!(Day::parse(iso).unwrap().to_string(), iso);
        }
        assert_eq!(Day::parse("1970-01-02"), Some(Day(1)));
        assert_eq!(Day::parse("2023-11-16").unwrap().0 - Day::parse("2023-10-07").unwrap().0, 40);
    }

    #[test]
    fn impossible_days_are_refused() {
        for bad in ["2023-13-45", "2023-02-29", "2023-00-10", "2023-1-1", "20231115", "", "2023-11-15x", "yyyy-mm-dd"] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn days_read_as_people_write_them() {
        assert_eq!(Day::parse("2023-11-05").unwrap().long(), "5 November 2023");
        assert_eq!(Day::parse("2023-11-05").unwrap().short(), "5 Nov");
    }
}
