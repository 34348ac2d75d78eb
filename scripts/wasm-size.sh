#!/usr/bin/env bash
# What the bytes of the release wasm are: the largest functions and data items, and the share of
# each crate, as plain-text tables on stdout (build logs go to stderr).
#
#   bash scripts/wasm-size.sh             # top 30 items
#   bash scripts/wasm-size.sh 60          # top 60 items
#   CARGO_TARGET_DIR=/tmp/t bash scripts/wasm-size.sh > report.txt
#
# The shipped build (scripts/build.sh → scripts/wasm-build.mjs: cargo → wasm-split-cli →
# wasm-bindgen → wasm-opt -Oz) strips every name, so this script builds its own analysable copy of
# the first download's wasm (the main module, after the pages of src/ui/later.rs are split off)
# from the same cargo artifact:
#   cargo build --release --target wasm32-unknown-unknown --bin spoorwijzer --offline --locked
#     (the wasm32 rustflags of .cargo/config.toml, --cfg erase_components, apply as for the app)
#   wasm-split-cli, then wasm-bindgen --target web --keep-lld-exports --keep-debug, then
#   wasm-opt -Oz -g (binaryen 132 from tests/e2e)
# so the function names survive and the code is optimised as in the shipped file. Alongside it
# builds the exact shipped pipeline without names (wasm-bindgen, wasm-opt -Oz) to show that the
# analysed copy matches, and lists the split-off modules. All output lands in
# <target dir>/wasm-size/ (recreated on every run):
#   spoorwijzer.named.wasm         the analysed copy (open it with `twiggy paths|dominators|…`)
#   bindgen-named/spoorwijzer_bg.wasm   the same before wasm-opt (LLVM's function boundaries)
#   shipped/spoorwijzer_bg.wasm    as scripts/wasm-build.mjs makes it
#   split/                         wasm-split-cli's output (main module and split-off modules)
#   twiggy-top.json, twiggy-top.before-wasm-opt.json, twiggy-top.txt (twiggy's own table; its
#   percentages include the name section)
# dist/ is only read (its *.wasm is shown for reference), never written. Idempotent.
#
# Needs: `bash scripts/setup.sh` (wasm32 target, wasm-bindgen, npm binaryen in tests/e2e),
# twiggy 0.8 (`cargo install twiggy --version 0.8.0 --locked`), python3, gzip, brotli.
#
# Reading the tables: "bytes" is twiggy's shallow size. Percentages are of the analysed total,
# which leaves out custom sections (the name section exists only in the analysed copy). Code that
# LLVM or wasm-opt inlined counts under the function it was inlined into: wasm-opt -Oz inlines
# every function with one caller, so whole pages show up inside leptos::for_loop's closure; the
# "before wasm-opt" column and table keep LLVM's boundaries and say where such code comes from. Crate = first path segment of the demangled
# name; for `<X as Trait>::f` the crate of X, or of Trait when X is a type parameter or a
# primitive. "brotli" columns compress each group on its own (brotli -q 11): they show how well
# a group compresses, and do not add up to the brotli size of the file.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TOP_N="${1:-30}"
BIN=spoorwijzer

export PATH="$ROOT/tests/e2e/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
need() { command -v "$1" >/dev/null || { echo "wasm-size: '$1' not found; $2" >&2; exit 1; }; }
need cargo "install Rust"
need wasm-bindgen "run: bash scripts/setup.sh"
need wasm-split-cli "run: bash scripts/setup.sh"
need twiggy "run: cargo install twiggy --version 0.8.0 --locked"
need python3 "install python3"
need gzip "install gzip"
need brotli "run: bash scripts/setup.sh (it installs Debian's brotli)"
WASM_OPT="$ROOT/tests/e2e/node_modules/.bin/wasm-opt"   # binaryen 132 from npm; never Debian's
[ -x "$WASM_OPT" ] || { echo "wasm-size: $WASM_OPT missing; run: bash scripts/setup.sh" >&2; exit 1; }

