#!/usr/bin/env node
// `npm run bench [-- --quick]`: the performance targets of issue 6, each measured side by side with its baseline
// in the same run. One line per metric (value, unit, ratio to the baseline, target), then one JSON line of all.
//
//   start    sample first screen (reader on a pseudo-terminal) and `export --format json`  vs  `node -e 0`
//   build    cold build of 1,000 / 10,000 generated articles (worker threads)  vs  one regex pass over the corpus
//   reopen   the same articles again through the extraction cache
//   search   per keystroke over 100,000 quotes  vs  a plain substring scan
//   reader   re-render after a selection move in a 100,000-item list (the reader's windowed List)
//
// Corpora are generated under .bench/ (git-ignored) by varying the sample articles (scripts/bench/corpus.mjs).
// --quick: 1,000 articles only and fewer repetitions (about a minute).
// --only start,search,reader,build: run just these parts (comma list; default all). `build` includes re-open.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generateCorpus } from './bench/corpus.mjs';
import { generateQuotes, TYPED_QUERIES } from './bench/quotes.mjs';
import { inkOutputPlugin } from './ink-output-plugin.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(ROOT, '.bench');
// The program as bin/briefing.js runs it, from a private build in .bench/dist (see scripts/bench/run-cli.mjs).
const BIN = path.join(ROOT, 'scripts', 'bench', 'run-cli.mjs');
const SAMPLE = path.join(ROOT, 'briefings', 'pahalgam-2025');
const QUICK = process.argv.includes('--quick');
const PARTS = ['start', 'search', 'reader', 'build'];
const onlyArg = process.argv.find((a) => a.startsWith('--only'));
const onlyValue = onlyArg === '--only' ? process.argv[process.argv.indexOf('--only') + 1] : onlyArg?.slice('--only='.length);
if (onlyArg && (!onlyValue || onlyValue.split(',').some((p) => !PARTS.includes(p.trim())))) {
  process.stderr.write(`bench: --only takes a comma list of ${PARTS.join(', ')}\n`);
  process.exit(2);
}
const ONLY = new Set(onlyValue ? onlyValue.split(',').map((p) => p.trim()) : PARTS);
const started = Date.now();
/** The whole run must stay under 10 minutes: the 10k build gets what is left of this. */
const RUN_BUDGET_MS = 9 * 60 * 1000;

mkdirSync(BENCH, { recursive: true });
const metrics = {};
const cacheRoot = mkdtempSync(path.join(os.tmpdir(), 'briefing-bench-cache-'));

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}
function quantile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
}
const round = (x, d = 1) => (x === null || x === undefined ? x : Math.round(x * 10 ** d) / 10 ** d);

/** Record and print one metric. `target`: { max } in the metric's unit. */
function report(name, value, unit, { baseline, baselineName, target, note } = {}) {
  const m = { value: round(value, unit === 'ms' ? 1 : 2), unit };
  if (baseline !== undefined && baseline !== null && value !== null) {
    m.baseline = round(baseline, 2);
    m.baselineName = baselineName;
    m.ratio = round(value / baseline, 2);
  }
  if (target !== undefined) {
    m.target = target;
    m.ok = value !== null && value <= target;
  }
  if (note) m.note = note;
  metrics[name] = m;
  const parts = [`${name.padEnd(34)} ${value === null ? 'n/a' : String(m.value).padStart(9)} ${unit.padEnd(5)}`];
  if (m.ratio !== undefined) parts.push(`${String(m.ratio).padStart(7)}x ${baselineName} (${m.baseline} ${unit})`);
  if (target !== undefined) parts.push(`target <= ${target} ${unit}: ${m.ok ? 'ok' : 'MISS'}`);
  if (note) parts.push(`[${note}]`);
  process.stdout.write(`${parts.join('  ')}\n`);
}

/** Run a command; wall time in ms, stderr, and a timeout flag. */
function timed(cmd, args, { env = {}, timeoutMs = 120_000, input } = {}) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    if (input !== undefined) child.stdin.end(input);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - t0, code, stderr, timedOut });
    });
  });
}

function machine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown';
  return { nproc: os.availableParallelism?.() ?? os.cpus().length, cpu, node: process.version, platform: `${os.platform()} ${os.release()}`, load: os.loadavg().map((x) => round(x, 2)), memGB: round(os.totalmem() / 2 ** 30, 1) };
}

