# The two commands in the README: `make serve` and `make test`. Everything else is a step of those.
SHELL := bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080

.PHONY: serve test build setup-build setup-test test-rust test-browser size export bench-browser single

## Builds the release page and serves it on http://127.0.0.1:$(PORT)/
serve: build
	node scripts/serve.mjs dist $(PORT)

## Runs every test: the Rust tests, then the browser tests against the release build.
test: setup-test test-rust build test-browser

setup-build:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

build: setup-build
	trunk build --release

test-rust:
	cargo test --workspace --all-features --quiet

test-browser:
	node scripts/single-file.mjs dist target/timeline-explorer.html
	@# A page built from the hostile corpus, for the injection tests.
	EXPLORER_CORPUS=corpus/tests/torture/injection trunk build --release --dist target/dist-injection
	node --test --test-reporter=tap --test-concurrency=1 tests/browser/

## One self-contained HTML file (opens from file://, no server): target/timeline-explorer.html
single: build
	node scripts/single-file.mjs dist target/timeline-explorer.html

## Prints raw and gzip bytes of every file in dist/ and the total.
size: build
	@node scripts/size.mjs dist

## Prints the whole dataset as JSON.
export:
	@cargo run --quiet --package corpus --features engine --bin corpus-export -- seeds

## Browser benchmark: the seed page and a page with 10,000 synthetic events; writes bench/browser.md.
bench-browser: build
	EXPLORER_SYNTHETIC_EVENTS=10000 trunk build --release --dist target/dist-10k
	node scripts/bench-browser.mjs seeds=dist 10k=target/dist-10k
	@# Leave the seed build in place for the next `make build`.
	trunk build --release
