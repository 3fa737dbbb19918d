//! The build-time engine: articles in, [`Dataset`] out.
//!
//! Stages, each in its own file: [`input`] reads and checks the files, [`text`] splits an article
//! into lines and sentences with byte ranges, [`extract`] finds the events sentences report.

pub mod clean;
pub mod dates;
pub mod error;
pub mod extract;
pub mod input;
pub mod text;

use std::path::Path;

use crate::model::*;
pub use error::{CorpusError, Warning};
pub use input::{Article, InputFile};

/// What a build produced: the dataset, plus what the editor should know about.
#[derive(Debug)]
pub struct Built {
    pub dataset: Dataset,
    pub warnings: Vec<Warning>,
}

/// Builds the dataset from every article in `dir` (see [`input::read_dir`] for which files count).
pub fn build_dir(dir: &Path) -> Result<Built, CorpusError> {
    let files = input::read_dir(dir)?;
    build(files)
}

/// Builds the dataset from files already in memory (name, bytes).
pub fn build(files: Vec<InputFile>) -> Result<Built, CorpusError> {
    let mut warnings = Vec::new();
    let articles = input::load_all(files, &mut warnings)?;
    let mut dataset = Dataset {
        title: "Timeline".to_string(),
        standfirst: String::new(),
        ..Dataset::default()
    };
    for article in &articles {
        dataset.events.extend(extract::events(article));
        dataset.documents.push(article.document());
    }
    extract::sort_and_number(&mut dataset.events);
    Ok(Built { dataset, warnings })
}
