//! The open event's evidence: every source with its sentence marked inside its paragraph, and for
//! a disputed event the sources that deny it beside those that report it.

use corpus::{Dataset, Event, Source};
use leptos::prelude::*;

use super::context::explorer;
use super::event_list::doc_title;
use crate::derived_view::evidence::{paragraph_around, pieces};
use crate::derived_view::timeline::date_label;
use crate::url_sync::HistoryMode;

#[component]
pub fn EventDetail() -> impl IntoView {
    let ex = explorer();
    let open = Memo::new(move |_| ex.state.with(|s| s.event.as_deref().and_then(|id| ex.catalog.event_index(id))));
    move || match open.get() {
        None => view! {
            <aside class="detail empty-detail" aria-label="Evidence">
                <p>"Choose an event to see the sentences that report it. Keys: j and k step through events, / searches, Esc closes."</p>
            </aside>
        }
        .into_any(),
        Some(i) => detail(ex.data, &ex.data.events[i]).into_any(),
    }
}

fn detail(data: &'static Dataset, event: &'static Event) -> impl IntoView {
    let ex = explorer();
    let mut docs: Vec<&str> = Vec::new();
    for s in &event.sources {
        if !docs.contains(&s.doc.as_str()) {
            docs.push(&s.doc);
        }
    }
    let reported = format!(
        "Reported in {} {}",
        docs.len(),
        if docs.len() == 1 { "article" } else { "articles" }
    );
    view! {
        <aside class="detail open" aria-labelledby="detail-title">
            <div class="detail-head">
                <p class="meta">
                    <span class=format!("kind-label kind-{}", event.kind.as_str())>
                        <span class="shape" aria-hidden="true"></span>
                        {event.kind.label()}
                    </span>
                    " · "
                    <time>{date_label(event)}</time>
                    {event.disputed.then(|| view! { " " <span class="disputed">"Disputed"</span> })}
                </p>
                <button
                    class="close"
                    aria-label="Close the evidence"
                    on:click=move |_| ex.change(HistoryMode::Push, |s| s.event = None)
                >
                    "×"
                </button>
            </div>
            <h2 id="detail-title" tabindex="-1">{event.title.clone()}</h2>
            <p class="basis">"Date: " {ex.catalog.reader_basis(&event.date.basis)}</p>
            {(!event.actors.is_empty()).then(|| {
                view! {
                    <p class="actors">
                        "People: "
                        {event
                            .actors
                            .iter()
                            .map(|name| {
                                let slug = ex.catalog.people.iter().find(|p| p.name == *name).map(|p| p.slug.clone());
                                let name = name.clone();
                                match slug {
                                    Some(slug) => view! {
                                        <button
                                            class="person link"
                                            title=format!("Show only events with {name}")
                                            on:click=move |_| ex.change(HistoryMode::Push, |s| {
                                                s.people.insert(slug.clone());
                                            })
                                        >
                                            {name.clone()}
                                        </button>
                                        " "
                                    }
                                    .into_any(),
                                    None => view! { <span>{name}</span> " " }.into_any(),
                                }
                            })
                            .collect_view()}
                    </p>
                }
            })}
            <div class=if event.disputed { "sides two" } else { "sides" }>
                <section class="side reported">
                    <h3>{reported}</h3>
                    {event.sources.iter().map(|s| quoted(data, s)).collect_view()}
                </section>
                {event.disputed.then(|| {
                    view! {
                        <section class="side denied">
                            <h3>"Disputed by"</h3>
                            {event.against.iter().map(|s| quoted(data, s)).collect_view()}
                        </section>
                    }
                })}
            </div>
        </aside>
    }
}

/// One source: its article, the paragraph with the sentence marked, and a way into the article.
fn quoted(data: &'static Dataset, source: &'static Source) -> impl IntoView {
    let ex = explorer();
    let doc = data.documents.iter().find(|d| d.file == source.doc);
    let paragraph = doc.map(|d| {
        let (a, b) = paragraph_around(&d.text, source.start as usize, source.end as usize);
        let quote = source.start as usize..source.end as usize;
        pieces(&d.text, a..b, std::slice::from_ref(&quote))
            .into_iter()
            .map(|(text, marked)| if marked { view! { <mark>{text}</mark> }.into_any() } else { text.into_any() })
            .collect_view()
    });
    let doc_id = doc.map(|d| d.id.clone()).unwrap_or_default();
    let outlet = doc.and_then(|d| d.outlet.clone());
    view! {
        <figure class="evidence">
            <blockquote>{paragraph}</blockquote>
            <figcaption>
                <cite>{doc_title(data, &source.doc)}</cite>
                {outlet.map(|o| view! { ", " {o} })}
                " "
                <button
                    class="read link"
                    on:click=move |_| ex.change(HistoryMode::Push, |s| s.read = Some(doc_id.clone()))
                >
                    "Read the article"
                </button>
            </figcaption>
        </figure>
    }
}
