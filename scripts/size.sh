#!/usr/bin/env bash
# Size report of the release bundle in dist/: raw, gzip -9 and brotli -q 11 bytes of every file a
# browser downloads on first load (index.html, the boot script, JS glue, wasm, CSS), and the total,
# once per language: the Dutch app at dist/ and the English one at dist/en/ (each is downloaded
# alone, never both). Fails when either brotli total exceeds SIZE_BUDGET_BROTLI (scripts/budget.env).
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
  # The boot script loads the JS glue, which loads the wasm: both are on the index already (preload).
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
  if [ "$br" -gt "$SIZE_BUDGET_BROTLI" ]; then
    echo "FAIL: the $lang bundle is $br bytes brotli, over the budget of $SIZE_BUDGET_BROTLI" >&2
    status=1
  fi
done
exit "$status"
