//! The explorer page. Data flows one way, one room per module:
//! baked [`dataset`] → [`view_state`] (from the URL) → [`derived_view`] (what to show) →
//! [`components`] (thin Leptos views), with [`url_sync`] the only code that touches browser history.

pub mod browser;
pub mod calendar;
pub mod components;
pub mod dataset;
pub mod derived_view;
pub mod embed;
pub mod failure;
pub mod url_sync;
pub mod view_state;
