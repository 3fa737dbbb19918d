//! The filters: search, kinds, people, articles, topics, disputed only, unrelated stories and the
//! date range, each choice with the count it would show, and the chosen ones as removable chips.

use corpus::EventKind;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::context::explorer;
use crate::calendar::Day;
use crate::url_sync::HistoryMode;

#[component]
pub fn Filters() -> impl IntoView {
    let ex = explorer();
    let has_other_stories = ex.data.events.iter().any(|e| !e.main_story);
    let several_topics = ex.catalog.topics.len() > 1;
    let facets = view! {
        <div class="facets">
            <PersonFacet />
            <SourceFacet />
            <Show when=move || several_topics>
                <TopicFacet />
            </Show>
            <DateRange />
        </div>
        <div class="toggles">
            <label class="check">
                <input
                    type="checkbox"
                    id="disputed-only"
                    prop:checked=move || ex.state.with(|s| s.disputed_only)
                    on:change=move |_| ex.change(HistoryMode::Push, |s| s.disputed_only = !s.disputed_only)
                />
                {move || format!(" Disputed only ({})", ex.filtered.with(|f| f.disputed))}
            </label>
            <Show when=move || has_other_stories>
                <label class="check other">
                    <input
                        type="checkbox"
                        id="other-stories"
                        prop:checked=move || ex.state.with(|s| s.other_stories)
                        on:change=move |_| ex.change(HistoryMode::Push, |s| s.other_stories = !s.other_stories)
                    />
                    {move || {
                        let n = ex.filtered.with(|f| f.other_stories);
                        if ex.state.with(|s| s.other_stories) { " Include unrelated stories".to_string() } else { format!(" Include unrelated stories ({n})") }
                    }}
                </label>
            </Show>
            <button
                class="clear"
                on:click=move |_| ex.change(HistoryMode::Push, |s| *s = s.cleared())
                disabled=move || ex.state.with(|s| !s.is_filtered())
            >
                "Clear all filters"
            </button>
        </div>
    };
    // In an iframe the filters fold into one row: search and kinds, the rest behind "More filters".
    let facets = if ex.state.with_untracked(|s| s.embed) {
        view! {
            <details class="more-filters">
                <summary>"More filters"</summary>
                {facets}
            </details>
        }
        .into_any()
    } else {
        facets.into_any()
    };
    view! {
        <section class="controls" aria-label="Filters">
            <SearchBox />
            <KindFilter />
            {facets}
            <Chips />
        </section>
    }
}

#[component]
fn SearchBox() -> impl IntoView {
    let ex = explorer();
    view! {
        <label class="search">
            <span class="label">"Search titles, quotes and articles"</span>
            <input
                type="search"
                id="search"
                placeholder="People, places, words…  (press / )"
                autocomplete="off"
                prop:value=move || ex.state.with(|s| s.search.clone())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    ex.change(HistoryMode::Replace, |s| s.search = text);
                }
            />
        </label>
    }
}

#[component]
fn KindFilter() -> impl IntoView {
    let ex = explorer();
    // One button per kind, built once; only counts, pressed states and visibility change after.
    let buttons = EventKind::ALL
        .into_iter()
        .enumerate()
        .map(|(k, kind)| {
            let count = Memo::new(move |_| ex.filtered.with(|f| f.kinds[k]));
            let pressed = Memo::new(move |_| ex.state.with(|s| s.kinds.contains(&kind)));
            view! {
                <button
                    class=format!("kind kind-{}", kind.as_str())
                    aria-pressed=move || if pressed.get() { "true" } else { "false" }
                    data-kind=kind.as_str()
                    // A kind with nothing to show is hidden, unless it is chosen (so it can be unchosen).
                    hidden=move || count.get() == 0 && !pressed.get()
                    on:click=move |_| ex.change(HistoryMode::Push, |s| s.toggle_kind(kind))
                >
                    <span class="shape" aria-hidden="true"></span>
                    {kind.label()}
                    <span class="n">{move || count.get()}</span>
                </button>
            }
        })
        .collect_view();
    // With every button hidden the legend would stand alone; say why instead.
    let none_shown = Memo::new(move |_| {
        ex.filtered.with(|f| f.kinds.iter().all(|&n| n == 0)) && ex.state.with(|s| s.kinds.is_empty())
    });
    view! {
        <fieldset class="kinds">
            <legend>"Kind"</legend>
            {buttons}
            <span class="none-shown" hidden=move || !none_shown.get()>"none in these results"</span>
        </fieldset>
    }
}

