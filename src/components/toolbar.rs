//! The toolbar under the heading: open the numbers or people panel, copy a link to this exact
//! view, and download the events shown as CSV or JSON.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::context::explorer;
use crate::browser;
use crate::derived_view::export;
use crate::url_sync::HistoryMode;
use crate::view_state::Panel;

#[component]
pub fn Toolbar() -> impl IntoView {
    let ex = explorer();
    // What the copy button last did; a refusal shows the link to copy by hand.
    let copied = RwSignal::new(None::<Result<(), String>>);
    let panel_button = move |panel: Panel, label: &'static str| {
        view! {
            <button
                class="tool"
                aria-pressed=move || if ex.state.with(|s| s.panel == Some(panel)) { "true" } else { "false" }
                on:click=move |_| ex.change(HistoryMode::Push, |s| s.panel = if s.panel == Some(panel) { None } else { Some(panel) })
            >
                {label}
            </button>
        }
    };
    let download = move |csv: bool| {
        ex.filtered.with_untracked(|f| {
            if csv {
                browser::download("timeline-events.csv", "text/csv;charset=utf-8", &export::csv(ex.data, &f.visible));
            } else {
                browser::download("timeline-events.json", "application/json", &export::json(ex.data, &f.visible));
            }
        })
    };
    view! {
        <nav class="toolbar" aria-label="Tools">
            {panel_button(Panel::Numbers, "Numbers")}
            {panel_button(Panel::People, "People")}
            {panel_button(Panel::Embed, "Embed")}
            <button
                class="tool"
                id="copy-link"
                on:click=move |_| {
                    crate::url_sync::flush();
                    let url = browser::current_url();
                    spawn_local(async move {
                        let ok = browser::copy_text(&url).await;
                        copied.set(Some(if ok { Ok(()) } else { Err(url) }));
                    });
                }
            >
                "Copy link"
            </button>
            <button class="tool" id="download-csv" on:click=move |_| download(true)>"Download CSV"</button>
            <button class="tool" id="download-json" on:click=move |_| download(false)>"Download JSON"</button>
            <span class="tool-status" role="status">
                {move || match copied.get() {
                    None => None,
                    Some(Ok(())) => Some(view! { "Link to this view copied." }.into_any()),
                    Some(Err(url)) => Some(view! {
                        <label>
                            "Copy this link: "
                            <input class="link-text" readonly prop:value=url on:focus=move |ev| {
                                use wasm_bindgen::JsCast;
                                if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                    input.select();
                                }
                            } />
                        </label>
                    }.into_any()),
                }}
            </span>
        </nav>
    }
}
