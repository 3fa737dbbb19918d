//! The numbers panel's chart: a division result ("defeated 293 to 125") as two bars, with the other
//! vote counts the sources report drawn on the same scale. Nothing is assumed about which side a
//! reported count belongs to: the chart shows what the text says, labelled as the text labels it.

use corpus::Claim;

#[derive(Debug, Clone, PartialEq)]
pub struct Division {
    pub winning: u64,
    pub losing: u64,
    /// Other counts of votes the sources report: (what, how many).
    pub reported: Vec<(String, u64)>,
    /// The sources disagree about the result itself.
    pub conflict: bool,
}

/// The leading figure of a reported value, in digits: "1,400" → 1400, "over 10,000" → 10000,
/// "1.08 million" → 1080000.
pub fn leading_number(value: &str) -> Option<u64> {
    let rest = value.trim_start_matches(|c: char| !c.is_ascii_digit());
    let len = rest.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')).unwrap_or(rest.len());
    let figure: String = rest[..len].trim_end_matches(['.', ',']).chars().filter(|c| *c != ',').collect();
    let (whole, frac) = figure.split_once('.').unwrap_or((&figure, ""));
    let whole: u64 = whole.parse().ok()?;
    let scale: u64 = match rest[len..].split_whitespace().next() {
        Some("thousand") => 1_000,
        Some("million") => 1_000_000,
        Some("billion") => 1_000_000_000,
        _ => return Some(whole),
    };
    // Integer arithmetic: no float parser in the page for this.
    let frac_value = frac.bytes().filter(u8::is_ascii_digit).take(6).zip([100_000u64, 10_000, 1_000, 100, 10, 1]).map(|(d, p)| u64::from(d - b'0') * p).sum::<u64>();
    Some(whole.checked_mul(scale)? + frac_value * scale / 1_000_000)
}

/// The first claim whose value reads "A to B", as a chart, with the vote counts beside it.
pub fn division(claims: &[Claim]) -> Option<Division> {
    let (claim, (a, b)) = claims.iter().find_map(|c| {
        c.values.iter().find_map(|v| {
            let (a, b) = v.value.split_once(" to ")?;
            Some((c, (leading_number(a)?, leading_number(b)?)))
        })
    })?;
    let reported = claims
        .iter()
        .filter(|c| !std::ptr::eq(*c, claim) && c.measure.ends_with("voted"))
        .flat_map(|c| {
            let what = capitalised(c.measure.split(" — ").next().unwrap_or(&c.measure));
            let several = c.values.len() > 1;
            c.values.iter().filter_map(move |v| {
                let n = leading_number(&v.value)?;
                // The bar prints the number; the label adds the value only where it says more
                // ("at least 16") or tells apart values that disagree.
                let plain = !several && v.value.bytes().all(|b| b.is_ascii_digit() || b == b',');
                Some((if plain { what.clone() } else { format!("{what} ({})", v.value) }, n))
            })
        })
        .collect();
    Some(Division { winning: a.max(b), losing: a.min(b), reported, conflict: claim.conflict })
}

/// `text` with its first letter a capital, for a label that starts a line.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus::ClaimValue;

    fn claim(measure: &str, values: &[&str]) -> Claim {
        Claim {
            measure: measure.into(),
            conflict: values.len() > 1,
            values: values.iter().map(|v| ClaimValue { value: v.to_string(), sources: vec![] }).collect(),
        }
    }

    #[test]
    fn the_division_and_reported_vote_counts_are_read_from_claims() {
        let claims = [
            claim("councillors — resigned", &["50", "around 30"]),
            claim("division result — votes for the winning side to votes for the losing side", &["293 to 125"]),
            claim("Labour MPs — voted", &["56"]),
            claim("frontbenchers — voted", &["at least 8"]),
        ];
        let d = division(&claims).unwrap();
        assert_eq!((d.winning, d.losing), (293, 125));
        assert_eq!(d.reported, [("Labour MPs".to_string(), 56), ("Frontbenchers (at least 8)".to_string(), 8)]);
        assert!(!d.conflict);
        assert_eq!(division(&claims[..1]), None, "no division, no chart");
        assert_eq!(leading_number("more than 1,400"), Some(1400));
        assert_eq!(leading_number("1.08 million"), Some(1_080_000));
        assert_eq!(leading_number("about 2 million"), Some(2_000_000));
    }
}
