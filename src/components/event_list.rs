//! The chronological list, grouped under date headings as exact as the dates are known. Only the
//! first pages are drawn; "Show more" (or stepping with j/k) draws further.
//!
//! Rows are plain DOM ([`super::dom`]), kept per event between updates: a filter change moves,
//! adds and removes rows; a keystroke re-marks the search words only in rows whose marks changed;
//! a selection toggles two rows. One listener on the list handles every row's link.
//!
//! A change draws at once only the rows that can be on screen, and the rest in the next frame (the
//! list is `aria-busy` in between): at 10,000 events that halves the rows built per change.

use std::cell::RefCell;
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::context::{explorer, Explorer, PAGE};
use super::dom::{append_text, reconcile, set_marked_text, El};
use crate::derived_view::evidence::{pieces, search_hits};
use crate::derived_view::filter::marked_words;
use crate::derived_view::timeline::{date_label, groups};
use crate::url_sync::HistoryMode;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Row {
    /// A date heading, keyed by the first event under it.
    Day(usize),
    Event(usize),
}

/// A drawn row, with what its search marks were drawn from.
struct Drawn {
    li: Element,
    /// The link holding the title, and the quote; with the hits they show.
    marked: Vec<(Element, String, Vec<Range<usize>>)>,
    /// The search words the marks were drawn for.
    words: Vec<String>,
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
    let words = Memo::new(move |_| ex.state.with(|s| marked_words(&s.search)));
    let hidden = move || ex.filtered.with(|f| f.visible.len().saturating_sub(ex.shown.get()));
    let list = NodeRef::<leptos::html::Ol>::new();
    let drawn: Rc<RefCell<HashMap<Row, Drawn>>> = Rc::default();

    // A change draws the rows that can be on screen at once and the rest in the next frame; the
    // list is `aria-busy` in between. The rest is drawn from the latest rows, so a second change
    // before that frame needs no frame of its own.
    let rest_booked = Rc::new(std::cell::Cell::new(false));
    Effect::new({
        let drawn = drawn.clone();
        move |_| {
            let Some(ol) = list.get() else { return };
            let whole = rows.with(|rows| words.with(|words| draw(ex, &ol, rows, words, first_rows(), &mut drawn.borrow_mut())));
            let _ = if whole { ol.remove_attribute("aria-busy") } else { ol.set_attribute("aria-busy", "true") };
            if !whole && !rest_booked.replace(true) {
                let (drawn, rest_booked) = (drawn.clone(), rest_booked.clone());
                request_animation_frame(move || {
                    rest_booked.set(false);
                    let Some(ol) = list.get_untracked() else { return };
                    rows.with_untracked(|rows| words.with_untracked(|words| draw(ex, &ol, rows, words, usize::MAX, &mut drawn.borrow_mut())));
                    let _ = ol.remove_attribute("aria-busy");
                });
            }
        }
    });
    // Selecting an event marks its row; rows drawn later read the selection as they are built.
    Effect::new(move |_| {
        let selected = ex.selected.get();
        for (row, d) in drawn.borrow().iter() {
            if let Row::Event(i) = row {
                mark_selected(d, selected.as_deref() == Some(ex.data.events[*i].id.as_str()));
            }
        }
    });

    view! {
        <section class="list" id="timeline" aria-label="Events" tabindex="-1">
            <ol
                class="events"
                node_ref=list
                on:click=move |ev| open(ex, &ev)
                // A link's address carries the current filters. It is written when the link is
                // pointed at or focused (the only times a reader can copy or open it), not on
                // every keystroke for every row.
                on:focusin=move |ev| refresh_href(ex, ev.target())
                on:mouseover=move |ev| refresh_href(ex, ev.target())
            ></ol>
            <Show when=move || { hidden() > 0 }>
                <button class="more" on:click=move |_| ex.shown.update(|n| *n += PAGE)>
                    {move || format!("Show {} more events ({} not shown yet)", hidden().min(PAGE), hidden())}
                </button>
            </Show>
        </section>
    }
}

