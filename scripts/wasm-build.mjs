// The app's wasm, for the Trunk post_build hook (scripts/externalize-boot.mjs), in the order
// the tools need:
//   1. cargo build (release, wasm32; .cargo/config.toml adds --emit-relocs and erase_components)
//   2. wasm-split-cli (wasm_split_cli_support, pinned in scripts/setup.sh): moves the code and
//      data that only the split points of src/ui/later.rs reach into modules of their own, so
//      the first download carries the start page and the shell, not every page
//   3. wasm-bindgen --target web --keep-lld-exports (the split modules share the main module's
//      memory and function table through those exports)
//   4. wasm-opt -Oz on the main module and on every split module (binaryen from npm)
// Trunk itself no longer builds the Rust (it cannot run step 2 between its cargo and
// wasm-bindgen steps); it still builds the page, the CSS and the copied files.
// Everything lands in one folder named after a hash of its contents, app-<hash>/, so a new
// build never reuses an old file's URL, while the files keep the names by which they import and
// fetch each other (./spoorwijzer.js, ./__wasm_split.js, ./split_*.wasm, ./chunk_*.wasm).
import { createHash } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = 'spoorwijzer';

function run(cmd, args, opts = {}) {
  execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
}

function runAsync(cmd, args) {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    p.on('error', reject);
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')}: exit ${code}`))));
  });
}

/**
 * Builds the wasm into `<staging>/app-<hash>/` and returns the paths the page needs, relative to
 * the staging folder: { dir, js, wasm, later: [split and shared modules] }.
 * @param {{ root: string, staging: string, english: boolean }} o
 */
export async function buildWasm({ root, staging, english }) {
  const features = english ? ['--features', 'en'] : [];
  run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '--bin', BIN, '--offline', '--locked', ...features], { cwd: root });
  const target = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline'], { cwd: root, encoding: 'utf8' })).target_directory;
  const input = join(target, 'wasm32-unknown-unknown', 'release', `${BIN}.wasm`);
  // binaryen from npm (tests/e2e), never Debian's, which miscompiles wasm-bindgen's output.
  const wasmOpt = join(root, 'tests', 'e2e', 'node_modules', '.bin', 'wasm-opt');

  const work = mkdtempSync(join(tmpdir(), 'spoorwijzer-wasm-'));
  try {
    const split = join(work, 'split');
    const out = join(work, 'out');
    mkdirSync(out);
    run('wasm-split-cli', [input, split, '--out-name', BIN]);
    run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-typescript', '--out-name', BIN, '--out-dir', out, join(split, `${BIN}.wasm`)]);
    const modules = readdirSync(split).filter((f) => /^(split|chunk)_.*\.wasm$/.test(f)).sort();
    if (!modules.length) throw new Error('wasm-split-cli split nothing off: are the split points of src/ui/later.rs still used?');
    // Two at a time (the machines have two cores), the big main module first.
    const jobs = [[join(out, `${BIN}_bg.wasm`), join(out, `${BIN}_bg.opt.wasm`)], ...modules.map((m) => [join(split, m), join(out, m)])];
    const next = async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) await runAsync(wasmOpt, ['-Oz', job[0], '-o', job[1]]);
    };
    // Both workers finish before the work folder goes, even when one fails.
    const settled = await Promise.allSettled([next(), next()]);
    for (const s of settled) if (s.status === 'rejected') throw s.reason;
    renameSync(join(out, `${BIN}_bg.opt.wasm`), join(out, `${BIN}_bg.wasm`));
    copyFileSync(join(split, '__wasm_split.js'), join(out, '__wasm_split.js'));

    const names = readdirSync(out).sort();
    const hash = createHash('sha256');
    for (const n of names) hash.update(n).update('\0').update(readFileSync(join(out, n)));
    const dir = `app-${hash.digest('hex').slice(0, 16)}`;
    rmSync(join(staging, dir), { recursive: true, force: true });
    mkdirSync(join(staging, dir));
    for (const n of names) copyFileSync(join(out, n), join(staging, dir, n));
    console.log(`wasm-build: ${dir}/ with ${names.join(', ')}`);
    return { dir, js: `${dir}/${BIN}.js`, wasm: `${dir}/${BIN}_bg.wasm`, later: modules.map((m) => `${dir}/${m}`) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
