/**
 * Every file in tests/fixtures/bad has an expected outcome here, checked through the real binary:
 * either it is read into the briefing, or one clear stderr line names it and the reason, and the rest
 * of the folder still loads.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/load/index.js';
import type { Article, Briefing } from '../../src/model.js';
import { lineAt } from '../../src/text/lines.js';
import { ROOT, runBriefing, SAMPLE } from '../helpers.js';

const BAD = path.join(ROOT, 'tests', 'fixtures', 'bad');
const GOOD = readdirSync(SAMPLE).filter((f) => f.endsWith('.txt')).sort()[0]!;

type Outcome =
  | { problem: string }
  | { title: string | null; quote?: string; quoteLine?: number; warning?: string; published?: string; textHas?: string; textLacks?: string[] };

/** The expected outcome of every fixture (a new fixture without an entry fails the first test). */
const EXPECTED: Record<string, Outcome> = {
  'empty.txt': { problem: 'no article text (empty file)' },
  'whitespace-only.txt': { problem: 'no article text (only white space)' },
  'image-named.txt': { problem: 'not a text file (PNG image)' },
  'archive-named.md': { problem: 'not a text file (ZIP archive)' },
  'random-bytes.txt': { problem: 'not a text file (binary content)' },
  'windows-1252.txt': { title: 'Café owners protest', quote: 'We will not close,', quoteLine: 3 },
  'damaged-utf8.txt': { title: 'Élan vital returns', quote: 'We are back,', textHas: 're\ufffdopened' },
  'utf16le-bom.txt': { title: 'Storm hits coast (UTF-16 LE)', quote: 'We are ready,', quoteLine: 5 },
  'utf16be-bom.txt': { title: 'Storm hits coast (UTF-16 BE)', quote: 'We are ready,', quoteLine: 5 },
  'utf16le-no-bom.txt': { title: 'Storm hits coast (UTF-16 no BOM)', quote: 'We are ready,', quoteLine: 5 },
  'shift-jis-declared.html': { title: '地震のニュース', textHas: '「みんな無事です」と田中市長は言いました' },
  'koi8r-declared.html': { title: 'Новости города', textHas: 'мэр Иван Петров сказал' },
  'utf8-bom.md': { title: 'BOM headline', published: '2025-03-02', quote: 'We are ready,', quoteLine: 6 },
  'crlf.txt': { title: 'Storm hits coast (CRLF)', quote: 'We are ready,', quoteLine: 5 },
  'lone-cr.txt': { title: 'Storm hits coast (CR)', quote: 'We are ready,', quoteLine: 5 },
  'nul-bytes.txt': { title: 'Storm hits coast (NUL)', quote: 'We are ready,', quoteLine: 5, textHas: 'coast on Monday', textLacks: ['\0'] },
  'quotes-unbalanced.txt': { title: 'Quote marks everywhere' },
  'quote-never-closes.txt': { title: 'An open quote' },
  'quotes-10000.txt': { title: 'Ten thousand marks' },
  'quotes-nested.txt': { title: 'Nested quotes' },
  'one-huge-quote.txt': { title: null, textHas: 'one quotation' },
  'html-scripts.html': { title: 'Flood warning issued', quote: 'Leave now,', textLacks: ['SCRIPT-TEXT', 'IFRAME-TEXT', 'alert(', 'color:red', 'NOSCRIPT-TEXT'] },
  'html-broken.html': { title: 'Broken page', quote: 'a quote,', textHas: 'Second paragraph' },
  'html-no-body.html': { title: 'No body here', quote: 'the text still counts,' },
  'html-empty-page.html': { problem: 'no readable article text in the page' },
  'front-matter-bad-yaml.md': { title: null, warning: 'front matter is not valid YAML; read without it', quote: 'We agreed,' },
  'front-matter-yesterday.md': { title: 'Council meets', warning: 'front matter date "yesterday" is not a date; read without it', quote: 'We agreed,' },
  'front-matter-year-99999.md': { title: 'Far future', warning: 'front matter date "99999-01-01" is not a date; read without it', quote: 'We agreed,' },
  'front-matter-not-mapping.md': { title: null, warning: 'front matter is not a YAML mapping; read without it', quote: 'We agreed,' },
  'front-matter-unclosed.md': { title: null, warning: 'front matter is not closed (no second ---); read without it', quote: 'We agreed,' },
  // The YAML library's own warnings (which quote the raw text, escapes included) never reach stderr.
  'front-matter-yaml-warning.md': { title: 'Ambiguous anchor', quote: 'We agreed,', published: '2025-02-03' },
  'front-matter-alias-bomb.md': { title: null, warning: 'front matter is not valid YAML (too many aliases); read without it', quote: 'We agreed,' },
  'terminal-escapes.txt': { title: 'Terminal takeover attempt' },
  'markdown-injection.md': { title: '# Heading <script>alert(1)</script> [link](javascript:alert(1)) ![img](https://evil.example/x.png)', published: '2025-05-01' },
};

