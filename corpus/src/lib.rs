//! The corpus: from news articles to the dataset the explorer embeds.
//!
//! [`model`] is the dataset itself (always compiled, also into the WASM page). With the `engine`
//! feature, [`engine`] builds it from a folder of articles at build time, natively.

pub mod model;

#[cfg(feature = "engine")]
pub mod engine;

pub use model::*;