// ---------------------------------------------------------------------------------------------------------------
const info = machine();
process.stdout.write(`briefing benchmark${QUICK ? ' (--quick)' : ''}${ONLY.size < PARTS.length ? ` (only ${[...ONLY].join(',')})` : ''}: ${info.nproc} cores, ${info.cpu}, node ${info.node}, load ${info.load.join(' ')}\n`);
if (info.load[0] > info.nproc) process.stdout.write(`note: the machine is busy (load ${info.load[0]} on ${info.nproc} cores): wall times are inflated and noisy\n`);

// The program itself is needed by start and build (search and reader bundle their own entry points).
if (ONLY.has('start') || ONLY.has('build')) {
  process.stdout.write('building the program (scripts/build.mjs --outdir .bench/dist)...\n');
  const b = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--outdir', '.bench/dist'], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) {
    process.stderr.write('bench: the build failed\n');
    process.exit(1);
  }
}

// ---- start -----------------------------------------------------------------------------------------------------
if (ONLY.has('start')) {
  const reps = QUICK ? 5 : 9;
  const hook = ['--import', path.join(ROOT, 'scripts/bench/rss-hook.mjs')];
  const bare = [];
  const bareCpu = [];
  for (let i = 0; i < reps; i++) {
    bare.push((await timed(process.execPath, ['-e', '0'])).ms);
    bareCpu.push(parseCpu((await timed(process.execPath, [...hook, '-e', '0'])).stderr) * 1000);
  }
  const nodeMs = median(bare);
  report('start.node_e0', nodeMs, 'ms');
  const env = { BRIEFING_CACHE_DIR: path.join(cacheRoot, 'start') };
  await timed(process.execPath, [BIN, 'export', SAMPLE, '--format', 'json'], { env }); // fills the cache
  const exp = [];
  const expCpu = [];
  for (let i = 0; i < reps; i++) {
    exp.push((await timed(process.execPath, [BIN, 'export', SAMPLE, '--format', 'json'], { env })).ms);
    expCpu.push(parseCpu((await timed(process.execPath, [...hook, BIN, 'export', SAMPLE, '--format', 'json'], { env })).stderr) * 1000);
  }
  report('start.export_json', median(exp), 'ms', { baseline: nodeMs, baselineName: 'node -e 0', target: 300 });
  report('start.export_json_cpu', median(expCpu), 'ms', { baseline: median(bareCpu), baselineName: 'node -e 0 CPU', note: 'CPU time (the target is ~5x node -e 0)' });
  const screens = [];
  for (let i = 0; i < reps; i++) {
    const ms = await firstScreen(env);
    if (ms !== null) screens.push(ms);
  }
  report('start.first_screen', screens.length ? median(screens) : null, 'ms', { baseline: nodeMs, baselineName: 'node -e 0', target: 300, note: screens.length ? undefined : 'no pseudo-terminal (script(1)) available' });
}

/** Time until the reader has drawn its first screen on a pseudo-terminal (script(1)), then quit it. */
function firstScreen(env) {
  return new Promise((resolve) => {
    const which = spawnSync('sh', ['-c', 'command -v script'], { encoding: 'utf8' });
    if (which.status !== 0) return resolve(null);
    const t0 = performance.now();
    const cmd = `stty cols 120 rows 40 2>/dev/null; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)}`;
    const child = spawn('script', ['-qfec', cmd, '/dev/null'], { cwd: ROOT, env: { ...process.env, ...env, TERM: 'xterm-256color' }, stdio: ['pipe', 'pipe', 'ignore'], detached: true });
    let out = '';
    let done = false;
    const finish = (v) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      resolve(v);
    };
    const timer = setTimeout(() => finish(null), 20_000);
    child.stdout.on('data', (d) => {
      out += d;
      // The first frame: ten or more lines of visible text.
      const visible = out.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\x1b\][^\x07]*\x07/g, '');
      if (visible.split('\n').filter((l) => l.trim()).length >= 10) finish(performance.now() - t0);
    });
    child.on('close', () => finish(null));
  });
}

