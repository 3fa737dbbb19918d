//! The page: masthead and toolbar, panels, filters, the overview strip, the list with the open
//! event's evidence beside it, and the article reader. Owns the keyboard shortcuts and history.

use leptos::prelude::*;

use crate::browser;
use crate::dataset::dataset;
use crate::derived_view::catalog::{Catalog, KnownNames};
use crate::url_sync::{self, HistoryMode};
use crate::view_state::Theme;

use super::article_reader::ArticleReader;
use super::context::{explorer, Explorer, PAGE};
use super::event_detail::EventDetail;
use super::event_list::EventList;
use super::filters::Filters;
use super::overview::Overview;
use super::panels::Panels;
use super::toolbar::Toolbar;

#[component]
pub fn App() -> impl IntoView {
    let data = match dataset() {
        Ok(data) => data,
        Err(err) => {
            return view! { <main class="failure"><p role="alert">{err.to_string()}</p></main> }.into_any()
        }
    };
    // Built once and kept for the page's life.
    let catalog: &'static Catalog = Box::leak(Box::new(Catalog::new(data)));
    let read_url = move || {
        let mut s = url_sync::read();
        s.retain_known(&KnownNames { catalog, data });
        s
    };
    let ex = Explorer::new(data, catalog, read_url());
    provide_context(ex);
    // Rewrite a hand-made or mangled URL into its normal form once, without a history entry.
    url_sync::write(&ex.state.get_untracked(), HistoryMode::Replace);
    url_sync::flush();
    reveal_selected(ex);
    let on_popstate = window_event_listener(leptos::ev::popstate, move |_| {
        url_sync::discard();
        ex.state.set(read_url());
        reveal_selected(ex);
    });
    let on_key = window_event_listener(leptos::ev::keydown, move |ev| shortcut(ex, &ev));
    // How the page is framed is fixed for its life: embed mode, a forced theme, the pym.js id.
    let (embed, theme, child_id) = ex.state.with_untracked(|s| (s.embed, s.theme, s.child_id.clone()));
    let root = leptos::prelude::document().document_element();
    if let Some(root) = &root {
        if embed {
            let _ = root.class_list().add_1("embed");
        }
        if let Some(theme) = theme {
            let _ = root.set_attribute("data-theme", if theme == Theme::Dark { "dark" } else { "light" });
        }
    }
    crate::embed::start(child_id);
    // The host page (public/embed.js) keeps the view in its own URL, so a link to the article
    // reopens this view inside it.
    // Standalone, nobody listens: the query is not even built.
    if crate::embed::in_frame() {
        Effect::new(move |_| ex.state.with(|s| crate::embed::post_view(&s.to_query())));
    }
    // Typing not yet in the URL is written before the page goes away, so reload keeps it.
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| url_sync::flush());
    on_cleanup(move || {
        on_popstate.remove();
        on_key.remove();
        on_hide.remove();
    });

    let header = if embed {
        view! {
            <header class="embed-head">
                <h1>{data.title.clone()}</h1>
                <Toolbar />
            </header>
        }
        .into_any()
    } else {
        view! {
            <header class="masthead">
                <h1>{data.title.clone()}</h1>
                <p class="standfirst">{data.standfirst.clone()}</p>
                <Toolbar />
            </header>
        }
        .into_any()
    };
    view! {
        <a class="skip" href="#timeline">"Skip to the timeline"</a>
        {header}
        <main id="main">
            <Panels />
            <Filters />
            <Overview />
            <ResultCount />
            <div class="layout">
                <EventList />
                <EventDetail />
            </div>
        </main>
        <ArticleReader />
    }
    .into_any()
}