/// Brings the list to `rows`, reusing every row already drawn. Only the first `budget` rows (and
/// those down to the selected event's, which keyboard stepping is about to focus) are built or
/// re-marked now; further rows already drawn stay in place, and the others wait. Returns whether
/// the list is whole.
fn draw(ex: Explorer, ol: &Element, rows: &[Row], words: &[String], budget: usize, drawn: &mut HashMap<Row, Drawn>) -> bool {
    let selected = ex.selected.get_untracked();
    // Rows down to the selected one are drawn too, so nothing lands above it once it has focus.
    let selected_row = selected.as_deref().and_then(|id| ex.catalog.event_index(id)).map(Row::Event);
    let budget = selected_row.and_then(|r| rows.iter().position(|&row| row == r)).map_or(budget, |at| budget.max(at.saturating_add(1)));
    let mut whole = true;
    let mut wanted = Vec::with_capacity(rows.len());
    let mut keep: HashMap<Row, Drawn> = HashMap::with_capacity_and_hasher(rows.len(), Default::default());
    for (k, &row) in rows.iter().enumerate() {
        let now = k < budget;
        let d = match drawn.remove(&row) {
            Some(mut d) => {
                if now {
                    remark(&mut d, words);
                } else if d.words != words {
                    whole = false;
                }
                d
            }
            None if now => build(ex, row, words, selected.as_deref()),
            None => {
                whole = false;
                continue;
            }
        };
        wanted.push(d.li.clone());
        keep.insert(row, d);
    }
    reconcile(ol, &wanted);
    *drawn = keep;
    whole
}

/// How many rows can be on screen: the window's height in the shortest rows there are (a date
/// heading with a one-line event under it averages about 75 px), plus one part-shown at the foot.
fn first_rows() -> usize {
    const SHORTEST_ROW_PX: f64 = 72.0;
    let height = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(1200.0);
    (height / SHORTEST_ROW_PX).ceil() as usize + 1
}

/// Re-marks the search words in a kept row, touching only texts whose marks changed.
fn remark(d: &mut Drawn, words: &[String]) {
    if d.words == words {
        return;
    }
    d.words = words.to_vec();
    for (el, text, hits) in &mut d.marked {
        let now = search_hits(text, words);
        if now != *hits {
            set_marked_text(el, &pieces(text, 0..text.len(), &now));
            *hits = now;
        }
    }
}

fn mark_selected(d: &Drawn, on: bool) {
    let _ = d.li.class_list().toggle_with_force("selected", on);
    if let Some((link, _, _)) = d.marked.first() {
        let _ = if on { link.set_attribute("aria-current", "true") } else { link.remove_attribute("aria-current") };
    }
}

