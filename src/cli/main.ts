import path from 'node:path';
import type { Result as MeowResult } from 'meow';
import type { Briefing } from '../model.js';
import { openBriefing, type OpenedBriefing, type OpenOptions } from '../pipeline.js';
import { createProgressBar } from './progress.js';
import { briefingJsonPieces, briefingToJson } from '../export/json.js';
import { briefingToMarkdown } from '../export/markdown.js';
import { briefingToText } from '../export/text.js';
import { filterBriefing, FilterError } from '../briefing/filter.js';
import { writeFileAtomic, WriteFailed, WriteRefused } from '../export/write-file.js';
import { createQuoteSearch } from '../search/quote-search.js';
import { InputError } from '../load/index.js';
import { sanitizeLine, visibleControls } from '../text/sanitize.js';
import { packageRoot, sampleBriefingPath } from './package-root.js';

const HELP = `
  Usage
    $ briefing [PATH…]                       open the briefing reader (prints text when not on a terminal)
    $ briefing export [PATH…] --format FMT   write the briefing as json, md or text
    $ briefing search QUERY [PATH…]          print the quotes matching QUERY

  PATH is a file or folder of articles (.txt, .md, .html), or - for standard input.
  With no PATH, the built-in sample story (Pahalgam attack, April 2025) is used.

  Options
    --format, -f   json | md | text              (export; default text)
    --output, -o   write to FILE instead of standard output (atomic)
    --force        replace an existing output file
    --since DATE   export: only quotes and events on or after DATE (2025-04-22, 2025-04 or 2025)
    --until DATE   export: only quotes and events on or before DATE
    --actor NAME   export: only this actor's quotes and events
    --top N        export: only the N most corroborated quotes
    --title TEXT   the story's title (default: from the folder name or the headlines)
    --archive-quotes
                   read ''…'' and \`\`…'' as quotation marks, as news archives (the NYT corpus) write them
    --watch        reader: re-read the folder when articles are added or changed
    --no-cache     neither read nor write the extraction cache ($BRIEFING_CACHE_DIR or ~/.cache/briefing)
    --help         show this help
    --version      show the version

  Examples
    $ briefing
    $ briefing export briefings/pahalgam-2025 --format md --output brief.md
    $ briefing search "not escalate" briefings/pahalgam-2025
`;

/** A usage or input problem: one line on stderr, non-zero exit. */
class UsageError extends Error {}

const FORMATS = ['json', 'md', 'markdown', 'text', 'txt'] as const;

/**
 * Exit codes: 0 a briefing was produced (files that could not be read are reported on stderr, one line
 * each, and skipped); 1 no briefing (nothing readable, a write failed, an internal error; or search found
 * nothing); 2 a usage error (unknown option or format, output file refused); 130 interrupted.
 */
