#!/usr/bin/env bash
# Release build into dist/ (cargo → wasm-bindgen → wasm-opt -Oz → boot-script hook). Expects setup.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# The target first: Trunk's optional-value flags would swallow the next word (toolchain.md).
trunk build index.html --release --offline --locked
