#!/usr/bin/env bash
# Installs what the build (and, with `test`, the tests) need, skipping what is already there.
# Everything comes from the registries this machine reaches: crates.io, npm, Debian.
#   scripts/setup.sh build   wasm target, Trunk, wasm-bindgen CLI, wasm-opt, crates
#   scripts/setup.sh test    all of the above, plus Chromium and the browser-test packages
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-build}"
say() { printf 'setup: %s\n' "$*" >&2; }

TRUNK_VERSION=0.21.14
# The wasm-bindgen CLI must match the library version Cargo.lock pins, exactly.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 12 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION (about 5 minutes)"
  # Not --locked: its lock file names a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi
if ! grep -q "wasm_bindgen = \"$WBG_VERSION\"" Trunk.toml; then
  say "Trunk.toml's wasm_bindgen differs from Cargo.lock's wasm-bindgen $WBG_VERSION: update Trunk.toml"
  exit 1
fi

# npm packages: wasm-opt (binaryen 132; Debian's 108 builds pages that fail at load), and for the
# browser tests playwright-core, axe-core and pym.js (the real embed library the tests host us with).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] || [ ! -d node_modules/pym.js ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Trunk builds offline (it would otherwise download tools), so crates must be here first.
cargo fetch --locked --quiet

if [ "$what" = test ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