/// "12 events" or "3 of 31 events", announced to screen readers as it changes.
#[component]
fn ResultCount() -> impl IntoView {
    let ex = explorer();
    view! {
        <p class="count" aria-live="polite" aria-atomic="true" id="result-count">
            {move || {
                ex.filtered.with(|f| {
                    let n = f.visible.len();
                    let mut text = if n == f.in_scope { format!("{n} events") } else { format!("{n} of {} events", f.in_scope) };
                    if f.undated_hidden > 0 {
                        text.push_str(&format!(" ({} with no known date are outside any date range)", f.undated_hidden));
                    }
                    text
                })
            }}
        </p>
        <Show when=move || ex.filtered.with(|f| f.visible.is_empty())>
            <p class="empty">
                "No events match these filters. "
                <button class="link" on:click=move |_| ex.change(HistoryMode::Push, |s| *s = s.cleared())>
                    "Clear all filters"
                </button>
            </p>
        </Show>
    }
}

/// Makes sure the list draws the selected event (a shared link may point past the first page).
fn reveal_selected(ex: Explorer) {
    let Some(id) = ex.state.with_untracked(|s| s.event.clone()) else { return };
    let Some(i) = ex.catalog.event_index(&id) else { return };
    if let Some(pos) = ex.filtered.with_untracked(|f| f.visible.iter().position(|&v| v == i)) {
        if pos >= ex.shown.get_untracked() {
            ex.shown.set((pos / PAGE + 1) * PAGE);
        }
    }
}

/// `/` searches; `j`/`k` (and the arrow keys inside the list) step through events; Esc closes the
/// reader, then the open event, then the open panel.
fn shortcut(ex: Explorer, ev: &web_sys::KeyboardEvent) {
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let key = ev.key();
    if key == "Escape" {
        let closed = ex.state.with_untracked(|s| {
            if s.read.is_some() {
                Some(0)
            } else if s.event.is_some() {
                Some(1)
            } else if s.panel.is_some() {
                Some(2)
            } else {
                None
            }
        });
        match closed {
            Some(0) => {
                ex.change(HistoryMode::Push, |s| s.read = None);
                browser::focus(".detail h2");
            }
            Some(1) => {
                let id = ex.state.with_untracked(|s| s.event.clone()).unwrap_or_default();
                ex.change(HistoryMode::Push, |s| s.event = None);
                browser::focus(&format!(".events li[data-id=\"{id}\"] a.open"));
            }
            Some(2) => ex.change(HistoryMode::Push, |s| s.panel = None),
            _ => return,
        }
        ev.prevent_default();
        return;
    }
    if browser::typing_in_field(ev) || ex.state.with_untracked(|s| s.read.is_some()) {
        return;
    }
    let in_list = leptos::prelude::document()
        .active_element()
        .is_some_and(|el| el.closest(".events, .detail").ok().flatten().is_some());
    let step = match key.as_str() {
        "/" => {
            ev.prevent_default();
            browser::focus("#search");
            return;
        }
        "j" => 1,
        "k" => -1,
        "ArrowDown" if in_list => 1,
        "ArrowUp" if in_list => -1,
        _ => return,
    };
    ev.prevent_default();
    step_selection(ex, step);
}

/// Selects the next or previous shown event, drawing more of the list when the step needs it.
fn step_selection(ex: Explorer, step: isize) {
    let next = ex.filtered.with_untracked(|f| {
        if f.visible.is_empty() {
            return None;
        }
        let current = ex.state.with_untracked(|s| s.event.as_deref().and_then(|id| ex.catalog.event_index(id)));
        let pos = current.and_then(|c| f.visible.iter().position(|&v| v == c));
        let pos = match pos {
            None if step > 0 => 0,
            None => f.visible.len() - 1,
            Some(p) => (p as isize + step).clamp(0, f.visible.len() as isize - 1) as usize,
        };
        Some((pos, f.visible[pos]))
    });
    let Some((pos, i)) = next else { return };
    if pos >= ex.shown.get_untracked() {
        ex.shown.set(pos + 1 + PAGE / 2);
    }
    let id = ex.data.events[i].id.clone();
    // Stepping replaces the history entry: back should leave the list, not replay every step.
    ex.change(HistoryMode::Replace, |s| s.event = Some(id.clone()));
    request_animation_frame(move || {
        let selector = format!(".events li[data-id=\"{id}\"] a.open");
        browser::focus(&selector);
        browser::scroll_into_view(&selector, false);
    });
}
