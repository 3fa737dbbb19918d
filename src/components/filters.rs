//! The search box and the kind filter.

use std::collections::BTreeSet;

use corpus::EventKind;
use leptos::prelude::*;

#[component]
pub fn SearchBox(value: Signal<String>, on_input: impl Fn(String) + 'static) -> impl IntoView {
    view! {
        <label class="search">
            <span class="label">"Search"</span>
            <input
                type="search"
                id="search"
                placeholder="People, places, words…"
                autocomplete="off"
                prop:value=move || value.get()
                on:input=move |ev| on_input(event_target_value(&ev))
            />
        </label>
    }
}

#[component]
pub fn KindFilter(
    counts: Memo<Vec<(EventKind, usize)>>,
    chosen: Signal<BTreeSet<EventKind>>,
    on_toggle: impl Fn(EventKind) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <fieldset class="kinds">
            <legend>"Kind"</legend>
            {move || {
                counts
                    .get()
                    .into_iter()
                    .filter(|(kind, count)| *count > 0 || chosen.with(|c| c.contains(kind)))
                    .map(|(kind, count)| {
                        let pressed = chosen.with(|c| c.contains(&kind));
                        view! {
                            <button
                                class=format!("kind kind-{}", kind.as_str())
                                aria-pressed=if pressed { "true" } else { "false" }
                                data-kind=kind.as_str()
                                on:click=move |_| on_toggle(kind)
                            >
                                <span class="shape" aria-hidden="true"></span>
                                {kind.label()}
                                <span class="n">{count}</span>
                            </button>
                        }
                    })
                    .collect_view()
            }}
        </fieldset>
    }
}
