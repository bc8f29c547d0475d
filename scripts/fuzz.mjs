#!/usr/bin/env node
// Fuzz the core: random and mutated inputs (from the test fixtures and the sample) through
// load -> extract -> briefing -> export (JSON, Markdown, text), checking invariants on the way.
//
//   npm run fuzz                      # 10 minutes
//   npm run fuzz -- --minutes 1 --seed 42 --cases 5000
//
// Prints the number of cases and every crash, hang (a case over --case-timeout seconds) or broken
// invariant; each is saved with a reproducer under .fuzz/ (git-ignored). Exit 1 when anything was found.
// Cases slower than --slow seconds (default 5) are counted, and the slowest is kept as .fuzz/slowest.*
// CPU heavy: run it with `nice -n 10 npm run fuzz`.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, '.fuzz');

function flag(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v < 0) {
    process.stderr.write(`fuzz: --${name} needs a number\n`);
    process.exit(2);
  }
  return v;
}

// ---------------------------------------------------------------- the harness (runs in a worker)
const HARNESS = `
import { articleFromBytes, loadHtmlReader } from './src/load/index.ts';
await loadHtmlReader();
import { extractArticle } from './src/extract/index.ts';
import { buildBriefing } from './src/briefing/index.ts';
import { briefingToJson } from './src/export/json.ts';
import { briefingToMarkdown } from './src/export/markdown.ts';
import { briefingToText } from './src/export/text.ts';
import { lineAt } from './src/text/lines.ts';

const DANGEROUS = /[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]/;

function check(cond, what) { if (!cond) throw new Error('invariant: ' + what); }

export function runCase(name, bytes, companion) {
  const problems = [];
  const a = articleFromBytes(name, bytes, problems);
  if (!a) { check(problems.length === 1, 'a refused input has exactly one problem'); return 'refused'; }
  const article = { id: 'a1', ...a };
  const n = article.text.length;
  check(article.bodyStart >= 0 && article.bodyEnd <= n && article.bodyStart <= article.bodyEnd, 'body inside text');
  const x = extractArticle(article);
  const inside = (s, what) => check(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= n && s.start <= s.end, what + ' inside text');
  for (const act of x.actors) for (const m of act.mentions) inside(m, 'mention');
  for (const q of x.quotes) { inside(q, 'quote'); check(q.text === article.text.slice(q.start, q.end), 'quote text is its slice'); }
  for (const t of x.times) { inside(t, 'time'); inside({ start: t.eventStart, end: t.eventEnd }, 'event'); }
  for (const c of x.claims) inside(c, 'claim');
  const articles = [article];
  const extractions = [x];
  if (companion) {
    const b = articleFromBytes('companion.txt', companion, []);
    if (b) { const other = { id: 'a2', ...b }; articles.push(other); extractions.push(extractArticle(other)); }
  }
  const br = buildBriefing(articles, extractions);
  const json = briefingToJson(br);
  const back = JSON.parse(json);
  check(JSON.stringify(back) === JSON.stringify(JSON.parse(JSON.stringify(br))), 'JSON round trip');
  for (const q of br.quotes) for (const s of q.sources) {
    const src = articles.find((y) => y.id === s.article);
    check(src && s.end <= src.text.length && s.line === lineAt(src.lineStarts, s.start), 'quote source position and line');
  }
  if (articles.length === 2) {
    const rev = buildBriefing([articles[1], articles[0]], [extractions[1], extractions[0]]);
    check(briefingToJson(rev) === json, 'merge independent of article order');
  }
  const md = briefingToMarkdown(br);
  const text = briefingToText(br);
  check(!DANGEROUS.test(md), 'Markdown free of controls');
  check(!DANGEROUS.test(text), 'text free of controls');
  return 'ok';
}
`;

// ---------------------------------------------------------------- input generation
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

const TOKENS = [
  '"', '“', '”', '‘', '’', "'", '«', '»', '„', '\n', '\n\n', '\r', '\r\n', '\t', '\0', '\u001b[31m', '\u001b]52;c;eA==\u0007', '\u001b]0;t\u001b\\',
  '\u009b', '\u202e', '\u200b', '\ufeff', '<div>', '</div>', '<p>', '<script>', '</script>', '<!--', '---\n', '\n---\n', 'title: ', 'date: ',
  ' said ', ' told reporters ', ' Mayor Ana Ruiz ', ' on Monday', ' April 22, 2025', ' 26 killed', ' yesterday', ' last week', ' in 1999',
  ' Secretary of State ', '.', ',', ':', '—', '(', ')', '[', ']', '#', '*', '_', '`', '|', '&amp;', '&#0;', 'é', '漢字', '🙂', '\ud800', '\udc00',
];
const EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.markdown', ''];