TARGET_DIR=$(cargo metadata --format-version 1 --no-deps --offline |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
OUT="$TARGET_DIR/wasm-size"

echo "wasm-size: cargo build (release, wasm32) into $TARGET_DIR" >&2
cargo build --release --target wasm32-unknown-unknown --bin "$BIN" --offline --locked >&2
INPUT="$TARGET_DIR/wasm32-unknown-unknown/release/$BIN.wasm"

# A glob that matches nothing (no chunk_*.wasm in a build) is no file.
shopt -s nullglob
rm -rf "$OUT"
mkdir -p "$OUT/bindgen-named" "$OUT/shipped"
echo "wasm-size: wasm-split-cli (the pages of src/ui/later.rs off the first download)" >&2
wasm-split-cli "$INPUT" "$OUT/split" --out-name "$BIN" >&2
INPUT="$OUT/split/$BIN.wasm"
echo "wasm-size: wasm-bindgen + wasm-opt -Oz (named and as shipped)" >&2
wasm-bindgen --target web --keep-lld-exports --keep-debug --no-typescript --out-name "$BIN" --out-dir "$OUT/bindgen-named" "$INPUT"
wasm-bindgen --target web --keep-lld-exports --no-typescript --out-name "$BIN" --out-dir "$OUT/shipped" "$INPUT"
"$WASM_OPT" -Oz -g "$OUT/bindgen-named/${BIN}_bg.wasm" -o "$OUT/$BIN.named.wasm" & named_pid=$!
"$WASM_OPT" -Oz "$OUT/shipped/${BIN}_bg.wasm" -o "$OUT/shipped/${BIN}_bg.opt.wasm" & shipped_pid=$!
wait "$named_pid"; wait "$shipped_pid"
mv "$OUT/shipped/${BIN}_bg.opt.wasm" "$OUT/shipped/${BIN}_bg.wasm"
for m in "$OUT"/split/split_*.wasm "$OUT"/split/chunk_*.wasm; do
  "$WASM_OPT" -Oz "$m" -o "$OUT/shipped/$(basename "$m")"
done

twiggy top -f json -o "$OUT/twiggy-top.json" "$OUT/$BIN.named.wasm"
twiggy top -n "$TOP_N" -o "$OUT/twiggy-top.txt" "$OUT/$BIN.named.wasm"
twiggy top -f json -o "$OUT/twiggy-top.before-wasm-opt.json" "$OUT/bindgen-named/${BIN}_bg.wasm"

DIST_WASM=(dist/app-*/"${BIN}"_bg.wasm)

echo "== Split off the first download (fetched once the app runs; wasm-opt -Oz)"
printf '%-44s %9s %9s %9s\n' module raw gzip-9 brotli-11
for m in "$OUT"/shipped/split_*.wasm "$OUT"/shipped/chunk_*.wasm; do
  printf '%-44s %9d %9d %9d\n' "$(basename "$m")" "$(stat -c %s "$m")" "$(gzip -9 -c "$m" | wc -c)" "$(brotli -q 11 -c "$m" | wc -c)"
done
echo

python3 - "$TOP_N" "$OUT/$BIN.named.wasm" "$OUT/twiggy-top.json" "$OUT/shipped/${BIN}_bg.wasm" \
  "$OUT/twiggy-top.before-wasm-opt.json" "${DIST_WASM[@]}" <<'PY'
import collections, json, re, subprocess, sys

top_n = int(sys.argv[1])
named_path, twiggy_json, shipped_path, twiggy_pre_json = sys.argv[2:6]
dist_paths = sys.argv[6:]

def brotli(data: bytes) -> int:
    if not data:
        return 0
    return len(subprocess.run(["brotli", "-q", "11", "-c"], input=data, capture_output=True,
                              check=True).stdout)

def gz(data: bytes) -> int:   # the gzip program, as scripts/size.sh uses
    return len(subprocess.run(["gzip", "-9", "-c"], input=data, capture_output=True,
                              check=True).stdout)

# ---- a minimal wasm reader: sections, function bodies with their names, data segments ----
def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1; r |= (x & 0x7F) << s; s += 7
        if x < 0x80:
            return r, i

def read_wasm(path):
    b = open(path, "rb").read()
    sections, bodies, names, data = [], [], {}, []
    n_imported_funcs = 0
    i = 8
    while i < len(b):
        sid = b[i]; i += 1
        size, i = leb(b, i)
        start, end = i, i + size
        if sid == 0:
            nl, j = leb(b, i)
            cname = b[j:j + nl].decode("utf8", "replace")
            sections.append(("custom:" + cname, end - start))
            if cname == "name":
                j += nl
                while j < end:
                    sub = b[j]; j += 1
                    sl, j = leb(b, j)
                    if sub == 1:
                        k = j
                        cnt, k = leb(b, k)
                        for _ in range(cnt):
                            idx, k = leb(b, k)
                            ln, k = leb(b, k)
                            names[idx] = b[k:k + ln].decode("utf8", "replace"); k += ln
                    j += sl
        else:
            sections.append((sid, end - start))
            if sid == 2:  # imports: functions take the first indices
                cnt, j = leb(b, i)
                for _ in range(cnt):
                    for _ in range(2):
                        ln, j = leb(b, j); j += ln
                    kind = b[j]; j += 1
                    if kind == 0:
                        _, j = leb(b, j); n_imported_funcs += 1
                    elif kind == 1:
                        j += 1; fl, j = leb(b, j); _, j = leb(b, j)
                        if fl & 1: _, j = leb(b, j)
                    elif kind == 2:
                        fl, j = leb(b, j); _, j = leb(b, j)
                        if fl & 1: _, j = leb(b, j)
                    elif kind == 3:
                        j += 2
                    else:
                        _, j = leb(b, j)
            elif sid == 10:
                cnt, j = leb(b, i)
                for _ in range(cnt):
                    ln, j = leb(b, j); bodies.append(b[j:j + ln]); j += ln
            elif sid == 11:
                cnt, j = leb(b, i)
                for _ in range(cnt):
                    fl, j = leb(b, j)
                    if fl == 2:
                        _, j = leb(b, j)
                    if fl in (0, 2):
                        while b[j] != 0x0B:
                            j += 1
                        j += 1
                    ln, j = leb(b, j); data.append(b[j:j + ln]); j += ln
        i = end
    funcs = [(names.get(n_imported_funcs + k, f"code[{k}]"), body) for k, body in enumerate(bodies)]
    return b, sections, funcs, data

named_bytes, named_sections, funcs, data_segs = read_wasm(named_path)
shipped_bytes, shipped_sections, _, _ = read_wasm(shipped_path)

# ---- names → crate / module ----
PRIMS = set("bool char str u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64".split())

def clean(name):
    n = re.sub(r"\[[0-9a-f]{16}\]", "", name)          # crate disambiguators: core[c5930c…]
    n = re.sub(r"::h[0-9a-f]{16}$", "", n)              # symbol hash
    n = re.sub(r"\.\d+$", "", n)                         # wasm-opt's duplicate-name suffix
    return n

def split_qualified(n):
    """'<X as Tr>::rest' → (X, Tr, rest); '<X>::rest' → (X, None, rest)."""
    depth = 0
    for k, ch in enumerate(n):
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
            if depth == 0:
                inner, rest = n[1:k], n[k + 1:].lstrip(":")
                d = 0
                for m in range(len(inner)):
                    c = inner[m]
                    if c in "<([":
                        d += 1
                    elif c in ">)]":
                        d -= 1
                    elif d == 0 and inner.startswith(" as ", m):
                        return inner[:m], inner[m + 4:], rest
                return inner, None, rest
    return n, None, ""

def type_path(t):
    """The crate path of a type, or None for a type parameter, primitive, slice, tuple, …"""
    t = t.strip()
    t = re.sub(r"^(?:&(?:'\w+ )?(?:mut )?|\*(?:const|mut) |dyn |impl )+", "", t)
    m = re.match(r"([A-Za-z_]\w*)(::[A-Za-z_{][\w{}#]*)*", t)
    if not m or "::" not in m.group(0) or m.group(1) in PRIMS:
        return None
    return m.group(0)

def owner_path(name):
    n = clean(name)
    if n.startswith("<"):
        self_ty, trait, rest = split_qualified(n)
        p = type_path(self_ty)
        if p is None and trait is not None:
            p = type_path(trait)
        return p or "core::" + (self_ty.strip("&* ") or "?")
    return n

SPECIAL = [
    (r'^data segment ', "[data segments]"),
    (r'^code\[\d+\]$', "[unnamed functions]"),
    (r'^import ', "[imports: JS functions]"),
    (r'^export ', "[exports]"),
    (r'^type\[', "[wasm types]"),
    (r'^(elem|table|memory|global)\[|section headers$|^wasm magic', "[wasm structure]"),
    (r'externref shim$|^__wbindgen_|^__wbg_|^__externref_|^__instance_terminated|^Closure\(', "wasm_bindgen"),
    (r'^intounderlying', "wasm_streams"),
    (r'^(memcmp|memcpy|memmove|memset|__multi3|__divti3|__udivti3|__umodti3|__modti3|__ashlti3|__lshrti3)$', "compiler_builtins"),
    (r'^(main|__rustc::.*|__rust_.*|__rdl_.*)$', "std"),
]

def is_custom(name):
    return name.startswith(('"', "custom section"))

def crate_of(name):
    for pat, key in SPECIAL:
        if re.search(pat, clean(name)):
            return key
    p = owner_path(name)
    m = re.match(r"[A-Za-z_]\w*", p)
    return m.group(0) if m else "[other]"

def module_of(name, crate):
    if crate.startswith("[") or "::" not in name:
        return crate
    p = owner_path(name)
    p = re.split(r"::(?:<|\{\{)|<", p)[0]
    segs = [s for s in p.split("::") if s]
    depth = 3 if crate == "spoorwijzer" else 2
    return "::".join(segs[:depth]) or crate

# ---- twiggy's items ----
items = json.load(open(twiggy_json))
custom = [it for it in items if is_custom(it["name"])]
items = [it for it in items if not is_custom(it["name"])]
total = sum(it["shallow_size"] for it in items)
# The same code before wasm-opt: LLVM's function boundaries (wasm-opt -Oz inlines every function
# with a single caller, so in the optimised file whole pages end up inside one Leptos closure).
pre_items = [it for it in json.load(open(twiggy_pre_json)) if not is_custom(it["name"])]
pre_total = sum(it["shallow_size"] for it in pre_items)

def pct(x):
    return 100.0 * x / total if total else 0.0

def short(s, w):
    return s if len(s) <= w else s[: w - 1] + "…"

def rule(w=110):
    print("-" * w)

# ---- 0. files ----
print("== Files")
print(f"{'file':<58} {'raw':>9} {'gzip-9':>9} {'brotli-11':>9}")
for label, b in [("analysed copy (wasm-opt -Oz -g, with names)", named_bytes),
                 ("shipped pipeline, rebuilt now (wasm-opt -Oz)", shipped_bytes)] + \
                [("dist (last scripts/build.sh): " + "/".join(p.split("/")[-2:]), open(p, "rb").read())
                 for p in dist_paths]:
    print(f"{short(label, 58):<58} {len(b):>9} {gz(b):>9} {brotli(b):>9}")
code_named = sum(sz for k, sz in named_sections if k == 10)
code_shipped = sum(sz for k, sz in shipped_sections if k == 10)
print(f"analysed total (twiggy items without custom sections): {total} bytes; "
      f"custom sections left out: {sum(it['shallow_size'] for it in custom)} bytes")
print(f"code section: analysed {code_named}, shipped pipeline {code_shipped} "
      f"({100.0 * (code_named - code_shipped) / max(code_shipped, 1):+.2f}%)")
print()

# ---- 1. sections ----
SEC = {1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global", 7: "export",
       8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount"}
print("== Sections of the analysed copy (without custom sections)")
print(f"{'section':<12} {'bytes':>9} {'%':>7} {'brotli':>9}")
data_all = b"".join(data_segs)
code_all = b"".join(body for _, body in funcs)
for k, sz in sorted((x for x in named_sections if not isinstance(x[0], str)), key=lambda x: -x[1]):
    br = brotli(code_all) if k == 10 else brotli(data_all) if k == 11 else None
    print(f"{SEC.get(k, k):<12} {sz:>9} {pct(sz):>6.2f}% {br if br is not None else '':>9}")
print()

# ---- 2. top items ----
print(f"== Top {top_n} functions and data items (shallow bytes)")
print(f"{'bytes':>8} {'%':>7}  {'crate':<16} item")
rule()
for it in items[:top_n]:
    n = it["name"]
    print(f"{it['shallow_size']:>8} {pct(it['shallow_size']):>6.2f}%  {short(crate_of(n), 16):<16} "
          f"{short(clean(n), 120)}")
rest = items[top_n:]
rule()
print(f"{sum(i['shallow_size'] for i in rest):>8} {pct(sum(i['shallow_size'] for i in rest)):>6.2f}%  "
      f"{'':<16} … {len(rest)} more items")
print(f"{total:>8} {100:>6.2f}%  {'':<16} total ({len(items)} items)")
print()

# ---- 3. by crate ----
by_crate = collections.defaultdict(lambda: [0, 0])
for it in items:
    c = by_crate[crate_of(it["name"])]
    c[0] += it["shallow_size"]; c[1] += 1
code_by_crate = collections.defaultdict(list)
for n, body in funcs:
    code_by_crate[crate_of(n)].append(body)
by_crate_pre = collections.Counter()
for it in pre_items:
    by_crate_pre[crate_of(it["name"])] += it["shallow_size"]
print("== By crate (sum of shallow bytes; brotli = the group's function bodies compressed alone;")
print("   'before wasm-opt' = the same build before wasm-opt -Oz, with LLVM's function boundaries)")
print(f"{'crate':<28} {'items':>6} {'bytes':>9} {'%':>7} {'cum %':>7} {'brotli':>8} "
      f"{'before wasm-opt':>16} {'%':>7}")
rule(98)
cum = 0
for name, (sz, cnt) in sorted(by_crate.items(), key=lambda x: -x[1][0]):
    cum += sz
    if name == "[data segments]":
        br = brotli(data_all)
    elif name in code_by_crate:
        br = brotli(b"".join(code_by_crate[name]))
    else:
        br = ""
    pre = by_crate_pre.pop(name, 0)
    print(f"{short(name, 28):<28} {cnt:>6} {sz:>9} {pct(sz):>6.2f}% {100.0 * cum / total:>6.2f}% {br:>8} "
          f"{pre:>16} {100.0 * pre / pre_total:>6.2f}%")
for name, pre in by_crate_pre.most_common():   # groups that wasm-opt removed entirely
    print(f"{short(name, 28):<28} {0:>6} {0:>9} {0:>6.2f}% {'':>7} {'':>8} {pre:>16} {100.0 * pre / pre_total:>6.2f}%")
rule(98)
print(f"{'total':<28} {len(items):>6} {total:>9} {100:>6.2f}% {'':>7} {'':>8} {pre_total:>16} {100:>6.2f}%")
print()

# ---- 3b. top functions before wasm-opt ----
pre_n = min(top_n, 20)
print(f"== Top {pre_n} functions before wasm-opt (where the optimised file's big closures come from)")
print(f"{'bytes':>8} {'%':>7}  {'crate':<16} item")
rule()
for it in [i for i in pre_items if not i["name"].startswith("data segment")][:pre_n]:
    n = it["name"]
    print(f"{it['shallow_size']:>8} {100.0 * it['shallow_size'] / pre_total:>6.2f}%  "
          f"{short(crate_of(n), 16):<16} {short(clean(n), 120)}")
print()

# ---- 4. by module ----
by_mod = collections.defaultdict(lambda: [0, 0])
for it in items:
    c = crate_of(it["name"])
    if c.startswith("["):
        continue
    m = by_mod[module_of(it["name"], c)]
    m[0] += it["shallow_size"]; m[1] += 1
print(f"== By module, top {top_n} (crate::module; spoorwijzer one level deeper)")
print(f"{'module':<44} {'items':>6} {'bytes':>9} {'%':>7}")
rule(70)
for name, (sz, cnt) in sorted(by_mod.items(), key=lambda x: -x[1][0])[:top_n]:
    print(f"{short(name, 44):<44} {cnt:>6} {sz:>9} {pct(sz):>6.2f}%")
print()

# ---- 5. monomorphisations ----
by_generic = collections.defaultdict(lambda: [0, 0])
for it in items:
    n = it["name"]
    if crate_of(n).startswith("["):
        continue
    g = by_generic[clean(n)]
    g[0] += it["shallow_size"]; g[1] += 1
mono = [(k, v) for k, v in by_generic.items() if v[1] > 1]
print("== Most repeated names (copies of one generic function or closure; top 20 by bytes)")
print(f"{'copies':>6} {'bytes':>9} {'%':>7}  name")
rule()
for name, (sz, cnt) in sorted(mono, key=lambda x: -x[1][0])[:20]:
    print(f"{cnt:>6} {sz:>9} {pct(sz):>6.2f}%  {short(name, 110)}")
print(f"all repeated names: {sum(v[1] for _, v in mono)} items in {len(mono)} names, "
      f"{sum(v[0] for _, v in mono)} bytes ({pct(sum(v[0] for _, v in mono)):.2f}%)")
print()

# ---- 6. what the data is ----
TEXT = re.compile(rb"(?:[\x20-\x7e\t\n]|[\xc2-\xf4][\x80-\xbf]{1,3}){8,}")
paths, texts = [], []
binary = bytearray()
for seg in data_segs:
    last = 0
    for m in TEXT.finditer(seg):
        binary += seg[last:m.start()]; last = m.end()
        s = m.group()
        # source paths of panic locations; the rest of the run stays text
        for part in re.split(rb"((?:/[\w.@+-]+)+\.rs|src/[\w/.-]+\.rs)", s):
            if part.endswith(b".rs"):
                paths.append(part)
            elif part:
                texts.append(part)
    binary += seg[last:]
text_all, path_all = b"".join(texts), b"".join(paths)
print("== What the data segments hold")
print(f"{'kind':<62} {'bytes':>8} {'%':>7} {'brotli':>8}")
rule(90)
for label, blob in [("text: runs of >= 8 printable characters (content, messages, CSS classes)", text_all),
                    (f"source paths of panic locations ({len(paths)} strings)", path_all),
                    ("other: tables, vtables, pointers, short strings", bytes(binary))]:
    print(f"{short(label, 62):<62} {len(blob):>8} {pct(len(blob)):>6.2f}% {brotli(blob):>8}")
print(f"{'all data':<62} {len(data_all):>8} {pct(len(data_all)):>6.2f}% {brotli(data_all):>8}")
PY
