#!/usr/bin/env bash
# Release build. Trunk builds the page, the CSS and the copied files; its post_build hook
# (scripts/externalize-boot.mjs) builds the wasm: cargo → wasm-split-cli → wasm-bindgen →
# wasm-opt -Oz (scripts/wasm-build.mjs). Expects setup.sh.
# Two builds, one per language: Dutch into dist/, English (`--features en`) into dist/en/, so a
# Dutch first load carries no English and the other way round (src/content/mod.rs).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# The target first: Trunk's optional-value flags would swallow the next word (toolchain.md).
trunk build index.html --release --offline --locked
SPOORWIJZER_LANG=en trunk build index.html --release --offline --locked \
  --dist dist/en --public-url /en/
# What only the site root serves (the host's headers, the embedding script); the embedding page
# for bureaus has its own English text.
rm -f dist/en/_headers dist/en/embed.js
cp public/embed.en.html dist/en/embed.html
# Each build's service worker gets the list of its files (offline after the first visit).
node scripts/service-worker.mjs dist
