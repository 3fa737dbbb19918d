//! The chronological list of events.

use corpus::Dataset;
use leptos::prelude::*;

use crate::derived_view::date_label;

#[component]
pub fn EventList(data: &'static Dataset, visible: Memo<Vec<usize>>) -> impl IntoView {
    let doc_title = move |file: &str| {
        data.documents.iter().find(|d| d.file == file).map(|d| d.title.clone()).unwrap_or_else(|| file.to_string())
    };
    view! {
        <ol class="events">
            <For
                each=move || visible.get()
                key=|i| *i
                children=move |i| {
                    let event = &data.events[i];
                    let mut docs: Vec<&str> = event.sources.iter().map(|s| s.doc.as_str()).collect();
                    docs.dedup();
                    let sources = if docs.len() == 1 { "Source: ".to_string() } else { format!("{} sources: ", docs.len()) };
                    let cited = docs.iter().map(|d| doc_title(d)).collect::<Vec<_>>().join(" · ");
                    let quote = event.sources[0].quote.clone();
                    view! {
                        <li class=format!("event kind-{}", event.kind.as_str()) data-id=event.id.clone()>
                            <div class="meta">
                                <time title=format!("Date basis: {}", event.date.basis)>{date_label(event)}</time>
                                <span class="kind-label">
                                    <span class="shape" aria-hidden="true"></span>
                                    {event.kind.label()}
                                </span>
                                <Show when=move || event.disputed>
                                    <span class="disputed" title="Another source says this did not happen">"Disputed"</span>
                                </Show>
                                <Show when=move || !event.main_story>
                                    <span class="topic">{format!("Other story: {}", event.topic)}</span>
                                </Show>
                            </div>
                            <h2 class="title">{event.title.clone()}</h2>
                            <blockquote class="quote">{quote}</blockquote>
                            <Show when=move || event.disputed>
                                <p class="against">
                                    "But: "
                                    <q>{event.against.first().map(|s| s.quote.clone()).unwrap_or_default()}</q>
                                    " — "
                                    <cite>{event.against.first().map(|s| doc_title(&s.doc)).unwrap_or_default()}</cite>
                                </p>
                            </Show>
                            <p class="source">{sources} <cite>{cited}</cite></p>
                        </li>
                    }
                }
            />
        </ol>
    }
}
