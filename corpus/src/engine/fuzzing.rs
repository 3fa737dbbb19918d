//! The engine's fuzz target, shared by `fuzz/fuzz_targets/engine.rs` (cargo-fuzz, coverage-guided,
//! nightly) and `tests/fuzz_bounded.rs` (a fixed number of mutated inputs, stable, in `make test`).

use super::{build, InputFile};

/// Builds a corpus cut from arbitrary bytes and checks what must always hold. Panics (the fuzzer's
/// signal) only when an invariant breaks: the engine itself must never panic.
///
/// Byte 0 picks how many articles the rest is split into (at `0x1E` bytes, up to 4) and whether
/// the last piece is `corpus.toml`.
pub fn engine(data: &[u8]) {
    let Some((&control, rest)) = data.split_first() else { return };
    let pieces: Vec<&[u8]> = rest.splitn(1 + usize::from(control % 4), |&b| b == 0x1E).collect();
    let with_toml = control & 0x80 != 0 && pieces.len() > 1;
    let files: Vec<InputFile> = pieces
        .iter()
        .enumerate()
        .map(|(i, bytes)| {
            let name = if with_toml && i == pieces.len() - 1 { "corpus.toml".to_string() } else { format!("article_{i}.txt") };
            InputFile { name, bytes: bytes.to_vec() }
        })
        .collect();
    let Ok(built) = build(files) else { return };
    let data = &built.dataset;
    for e in &data.events {
        assert!(!e.sources.is_empty(), "an event without a source");
        for s in e.sources.iter().chain(&e.against) {
            let doc = data.documents.iter().find(|d| d.file == s.doc).expect("a source names a document in the dataset");
            assert_eq!(doc.text.get(s.start as usize..s.end as usize), Some(s.quote.as_str()), "a quote is exactly its text");
        }
        if let (Some(a), Some(b)) = (&e.date.earliest, &e.date.latest) {
            assert!(a <= b, "a date range runs forwards");
        }
    }
    let bytes = data.to_bytes();
    assert!(matches!(crate::Dataset::from_bytes(&bytes), Ok(back) if back == *data), "the baked form reads back");
}