describe('the bad-input corpus (tests/fixtures/bad), through the real binary', () => {
  let dir: string;
  let run: ReturnType<typeof runBriefing>;
  let doc: Briefing;
  let loaded: Map<string, Article>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'briefing-bad-'));
    cpSync(BAD, dir, { recursive: true });
    cpSync(path.join(SAMPLE, GOOD), path.join(dir, 'good.txt'));
    run = runBriefing(['export', dir, '--format', 'json'], { env: { BRIEFING_CACHE_DIR: path.join(dir, '.cache') } });
    doc = JSON.parse(run.stdout);
    const { articles } = await loadArticles([dir]);
    loaded = new Map(articles.map((a) => [path.basename(a.path), a]));
  }, 60_000);

  it('has an expected outcome for every fixture', () => {
    expect(readdirSync(BAD).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('produces a briefing of the readable files and exits 0', () => {
    expect(run.code).toBe(0);
    expect(doc.schema).toBe('briefing/1');
    const readable = Object.entries(EXPECTED).filter(([, o]) => !('problem' in o)).map(([f]) => f);
    expect(doc.articles.map((a) => path.basename(a.path)).sort()).toEqual([...readable, 'good.txt'].sort());
  });

  it('reports each unreadable file and each warning in exactly one line naming the file, and nothing else', () => {
    const expected = Object.entries(EXPECTED).flatMap(([f, o]) =>
      'problem' in o ? [`briefing: ${path.join(dir, f)}: ${o.problem}`] : o.warning ? [`briefing: ${path.join(dir, f)}: ${o.warning}`] : []);
    expect(run.stderr.trimEnd().split('\n').sort()).toEqual(expected.sort());
    expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });

  for (const [file, outcome] of Object.entries(EXPECTED)) {
    if ('problem' in outcome) continue;
    it(`reads ${file}`, () => {
      const article = doc.articles.find((a) => path.basename(a.path) === file)!;
      expect(article).toBeDefined();
      expect(article.title).toBe(outcome.title);
      if (outcome.published) expect(article.published).toBe(outcome.published);
      const text = loaded.get(file)!.text;
      if (outcome.textHas) expect(text).toContain(outcome.textHas);
      for (const bad of outcome.textLacks ?? []) expect(text).not.toContain(bad);
      // Every quote of this article points at its own words in the decoded text, on the right line.
      const a = loaded.get(file)!;
      for (const q of doc.quotes) {
        for (const s of q.sources.filter((x) => x.article === article.id)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(a.text.length);
          expect(s.line).toBe(lineAt(a.lineStarts, s.start));
        }
      }
      if (outcome.quote) {
        const q = doc.quotes.find((x) => x.text === outcome.quote && x.sources.some((s) => s.article === article.id));
        expect(q, `quote "${outcome.quote}" in ${file}`).toBeDefined();
        const src = q!.sources.find((s) => s.article === article.id)!;
        expect(a.text.slice(src.start, src.end)).toBe(outcome.quote);
        if (outcome.quoteLine) expect(src.line).toBe(outcome.quoteLine);
      }
    });
  }

  it('the UTF-16 and line-ending variants read the same words as the UTF-8 original', () => {
    const words = (f: string) => loaded.get(f)!.text.replace(/\(.*?\)/, '').replace(/\r\n?/g, '\n');
    const base = words('utf16le-bom.txt');
    for (const f of ['utf16be-bom.txt', 'utf16le-no-bom.txt', 'crlf.txt', 'lone-cr.txt', 'nul-bytes.txt']) expect(words(f)).toBe(base);
  });

  it('one bad file given alone: one line naming it and the reason, exit 1, no output', () => {
    for (const f of ['empty.txt', 'image-named.txt', 'html-empty-page.html']) {
      const r = runBriefing(['export', path.join(BAD, f), '--format', 'json']);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`briefing: ${path.join(BAD, f)}: ${(EXPECTED[f] as { problem: string }).problem}\n`);
    }
  });

  it('a folder of bad files only: each named, then why there is no briefing, exit 1', () => {
    const only = mkdtempSync(path.join(os.tmpdir(), 'briefing-bad-only-'));
    for (const f of ['empty.txt', 'random-bytes.txt']) cpSync(path.join(BAD, f), path.join(only, f));
    const r = runBriefing(['export', only, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `briefing: ${path.join(only, 'empty.txt')}: no article text (empty file)`,
      `briefing: ${path.join(only, 'random-bytes.txt')}: not a text file (binary content)`,
      `briefing: no articles found in ${only} (looked for .txt, .md and .html files)`,
    ]);
  });

  it('reads the corpus without changing any file', () => {
    for (const f of readdirSync(BAD)) expect(readFileSync(path.join(dir, f))).toEqual(readFileSync(path.join(BAD, f)));
  });
});
