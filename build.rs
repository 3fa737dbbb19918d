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
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.bin");
    std::fs::write(&out, built.dataset.to_bytes()).unwrap_or_else(|e| {
        eprintln!("cannot write {}: {e}", out.display());
        std::process::exit(1);
    });
}
