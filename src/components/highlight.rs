//! Text with the search words marked. Every piece is printed as a text node, never as markup.

use leptos::prelude::*;

use crate::derived_view::evidence::{pieces, search_hits};

#[component]
pub fn Highlighted(text: String, words: Memo<Vec<String>>) -> impl IntoView {
    let hits = {
        let text = text.clone();
        // A memo: when a keystroke leaves this text's hits as they were, nothing is redrawn.
        Memo::new(move |_| words.with(|w| search_hits(&text, w)))
    };
    move || {
        hits.with(|hits| {
            pieces(&text, 0..text.len(), hits)
                .into_iter()
                .map(|(piece, hit)| if hit { view! { <mark class="hit">{piece}</mark> }.into_any() } else { piece.into_any() })
                .collect_view()
        })
    }
}
