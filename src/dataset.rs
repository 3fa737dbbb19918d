//! The dataset baked in at build time by `build.rs`; the page makes no request for data.

use std::sync::OnceLock;

use corpus::{Dataset, DecodeError};

static BAKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));

/// The embedded dataset, decoded once on first use.
pub fn dataset() -> Result<&'static Dataset, &'static DecodeError> {
    static DECODED: OnceLock<Result<Dataset, DecodeError>> = OnceLock::new();
    DECODED
        .get_or_init(|| {
            // The build leaves quotes out of the blob (they repeat the articles' text).
            let mut data = Dataset::from_bytes(BAKED)?;
            data.restore_quotes();
            Ok(data)
        })
        .as_ref()
}