/// A `<select>` that adds one choice to a set and then returns to its prompt.
#[component]
fn AddSelect(
    id: &'static str,
    label: &'static str,
    prompt: &'static str,
    /// (value, text, count, chosen) for every choice, in display order.
    options: Signal<Vec<(String, String, usize, bool)>>,
    on_pick: impl Fn(String) + 'static,
) -> impl IntoView {
    // Options are built only while the menu has focus: a long list (hundreds of articles) rebuilt on
    // every keystroke would cost more than the rest of the page's update.
    let active = RwSignal::new(false);
    view! {
        <label class="facet">
            <span class="label">{label}</span>
            <select
                id=id
                on:focus=move |_| active.set(true)
                on:pointerdown=move |_| active.set(true)
                on:blur=move |_| active.set(false)
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    if let Some(select) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
                        select.set_value("");
                    }
                    if !value.is_empty() {
                        on_pick(value);
                    }
                }
            >
                <option value="">{prompt}</option>
                {move || {
                    if !active.get() {
                        return None;
                    }
                    Some(options
                        .get()
                        .into_iter()
                        .filter(|(_, _, n, chosen)| *n > 0 && !chosen)
                        .map(|(value, text, n, _)| view! { <option value=value>{format!("{text} ({n})")}</option> })
                        .collect_view())
                }}
            </select>
        </label>
    }
}

#[component]
fn PersonFacet() -> impl IntoView {
    let ex = explorer();
    // People who act most come first; the order is fixed so options do not jump while typing.
    let mut order: Vec<usize> = (0..ex.catalog.people.len()).filter(|&p| ex.catalog.people[p].events > 0).collect();
    order.sort_by_key(|&p| (std::cmp::Reverse(ex.catalog.people[p].events), ex.catalog.people[p].name.clone()));
    let options = Signal::derive(move || {
        let counts = ex.filtered.with(|f| f.people.clone());
        ex.state.with(|s| {
            order
                .iter()
                .map(|&p| {
                    let person = &ex.catalog.people[p];
                    (person.slug.clone(), person.name.clone(), counts[p], s.people.contains(&person.slug))
                })
                .collect()
        })
    });
    view! {
        <AddSelect
            id="person-facet"
            label="Person"
            prompt="Anyone"
            options=options
            on_pick=move |slug| ex.change(HistoryMode::Push, |s| {
                s.people.insert(slug);
            })
        />
    }
}

#[component]
fn SourceFacet() -> impl IntoView {
    let ex = explorer();
    let options = Signal::derive(move || {
        let counts = ex.filtered.with(|f| f.sources.clone());
        ex.state.with(|s| {
            ex.data
                .documents
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let text = match &d.outlet {
                        Some(outlet) => format!("{} — {outlet}", short(&d.title)),
                        None => short(&d.title),
                    };
                    (d.id.clone(), text, counts[i], s.sources.contains(&d.id))
                })
                .collect()
        })
    });
    view! {
        <AddSelect
            id="source-facet"
            label="Article"
            prompt="Any article"
            options=options
            on_pick=move |id| ex.change(HistoryMode::Push, |s| {
                s.sources.insert(id);
            })
        />
    }
}

#[component]
fn TopicFacet() -> impl IntoView {
    let ex = explorer();
    let options = Signal::derive(move || {
        let counts = ex.filtered.with(|f| f.topics.clone());
        ex.state.with(|s| {
            ex.catalog
                .topics
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let text = if ex.catalog.topic_is_main[i] { t.clone() } else { format!("{t} (unrelated story)") };
                    (t.clone(), text, counts[i], s.topics.contains(t))
                })
                .collect()
        })
    });
    view! {
        <AddSelect
            id="topic-facet"
            label="Topic"
            prompt="The main story"
            options=options
            on_pick=move |t| ex.change(HistoryMode::Push, |s| {
                s.topics.insert(t);
            })
        />
    }
}