fn build(ex: Explorer, row: Row, words: &[String], selected: Option<&str>) -> Drawn {
    let i = match row {
        Row::Day(first) => {
            let li = El::new("li").class("day").child(El::new("h2").text(&date_label(&ex.data.events[first]))).build();
            return Drawn { li, marked: Vec::new(), words: words.to_vec() };
        }
        Row::Event(i) => i,
    };
    let event = &ex.data.events[i];
    let mut docs: Vec<&str> = Vec::new();
    for s in &event.sources {
        if !docs.contains(&s.doc.as_str()) {
            docs.push(&s.doc);
        }
    }
    let cited = docs.iter().map(|d| doc_title(ex.data, d)).collect::<Vec<_>>().join(" · ");
    let sources = if docs.len() == 1 { "Source: ".to_string() } else { format!("{} sources: ", docs.len()) };
    let quote = event.sources.first().map(|s| s.quote.clone()).unwrap_or_default();

    // The fixed part of a row is cloned from a template in one call; only the event's own text and
    // attributes are then written (about 20 DOM calls a row instead of 40).
    let li = ROW.with(|t| t.clone_node_with_deep(true)).ok().and_then(|n| n.dyn_into::<Element>().ok());
    let li = li.unwrap_or_else(row_template);
    li.set_class_name(&format!("event kind-{}", event.kind.as_str()));
    let _ = li.set_attribute("data-id", &event.id);
    let meta = next(li.first_element_child());
    let time = next(meta.first_element_child());
    let _ = time.set_attribute("title", &format!("Date basis: {}", ex.catalog.reader_basis(&event.date.basis)));
    time.set_text_content(Some(&date_label(event)));
    let kind = next(time.next_element_sibling());
    append_text(&kind, event.kind.label());
    if event.disputed {
        let _ = meta.append_child(&El::new("span").class("disputed").attr("title", "Another source says this did not happen").text("Disputed").0);
    }
    if !event.main_story {
        let _ = meta.append_child(&El::new("span").class("topic").text(&format!("Other story: {}", event.topic)).0);
    }
    let h3 = next(meta.next_element_sibling());
    let link = next(h3.first_element_child());
    let _ = link.set_attribute("href", &ex.href(|s| s.event = Some(event.id.clone())));
    let blockquote = next(h3.next_element_sibling());
    let source = next(blockquote.next_element_sibling());
    let _ = source.prepend_with_str_1(&sources);
    next(source.first_element_child()).set_text_content(Some(&cited));
    if event.disputed {
        let against = event.against.first();
        let p = El::new("p")
            .class("against")
            .text("But: ")
            .child(El::new("q").text(&against.map(|s| s.quote.clone()).unwrap_or_default()))
            .text(" — ")
            .child(El::new("cite").text(&against.map(|s| doc_title(ex.data, &s.doc)).unwrap_or_default()));
        let _ = li.insert_before(&p.0, Some(&source));
    }
    let mut marked = vec![(link, event.title.clone(), Vec::new()), (blockquote, quote, Vec::new())];
    for (el, text, hits) in &mut marked {
        *hits = search_hits(text, words);
        set_marked_text(el, &pieces(text, 0..text.len(), hits));
    }
    let d = Drawn { li, marked, words: words.to_vec() };
    if selected == Some(event.id.as_str()) {
        mark_selected(&d, true);
    }
    d
}

thread_local! {
    static ROW: Element = row_template();
}

/// What every event row shares: the structure, the classes, the decorative shape.
fn row_template() -> Element {
    El::new("li")
        .child(El::new("div").class("meta").child(El::new("time").class("row-date")).child(El::new("span").class("kind-label").child(El::new("span").class("shape").attr("aria-hidden", "true"))))
        .child(El::new("h3").class("title").child(El::new("a").class("open")))
        .child(El::new("blockquote").class("quote"))
        .child(El::new("p").class("source").child(El::new("cite")))
        .build()
}

/// A node of the cloned template; it is always there, so a gap only means a detached stand-in.
fn next(el: Option<Element>) -> Element {
    el.unwrap_or_else(|| El::new("span").build())
}

/// The event id of the row link an event came from, if it came from one.
fn row_link(target: Option<web_sys::EventTarget>) -> Option<(web_sys::HtmlAnchorElement, String)> {
    let el = target?.dyn_into::<Element>().ok()?;
    let link = el.closest("a.open").ok()??;
    let id = link.closest("li[data-id]").ok()??.get_attribute("data-id")?;
    Some((link.dyn_into().ok()?, id))
}

fn refresh_href(ex: Explorer, target: Option<web_sys::EventTarget>) {
    if let Some((link, id)) = row_link(target) {
        link.set_href(&ex.href(|s| s.event = Some(id)));
    }
}

/// A plain click on a row's link opens its evidence here; a modified click opens the link as the
/// browser would.
fn open(ex: Explorer, ev: &web_sys::MouseEvent) {
    if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
        return;
    }
    let Some((_, id)) = row_link(ev.target()) else {
        return;
    };
    ev.prevent_default();
    ex.change(HistoryMode::Push, |s| s.event = Some(id));
    request_animation_frame(|| crate::browser::focus(".detail h2"));
}

/// An article's title for a citation, or its file name when the dataset has none.
pub fn doc_title(data: &corpus::Dataset, file: &str) -> String {
    data.documents.iter().find(|d| d.file == file).map(|d| d.title.clone()).unwrap_or_else(|| file.to_string())
}
