//! Arbitrary bytes as a corpus (up to four articles, maybe a corpus.toml): the engine never panics
//! and every dataset it builds keeps its invariants.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| corpus::engine::fuzzing::engine(data));
