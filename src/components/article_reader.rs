//! The article reader: one source article in full, with the open event's sentences marked and
//! scrolled into view, page furniture and the stretch about an unrelated story labelled as such.

use corpus::{Document, Source};
use leptos::prelude::*;

use super::context::explorer;
use crate::browser;
use crate::calendar::Day;
use crate::derived_view::evidence::{paragraphs, pieces};
use crate::url_sync::HistoryMode;

#[component]
pub fn ArticleReader() -> impl IntoView {
    let ex = explorer();
    let open = Memo::new(move |_| {
        ex.state.with(|s| {
            let doc = ex.data.documents.iter().position(|d| Some(&d.id) == s.read.as_ref())?;
            let event = s.event.as_deref().and_then(|id| ex.catalog.event_index(id));
            Some((doc, event))
        })
    });
    // Once the article is on the page, bring the first marked sentence to the middle of the view.
    Effect::new(move |_| {
        if open.get().is_some() {
            request_animation_frame(|| {
                browser::scroll_into_view(".reader mark", true);
                browser::focus(".reader h2");
            });
        }
    });
    move || {
        open.get().map(|(doc, event)| {
            let doc = &ex.data.documents[doc];
            let quoted: Vec<&Source> = event
                .map(|e| ex.data.events[e].sources.iter().chain(&ex.data.events[e].against).filter(|s| s.doc == doc.file).collect())
                .unwrap_or_default();
            reader(doc, &quoted)
        })
    }
}

/// Outlet, publication date, address and file, those the article has, joined by " · ".
fn meta_line(doc: &Document, published: Option<String>) -> String {
    let parts = [doc.outlet.clone(), published, doc.url.clone(), Some(format!("File: {}", doc.file))];
    parts.into_iter().flatten().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" · ")
}

fn reader(doc: &'static Document, quoted: &[&Source]) -> impl IntoView {
    let ex = explorer();
    let published = doc.published.as_ref().map(|p| {
        let label = match (&p.earliest, &p.latest) {
            (Some(a), Some(b)) => match (Day::parse(a), Day::parse(b)) {
                (Some(x), Some(y)) if x == y => x.long(),
                (Some(x), Some(y)) => format!("between {}", x.span_joined(y, " and ", " and ")),
                _ => format!("between {a} and {b}"),
            },
            _ => "date unknown".into(),
        };
        format!("Published {label} ({})", p.basis)
    });
    let body = paragraphs(doc, quoted)
        .into_iter()
        .map(|p| {
            let text = &doc.text;
            let class = match (&p.furniture, p.off_story) {
                (Some(_), _) => "furniture",
                (None, true) => "off-story",
                _ => "",
            };
            let note = p.furniture.as_ref().map(|why| view! { <span class="tag">{format!("Page furniture: {why}")}</span> " " });
            let turn = p.off_story_starts.then(|| {
                let label = doc.off_story.as_ref().map(|o| o.label.clone()).unwrap_or_default();
                view! { <p class="turn" role="note">{format!("From here the article is about another story ({label}); its events are kept off the main timeline.")}</p> }
            });
            let content = pieces(text, p.range.clone(), &p.quoted)
                .into_iter()
                .map(|(t, marked)| if marked { view! { <mark>{t}</mark> }.into_any() } else { t.into_any() })
                .collect_view();
            view! {
                {turn}
                <p class=class>{note}{content}</p>
            }
        })
        .collect_view();
    view! {
        <div class="reader-backdrop" on:click=move |_| ex.change(HistoryMode::Push, |s| s.read = None)></div>
        <div class="reader" role="dialog" aria-modal="true" aria-labelledby="reader-title">
            <div class="reader-head">
                <h2 id="reader-title" tabindex="-1">{doc.title.clone()}</h2>
                <button class="close" aria-label="Close the article" on:click=move |_| ex.change(HistoryMode::Push, |s| s.read = None)>
                    "×"
                </button>
            </div>
            <p class="meta">
                {meta_line(doc, published)}
            </p>
            <p class="legend">
                <mark>"Marked"</mark>" sentences report the open event. "
                <span class="tag">"Page furniture"</span>" is text from the web page around the article, not reporting."
            </p>
            <article class="article-text">{body}</article>
        </div>
    }
}
