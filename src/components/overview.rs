//! The overview strip: every dated event on a true time scale, one lane per kind, ranges drawn as
//! bars. Dragging across it picks a date range (the date inputs do the same from the keyboard).

use leptos::prelude::*;

use super::context::explorer;
use crate::browser;
use crate::derived_view::timeline::{lane_paths, overview, Overview as Strip, WIDTH};
use crate::url_sync::HistoryMode;

/// Lane height in strip units (pixels: the strip is drawn at this height).
const LANE: i32 = 16;

#[component]
pub fn Overview() -> impl IntoView {
    let ex = explorer();
    let strip = Memo::new(move |_| ex.filtered.with(|f| overview(ex.data, ex.catalog, &f.scope, &f.brushable)));
    // While dragging: where the drag began and where the pointer is, in strip units.
    let drag = RwSignal::new(None::<(f32, f32)>);
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let at = move |client_x: i32| -> f32 {
        svg_ref.get_untracked().map_or(0.0, |svg| browser::fraction_across(&svg, client_x) * WIDTH)
    };
    let finish = move |x: f32| {
        let Some((x0, _)) = drag.get_untracked() else { return };
        drag.set(None);
        let Some(strip) = strip.get_untracked() else { return };
        if (x - x0).abs() < 4.0 {
            return;
        }
        let (a, b) = (strip.day_at(x0.min(x)), strip.day_at(x0.max(x)));
        ex.change(HistoryMode::Push, |s| {
            s.from = Some(a);
            s.to = Some(b);
        });
    };

    view! {
        <Show when=move || strip.with(Option::is_some)>
            <section class="overview" aria-label="Overview of the timeline">
                <h2 class="visually-hidden">"Overview"</h2>
                <div class="strip">
                    <ul class="lanes" aria-hidden="true">
                        {move || {
                            strip
                                .get()
                                .map(|s| {
                                    s.lanes
                                        .iter()
                                        .map(|k| view! { <li class=format!("kind-{}", k.as_str())><span class="shape"></span>{k.label()}</li> })
                                        .collect_view()
                                })
                        }}
                    </ul>
                    <div class="plot">
                        <svg
                            node_ref=svg_ref
                            role="img"
                            aria-label=move || strip.with(|s| s.as_ref().map(describe).unwrap_or_default())
                            viewBox=move || format!("0 0 {} {}", WIDTH as i32, strip.with(|s| s.as_ref().map_or(1, |s| s.lanes.len())) as i32 * LANE)
                            preserveAspectRatio="none"
                            style=move || format!("height: {}px", strip.with(|s| s.as_ref().map_or(1, |s| s.lanes.len())) as i32 * LANE)
                            on:pointerdown=move |ev| {
                                // Captured, the drag keeps its pointer when it strays off the strip.
                                if let Some(svg) = svg_ref.get_untracked() {
                                    let _ = svg.set_pointer_capture(ev.pointer_id());
                                }
                                let x = at(ev.client_x());
                                drag.set(Some((x, x)));
                            }
                            on:pointermove=move |ev| {
                                if let Some((x0, _)) = drag.get_untracked() {
                                    drag.set(Some((x0, at(ev.client_x()))));
                                }
                            }
                            on:pointerup=move |ev| finish(at(ev.client_x()))
                            on:pointercancel=move |_| drag.set(None)
                        >
                            {move || strip.with(|s| s.as_ref().map(marks))}
                            {move || {
                                let chosen = ex.state.with(|s| (s.from, s.to));
                                strip.get().and_then(|s| {
                                    if chosen.0.is_none() && chosen.1.is_none() {
                                        return None;
                                    }
                                    let x0 = chosen.0.map_or(0.0, |d| s.x(d));
                                    let x1 = chosen.1.map_or(WIDTH, |d| s.x(crate::calendar::Day(d.0 + 1)));
                                    let h = s.lanes.len() as i32 * LANE;
                                    Some(view! { <rect class="chosen" x=x0 as i32 y="0" width=((x1 - x0) as i32).max(1) height=h></rect> })
                                })
                            }}
                            {move || {
                                drag.get().map(|(a, b)| {
                                    let h = strip.with(|s| s.as_ref().map_or(0, |s| s.lanes.len())) as i32 * LANE;
                                    view! { <rect class="brush" x=a.min(b) as i32 y="0" width=((a - b).abs() as i32).max(1) height=h></rect> }
                                })
                            }}
                        </svg>
                        <div class="ticks" aria-hidden="true">
                            {move || {
                                strip
                                    .get()
                                    .map(|s| {
                                        s.ticks
                                            .iter()
                                            // A label at the far right would run off the strip.
                                            .filter(|(x, _)| *x < WIDTH * 0.93)
                                            .map(|(x, label)| view! { <span style=format!("left: {}%", (x / WIDTH * 100.0) as i32)>{label.clone()}</span> })
                                            .collect_view()
                                    })
                            }}
                        </div>
                    </div>
                </div>
                <p class="strip-note">
                    {move || {
                        let (undated, outside) = strip.with(|s| s.as_ref().map_or((0, 0), |s| (s.undated, s.outside)));
                        let mut note = "Drag across the strip to choose dates.".to_string();
                        if undated > 0 {
                            note.push_str(&format!(" Listed but not drawn: {undated} with no exact date"));
                            note.push_str(&if outside > 0 { format!(", {outside} outside these dates.") } else { ".".into() });
                        } else if outside > 0 {
                            note.push_str(&format!(" Listed but not drawn: {outside} outside these dates."));
                        }
                        note
                    }}
                    {move || {
                        ex.state.with(|s| s.from.is_some() || s.to.is_some()).then(|| {
                            view! {
                                " "
                                <button
                                    class="link"
                                    on:click=move |_| ex.change(HistoryMode::Push, |s| {
                                        s.from = None;
                                        s.to = None;
                                    })
                                >
                                    "Show all dates"
                                </button>
                            }
                        })
                    }}
                </p>
            </section>
        </Show>
    }
}

/// The marks as two SVG paths per lane (points and ranges), not one element per mark: redrawing
/// after a keystroke then sets a few attributes instead of rebuilding thousands of elements.
fn marks(strip: &Strip) -> impl IntoView {
    strip
        .lanes
        .iter()
        .zip(lane_paths(strip, LANE))
        .map(|(kind, lane)| {
            let tip = format!("{}: {} events", kind.label(), lane.count);
            view! {
                <path class=format!("mark kind-{}", kind.as_str()) d=lane.points><title>{tip.clone()}</title></path>
                <path class=format!("mark range kind-{}", kind.as_str()) d=lane.ranges><title>{tip}</title></path>
            }
        })
        .collect_view()
}

/// A sentence for screen readers: what the strip shows.
fn describe(strip: &Strip) -> String {
    let drawn: usize = strip.marks.iter().map(|m| m.count).sum();
    format!(
        "{drawn} dated events from {} to {}, by kind",
        strip.start.long(),
        crate::calendar::Day(strip.end.0 - 1).long()
    )
}