// ---- search ----------------------------------------------------------------------------------------------------
if (ONLY.has('search')) {
  const n = 100_000;
  await build({ entryPoints: [path.join(ROOT, 'src/search/quote-search.ts')], bundle: true, platform: 'node', format: 'esm', outfile: path.join(BENCH, 'search.mjs'), logLevel: 'warning' });
  const { createQuoteSearch, lastSearchStats } = await import(`${path.join(BENCH, 'search.mjs')}?t=${Date.now()}`);
  const quotes = generateQuotes(ROOT, n);
  let t0 = performance.now();
  const search = createQuoteSearch(quotes);
  const buildMs = performance.now() - t0;
  const lower = quotes.map((q) => `${q.text.toLowerCase()}\u0000${(q.speakerName ?? '').toLowerCase()}`);
  const times = [];
  const cpu = [];
  const scan = [];
  let capped = 0;
  const rounds = QUICK ? 1 : 2;
  for (let r = 0; r < rounds; r++)
    for (const q of TYPED_QUERIES)
      for (let i = 1; i <= q.length; i++) {
        const s = q.slice(0, i);
        const c0 = process.cpuUsage();
        t0 = performance.now();
        search(s, 200);
        times.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
        if (!lastSearchStats.exact) capped++;
        t0 = performance.now();
        const needle = s.toLowerCase();
        let found = 0;
        for (let k = 0; k < lower.length; k++) if (lower[k].includes(needle)) found++;
        scan.push(performance.now() - t0);
        if (found < 0) process.stdout.write(''); // keep the scan from being optimised away
      }
  report('search.index_build_100k', buildMs, 'ms');
  report('search.keystroke_p50', median(times), 'ms', { baseline: median(scan), baselineName: 'substring scan p50' });
  report('search.keystroke_p95', quantile(times, 0.95), 'ms', { baseline: quantile(scan, 0.95), baselineName: 'substring scan p95', target: 16, note: `${times.length} keystrokes, limit 200; ${capped} stopped by the ranking budget` });
  report('search.keystroke_cpu_p50', median(cpu), 'ms', { note: 'CPU time of the search, less sensitive to other load' });
  report('search.keystroke_cpu_p95', quantile(cpu, 0.95), 'ms', { target: 16 });
}

