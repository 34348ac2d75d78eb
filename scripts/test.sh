#!/usr/bin/env bash
# Runs every test: native engine tests (vectors, properties, units), the release build, the size
# budget, browser end-to-end tests with axe in Chromium, and Lighthouse. Installs what is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
T0=$SECONDS
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
echo "setup: $((SECONDS - T0)) s"

printf '\n== native tests (cargo test)\n'
LOG=$(mktemp)
if ! cargo test --offline --locked -- --nocapture >"$LOG" 2>&1; then
  cat "$LOG"; echo "native tests FAILED" >&2; exit 1
fi
grep -E '^\s+Running|^test result|vectors in|vectors answered|generated situations|storage fuzz|proptest seed' "$LOG" | awk '!/proptest seed/ || !seen[$0]++' || true

printf '\n== release build\n'
if ! bash scripts/build.sh >"$LOG" 2>&1; then
  cat "$LOG"; echo "release build FAILED" >&2; exit 1
fi
grep -E 'success|externalize' "$LOG" || true

printf '\n== size report\n'
bash scripts/size.sh

printf '\n== browser tests (Playwright + axe, release build)\n'
(cd tests/e2e && npx playwright test)

printf '\n== Lighthouse\n'
PORT=8091
node tests/e2e/server.mjs dist "$PORT" >/dev/null 2>&1 &
SRV=$!
trap 'kill $SRV 2>/dev/null || true' EXIT
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break; sleep 0.2; done
(cd tests/e2e && node lighthouse.mjs "http://127.0.0.1:$PORT")

kill $SRV 2>/dev/null || true

# Reported, not tested: a time depends on the machine. (Goal: one full assessment ≤ 10 µs.)
printf '\n== benchmark: one full assessment, natively (criterion; goal ≤ 10 µs)\n'
if ! cargo bench --offline --locked --bench assess -- --warm-up-time 1 --measurement-time 3 --noplot >"$LOG" 2>&1; then
  cat "$LOG"; echo "benchmark FAILED to run" >&2; exit 1
fi
grep -E 'time:|^assess' "$LOG" || true

echo "all tests passed in $((SECONDS - T0)) s"