function loadSeeds() {
  const seeds = [];
  const walk = (dir) => {
    let entries = [];
    try { entries = readdirSync(dir); } catch { return; }
    for (const e of entries) {
      const f = path.join(dir, e);
      let st;
      try { st = statSync(f); } catch { continue; }
      if (st.isDirectory()) walk(f);
      else if (st.isFile() && st.size < 2_000_000) seeds.push({ name: e, bytes: readFileSync(f) });
    }
  };
  walk(path.join(ROOT, 'tests', 'fixtures'));
  walk(path.join(ROOT, 'briefings'));
  return seeds;
}

function makeCase(r, seeds) {
  const pick = (arr) => arr[Math.floor(r() * arr.length)];
  const int = (n) => Math.floor(r() * n);
  const mode = r();
  let bytes;
  let ext;
  if (mode < 0.1) {
    // Random bytes
    bytes = Buffer.from(Array.from({ length: int(2000) }, () => int(256)));
    ext = pick(EXTENSIONS);
  } else if (mode < 0.25) {
    // Random token soup
    bytes = Buffer.from(Array.from({ length: 1 + int(300) }, () => (r() < 0.7 ? pick(TOKENS) : String.fromCharCode(32 + int(95)))).join(''));
    ext = pick(EXTENSIONS);
  } else {
    // A window of a seed file, mutated
    const seed = pick(seeds);
    ext = r() < 0.8 ? path.extname(seed.name) : pick(EXTENSIONS);
    let b = seed.bytes;
    if (b.length > 4096 && r() < 0.9) {
      const start = int(b.length - 1024);
      b = b.subarray(start, start + 512 + int(3584));
    }
    b = Buffer.from(b);
    const rounds = 1 + int(8);
    for (let k = 0; k < rounds; k++) {
      const op = int(8);
      const at = int(b.length + 1);
      if (op === 0 && b.length) b[int(b.length)] ^= 1 << int(8); // bit flip
      else if (op === 1 && b.length) b[int(b.length)] = int(256); // byte
      else if (op === 2) b = Buffer.concat([b.subarray(0, at), Buffer.from(pick(TOKENS)), b.subarray(at)]); // insert token
      else if (op === 3) b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + int(64)))]); // delete
      else if (op === 4) { const s = int(b.length + 1); b = Buffer.concat([b, b.subarray(s, s + int(256))]); } // duplicate a chunk
      else if (op === 5) { const other = pick(seeds).bytes; const s = int(other.length + 1); b = Buffer.concat([b.subarray(0, at), other.subarray(s, s + int(1024)), b.subarray(at)]); } // splice
      else if (op === 6) b = Buffer.concat([b.subarray(0, at), Buffer.from(pick(TOKENS).repeat(1 + int(200))), b.subarray(at)]); // repeated token
      else if (op === 7) b = b.subarray(0, at); // truncate
    }
    if (r() < 0.05) b = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString('utf8'), 'utf16le')]);
    bytes = b;
  }
  const companion = r() < 0.3 ? pick(seeds).bytes.subarray(0, 3000) : null;
  return { name: `case${ext}`, bytes, companion };
}

// ---------------------------------------------------------------- worker
if (!isMainThread) {
  const { harnessUrl, seed, seedFiles } = workerData;
  const { runCase } = await import(harnessUrl);
  const seeds = seedFiles.map((s) => ({ name: s.name, bytes: Buffer.from(s.bytes) }));
  const r = rng(seed);
  // The core must not print: anything a library writes (a warning quoting the input, a console.log) is a failure.
  const printed = [];
  process.removeAllListeners('warning');
  process.on('warning', (w) => printed.push(`warning: ${w.name}: ${w.message}`));
  for (const stream of [process.stdout, process.stderr]) {
    stream.write = (chunk) => {
      printed.push(`printed: ${String(chunk)}`);
      return true;
    };
  }
  for (let i = 0; ; i++) {
    const c = makeCase(r, seeds);
    parentPort.postMessage({ type: 'start', i, name: c.name, bytes: c.bytes, companion: c.companion });
    const t = Date.now();
    try {
      printed.length = 0;
      const outcome = runCase(c.name, c.bytes, c.companion);
      // Warnings are emitted on the next tick.
      await new Promise((res) => setImmediate(res));
      if (printed.length) throw new Error(`output during the case: ${printed[0].replace(/\s+/g, ' ').slice(0, 200)}`);
      parentPort.postMessage({ type: 'done', i, outcome, ms: Date.now() - t });
    } catch (e) {
      parentPort.postMessage({ type: 'crash', i, ms: Date.now() - t, message: String(e?.message ?? e).slice(0, 500), stack: String(e?.stack ?? '').split('\n').slice(0, 8).join('\n') });
    }
  }
}

