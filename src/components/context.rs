//! What every component reads: the dataset, its catalog, the reader's [`ViewState`] and the
//! filtered view derived from it. Components change the view only through [`Explorer::change`], so
//! the signal and the URL never disagree.

use corpus::Dataset;
use leptos::prelude::*;

use crate::derived_view::catalog::Catalog;
use crate::derived_view::filter::{filter_with, Filtered, SearchCache};
use crate::url_sync::{self, HistoryMode};
use crate::view_state::ViewState;

/// How many events the list draws before offering more; the rest wait off screen. Thirty fill
/// four or five screens, and drawing rows is the costliest part of an update.
pub const PAGE: usize = 30;

#[derive(Clone, Copy)]
pub struct Explorer {
    pub data: &'static Dataset,
    pub catalog: &'static Catalog,
    pub state: RwSignal<ViewState>,
    pub filtered: Memo<Filtered>,
    /// How many of the filtered events the list draws.
    pub shown: RwSignal<usize>,
    /// The open event's id, apart from the rest of the state so rows can watch just this.
    pub selected: Memo<Option<String>>,
}

impl Explorer {
    pub fn new(data: &'static Dataset, catalog: &'static Catalog, state: ViewState) -> Explorer {
        let state = RwSignal::new(state);
        let cache = std::sync::Mutex::new(SearchCache::default());
        let filtered = Memo::new(move |_| {
            let mut cache = cache.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            state.with(|s| filter_with(data, catalog, s, &mut cache))
        });
        let selected = Memo::new(move |_| state.with(|s| s.event.clone()));
        Explorer { data, catalog, state, filtered, shown: RwSignal::new(PAGE), selected }
    }

    /// Edits the view and records it in the URL: `Push` for a discrete choice (back undoes it),
    /// `Replace` for typing and stepping.
    pub fn change(&self, mode: HistoryMode, edit: impl FnOnce(&mut ViewState)) {
        let before = self.state.get_untracked();
        self.state.update(edit);
        let after = self.state.get_untracked();
        // A new filter starts the list from its first page again.
        if before.filters_only() != after.filters_only() {
            self.shown.set(PAGE);
        }
        if before != after {
            url_sync::write(&after, mode);
        }
    }

    /// The query string for this view with one edit applied, for a link's `href`.
    pub fn href(&self, edit: impl FnOnce(&mut ViewState)) -> String {
        let mut s = self.state.get_untracked();
        edit(&mut s);
        let q = s.to_query();
        if q.is_empty() {
            "?".into()
        } else {
            q
        }
    }
}

pub fn explorer() -> Explorer {
    expect_context::<Explorer>()
}
