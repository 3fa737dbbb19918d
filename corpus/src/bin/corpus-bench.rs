//! `corpus-bench`: engine throughput on synthetic corpora of growing size (a benchmark that prints
//! figures, not a timed test). Run it in release mode:
//!
//! ```sh
//! cargo run --release -p corpus --features engine --bin corpus-bench
//! ```
//!
//! For each size it builds the dataset RUNS times on one thread and prints the median MB/s, then
//! the ratio of time per MB at the largest size to the smallest (1.0 means linear).
//!
//! Two clocks: wall time, and the time the thread actually ran on its core (Linux
//! `/proc/thread-self/schedstat`). Time spent waiting for the core (another process, or the host
//! of a virtual machine taking it away) counts in wall time only. On this machine the two mostly
//! agree: its run-to-run swings come from the core running slower, not from waiting.


/// The engine allocates millions of small vectors and strings; see `corpus/Cargo.toml`.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::Instant;

use corpus::engine::{build, synthetic};

const SIZES_MB: [f64; 3] = [12.5, 25.0, 50.0];
const RUNS: usize = 3;

fn main() {
    println!("| corpus | articles | events | median wall time | MB/s (wall) | median CPU time | MB/s on the core |");
    println!("|---|---|---|---|---|---|---|");
    let mut per_mb = Vec::new();
    // CORPUS_BENCH_MB=5 runs one size only (a quick look while profiling).
    let sizes: Vec<f64> = match std::env::var("CORPUS_BENCH_MB").ok().and_then(|v| v.parse().ok()) {
        Some(mb) => vec![mb],
        None => SIZES_MB.to_vec(),
    };
    for mb in sizes {
        let mut files = match std::env::var("CORPUS_BENCH_FROM") {
            // CORPUS_BENCH_FROM=DIR: real articles from DIR, repeated (each copy made unique) up to the size.
            Ok(dir) => synthetic::repeat(&corpus::engine::input::read_dir(std::path::Path::new(&dir)).expect("readable folder"), (mb * 1_000_000.0) as usize),
            Err(_) => synthetic::corpus((mb * 1_000_000.0) as usize, 42),
        };
        // CORPUS_BENCH_ONE_FILE=1: the same text as a single article (the worst case for per-article work).
        if std::env::var_os("CORPUS_BENCH_ONE_FILE").is_some() {
            let bytes: Vec<u8> = files.iter().flat_map(|f| f.bytes.iter().copied()).collect();
            files = vec![corpus::engine::InputFile { name: "one.txt".into(), bytes }];
        }
        let bytes: usize = files.iter().map(|f| f.bytes.len()).sum();
        let mut times = Vec::new();
        let mut cpu_times = Vec::new();
        let mut events = 0;
        for _ in 0..RUNS {
            let input = files.clone();
            let (start, cpu_start) = (Instant::now(), thread_cpu_seconds());
            let built = build(input).expect("the synthetic corpus builds");
            times.push(start.elapsed().as_secs_f64());
            if let (Some(a), Some(b)) = (cpu_start, thread_cpu_seconds()) {
                cpu_times.push(b - a);
            }
            events = built.dataset.events.len();
        }
        let median = |xs: &mut Vec<f64>| {
            xs.sort_by(f64::total_cmp);
            xs.get(xs.len() / 2).copied()
        };
        let wall = median(&mut times).unwrap_or(f64::NAN);
        let cpu = median(&mut cpu_times);
        let real_mb = bytes as f64 / 1e6;
        // Linearity from the steadier clock when there is one.
        per_mb.push(cpu.unwrap_or(wall) / real_mb);
        let cpu_cells = match cpu {
            Some(cpu) => format!("{cpu:.2} s | {:.1}", real_mb / cpu),
            None => "n/a | n/a".to_string(),
        };
        println!("| {real_mb:.1} MB | {} | {events} | {wall:.2} s | {:.1} | {cpu_cells} |", files.len(), real_mb / wall);
    }
    println!("\ntime per MB, largest / smallest corpus: {:.2} (1.00 = linear)", per_mb[per_mb.len() - 1] / per_mb[0]);
}

/// Seconds this thread has run on a core, from the first field of `/proc/thread-self/schedstat`
/// (nanoseconds); `None` where that file does not exist.
fn thread_cpu_seconds() -> Option<f64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = text.split_whitespace().next()?.parse().ok()?;
    Some(ns as f64 / 1e9)
}