// ---------------------------------------------------------------- main
if (isMainThread) {
  const minutes = flag('minutes', 10);
  const maxCases = flag('cases', Infinity);
  const caseTimeout = flag('case-timeout', 30) * 1000;
  const slowLimit = flag('slow', 5) * 1000;
  let slowCases = 0;
  let seed = flag('seed', Date.now() % 2147483647);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, '.gitignore'), '*\n');
  const harnessFile = path.join(OUT, 'harness.mjs');
  await build({
    stdin: { contents: HARNESS, resolveDir: ROOT, loader: 'ts', sourcefile: 'fuzz-harness.ts' },
    bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: harnessFile, logLevel: 'warning',
    external: ['react-devtools-core'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const seedFiles = loadSeeds();
  const deadline = Date.now() + minutes * 60_000;
  const started = Date.now();
  let cases = 0;
  const outcomes = { ok: 0, refused: 0 };
  const found = new Map(); // signature -> count
  let slowest = 0;
  let current = null;
  let worker = null;
  let lastStart = Date.now();

  const save = (kind, c, detail) => {
    const sig = `${kind}: ${detail.split('\n')[0]}`;
    const first = !found.has(sig);
    found.set(sig, (found.get(sig) ?? 0) + 1);
    if (!first) return;
    const id = createHash('sha1').update(c.bytes).digest('hex').slice(0, 10);
    const base = path.join(OUT, `${kind}-${id}`);
    writeFileSync(`${base}${path.extname(c.name) || '.bin'}`, c.bytes);
    if (c.companion) writeFileSync(`${base}.companion.txt`, c.companion);
    writeFileSync(`${base}.txt`, `${detail}\n\nreproduce: load ${path.basename(base)}${path.extname(c.name) || '.bin'} as "${c.name}"${c.companion ? ` with ${path.basename(base)}.companion.txt as a second article` : ''}\n`);
    process.stdout.write(`\nfuzz: ${kind} (case ${cases}): ${detail.split('\n')[0]}\n      saved ${path.relative(ROOT, base)}.*\n`);
  };

  const startWorker = () => {
    worker = new Worker(fileURLToPath(import.meta.url), { workerData: { harnessUrl: new URL(`file://${harnessFile}`).href, seed, seedFiles } });
    seed = (seed * 48271) % 2147483647;
    worker.on('message', (m) => {
      if (m.type === 'start') {
        current = { name: m.name, bytes: Buffer.from(m.bytes), companion: m.companion ? Buffer.from(m.companion) : null };
        lastStart = Date.now();
        return;
      }
      cases++;
      if (m.ms > slowest) {
        slowest = m.ms;
        if (m.ms >= slowLimit && current) {
          // Not a failure, but worth a look: keep the slowest case.
          writeFileSync(path.join(OUT, `slowest${path.extname(current.name) || '.bin'}`), current.bytes);
          if (current.companion) writeFileSync(path.join(OUT, 'slowest.companion.txt'), current.companion);
        }
      }
      if (m.ms >= slowLimit) slowCases++;
      if (m.type === 'done') outcomes[m.outcome] = (outcomes[m.outcome] ?? 0) + 1;
      else save('crash', current, `${m.message}\n${m.stack}`);
      current = null;
      if (cases >= maxCases) finish();
    });
    worker.on('error', (e) => {
      if (current) save('crash', current, `worker died: ${e?.message ?? e}`);
      current = null;
      startWorker();
    });
  };

  let finished = false;
  const finish = async () => {
    if (finished) return;
    finished = true;
    clearInterval(timer);
    await worker?.terminate();
    const mins = ((Date.now() - started) / 60000).toFixed(1);
    const total = [...found.values()].reduce((a, b) => a + b, 0);
    process.stdout.write(`\nfuzz: ${cases} cases in ${mins} min (${outcomes.ok} briefings, ${outcomes.refused} refused inputs); slowest case ${slowest} ms; ${slowCases} cases over ${slowLimit / 1000} s${slowCases ? ' (slowest saved as .fuzz/slowest.*)' : ''}\n`);
    if (found.size) {
      process.stdout.write(`fuzz: ${total} failing cases, ${found.size} distinct:\n`);
      for (const [sig, n] of found) process.stdout.write(`  ${n}x ${sig}\n`);
      process.stdout.write(`fuzz: reproducers in ${path.relative(ROOT, OUT)}/\n`);
    } else {
      process.stdout.write('fuzz: no crash, hang or broken invariant\n');
    }
    process.exit(found.size ? 1 : 0);
  };

  const timer = setInterval(() => {
    if (current && Date.now() - lastStart > caseTimeout) {
      save('hang', current, `no result after ${caseTimeout / 1000} s`);
      cases++;
      current = null;
      const w = worker;
      startWorker();
      w.terminate();
    }
    if (Date.now() >= deadline) finish();
  }, 250);
  let lastReport = Date.now();
  setInterval(() => {
    if (Date.now() - lastReport >= 30_000) {
      lastReport = Date.now();
      process.stdout.write(`fuzz: ${cases} cases, ${found.size} distinct failures, ${Math.round(cases / ((Date.now() - started) / 1000))}/s\n`);
    }
  }, 1000).unref();
  process.on('SIGINT', finish);
  startWorker();
}
