//! `corpus-export [SEEDS_DIR]`: prints the whole dataset as JSON (the data the page embeds).
//! Warnings go to stderr; a corpus error exits with status 1 and names the file and line.


/// The engine allocates millions of small vectors and strings; see `corpus/Cargo.toml`.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args_os().nth(1).map(PathBuf::from).unwrap_or_else(|| PathBuf::from("seeds"));
    match corpus::engine::build_dir(&dir) {
        Ok(built) => {
            for warning in &built.warnings {
                eprintln!("warning: {warning}");
            }
            println!("{}", serde_json::to_string_pretty(&built.dataset).expect("plain data serialises"));
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}
