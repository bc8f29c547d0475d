#!/usr/bin/env node
// `npm run eval`: score extraction against the hand-written gold in tests/gold/*.json (on the built-in sample),
// then, when ../shared/eval exists, run the shared scorer on its development corpora.
//
// Each gold file has a `kind` ("quotes", ...) and a `corpus` folder; the scorer for a kind is one function in
// SCORERS below, taking (gold, exported briefing, helpers) and returning lines to print. Add a kind by adding
// a function. Run `npm run build` first (the script runs the built CLI, as a user would).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'briefing.js');
const GOLD_DIR = path.join(ROOT, 'tests', 'gold');
const SHARED = path.resolve(ROOT, '..', 'shared', 'eval');

// ---- helpers shared by the scorers ----

/** Lowercased word tokens, quote marks unified, punctuation dropped (as the shared scorer compares texts). */
export function tokens(s) {
  return new Set(
    String(s)
      .toLowerCase()
      .replace(/[‘’'`]/g, "'")
      .replace(/[“”"«»„]/g, ' ')
      .split(/[^\p{L}\p{N}']+/u)
      .map((w) => w.replace(/^'+|'+$/g, ''))
      .filter(Boolean),
  );
}

/** Does A hold at least half of B's tokens? */
export function covers(a, b) {
  const ta = a instanceof Set ? a : tokens(a);
  const tb = b instanceof Set ? b : tokens(b);
  if (tb.size === 0) return false;
  let n = 0;
  for (const w of tb) if (ta.has(w)) n++;
  return n / tb.size >= 0.5;
}

const TITLE = new Set(
  'president vice secretary state minister prime foreign defence defense spokesperson spokesman spokeswoman press mr mrs ms dr sen rep gov gen the a an of'.split(' '),
);

/** Capitalised words of a name that are not titles. */
export function nameWords(s) {
  return new Set(
    String(s ?? '')
      .split(/[^\p{L}\p{N}.'’-]+/u)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.toLowerCase().replace(/[.'’]+$/, ''))
      .filter((w) => w && !TITLE.has(w)),
  );
}

/** Does one of the names share a capitalised non-title word with one of the accepted names? */
export function sameSpeaker(names, accepted) {
  const got = new Set(names.flatMap((n) => [...nameWords(n)]));
  return accepted.some((a) => [...nameWords(a)].some((w) => got.has(w)));
}

const pct = (n, d) => (d === 0 ? '  -  ' : (n / d).toFixed(2));

/** Run the built CLI's JSON export on a folder, once per folder. */
const exports = new Map();
function exportOf(corpus) {
  if (!exports.has(corpus)) {
    const r = spawnSync(process.execPath, [BIN, 'export', corpus, '--format', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`briefing export ${corpus} failed (${r.status}): ${r.stderr.trim().split('\n').at(-1)}`);
    exports.set(corpus, JSON.parse(r.stdout));
  }
  return exports.get(corpus);
}

/** The file name (last path component) of each exported article id. */
function fileOf(briefing) {
  return new Map(briefing.articles.map((a) => [a.id, a.path.split(/[\\/]/).at(-1)]));
}

// ---- one scorer per kind of gold ----

/** Quotes: recall (and exact text), speaker, partial flag, precision; per (quote, article) pair. */
function scoreQuotes(gold, briefing) {
  const files = fileOf(briefing);
  const actors = new Map(briefing.actors.map((a) => [a.id, a]));
  const textCache = new Map();
  const articleText = (id) => {
    if (!textCache.has(id)) {
      const a = briefing.articles.find((x) => x.id === id);
      textCache.set(id, readFileSync(path.resolve(ROOT, a.path), 'utf8'));
    }
    return textCache.get(id);
  };
  // exported quotes per article file, with that article's own words
  const got = new Map();
  for (const q of briefing.quotes) {
    const names = [q.speakerName, ...(q.speaker && actors.has(q.speaker) ? [actors.get(q.speaker).name, ...actors.get(q.speaker).aliases] : [])].filter(Boolean);
    for (const s of q.sources) {
      const file = files.get(s.article);
      const text = articleText(s.article).slice(s.start, s.end);
      if (!got.has(file)) got.set(file, []);
      got.get(file).push({ text, tokens: tokens(text), names, partial: q.partial });
    }
  }
  let n = 0, found = 0, exact = 0, withSpeaker = 0, rightSpeaker = 0, rightPartial = 0;
  const misses = [];
  let exported = 0, matched = 0;
  for (const [file, g] of Object.entries(gold.articles)) {
    const mine = got.get(file) ?? [];
    const goldTokens = g.quotes.map((q) => tokens(q.text));
    for (const [i, q] of g.quotes.entries()) {
      n++;
      const best = mine.filter((m) => covers(m.tokens, goldTokens[i])).sort((a, b) => (a.text === q.text ? -1 : b.text === q.text ? 1 : 0))[0];
      if (!best) {
        misses.push(`  not found  ${file}: “${q.text.slice(0, 70)}”`);
        continue;
      }
      found++;
      if (best.text === q.text) exact++;
      else misses.push(`  inexact    ${file}: “${best.text.slice(0, 60)}” for “${q.text.slice(0, 60)}”`);
      if (best.partial === q.partial) rightPartial++;
      else misses.push(`  partial    ${file}: “${q.text.slice(0, 60)}” expected partial=${q.partial}`);
      if (q.speaker) {
        withSpeaker++;
        if (sameSpeaker(best.names, q.speaker)) rightSpeaker++;
        else misses.push(`  speaker    ${file}: “${q.text.slice(0, 50)}” expected ${q.speaker.join(' / ')}, got ${best.names[0] ?? 'null'}`);
      }
    }
    for (const m of mine) {
      exported++;
      if (goldTokens.some((t) => covers(t, m.tokens))) matched++;
      else misses.push(`  extra      ${file}: “${m.text.slice(0, 70)}”`);
    }
  }
  for (const [file, mine] of got) {
    if (gold.articles[file]) continue;
    exported += mine.length;
    for (const m of mine) misses.push(`  extra      ${file}: “${m.text.slice(0, 70)}”`);
  }
  return [
    `quotes (${gold.corpus}): recall ${pct(found, n)} (exact text ${pct(exact, n)}) speaker ${pct(rightSpeaker, withSpeaker)} partial ${pct(rightPartial, found)} (flag of the merged quote) precision ${pct(matched, exported)} (n=${n})`,
    ...misses,
  ];
}

/** Timeline: per article, the distinct dated values (as the shared scorer), their kind, and the undated items. */
function scoreTimeline(gold, briefing) {
  const files = fileOf(briefing);
  const got = new Map(); // file -> Map(date -> Set(kind))
  const undated = new Set(); // files with an undated entry
  for (const t of briefing.timeline)
    for (const s of t.sources) {
      const f = files.get(s.article);
      if (!got.has(f)) got.set(f, new Map());
      const kinds = got.get(f).get(t.date) ?? got.get(f).set(t.date, new Set()).get(t.date);
      kinds.add(t.kind);
    }
  for (const t of briefing.undated ?? []) for (const s of t.sources) undated.add(files.get(s.article));
  const want = new Map(); // file -> Map(date -> Set(kind))
  let n = 0, found = 0, rightKind = 0, undatedN = 0, undatedFound = 0;
  const misses = [];
  for (const g of gold.items) {
    if (g.date === null) {
      undatedN++;
      if (undated.has(g.file)) undatedFound++;
      else misses.push(`  not undated ${g.file}: “${g.text}”`);
      continue;
    }
    if (!want.has(g.file)) want.set(g.file, new Map());
    const kinds = want.get(g.file).get(g.date) ?? want.get(g.file).set(g.date, new Set()).get(g.date);
    kinds.add(g.kind);
  }
  for (const [file, dates] of want)
    for (const [date, kinds] of dates) {
      n++;
      const mine = got.get(file)?.get(date);
      if (!mine) {
        misses.push(`  not found  ${file}: ${date} (“${gold.items.find((g) => g.file === file && g.date === date).text}”)`);
        continue;
      }
      found++;
      if ([...kinds].some((k) => mine.has(k))) rightKind++;
      else misses.push(`  kind       ${file}: ${date} expected ${[...kinds].join('/')}, got ${[...mine].join('/')}`);
    }
  let exported = 0, matched = 0;
  for (const [file, dates] of got)
    for (const date of dates.keys()) {
      exported++;
      if (want.get(file)?.has(date)) matched++;
      else misses.push(`  extra      ${file}: ${date}`);
    }
  return [
    `timeline (${gold.corpus}): recall ${pct(found, n)} kind ${pct(rightKind, found)} precision ${pct(matched, exported)} undated ${pct(undatedFound, undatedN)} (n=${n} dated values, ${undatedN} undated)`,
    ...misses,
  ];
}

/** Actors: gold actors found (by name or alias), with the right kind, aliases, roles (by canonical key) and files; precision over exported actors. */
function scoreActors(gold, briefing) {
  const norm = (s) => String(s).toLowerCase().replace(/\./g, '').replace(/[’]/g, "'").replace(/^the /, '').trim();
  const canon = (r) => norm(r).replace(/^(?:us|u s|united states|indian?|pakistan(?:i|'s)?|qatar's)\s+/, '').replace(/defense/g, 'defence').replace(/external affairs/g, 'foreign');
  const files = fileOf(briefing);
  const forms = (a) => [a.name, ...a.aliases].map(norm);
  let found = 0, kind = 0, aliases = 0, aliasN = 0, roles = 0, roleN = 0, filesRight = 0;
  const misses = [];
  const matched = new Set();
  for (const g of gold.actors) {
    const a = briefing.actors.find((x) => forms(x).includes(norm(g.name)));
    if (!a) { misses.push(`  missed     ${g.kind} ${g.name}`); continue; }
    found++;
    matched.add(a.id);
    if (a.kind === g.kind) kind++; else misses.push(`  kind       ${g.name}: ${a.kind}, expected ${g.kind}`);
    for (const al of g.aliases) { aliasN++; if (forms(a).includes(norm(al))) aliases++; else misses.push(`  alias      ${g.name}: no ${al}`); }
    for (const r of g.roles) { roleN++; if (a.roles.some((x) => canon(x) === canon(r))) roles++; else misses.push(`  role       ${g.name}: no ${r}`); }
    const got = [...new Set(a.mentions.map((m) => files.get(m.article)?.slice(0, 3)))].sort().join(',');
    if (got === [...g.files].sort().join(',')) filesRight++; else misses.push(`  files      ${g.name}: ${got}, expected ${g.files.join(',')}`);
  }
  const not = new Set((gold.notActors ?? []).map(norm));
  const junk = briefing.actors.filter((a) => !matched.has(a.id));
  for (const a of junk) misses.push(`  ${forms(a).some((f) => not.has(f)) ? 'not actor ' : 'extra     '} ${a.kind} ${a.name}`);
  const n = gold.actors.length;
  return [
    `actors (${gold.corpus}): recall ${pct(found, n)} kind ${pct(kind, found)} aliases ${pct(aliases, aliasN)} roles ${pct(roles, roleN)} files ${pct(filesRight, found)} precision ${pct(matched.size, briefing.actors.length)} (n=${n})`,
    ...misses,
  ];
}

const SCORERS = {
  actors: scoreActors,
  quotes: scoreQuotes,
  timeline: scoreTimeline,
};

// ---- main ----

let failed = false;
const goldFiles = existsSync(GOLD_DIR) ? readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).sort() : [];
console.log(`gold (${path.relative(ROOT, GOLD_DIR)}):`);
for (const f of goldFiles) {
  const gold = JSON.parse(readFileSync(path.join(GOLD_DIR, f), 'utf8'));
  // the kind is the file's `kind` field, or its name: sample-<kind>.json
  const kind = gold.kind ?? /^sample-(\w+)\.json$/.exec(f)?.[1];
  gold.corpus ??= 'briefings/pahalgam-2025';
  const scorer = SCORERS[kind];
  if (!scorer) {
    console.log(`${f}: no scorer for kind "${kind}" (add one to SCORERS in scripts/eval.mjs)`);
    continue;
  }
  try {
    for (const line of scorer(gold, exportOf(gold.corpus))) console.log(line);
  } catch (e) {
    failed = true;
    console.log(`${f}: ${e.message}`);
  }
}

if (existsSync(path.join(SHARED, 'score.mjs'))) {
  console.log(`\nshared development corpora (${path.relative(ROOT, SHARED)}):`);
  const runs = [
    ['quotes', 'polnear-dev'],
    ['actors', 'meantime-dev'],
    ['timeline', 'meantime-dev'],
  ];
  for (const [kind, corpus] of runs) {
    const r = spawnSync(process.execPath, [path.join(SHARED, 'score.mjs'), kind, '--corpus', path.join(SHARED, corpus), '--cmd', `node ${path.relative(ROOT, BIN)}`], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const last = (r.stdout.trim().split('\n').at(-1) || r.stderr.trim().split('\n').at(-1) || '').trim();
    if (r.status !== 0) failed = true;
    console.log(`${corpus}: ${last}`);
  }
} else {
  console.log('\n(../shared/eval not found: shared corpora skipped)');
}
process.exitCode = failed ? 1 : 0;