// ---- reader ----------------------------------------------------------------------------------------------------
if (ONLY.has('reader')) {
  await build({
    entryPoints: [path.join(ROOT, 'scripts/bench/reader-entry.tsx'), path.join(ROOT, 'scripts/bench/reader-app-entry.tsx')],
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    outdir: path.join(BENCH, 'reader'),
    logLevel: 'warning',
    jsx: 'automatic',
    external: ['react-devtools-core'],
    // As scripts/build.mjs bundles the program: ink's Output replaced by src/ui/ink-output.ts.
    plugins: [inkOutputPlugin],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    define: { 'process.env.DEV': '"false"', 'process.env.NODE_ENV': '"production"' },
  });
  /** Run one reader harness of the bench build; its last stdout line is its JSON result (null if it failed). */
  const runHarness = (entry, env = {}) => {
    const r = spawnSync(process.execPath, [path.join(BENCH, 'reader', entry), QUICK ? '150' : '300'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
    try {
      return JSON.parse(r.stdout.trim().split('\n').pop());
    } catch {
      process.stderr.write(r.stderr?.slice(0, 2000) ?? '');
      return null;
    }
  };
  const res = runHarness('reader-entry.js', { READER_DEBUG: '1' });
  report('reader.move_p50', res?.p50 ?? null, 'ms', { note: '100,000 items, 50 rows' });
  report('reader.move_p95', res?.p95 ?? null, 'ms', { target: 16 });
  report('reader.move_cpu_p50', res?.cpuP50 ?? null, 'ms', { note: 'CPU time, less sensitive to other load' });
  report('reader.move_cpu_p95', res?.cpuP95 ?? null, 'ms', { target: 16 });
  // The same in the whole reader (src/ui/App.tsx): key press -> frame, Quotes pane of 100,000 quotes.
  const app = runHarness('reader-app-entry.js');
  report('reader.app_move_p50', app?.p50 ?? null, 'ms', { note: 'the whole reader, key to frame, 100,000 quotes' });
  report('reader.app_move_p95', app?.p95 ?? null, 'ms', { target: 16 });
  report('reader.app_move_cpu_p95', app?.cpuP95 ?? null, 'ms', { target: 16 });
}

// ---- build and re-open -----------------------------------------------------------------------------------------
const sizes = !ONLY.has('build') ? [] : QUICK ? [1000] : [1000, 10000];
let smaller = null;
for (const size of sizes) {
  const dir = path.join(BENCH, `corpus-${size}`);
  let t0 = performance.now();
  const words = generateCorpus(ROOT, dir, size);
  process.stdout.write(`corpus: ${size} articles, ${(words / 1e6).toFixed(2)} M words (${Math.round(performance.now() - t0)} ms to generate or check)\n`);
  const regex = await timed(process.execPath, [path.join(ROOT, 'scripts/bench/regex-pass.mjs'), dir]);
  report(`build.${size}.regex_pass`, regex.ms / 1000, 's');
  const left = RUN_BUDGET_MS - (Date.now() - started);
  const timeoutMs = Math.max(30_000, size >= 10000 ? left - 60_000 : Math.min(left / 3, 240_000));
  const env = { BRIEFING_CACHE_DIR: path.join(cacheRoot, `build-${size}`), BRIEFING_TIMINGS: '1' };
  const args = ['--import', path.join(ROOT, 'scripts/bench/rss-hook.mjs'), BIN, 'export', dir, '--format', 'json'];
  const cold = await timed(process.execPath, args, { env, timeoutMs });
  const phases = parsePhases(cold.stderr);
  if (cold.timedOut || cold.code !== 0) {
    const why = cold.timedOut ? `stopped after ${Math.round(timeoutMs / 1000)} s` : `exit ${cold.code}: ${cold.stderr.trim().split('\n').pop()}`;
    report(`build.${size}.cold`, null, 's', { target: size >= 10000 ? 60 : undefined, note: why });
    if (smaller) {
      // What the phases of the smaller build predict: load and extraction grow with the number of articles, the
      // merge (pairwise comparisons) with its square. An estimate, not a measurement.
      const k = size / smaller.size;
      const est = (smaller.phases.load * k + smaller.phases.extract * k + smaller.phases.merge * k * k) / 1000;
      report(`build.${size}.cold_estimate`, est, 's', { target: 60, note: `extrapolated from the ${smaller.size}-article phases: load, extract x${k}, merge x${k * k}` });
    }
    continue;
  }
  if (phases) smaller = { size, phases };
  report(`build.${size}.cold`, cold.ms / 1000, 's', { baseline: regex.ms / 1000, baselineName: 'regex pass', target: size >= 10000 ? 60 : undefined, note: phases ? `load ${phases.load} ms, extract ${phases.extract} ms, merge ${phases.merge} ms` : undefined });
  report(`build.${size}.cold_peak_rss`, parseRss(cold.stderr), 'MB', { target: 1024 });
  report(`build.${size}.cold_cpu`, parseCpu(cold.stderr), 's', { note: 'CPU time of all threads; wall time is what counts' });
  const warm = await timed(process.execPath, args, { env, timeoutMs });
  const wp = parsePhases(warm.stderr);
  report(`build.${size}.reopen`, warm.timedOut ? null : warm.ms / 1000, 's', { baseline: cold.ms / 1000, baselineName: 'cold build', target: size >= 10000 ? 2 : undefined, note: wp ? `load ${wp.load} ms, extract ${wp.extract} ms, merge ${wp.merge} ms` : undefined });
  t0 = performance.now();
}

rmSync(cacheRoot, { recursive: true, force: true });
process.stdout.write(`total ${round((Date.now() - started) / 1000, 1)} s\n`);
process.stdout.write(`${JSON.stringify({ bench: 'briefing', quick: QUICK, only: ONLY.size < PARTS.length ? [...ONLY] : undefined, date: new Date().toISOString(), machine: info, metrics })}\n`);

function parsePhases(stderr) {
  const m = /briefing-timings (\{.*\})/.exec(stderr);
  try {
    return m ? JSON.parse(m[1]) : null;
  } catch {
    return null;
  }
}
function parseCpu(stderr) {
  const m = /briefing-cpu (\d+)/.exec(stderr);
  return m ? Number(m[1]) / 1e6 : null;
}
function parseRss(stderr) {
  const m = /briefing-rss (\d+)/.exec(stderr);
  return m ? Number(m[1]) / 1024 : null;
}
