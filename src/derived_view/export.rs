//! The filtered events as files a reader downloads: CSV for spreadsheets, JSON for code.

use corpus::{Dataset, Event};

use super::timeline::date_label;

const COLUMNS: [&str; 12] =
    ["id", "date", "earliest", "latest", "precision", "kind", "title", "people", "disputed", "topic", "sources", "quote"];

/// RFC 4180 CSV with a header row, one row per event.
pub fn csv(data: &Dataset, events: &[usize]) -> String {
    let mut out = String::new();
    row(&mut out, COLUMNS.iter().map(|c| c.to_string()));
    for &i in events {
        let e = &data.events[i];
        row(
            &mut out,
            [
                e.id.clone(),
                date_label(e),
                e.date.earliest.clone().unwrap_or_default(),
                e.date.latest.clone().unwrap_or_default(),
                e.date.precision.as_str().to_string(),
                e.kind.as_str().to_string(),
                e.title.clone(),
                e.actors.join("; "),
                if e.disputed { "yes" } else { "no" }.to_string(),
                e.topic.clone(),
                source_titles(data, e).join("; "),
                e.sources.first().map(|s| s.quote.clone()).unwrap_or_default(),
            ]
            .into_iter(),
        );
    }
    out
}

/// The events as the export command prints them (`corpus-export`'s `events` array).
pub fn json(data: &Dataset, events: &[usize]) -> String {
    let chosen: Vec<&Event> = events.iter().map(|&i| &data.events[i]).collect();
    serde_json::to_string_pretty(&chosen).unwrap_or_else(|_| "[]".into())
}

fn source_titles(data: &Dataset, e: &Event) -> Vec<String> {
    let mut docs: Vec<&str> = e.sources.iter().map(|s| s.doc.as_str()).collect();
    docs.dedup();
    docs.iter().map(|f| data.documents.iter().find(|d| d.file == *f).map_or_else(|| f.to_string(), |d| d.title.clone())).collect()
}

fn row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (n, cell) in cells.enumerate() {
        if n > 0 {
            out.push(',');
        }
        // A cell a spreadsheet would run as a formula is prefixed with an apostrophe (OWASP's advice
        // on CSV injection): article text can start with "=" or "+" or "-".
        let cell = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell };
        if cell.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&cell);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::derived_view::test_data::dataset;

    #[test]
    fn csv_has_a_header_and_one_quoted_row_per_event() {
        let mut data = dataset();
        data.events[1].title = "Motion \"defeated\", 10 to 4".into();
        data.events[2].title = "=HYPERLINK(\"x\")".into();
        let text = csv(&data, &[1, 2]);
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines[0], "id,date,earliest,latest,precision,kind,title,people,disputed,topic,sources,quote");
        assert!(lines[1].starts_with("e2,15 November 2023,2023-11-15,2023-11-15,day,vote,\"Motion \"\"defeated\"\", 10 to 4\",Cy Dunn,no,"), "{}", lines[1]);
        assert!(lines[2].contains(",\"'=HYPERLINK(\"\"x\"\")\","), "a formula is defused: {}", lines[2]);
        assert_eq!(lines.len(), 4, "two rows and the final line end");
    }

    #[test]
    fn json_holds_the_chosen_events_with_their_sources() {
        let data = dataset();
        let value: serde_json::Value = serde_json::from_str(&json(&data, &[3])).unwrap();
        assert_eq!(value.as_array().unwrap().len(), 1);
        assert_eq!(value[0]["title"], "Bo Park resigns");
        assert_eq!(value[0]["disputed"], true);
        assert_eq!(value[0]["sources"][0]["quote"], "Bo Park resigned.");
        assert_eq!(value[0]["against"][0]["doc"], "b.txt");
    }
}
