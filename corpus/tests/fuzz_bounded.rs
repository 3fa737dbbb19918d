//! The engine's fuzz target run on a fixed set of mutated inputs (the seeds, the fixtures and the
//! torture corpora, cut and corrupted by a seeded generator), so `make test` exercises it on stable
//! Rust in seconds. Coverage-guided fuzzing of the same target: `fuzz/` (see the README).

use std::path::Path;

use corpus::engine::fuzzing::engine;

/// Mutations per starting input. Deterministic: a failure reproduces with the same numbers.
const ROUNDS: usize = 300;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const TOKENS: &[&[u8]] = &[
    b"\xff", b"\x00", b"\r", b"\r\n", b"\xef\xbb\xbf", b"\x1e", b" date 2023-11-15 ", b"date: 2023-13-45\n", b"resigned",
    b"refused to resign", b"voted 293 to 125", b"Sir Keir Starmer", b"Mr ", b"\xe2\x80\x9c", b"\xe2\x80\x9d", b"[[correction]]\nquote = \"",
    b"hide = true\n", b"on Wednesday night", b"last month", b"7 October", b"<script>", b"\n\n", b"...", b"\xf0\x9f\x92\xa5",
];

fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(out.len() + 1);
        match rng.below(5) {
            0 => out.insert(at.min(out.len()), rng.next() as u8),
            1 => {
                let token = TOKENS[rng.below(TOKENS.len())];
                out.splice(at..at, token.iter().copied());
            }
            2 if !out.is_empty() => {
                let end = (at + rng.below(200)).min(out.len());
                out.drain(at.min(end)..end);
            }
            3 if !out.is_empty() => {
                let i = at.min(out.len() - 1);
                out[i] ^= 1 << rng.below(8);
            }
            _ => out.truncate(at),
        }
    }
    out
}

fn inputs() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in [root.join("../seeds"), root.join("tests/fixtures/uk_july_2022_resignations"), root.join("tests/torture/injection"), root.join("tests/torture/_good")] {
        let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        // Two articles joined as the target splits them, with the control byte in front.
        let bytes: Vec<Vec<u8>> = files.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")).map(|p| std::fs::read(p).unwrap()).collect();
        for pair in bytes.windows(2) {
            let mut joined = vec![1u8];
            joined.extend(pair[0].iter().take(6_000));
            joined.push(0x1e);
            joined.extend(pair[1].iter().take(6_000));
            out.push(joined);
        }
    }
    out
}

#[test]
fn the_engine_survives_mutated_corpora() {
    let mut rng = Rng(0x5eed_2023_1115);
    let mut runs = 0;
    for input in inputs() {
        engine(&input);
        for _ in 0..ROUNDS {
            let mut mutated = mutate(&mut rng, &input);
            // A fresh control byte: how many articles, and whether one is corpus.toml.
            mutated.insert(0, rng.next() as u8);
            engine(&mutated);
            runs += 1;
        }
    }
    assert!(runs >= 200, "ran {runs} inputs");
}