#[component]
fn DateRange() -> impl IntoView {
    let ex = explorer();
    let bound = |day: Option<&String>| day.cloned().unwrap_or_default();
    let min = ex.data.events.iter().filter_map(|e| e.date.earliest.as_ref()).min();
    let max = ex.data.events.iter().filter_map(|e| e.date.latest.as_ref()).max();
    let (min, max) = (bound(min), bound(max));
    let pick = move |ev: leptos::ev::Event, to: bool| {
        let day = Day::parse(&event_target_value(&ev));
        ex.change(HistoryMode::Push, |s| if to { s.to = day } else { s.from = day });
    };
    view! {
        <fieldset class="dates">
            <legend>"Dates"</legend>
            <label>
                <span class="visually-hidden">"From"</span>
                <input
                    type="date"
                    id="date-from"
                    min=min.clone()
                    max=max.clone()
                    prop:value=move || ex.state.with(|s| s.from.map(|d| d.to_string()).unwrap_or_default())
                    on:change=move |ev| pick(ev, false)
                />
            </label>
            " to "
            <label>
                <span class="visually-hidden">"To"</span>
                <input
                    type="date"
                    id="date-to"
                    min=min
                    max=max
                    prop:value=move || ex.state.with(|s| s.to.map(|d| d.to_string()).unwrap_or_default())
                    on:change=move |ev| pick(ev, true)
                />
            </label>
        </fieldset>
    }
}

/// The chosen people, articles, topics and dates, each with a button that removes it.
#[component]
fn Chips() -> impl IntoView {
    let ex = explorer();
    let chips = move || {
        // (what is chosen, its name, how to remove it)
        type Chip = (String, String, std::rc::Rc<dyn Fn(&mut crate::view_state::ViewState)>);
        let mut out: Vec<Chip> = Vec::new();
        ex.state.with(|s| {
            for slug in &s.people {
                let name = ex.catalog.person_index(slug).map(|p| ex.catalog.people[p].name.clone()).unwrap_or_default();
                let slug = slug.clone();
                out.push(("Person".into(), name, std::rc::Rc::new(move |s| {
                    s.people.remove(&slug);
                })));
            }
            for id in &s.sources {
                let title = ex.data.documents.iter().find(|d| d.id == *id).map(|d| short(&d.title)).unwrap_or_default();
                let id = id.clone();
                out.push(("Article".into(), title, std::rc::Rc::new(move |s| {
                    s.sources.remove(&id);
                })));
            }
            for topic in &s.topics {
                let t = topic.clone();
                out.push(("Topic".into(), topic.clone(), std::rc::Rc::new(move |s| {
                    s.topics.remove(&t);
                })));
            }
            if s.from.is_some() || s.to.is_some() {
                let text = match (s.from, s.to) {
                    (Some(a), Some(b)) => a.span(b),
                    (Some(a), None) => format!("from {}", a.long()),
                    (None, b) => format!("until {}", b.map(|b| b.long()).unwrap_or_default()),
                };
                out.push(("Dates".into(), text, std::rc::Rc::new(|s| {
                    s.from = None;
                    s.to = None;
                })));
            }
        });
        out.into_iter()
            .map(|(what, text, remove)| {
                let label = format!("Remove {} filter: {text}", what.to_lowercase());
                view! {
                    <li>
                        <span class="what">{what}": "</span>
                        {text}
                        <button
                            class="remove"
                            aria-label=label
                            on:click=move |_| {
                                let remove = remove.clone();
                                ex.change(HistoryMode::Push, move |s| remove(s))
                            }
                        >
                            "×"
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! { <ul class="chips" aria-label="Chosen filters">{chips}</ul> }
}

/// A title cut to a length that fits a menu.
pub fn short(title: &str) -> String {
    const MAX: usize = 60;
    if title.chars().count() <= MAX {
        title.to_string()
    } else {
        let cut: String = title.chars().take(MAX - 1).collect();
        format!("{}…", cut.trim_end())
    }
}
