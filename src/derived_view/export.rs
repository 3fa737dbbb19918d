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

/// The events as the export command prints them (`corpus-export`'s `events` array, same fields).
///
/// Written by hand rather than with serde_json: the page would carry a JSON serialiser for one
/// button. The native tests parse the output with serde_json to prove it is valid JSON.
pub fn json(data: &Dataset, events: &[usize]) -> String {
    let mut out = String::from("[");
    for (n, &i) in events.iter().enumerate() {
        let e = &data.events[i];
        out.push_str(if n == 0 { "\n  {" } else { ",\n  {" });
        field(&mut out, "id", &e.id);
        field(&mut out, "kind", e.kind.as_str());
        field(&mut out, "title", &e.title);
        field(&mut out, "topic", &e.topic);
        out.push_str(&format!("\"main_story\": {}, \"disputed\": {}, \"date\": {{", e.main_story, e.disputed));
        for (k, v) in [("earliest", &e.date.earliest), ("latest", &e.date.latest)] {
            match v {
                Some(v) => field(&mut out, k, v),
                None => out.push_str(&format!("\"{k}\": null, ")),
            }
        }
        field(&mut out, "precision", e.date.precision.as_str());
        string(&mut out, "basis");
        out.push_str(": ");
        string(&mut out, &e.date.basis);
        out.push_str("}, \"actors\": [");
        for (k, a) in e.actors.iter().enumerate() {
            if k > 0 {
                out.push_str(", ");
            }
            string(&mut out, a);
        }
        out.push_str("], ");
        for (name, list) in [("sources", &e.sources), ("against", &e.against)] {
            out.push_str(&format!("\"{name}\": ["));
            for (k, s) in list.iter().enumerate() {
                out.push_str(if k == 0 { "{" } else { ", {" });
                field(&mut out, "doc", &s.doc);
                out.push_str(&format!("\"start\": {}, \"end\": {}, ", s.start, s.end));
                string(&mut out, "quote");
                out.push_str(": ");
                string(&mut out, &s.quote);
                out.push('}');
            }
            out.push_str(if name == "sources" { "], " } else { "]" });
        }
        out.push('}');
    }
    out.push_str(if events.is_empty() { "]\n" } else { "\n]\n" });
    out
}

/// `"key": "value", `
fn field(out: &mut String, key: &str, value: &str) {
    string(out, key);
    out.push_str(": ");
    string(out, value);
    out.push_str(", ");
}

/// A JSON string literal (RFC 8259 escapes).
fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The HTML a CMS pastes: our iframe at `base` (the page's folder URL) showing `view`, and the
/// script that sizes it. Every value is escaped for an HTML attribute.
pub fn embed_snippet(base: &str, view: &str, title: &str) -> String {
    let attr = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;");
    format!(
        "<iframe src=\"{}\" title=\"{}\" data-timeline-explorer=\"timeline\" style=\"width:100%;border:0\" height=\"900\" loading=\"lazy\"></iframe>\n<script src=\"{}\" async></script>",
        attr(&format!("{base}{view}")),
        attr(title),
        attr(&format!("{base}embed.js")),
    )
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
    fn the_embed_snippet_escapes_what_it_quotes() {
        let code = embed_snippet("https://news.example/t/", "?kind=vote&embed=1", "Votes & \"rebels\" <2023>");
        assert_eq!(
            code,
            "<iframe src=\"https://news.example/t/?kind=vote&amp;embed=1\" title=\"Votes &amp; &quot;rebels&quot; &lt;2023&gt;\" \
             data-timeline-explorer=\"timeline\" style=\"width:100%;border:0\" height=\"900\" loading=\"lazy\"></iframe>\n\
             <script src=\"https://news.example/t/embed.js\" async></script>"
        );
    }

    #[test]
    fn json_holds_the_chosen_events_with_their_sources() {
        let mut data = dataset();
        data.events[3].title = "Bo \"Park\" resigns\n\u{1}\\".into();
        let value: serde_json::Value = serde_json::from_str(&json(&data, &[0, 1, 2, 3])).expect("valid JSON");
        assert_eq!(value[3]["title"], "Bo \"Park\" resigns\n\u{1}\\", "strings are escaped");
        assert_eq!(value[0]["date"]["earliest"], "2023-11-09");
        assert_eq!(value[3]["date"]["earliest"], serde_json::Value::Null);
        assert_eq!(serde_json::from_str::<serde_json::Value>(&json(&data, &[])).unwrap(), serde_json::json!([]));
        let data = dataset();
        let value: serde_json::Value = serde_json::from_str(&json(&data, &[3])).unwrap();
        assert_eq!(value.as_array().unwrap().len(), 1);
        assert_eq!(value[0]["title"], "Bo Park resigns");
        assert_eq!(value[0]["disputed"], true);
        assert_eq!(value[0]["sources"][0]["quote"], "Bo Park resigned.");
        assert_eq!(value[0]["against"][0]["doc"], "b.txt");
    }
}
