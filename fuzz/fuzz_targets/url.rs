//! Arbitrary bytes as a query string: read without panicking, normal form stable.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| explorer::view_state::fuzz_round_trip(data));
