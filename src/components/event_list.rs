//! The chronological list, grouped under date headings as exact as the dates are known. Only the
//! first pages are drawn; "Show more" (or stepping with j/k) draws further.

use leptos::prelude::*;

use super::context::{explorer, PAGE};
use super::highlight::Highlighted;
use crate::derived_view::filter::search_words;
use crate::derived_view::timeline::{date_label, groups};
use crate::url_sync::HistoryMode;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Row {
    /// A date heading, keyed by the first event under it.
    Day(usize),
    Event(usize),
}

#[component]
pub fn EventList() -> impl IntoView {
    let ex = explorer();
    let rows = Memo::new(move |_| {
        let shown = ex.shown.get();
        ex.filtered.with(|f| {
            let end = shown.min(f.visible.len());
            let mut rows = Vec::with_capacity(end + 16);
            for (_, members) in groups(ex.data, &f.visible[..end]) {
                rows.push(Row::Day(members[0]));
                rows.extend(members.into_iter().map(Row::Event));
            }
            rows
        })
    });
    let words = Memo::new(move |_| ex.state.with(|s| search_words(&s.search)));
    let hidden = move || ex.filtered.with(|f| f.visible.len().saturating_sub(ex.shown.get()));
    view! {
        <section class="list" id="timeline" aria-label="Events" tabindex="-1">
            <ol class="events">
                <For
                    each=move || rows.get()
                    key=|row| *row
                    children=move |row| match row {
                        Row::Day(first) => view! { <li class="day"><h2>{date_label(&ex.data.events[first])}</h2></li> }.into_any(),
                        Row::Event(i) => view! { <EventRow i=i words=words /> }.into_any(),
                    }
                />
            </ol>
            <Show when=move || { hidden() > 0 }>
                <button class="more" on:click=move |_| ex.shown.update(|n| *n += PAGE)>
                    {move || format!("Show {} more events ({} not shown yet)", hidden().min(PAGE), hidden())}
                </button>
            </Show>
        </section>
    }
}

#[component]
fn EventRow(i: usize, words: Memo<Vec<String>>) -> impl IntoView {
    let ex = explorer();
    let event = &ex.data.events[i];
    let id = event.id.clone();
    let mut docs: Vec<&str> = Vec::new();
    for s in &event.sources {
        if !docs.contains(&s.doc.as_str()) {
            docs.push(&s.doc);
        }
    }
    let cited = docs.iter().map(|d| doc_title(ex.data, d)).collect::<Vec<_>>().join(" · ");
    let sources = if docs.len() == 1 { "Source: ".to_string() } else { format!("{} sources: ", docs.len()) };
    let quote = event.sources.first().map(|s| s.quote.clone()).unwrap_or_default();
    // Rows watch the selected id, not the whole state: a keystroke leaves the id unchanged, so
    // the 200 rows on screen do no work for it.
    let selected = {
        let id = id.clone();
        move || ex.selected.with(|s| s.as_deref() == Some(id.as_str()))
    };
    // The link's address carries the current filters. It is written when the link is pointed at or
    // focused (the only times a reader can copy or open it), not on every keystroke for every row.
    let refresh_href = {
        let id = id.clone();
        move |target: Option<web_sys::EventTarget>| {
            use wasm_bindgen::JsCast;
            if let Some(a) = target.and_then(|t| t.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
                a.set_href(&ex.href(|s| s.event = Some(id.clone())));
            }
        }
    };
    let href = ex.href(|s| s.event = Some(id.clone()));
    let open = {
        let id = id.clone();
        move |ev: leptos::ev::MouseEvent| {
            // A plain click opens the evidence here; a modified click opens the link as the browser would.
            if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                return;
            }
            ev.prevent_default();
            ex.change(HistoryMode::Push, |s| s.event = Some(id.clone()));
            request_animation_frame(|| crate::browser::focus(".detail h2"));
        }
    };
    view! {
        <li
            class=format!("event kind-{}", event.kind.as_str())
            class:selected={
                let selected = selected.clone();
                move || selected()
            }
            data-id=id
        >
            <div class="meta">
                <time class="row-date" title=format!("Date basis: {}", event.date.basis)>{date_label(event)}</time>
                <span class="kind-label">
                    <span class="shape" aria-hidden="true"></span>
                    {event.kind.label()}
                </span>
                {event.disputed.then(|| view! { <span class="disputed" title="Another source says this did not happen">"Disputed"</span> })}
                {(!event.main_story).then(|| view! { <span class="topic">{format!("Other story: {}", event.topic)}</span> })}
            </div>
            <h3 class="title">
                <a
                    class="open"
                    href=href
                    aria-current={
                        let selected = selected.clone();
                        move || selected().then_some("true")
                    }
                    on:click=open
                    on:focus={
                        let refresh = refresh_href.clone();
                        move |ev| refresh(ev.target())
                    }
                    on:mouseenter=move |ev| refresh_href(ev.target())
                >
                    <Highlighted text=event.title.clone() words=words />
                </a>
            </h3>
            <blockquote class="quote">
                <Highlighted text=quote words=words />
            </blockquote>
            {event.disputed.then(|| {
                let against = event.against.first();
                view! {
                    <p class="against">
                        "But: "
                        <q>{against.map(|s| s.quote.clone()).unwrap_or_default()}</q>
                        " — "
                        <cite>{against.map(|s| doc_title(ex.data, &s.doc)).unwrap_or_default()}</cite>
                    </p>
                }
            })}
            <p class="source">{sources} <cite>{cited}</cite></p>
        </li>
    }
}

/// An article's title for a citation, or its file name when the dataset has none.
pub fn doc_title(data: &corpus::Dataset, file: &str) -> String {
    data.documents.iter().find(|d| d.file == file).map(|d| d.title.clone()).unwrap_or_else(|| file.to_string())
}
