#!/usr/bin/env bash
# Size report of the release bundle in dist/: raw, gzip -9 and brotli -q 11 bytes of every file a
# browser downloads on first load (index.html, the boot script, JS glue, wasm, CSS), and the total,
# once per language: the Dutch app at dist/ and the English one at dist/en/ (each is downloaded
# alone, never both); then the split-off pages the app fetches once it runs (src/ui/later.rs) and
# the sum of everything. Fails when a first load exceeds SIZE_BUDGET_BROTLI or a sum of everything
# exceeds SIZE_BUDGET_TOTAL_BROTLI (scripts/budget.env).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=budget.env
source "$ROOT/scripts/budget.env"
DIST="${1:-$ROOT/dist}"
status=0
for index in "$DIST/index.html" "$DIST/en/index.html"; do
  [ -f "$index" ] || continue
  # (Quotes optional: the served HTML is minified.)
  lang=$(grep -oE '<html lang="?[a-z]+' "$index" | sed -E 's/.*=//; s/"//')
  files=("$index")
  # Paths on the page are absolute from the site root (/…, /en/…).
  while IFS= read -r f; do files+=("$DIST/$f"); done < <(
    grep -oE '(href|src)="?/[^" >]+\.(js|wasm|css)' "$index" | sed -E 's/^(href|src)="?\///' | sort -u)
  # The boot script (on the page) fetches the JS glue and the main wasm of its build, app-<hash>/
  # (scripts/wasm-build.mjs); the glue imports the split modules' loader, __wasm_split.js, at once.
  boot=$(grep -oE 'src="?/[^" >]*boot-[0-9a-f]+\.js' "$index" | sed -E 's/^src="?\///' || true)
  [ -n "$boot" ] || { echo "FAIL: $index has no boot script" >&2; exit 1; }
  prefix=$(dirname "${index#"$DIST"/}"); [ "$prefix" = . ] && prefix= || prefix="$prefix/"
  app=$(grep -oE 'app-[0-9a-f]+/' "$DIST/$boot" | head -1 | sed -E 's#/$##' || true)
  [ -n "$app" ] || { echo "FAIL: $boot starts no app-<hash>/ build" >&2; exit 1; }
  for f in spoorwijzer.js spoorwijzer_bg.wasm __wasm_split.js; do files+=("$DIST/$prefix$app/$f"); done
  raw=0; gz=0; br=0
  echo "== first load, language: $lang (${index#"$DIST"/})"
  printf '%-46s %9s %9s %9s\n' file raw gzip-9 brotli-11
  for f in "${files[@]}"; do
    r=$(stat -c %s "$f"); g=$(gzip -9 -c "$f" | wc -c); b=$(brotli -q 11 -c "$f" | wc -c)
    raw=$((raw + r)); gz=$((gz + g)); br=$((br + b))
    printf '%-46s %9d %9d %9d\n' "${f#"$DIST"/}" "$r" "$g" "$b"
  done
  printf '%-46s %9d %9d %9d\n' TOTAL "$raw" "$gz" "$br"
  printf 'budget (brotli): %d bytes; used %d%%\n' "$SIZE_BUDGET_BROTLI" $((br * 100 / SIZE_BUDGET_BROTLI))
  # What the app fetches right after it starts: the other pages' code (src/ui/later.rs). Not part
  # of the first load, but shown, with the sum of everything, so that no byte goes unseen.
  lr=0; lg=0; lb=0
  echo "-- fetched after the start (the other pages, split off; not in the first load)"
  for f in "$DIST/$prefix$app"/*.wasm; do
    case "$f" in */spoorwijzer_bg.wasm) continue ;; esac
    r=$(stat -c %s "$f"); g=$(gzip -9 -c "$f" | wc -c); b=$(brotli -q 11 -c "$f" | wc -c)
    lr=$((lr + r)); lg=$((lg + g)); lb=$((lb + b))
    printf '%-46s %9d %9d %9d\n' "${f#"$DIST"/}" "$r" "$g" "$b"
  done
  printf '%-46s %9d %9d %9d\n' "TOTAL after the start" "$lr" "$lg" "$lb"
  printf '%-46s %9d %9d %9d\n' "EVERYTHING (first load + after the start)" $((raw + lr)) $((gz + lg)) $((br + lb))
  printf 'budget for everything (brotli): %d bytes; used %d%%\n' "$SIZE_BUDGET_TOTAL_BROTLI" $(((br + lb) * 100 / SIZE_BUDGET_TOTAL_BROTLI))
  if [ $((br + lb)) -gt "$SIZE_BUDGET_TOTAL_BROTLI" ]; then
    echo "FAIL: the $lang build is $((br + lb)) bytes brotli in all, over the budget of $SIZE_BUDGET_TOTAL_BROTLI" >&2
    status=1
  fi
  if [ "$br" -gt "$SIZE_BUDGET_BROTLI" ]; then
    echo "FAIL: the $lang bundle is $br bytes brotli, over the budget of $SIZE_BUDGET_BROTLI" >&2
    status=1
  fi
done
exit "$status"
