//! The page: header, filters, result count and the event list, all driven by one `ViewState`.

use leptos::prelude::*;

use crate::dataset::dataset;
use crate::derived_view::{kind_counts, other_story_count, visible_events, SearchIndex};
use crate::url_sync::{self, HistoryMode};
use crate::view_state::ViewState;

use super::event_list::EventList;
use super::filters::{KindFilter, SearchBox};

#[component]
pub fn App() -> impl IntoView {
    let data = match dataset() {
        Ok(data) => data,
        Err(err) => {
            return view! { <main class="failure"><p role="alert">{err.to_string()}</p></main> }.into_any()
        }
    };
    let index = StoredValue::new(SearchIndex::new(data));

    let state = RwSignal::new(url_sync::read());
    // Rewrite a hand-made or mangled URL into its normal form once, without a history entry.
    url_sync::write(&state.get_untracked(), HistoryMode::Replace);
    let on_popstate = window_event_listener(leptos::ev::popstate, move |_| state.set(url_sync::read()));
    on_cleanup(move || on_popstate.remove());

    // Every change goes through here: the signal for the view, the history for the URL.
    let change = move |mode: HistoryMode, edit: &dyn Fn(&mut ViewState)| {
        state.update(|s| edit(s));
        url_sync::write(&state.get_untracked(), mode);
    };
    let change = StoredValue::new_local(change);

    let has_other_stories = other_story_count(data) != 0;
    let visible = Memo::new(move |_| index.with_value(|index| state.with(|s| visible_events(data, index, s))));
    let counts = Memo::new(move |_| index.with_value(|index| state.with(|s| kind_counts(data, index, s))));

    view! {
        <header class="masthead">
            <h1>{data.title.clone()}</h1>
            <p class="standfirst">{data.standfirst.clone()}</p>
        </header>
        <main>
            <section class="controls" aria-label="Filters">
                <SearchBox
                    value=Signal::derive(move || state.with(|s| s.search.clone()))
                    on_input=move |text: String| change.with_value(|c| c(HistoryMode::Replace, &|s| s.search = text.clone()))
                />
                <KindFilter
                    counts=counts
                    chosen=Signal::derive(move || state.with(|s| s.kinds.clone()))
                    on_toggle=move |kind| change.with_value(|c| c(HistoryMode::Push, &|s| s.toggle_kind(kind)))
                />
                <Show when=move || has_other_stories>
                    <label class="other">
                        <input
                            type="checkbox"
                            id="other-stories"
                            prop:checked=move || state.with(|s| s.other_stories)
                            on:change=move |_| change.with_value(|c| c(HistoryMode::Push, &|s| s.other_stories = !s.other_stories))
                        />
                        {format!(" Include unrelated stories ({})", other_story_count(data))}
                    </label>
                </Show>
                <button
                    class="clear"
                    on:click=move |_| change.with_value(|c| c(HistoryMode::Push, &|s| *s = ViewState::default()))
                    disabled=move || state.with(|s| *s == ViewState::default())
                >
                    "Clear filters"
                </button>
            </section>
            <p class="count" aria-live="polite" id="result-count">
                {move || {
                    let n = visible.with(|v| v.len());
                    let total = data.events.len() - if state.with(|s| s.other_stories) { 0 } else { other_story_count(data) };
                    if n == total { format!("{total} events") } else { format!("{n} of {total} events") }
                }}
            </p>
            <Show when=move || visible.with(|v| v.is_empty())>
                <p class="empty">
                    "No events match these filters. "
                    <button
                        class="link"
                        on:click=move |_| change.with_value(|c| c(HistoryMode::Push, &|s| *s = ViewState::default()))
                    >
                        "Clear all filters"
                    </button>
                </p>
            </Show>
            <EventList data=data visible=visible />
        </main>
    }
    .into_any()
}
