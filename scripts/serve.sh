#!/usr/bin/env bash
# Builds the release bundle and serves it on http://127.0.0.1:${PORT:-8080} (Ctrl+C stops).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
bash "$ROOT/scripts/build.sh"
exec node "$ROOT/tests/e2e/server.mjs" "$ROOT/dist" "${PORT:-8080}"