export async function main(argv: string[]): Promise<number> {
  guardStreams();
  try {
    return await run(argv);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const known = e instanceof UsageError || e instanceof InputError || e instanceof WriteFailed;
    const line = known ? message : `internal error: ${message} (run with BRIEFING_DEBUG=1 for details)`;
    process.stderr.write(`briefing: ${sanitizeLine(line).slice(0, 2000)}\n`);
    if (process.env.BRIEFING_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
}

let guarded = false;
/** A closed pipe (`briefing | head`) ends the program quietly; stray async errors give one line, not a stack trace. */
function guardStreams(): void {
  if (guarded) return;
  guarded = true;
  const onStreamError = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`briefing: ${sanitizeLine(e.message)}\n`);
    process.exit(1);
  };
  process.stdout.on('error', onStreamError);
  const fatal = (e: unknown) => {
    const err = e as NodeJS.ErrnoException;
    if (err?.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    try {
      process.stderr.write(`briefing: internal error: ${sanitizeLine(err?.message ?? String(e))}\n`);
      if (process.env.BRIEFING_DEBUG && err?.stack) process.stderr.write(`${err.stack}\n`);
    } finally {
      process.exit(1);
    }
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
}

/** The first option in argv (before "--") that is not one of `flags`, as written; null when all are known. */
export function unknownFlag(argv: readonly string[], flags: Record<string, object>): string | null {
  const kebab = (k: string) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const known = new Set(['help', 'version']);
  const short = new Set<string>();
  for (const [name, flag] of Object.entries(flags)) {
    const def = flag as { shortFlag?: string; aliases?: readonly string[] };
    known.add(name);
    known.add(kebab(name));
    if (def.shortFlag) short.add(def.shortFlag);
    for (const a of def.aliases ?? []) known.add(a);
  }
  for (const arg of argv) {
    if (arg === '--') break;
    if (arg === '-' || !arg.startsWith('-') || /^-\d/.test(arg)) continue;
    if (arg.startsWith('--')) {
      const name = arg.slice(2).split('=')[0]!;
      if (!known.has(name) && !(name.startsWith('no-') && known.has(name.slice(3)))) return arg.split('=')[0]!;
    } else if (!short.has(arg[1]!)) {
      return `-${arg[1]}`;
    }
  }
  return null;
}

/** The command-line flags (add new ones here: unknown flags are rejected against this list). */
const FLAGS = {
  format: { type: 'string', shortFlag: 'f' },
  output: { type: 'string', shortFlag: 'o' },
  force: { type: 'boolean', default: false },
  watch: { type: 'boolean', default: false },
  since: { type: 'string' },
  until: { type: 'string' },
  actor: { type: 'string' },
  top: { type: 'string' },
  title: { type: 'string' },
  cache: { type: 'boolean', default: true },
  archiveQuotes: { type: 'boolean', default: false },
} as const;

/** --since/--until/--actor/--top applied to the briefing (a bad value is a usage error). */
function applyExportOptions(briefing: Briefing, flags: { since?: string; until?: string; actor?: string; top?: string }): { briefing: Briefing; top?: number; note?: string } {
  let top: number | undefined;
  if (flags.top !== undefined) {
    if (!/^\d+$/.test(flags.top.trim())) throw new UsageError(`--top needs a whole number of quotes (got "${visibleControls(flags.top)}")`);
    top = Number(flags.top.trim());
  }
  try {
    const note = [flags.actor !== undefined ? `only ${flags.actor}` : null, flags.since ? `from ${flags.since}` : null, flags.until ? `until ${flags.until}` : null, top !== undefined ? `top ${top} quotes` : null].filter(Boolean).join('; ');
    return { briefing: filterBriefing(briefing, { since: flags.since, until: flags.until, actor: flags.actor, top }), top, note: note || undefined };
  } catch (e) {
    if (e instanceof FilterError) throw new UsageError(visibleControls(e.message));
    throw e;
  }
}

async function run(argv: string[]): Promise<number> {
  const unknown = unknownFlag(argv, FLAGS);
  if (unknown) throw new UsageError(`unknown option ${visibleControls(unknown)} (see briefing --help)`);
  // No arguments (`briefing`: the reader on the sample, the most common start) leaves nothing to parse: meow and
  // its package.json reading (a fifth of the start-up) load only when there are arguments.
  let cli: Pick<MeowResult<typeof FLAGS>, 'input' | 'flags' | 'help' | 'pkg'>;
  if (!argv.length) {
    cli = { input: [], flags: { force: false, watch: false, cache: true, archiveQuotes: false } as MeowResult<typeof FLAGS>['flags'], help: '', pkg: {} };
  } else {
    const { default: meow } = await import('meow');
    try {
      cli = meow(HELP, {
        importMeta: import.meta,
        argv,
        allowUnknownFlags: true,
        flags: FLAGS,
      });
    } catch (e) {
      throw new UsageError(e instanceof Error ? e.message.split('\n')[0]! : String(e));
    }
  }
  openOptions = { cacheDir: cli.flags.cache === false ? null : undefined, archiveQuotes: cli.flags.archiveQuotes, ...(cli.flags.title ? { title: cli.flags.title } : {}) };
  // meow answers --help/--version only when they come alone; `briefing export --help` gets the help too.
  const options = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (options.includes('--help')) {
    process.stdout.write(`${cli.help.replace(/\n+$/, '')}\n`);
    return 0;
  }
  if (options.includes('--version')) {
    process.stdout.write(`${cli.pkg.version ?? ''}\n`);
    return 0;
  }
  const [first, ...rest] = cli.input;
  const command = first === 'export' || first === 'search' || first === 'read' ? first : 'read';
  const args = command === 'read' && first !== 'read' ? cli.input : rest;

  if (command === 'search') {
    const [query, ...paths] = args;
    if (!query) throw new UsageError('search needs a QUERY (briefing search QUERY [PATH…])');
    const opened = await open(paths);
    const hits = createQuoteSearch(opened.briefing.quotes)(query, 50);
    process.stdout.write(formatHits(opened.briefing, hits.map((h) => h.quote)));
    return hits.length ? 0 : 1;
  }

  if (command === 'export') {
    const format = cli.flags.format ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}" (use json, md or text)`);
    const opened = await open(args);
    const unfiltered = !cli.flags.since && !cli.flags.until && cli.flags.actor === undefined && cli.flags.top === undefined;
    if (format === 'json' && !cli.flags.output && unfiltered && opened.briefingJson) {
      // From the result cache: the very bytes of the JSON export, written as they are.
      process.stdout.write(opened.briefingJson);
      return 0;
    }
    const filtered = applyExportOptions(opened.briefing, cli.flags);
    if (format === 'json' && !cli.flags.output) {
      // In pieces: the JSON of a large story (100 MB for 10,000 articles) is never held whole in memory.
      writePieces(briefingJsonPieces(filtered.briefing));
      return 0;
    }
    const content = render(filtered.briefing, format, filtered.top, filtered.note);
    if (cli.flags.output) {
      try {
        await writeFileAtomic(cli.flags.output, content, { force: cli.flags.force, protect: opened.articles.map((a) => a.path) });
      } catch (e) {
        if (e instanceof WriteRefused) throw new UsageError(e.message);
        if (e instanceof WriteFailed) throw e;
        throw new WriteFailed(`cannot write ${cli.flags.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      process.stderr.write(`briefing: wrote ${cli.flags.output}\n`);
    } else {
      process.stdout.write(content);
    }
    return 0;
  }

  const tty = !!process.stdout.isTTY && !!process.stdin.isTTY;
  // The reader's code (ink, react, yoga: the largest part of the program) loads while the stories are listed and
  // the briefing is read.
  const reader = tty ? importReader() : null;
  reader?.catch(() => {});
  let paths = args;
  if (tty && paths.length === 0) {
    // Several stories under briefings/: let the user choose one.
    const { listStories } = await import('../ui/stories.js');
    const stories = await listStories([...new Set([path.join(process.cwd(), 'briefings'), path.join(packageRoot(), 'briefings')])]);
    if (stories.length > 1) {
      const { pickStory } = await reader!;
      const chosen = await pickStory(stories);
      if (!chosen) return 0;
      paths = [chosen];
    }
  }
  const opened = await open(paths);
  if (!tty) {
    const filtered = applyExportOptions(opened.briefing, cli.flags);
    process.stdout.write(briefingToText(filtered.briefing, { filterNote: filtered.note }));
    return 0;
  }
  const { runReader } = await reader!;
  return runReader(opened, { watch: cli.flags.watch ? (paths.length ? paths : [sampleBriefingPath()]) : undefined, openOptions });
}

/**
 * The reader module. Ink draws only a final frame when it believes it runs in CI (CI or CONTINUOUS_INTEGRATION
 * set, as in many containers); the reader starts only with a terminal on both ends, so someone is there to read it.
 * Yoga (ink's layout) loads its WebAssembly, inlined as a data: URL, with fetch when there is one: in Node that
 * first loads the whole fetch implementation (undici, ~100 ms). Without fetch it decodes the inlined bytes itself,
 * so fetch is hidden while the module loads.
 */
async function importReader() {
  const saved = { CI: process.env.CI, CONTINUOUS_INTEGRATION: process.env.CONTINUOUS_INTEGRATION };
  process.env.CI = '0';
  process.env.CONTINUOUS_INTEGRATION = '0';
  const fetchProperty = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (fetchProperty?.configurable) delete (globalThis as { fetch?: unknown }).fetch;
  try {
    return await import('../ui/run-reader.js');
  } finally {
    if (fetchProperty?.configurable) Object.defineProperty(globalThis, 'fetch', fetchProperty);
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

function render(briefing: Briefing, format: string, top?: number, filterNote?: string): string {
  if (format === 'json') return briefingToJson(briefing);
  if (format === 'md' || format === 'markdown') return briefingToMarkdown(briefing, { ...(top !== undefined ? { maxQuotes: top } : {}), filterNote });
  return briefingToText(briefing, { filterNote });
}

/** Write text pieces to standard output about a megabyte at a time (synchronous for files, pipes and terminals on Linux). */
function writePieces(pieces: Iterable<string>): void {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= 1 << 20) {
      if (process.stdout.destroyed) return; // the reader went away (briefing | head)
      process.stdout.write(batch);
      batch = '';
    }
  }
  if (batch) process.stdout.write(batch);
}

/** Options for every openBriefing of this run (--no-cache, --archive-quotes, --title). */
let openOptions: OpenOptions = {};

async function open(paths: string[]): Promise<OpenedBriefing> {
  const inputs = paths.length ? paths : [sampleBriefingPath()];
  if (inputs.includes('-') && process.stdin.isTTY) process.stderr.write('briefing: reading an article from standard input (end it with Ctrl-d)\n');
  let opened: OpenedBriefing;
  const progress = createProgressBar(process.stderr);
  try {
    opened = await openBriefing(inputs, { ...openOptions, onProgress: progress.update });
  } catch (e) {
    if (e instanceof InputError) throw new UsageError(e.message);
    throw e;
  } finally {
    progress.done();
  }
  const problems = opened.problems.map((p) => `${visibleControls(p.path)}: ${p.reason}`);
  if (opened.articles.length === 0) {
    // Nothing to brief. One bad input is its own one-line message; otherwise each problem, then why nothing came out.
    if (problems.length === 1 && inputs.length === 1 && opened.problems[0]!.path === inputs[0]) throw new InputError(problems[0]!);
    for (const line of problems) process.stderr.write(`briefing: ${sanitizeLine(line)}\n`);
    throw new InputError(`no articles found in ${inputs.map(visibleControls).join(', ')} (looked for .txt, .md and .html files)`);
  }
  for (const line of problems) process.stderr.write(`briefing: ${sanitizeLine(line)}\n`);
  return opened;
}

function formatHits(b: Briefing, quotes: Briefing['quotes']): string {
  const art = new Map(b.articles.map((a) => [a.id, a]));
  return quotes
    .map((q) => `"${sanitizeLine(q.text)}"\n  -- ${sanitizeLine(q.speakerName ?? 'unattributed')} [${q.sources.map((s) => `${sanitizeLine(art.get(s.article)?.path ?? s.article)}:${s.line}`).join(', ')}]\n`)
    .join('');
}
