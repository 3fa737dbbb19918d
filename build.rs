//! Bakes the corpus into the page: runs the corpus engine on `seeds/` (or the folder named by
//! `EXPLORER_CORPUS`) and writes the compact binary dataset that `src/dataset.rs` embeds.
//! A corpus error fails the build with the file and line; warnings are shown as cargo warnings.

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = match std::env::var("EXPLORER_CORPUS") {
        Ok(dir) if !dir.is_empty() => root.join(dir),
        _ => root.join("seeds"),
    };
    println!("cargo:rerun-if-env-changed=EXPLORER_CORPUS");
    // A folder here makes cargo rerun this script when any file inside it changes.
    println!("cargo:rerun-if-changed={}", dir.display());

    // EXPLORER_SYNTHETIC_EVENTS=10000: a generated dataset of that many events, for scale tests.
    println!("cargo:rerun-if-env-changed=EXPLORER_SYNTHETIC_EVENTS");
    if let Some(n) = std::env::var("EXPLORER_SYNTHETIC_EVENTS").ok().and_then(|v| v.parse::<usize>().ok()) {
        write(corpus::engine::synthetic_dataset::dataset(n.max(1), 42));
        return;
    }
    let built = match corpus::engine::build_dir(&dir) {
        Ok(built) => built,
        Err(err) => {
            eprintln!("corpus error: {err}");
            std::process::exit(1);
        }
    };
    for warning in &built.warnings {
        println!("cargo:warning=corpus: {warning}");
    }
    write(built.dataset);
}

/// Writes the blob the page embeds; quotes are left out (the page rebuilds them from the text).
fn write(dataset: corpus::Dataset) {
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.bin");
    std::fs::write(&out, dataset.without_quotes().to_bytes()).unwrap_or_else(|e| {
        eprintln!("cannot write {}: {e}", out.display());
        std::process::exit(1);
    });
}
