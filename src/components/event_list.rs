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
                    let source = &event.sources[0];
                    view! {
                        <li class=format!("event kind-{}", event.kind.as_str()) data-id=event.id.clone()>
                            <div class="meta">
                                <time>{date_label(event)}</time>
                                <span class="kind-label">
                                    <span class="shape" aria-hidden="true"></span>
                                    {event.kind.label()}
                                </span>
                            </div>
                            <h2 class="title">{event.title.clone()}</h2>
                            <p class="source">"Source: " <cite>{doc_title(&source.doc)}</cite></p>
                        </li>
                    }
                }
            />
        </ol>
    }
}
