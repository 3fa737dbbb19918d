//! Thin Leptos views. Each reads the [`context::Explorer`] and prints what `derived_view` computes.

pub mod app;
pub mod article_reader;
pub mod context;
pub mod dom;
pub mod event_detail;
pub mod event_list;
pub mod filters;
pub mod overview;
pub mod panels;
pub mod toolbar;
