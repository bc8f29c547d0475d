import path from 'node:path';
import meow from 'meow';
import type { Briefing } from '../model.js';
import { openBriefing, type OpenedBriefing } from '../pipeline.js';
import { briefingToJson } from '../export/json.js';
import { briefingToMarkdown } from '../export/markdown.js';
import { briefingToText } from '../export/text.js';
import { writeFileAtomic, WriteRefused } from '../export/write-file.js';
import { createQuoteSearch } from '../search/quote-search.js';
import { InputError } from '../load/index.js';
import { sanitizeLine } from '../text/sanitize.js';
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
    --watch        reader: re-read the folder when articles are added or changed
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

export async function main(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`briefing: ${sanitizeLine(message)}\n`);
    if (process.env.BRIEFING_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
}

async function run(argv: string[]): Promise<number> {
  const cli = meow(HELP, {
    importMeta: import.meta,
    argv,
    allowUnknownFlags: false,
    flags: {
      format: { type: 'string', shortFlag: 'f' },
      output: { type: 'string', shortFlag: 'o' },
      force: { type: 'boolean', default: false },
      watch: { type: 'boolean', default: false },
    },
  });
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
    const content = render(opened.briefing, format);
    if (cli.flags.output) {
      try {
        await writeFileAtomic(cli.flags.output, content, { force: cli.flags.force });
      } catch (e) {
        if (e instanceof WriteRefused) throw new UsageError(e.message);
        throw new Error(`cannot write ${cli.flags.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      process.stderr.write(`briefing: wrote ${cli.flags.output}\n`);
    } else {
      process.stdout.write(content);
    }
    return 0;
  }

  const tty = !!process.stdout.isTTY && !!process.stdin.isTTY;
  let paths = args;
  if (tty && paths.length === 0) {
    // Several stories under briefings/: let the user choose one.
    const { listStories } = await import('../ui/stories.js');
    const stories = await listStories([...new Set([path.join(process.cwd(), 'briefings'), path.join(packageRoot(), 'briefings')])]);
    if (stories.length > 1) {
      const { pickStory } = await import('../ui/run-reader.js');
      const chosen = await pickStory(stories);
      if (!chosen) return 0;
      paths = [chosen];
    }
  }
  const opened = await open(paths);
  if (!tty) {
    process.stdout.write(briefingToText(opened.briefing));
    return 0;
  }
  const { runReader } = await import('../ui/run-reader.js');
  return runReader(opened, { watch: cli.flags.watch ? (paths.length ? paths : [sampleBriefingPath()]) : undefined });
}

function render(briefing: Briefing, format: string): string {
  if (format === 'json') return briefingToJson(briefing);
  if (format === 'md' || format === 'markdown') return briefingToMarkdown(briefing);
  return briefingToText(briefing);
}

async function open(paths: string[]): Promise<OpenedBriefing> {
  const inputs = paths.length ? paths : [sampleBriefingPath()];
  let opened: OpenedBriefing;
  try {
    opened = await openBriefing(inputs);
  } catch (e) {
    if (e instanceof InputError) throw new UsageError(e.message);
    throw e;
  }
  for (const p of opened.problems) process.stderr.write(`briefing: ${sanitizeLine(p.path)}: ${p.reason}\n`);
  if (opened.articles.length === 0) {
    throw new InputError(`no articles found in ${inputs.map(sanitizeLine).join(', ')} (looked for .txt, .md and .html files)`);
  }
  return opened;
}

function formatHits(b: Briefing, quotes: Briefing['quotes']): string {
  const art = new Map(b.articles.map((a) => [a.id, a]));
  return quotes
    .map((q) => `"${sanitizeLine(q.text)}"\n  -- ${sanitizeLine(q.speakerName ?? 'unattributed')} [${q.sources.map((s) => `${sanitizeLine(art.get(s.article)?.path ?? s.article)}:${s.line}`).join(', ')}]\n`)
    .join('');
}
