//! Thin Leptos views: they wire signals to markup; the logic lives in `view_state` and `derived_view`.

pub mod app;
pub mod event_list;
pub mod filters;
