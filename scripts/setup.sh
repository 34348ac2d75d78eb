#!/usr/bin/env bash
# Installs everything the build and the tests need, idempotently: quick when all is present.
# Sourced by serve.sh and test.sh (it exports PATH), or run on its own.
# Only package registries are used (crates.io, npm, Debian apt); Trunk never downloads tools.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION=0.21.14      # trunk 0.22 needs a newer rustc than this machine's 1.95
E2E_DIR="$ROOT/tests/e2e"
step() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# 1. Debian packages: Chromium + driver for the browser tests, brotli for the size report,
#    poppler-utils (pdftotext, pdftoppm) to read the printed PDFs.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v brotli >/dev/null \
  || ! command -v pdftotext >/dev/null; then
  step "apt: chromium chromium-driver brotli poppler-utils"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver brotli poppler-utils
fi

# 2. Rust target for the browser.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup: wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 3. trunk, wasm-bindgen-cli at exactly the version in Cargo.lock, and wasm-split-cli.
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "cargo install trunk $TRUNK_VERSION"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$WASM_BINDGEN_VERSION" ]; then echo "wasm-bindgen not found in Cargo.lock" >&2; exit 1; fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  step "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # No --locked: its published lockfile wants a webpki-roots the registry lacks (toolchain.md).
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi
# wasm-split-cli splits the pages' code off the first download (scripts/wasm-build.mjs). Its
# runtime half, wasm_split_helpers, comes with Leptos; the two speak one format, so the CLI is
# pinned to the version that goes with the Leptos in Cargo.lock.
WASM_SPLIT_VERSION=0.2.4
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  step "cargo install wasm_split_cli_support $WASM_SPLIT_VERSION (wasm-split-cli)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked --force
fi

# 4. npm packages of the browser tests (Playwright, axe, Lighthouse, binaryen's wasm-opt),
#    from the committed lockfile; reinstalled only when the lockfile changes.
LOCK_SUM=$(sha256sum "$E2E_DIR/package-lock.json" | cut -d' ' -f1)
if [ "$(cat "$E2E_DIR/node_modules/.lock-sum" 2>/dev/null)" != "$LOCK_SUM" ]; then
  step "npm ci (tests/e2e)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$E2E_DIR" --no-audit --no-fund
  echo "$LOCK_SUM" > "$E2E_DIR/node_modules/.lock-sum"
fi
# 4b. A real iCalendar parser for the calendar tests (PyPI icalendar, pinned), in its own venv.
REQ_SUM=$(sha256sum "$E2E_DIR/requirements.txt" | cut -d' ' -f1)
if [ "$(cat "$E2E_DIR/.venv/.req-sum" 2>/dev/null)" != "$REQ_SUM" ]; then
  step "pip (tests/e2e/.venv): icalendar"
  python3 -m venv "$E2E_DIR/.venv"
  "$E2E_DIR/.venv/bin/pip" install -q --disable-pip-version-check -r "$E2E_DIR/requirements.txt"
  echo "$REQ_SUM" > "$E2E_DIR/.venv/.req-sum"
fi
export ICS_PYTHON="$E2E_DIR/.venv/bin/python"
# wasm-opt from npm binaryen 132 (Debian's binaryen 108 miscompiles wasm-bindgen output).
export PATH="$E2E_DIR/node_modules/.bin:$PATH"
export CHROME_PATH=/usr/bin/chromium
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export TRUNK_SKIP_VERSION_CHECK=true

# 5. Crates, once; everything after this runs --offline.
cargo fetch --locked -q
