//! The two panels a reader opens from the toolbar: the numbers the sources report (with the
//! division drawn as a chart and disagreements marked) and the index of people.

use corpus::{Dataset, Source};
use leptos::prelude::*;

use super::context::explorer;
use super::event_list::doc_title;
use crate::derived_view::numbers::{capitalised, division};
use crate::url_sync::HistoryMode;
use crate::derived_view::export::embed_snippet;
use crate::view_state::{Panel, ViewState};

#[component]
pub fn Panels() -> impl IntoView {
    let ex = explorer();
    move || {
        ex.state.with(|s| s.panel).map(|panel| {
            let (title, body) = match panel {
                Panel::Numbers => ("Numbers in the reports", numbers(ex.data).into_any()),
                Panel::People => ("People", people().into_any()),
                Panel::Embed => ("Embed this view", embed_code().into_any()),
            };
            view! {
                <section class=format!("panel panel-{}", panel.as_str()) aria-labelledby="panel-title">
                    <div class="panel-head">
                        <h2 id="panel-title">{title}</h2>
                        <button class="close" aria-label=format!("Close {}", title.to_lowercase()) on:click=move |_| ex.change(HistoryMode::Push, |s| s.panel = None)>
                            "×"
                        </button>
                    </div>
                    {body}
                </section>
            }
        })
    }
}

fn numbers(data: &'static Dataset) -> impl IntoView {
    let chart = division(&data.claims).map(|d| {
        let scale = d.winning.max(1);
        let bar = move |label: String, n: u64, class: &'static str| {
            view! {
                <div class=format!("bar {class}")>
                    <span class="bar-label">{label}</span>
                    <span class="bar-track"><span class="bar-fill" style=format!("width: {}%", (n * 100 / scale).min(100))></span></span>
                    <span class="bar-n">{n}</span>
                </div>
            }
        };
        view! {
            <figure class="division">
                <figcaption>
                    "The division as reported"
                    {d.conflict.then(|| view! { " " <span class="disputed">"Sources disagree"</span> })}
                </figcaption>
                {bar("Winning side".into(), d.winning, "win")}
                {bar("Losing side".into(), d.losing, "lose")}
                {(!d.reported.is_empty()).then(|| view! { <p class="bar-note">"Other vote counts the sources give (which side is not stated by the engine):"</p> })}
                {d.reported.into_iter().map(|(what, n)| bar(what, n, "reported")).collect_view()}
            </figure>
        }
    });
    let claims = data
        .claims
        .iter()
        .map(|c| {
            view! {
                <li class:conflict=c.conflict>
                    <h3>
                        {capitalised(&c.measure)}
                        {c.conflict.then(|| view! { " " <span class="disputed">"Sources disagree"</span> })}
                    </h3>
                    <ul class="values">
                        {c.values
                            .iter()
                            .map(|v| {
                                view! {
                                    <li>
                                        <strong class="value">{v.value.clone()}</strong>
                                        <ul class="cites">{v.sources.iter().map(|s| cite(data, s)).collect_view()}</ul>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </li>
            }
        })
        .collect_view();
    view! {
        {chart}
        {if data.claims.is_empty() { Some(view! { <p>"The articles report no figures."</p> }) } else { None }}
        <ul class="claims">{claims}</ul>
    }
}

fn cite(data: &'static Dataset, s: &'static Source) -> impl IntoView {
    view! {
        <li>
            <q>{s.quote.clone()}</q>
            " — "
            <cite>{doc_title(data, &s.doc)}</cite>
        </li>
    }
}

fn people() -> impl IntoView {
    let ex = explorer();
    let mut order: Vec<usize> = (0..ex.data.people.len()).collect();
    order.sort_by_key(|&p| (std::cmp::Reverse(ex.catalog.people[p].events), ex.data.people[p].name.clone()));
    let rows = order
        .into_iter()
        .map(|p| {
            let person = &ex.data.people[p];
            let entry = &ex.catalog.people[p];
            let slug = entry.slug.clone();
            let n = entry.events;
            let mut roles: Vec<&str> = Vec::new();
            for r in &person.roles {
                if !roles.iter().any(|x| x.eq_ignore_ascii_case(&r.title)) {
                    roles.push(&r.title);
                }
            }
            view! {
                <li>
                    <h3>{person.name.clone()}</h3>
                    {(!roles.is_empty()).then(|| view! { <p class="roles">{capitalised(&roles.join("; "))}</p> })}
                    {(!person.aliases.is_empty()).then(|| view! { <p class="aliases">"Also written: " {person.aliases.join(", ")}</p> })}
                    {if n > 0 {
                        view! {
                            <button
                                class="link"
                                on:click=move |_| ex.change(HistoryMode::Push, |s| {
                                    s.people.insert(slug.clone());
                                    s.panel = None;
                                })
                            >
                                {format!("Show their {n} {}", if n == 1 { "event" } else { "events" })}
                            </button>
                        }
                        .into_any()
                    } else {
                        view! { <p class="quiet">"Named in the articles; acts in no event."</p> }.into_any()
                    }}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="people">{rows}</ul> }
}

/// The iframe and script a newsroom pastes into its CMS to show this exact view.
fn embed_code() -> impl IntoView {
    let ex = explorer();
    let copied = RwSignal::new(false);
    let code = Memo::new(move |_| {
        let location = leptos::prelude::window().location();
        let origin = location.origin().unwrap_or_default();
        let path = location.pathname().unwrap_or_default();
        let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
        let view = ex.state.with(|s| ViewState { panel: None, embed: true, child_id: None, ..s.clone() }.to_query());
        embed_snippet(&format!("{origin}{dir}"), &view, &ex.data.title)
    });
    view! {
        <p>"Paste this where the timeline should appear. It opens on the view you see now, sizes itself to its content, and keeps a reader's filters in your article's address so a shared link reopens them. Pages that already use pym.js can instead load the same address with "<code>"new pym.Parent(…)"</code>"."</p>
        <label class="embed-code">
            <span class="visually-hidden">"Embed code"</span>
            <textarea id="embed-code" readonly rows="5" prop:value=move || code.get()></textarea>
        </label>
        <p>
            <button
                class="tool"
                id="copy-embed"
                on:click=move |_| {
                    let text = code.get_untracked();
                    leptos::task::spawn_local(async move { copied.set(crate::browser::copy_text(&text).await) });
                }
            >
                "Copy embed code"
            </button>
            <span role="status">{move || copied.get().then_some(" Copied.")}</span>
        </p>
    }
}
