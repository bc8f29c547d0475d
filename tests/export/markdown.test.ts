import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Marked, marked, type Token } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { lint } from 'markdownlint/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/model.js';
import { briefingToMarkdown } from '../../src/export/markdown.js';
import { escapeMarkdown, wrapMarkdown } from '../../src/export/markdown-escape.js';
import { openBriefing } from '../../src/pipeline.js';
import { ROOT, SAMPLE, runBriefing } from '../helpers.js';

const GOLDEN = path.join(ROOT, 'tests', 'export', '__golden__', 'sample.md');
const GOLDEN_JSON = path.join(ROOT, 'tests', 'export', '__golden__', 'sample.json');

/** Every markdownlint problem, one line each (default rules, line length 80 included). */
function lintProblems(md: string): string[] {
  const result = lint({ strings: { doc: md } });
  return (result.doc ?? []).map((e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.ruleDescription} ${e.errorDetail ?? ''} [${e.errorContext ?? ''}]`);
}

/** All tokens, nested ones included. */
function allTokens(tokens: Token[]): Token[] {
  const out: Token[] = [];
  const walk = (list: Token[]) => {
    for (const t of list) {
      out.push(t);
      const any = t as unknown as { tokens?: Token[]; items?: Token[] };
      if (any.tokens) walk(any.tokens);
      if (any.items) walk(any.items);
    }
  };
  walk(tokens);
  return out;
}

async function renderForTerminal(md: string): Promise<string> {
  const m = new Marked(markedTerminal({ width: 100, reflowText: true, showSectionPrefix: false }) as never);
  // eslint-disable-next-line no-control-regex
  return ((await m.parse(md)) as string).replace(/\u001b\[[0-9;]*m/g, '');
}

describe('the sample briefing as Markdown', () => {
  let b: Briefing;
  let md: string;
  beforeAll(async () => {
    b = (await openBriefing([SAMPLE])).briefing;
    md = briefingToMarkdown(b);
  });

  it('is a document: title, dates, summary, actors, timeline, key quotes, disagreements, sources', () => {
    const headings = md.split('\n').filter((l) => /^#{1,3} /.test(l));
    expect(headings.slice(0, 1)).toEqual(['# Pahalgam 2025']);
    for (const h of ['## Summary', '## Who is involved', '## Timeline', '## Key quotes', '## Where sources disagree', '## Sources']) expect(headings).toContain(h);
    expect(md).toMatch(/5 articles .*published 29–30 April 2025/);
    expect(md).toMatch(/\*\*Death toll:\*\* 26 \(1 article says 27\) — 3 sources/);
  });

  it('says where the sources disagree, with outlet, date and file:line for each side', () => {
    const section = md.slice(md.indexOf('## Where sources disagree'), md.indexOf('## Sources'));
    expect(section).toContain('### Death toll');
    expect(section).toMatch(/\*\*27\*\* — 1 article: ANI, 2025-04-29, 004\\_df112d5052861120\.txt:2/);
    expect(section).toContain('### Secretary of State');
    expect(section).toMatch(/\*\*Antony Blinken\*\* — 1 article: 2025-04-29, 000\\_fd6803fac89efbb4\.txt:\d/);
    expect(section).toMatch(/\*\*Marco Rubio\*\* — 4 articles/);
  });

  it('lists key quotes with speaker and every source', () => {
    const section = md.slice(md.indexOf('## Key quotes'), md.indexOf('## Where sources disagree'));
    expect(section).toMatch(/> “That is correct\. The secretary also gave me a note/);
    expect(section).toMatch(/— \*\*Tammy Bruce\*\*; 2 sources: .*000\\_fd6803fac89efbb4\.txt:8/);
  });

  it('passes markdownlint with its default rules', () => {
    expect(lintProblems(md)).toEqual([]);
  });

  it('renders in the terminal through marked-terminal without raw Markdown', async () => {
    const out = await renderForTerminal(md);
    expect(out).toContain('Pahalgam 2025');
    expect(out).toContain('Where sources disagree');
    expect(out).not.toMatch(/\*\*/);
    expect(out).not.toMatch(/^\s*#/m);
    expect(out).not.toMatch(/\\[_*()[\]#]/);
    expect(out).toContain('000_fd6803fac89efbb4.txt');
  });

  it('matches the golden file (regenerate: UPDATE_GOLDEN=1 npx vitest run tests/export/markdown.test.ts)', () => {
    // The golden pair is the sample's briefing (JSON, frozen) and its Markdown: the renderer is
    // checked against a fixed input, so extraction improvements do not break it; UPDATE_GOLDEN=1
    // refreshes both from the current pipeline.
    if (process.env.UPDATE_GOLDEN) {
      fs.mkdirSync(path.dirname(GOLDEN), { recursive: true });
      const frozen = { ...b, articles: b.articles.map((a) => ({ ...a, path: path.relative(ROOT, a.path) })) };
      fs.writeFileSync(GOLDEN_JSON, `${JSON.stringify(frozen, null, 2)}\n`);
      fs.writeFileSync(GOLDEN, briefingToMarkdown(frozen));
    }
    const frozen = JSON.parse(fs.readFileSync(GOLDEN_JSON, 'utf8')) as Briefing;
    const golden = fs.readFileSync(GOLDEN, 'utf8');
    expect(briefingToMarkdown(frozen)).toBe(golden);
    expect(lintProblems(golden)).toEqual([]);
    expect(golden).toContain('### Death toll');
    expect(golden).toContain('### Secretary of State');
  });

  it('is what `briefing export --format md` prints', () => {
    const r = runBriefing(['export', SAMPLE, '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(md);
  });

  it('--top N keeps the N most corroborated quotes', () => {
    const r = runBriefing(['export', SAMPLE, '--format', 'md', '--top', '2']);
    expect(r.code).toBe(0);
    const section = r.stdout.slice(r.stdout.indexOf('## Key quotes'), r.stdout.indexOf('## Where sources disagree'));
    expect(section.match(/^> “/gm)).toHaveLength(2);
    expect(r.stdout).toContain('Filtered: top 2 quotes.');
    expect(lintProblems(r.stdout)).toEqual([]);
  });
});

describe('hostile article text cannot inject Markdown', () => {
  let dir: string;
  let md: string;
  const hostile = [
    '# Injected heading [home](http://evil.example)',
    '',
    'date 2025-04-29 Home',
    '',
    'Officials said [click me](http://evil.example) and ![pixel](http://evil.example/p.png) <script>alert(1)</script> <img src=x onerror=alert(1)> https://evil.example/raw www.evil.example mail@evil.example &lt;b&gt;',
    '',
    '"Visit [our site](javascript:alert(1)) now, **really** <b>now</b> | table | ` code `," Tammy Bruce said.',
    '',
    '## Fake section',
    '',
    '"\u001b[31mRed\u001b[0m and \u001b]8;;http://evil.example\u0007a terminal link\u001b]8;;\u0007 and * list and 1. item and --- rule and > quote", Tammy Bruce said.',
    '',
    'On April 22, attackers killed 26 people <iframe src=http://evil.example> [x][1]',
    '',
    '[1]: http://evil.example',
  ].join('\n');

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-hostile-'));
    fs.writeFileSync(path.join(dir, '<img src=x>[a](javascript:x) #h.txt'), hostile);
    fs.writeFileSync(path.join(dir, 'b.txt'), `Second <b>story</b>\n\nOn April 22, gunmen killed 27 people, "the **worst** [attack](http://evil.example)," Tammy Bruce said.\n`);
    const { briefing } = await openBriefing([dir], { title: 'A [story](http://evil.example) <b>' });
    md = briefingToMarkdown(briefing);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('leaves no link, image or HTML, and only the document’s own headings', () => {
    const tokens = allTokens(marked.lexer(md));
    const kinds = new Set(tokens.map((t) => t.type));
    expect(kinds.has('link')).toBe(false);
    expect(kinds.has('image')).toBe(false);
    expect(kinds.has('html')).toBe(false);
    const headings = tokens.filter((t) => t.type === 'heading').map((t) => (t as { text: string }).text);
    expect(headings.filter((h) => /Injected|Fake section/.test(h))).toEqual([]);
    expect(headings.filter((h) => /^(Summary|Who is involved|Timeline|Key quotes|Where sources disagree|Sources)$/.test(h))).toHaveLength(6);
    const html = marked.parse(md) as string;
    expect(html).not.toMatch(/<(?:a|img|script|iframe|b)\b/i);
    expect(html).not.toMatch(/href=/);
  });

  it('keeps the words visible, as text', () => {
    const html = marked.parse(md) as string;
    expect(html).toContain('[our site](javascript:alert(1))');
    expect(html).toContain('&lt;b&gt;now&lt;/b&gt;');
  });

  it('removes terminal control sequences', () => {
    // eslint-disable-next-line no-control-regex
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(md).toContain('Red');
  });

  it('still passes markdownlint', () => {
    expect(lintProblems(md)).toEqual([]);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['[a](b)', '\\[a\\]\\(b\\)'],
    ['a <b> c', 'a \\<b\\> c'],
    ['see https://x.example', 'see https\\://x.example'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['two\nlines', 'two lines'],
  ])('%j -> %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});

describe('escaped text is inert, whatever it holds (property)', () => {
  const special = fc.constantFrom(...'#*_[]()<>!`~|-+=.:/@&\\\n >1a hwww.https://x'.split(''), 'http://', 'www.', '&lt;', '<b>', '](', '![', '1. ', '- ', '> ', '```', '---', '***');
  const texts = fc.array(special, { maxLength: 40 }).map((parts) => parts.join(''));

  it('renders as one plain paragraph: no link, image, HTML, heading, list, code or table', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const md = `Quote: ${escapeMarkdown(text)}`;
        const wrapped = wrapMarkdown(md, 20);
        const kinds = new Set(allTokens(marked.lexer(wrapped)).map((t) => t.type));
        for (const k of ['link', 'image', 'html', 'heading', 'list', 'code', 'codespan', 'table', 'blockquote', 'hr', 'strong', 'em', 'del']) expect(kinds.has(k), `${k} from ${JSON.stringify(text)}`).toBe(false);
      }),
      { numRuns: 400, seed: 42 },
    );
  });
});

describe('wrapMarkdown', () => {
  it('wraps at the width and never starts a line with a block marker', () => {
    const text = 'growth rose by 0.1 percentage points to 1.8 percent - better than the outlook for the United States - as 2003. the worst-case scenarios failed to materialize - and 12. then = more';
    for (const width of [20, 30, 40, 80]) {
      const lines = wrapMarkdown(text, width).split('\n');
      expect(lines.join(' ')).toBe(text);
      for (const l of lines.slice(1)) expect(l, `${width}: ${l}`).not.toMatch(/^(?:[-=+*>#|]|\d+[.)](?:\s|$))/);
      for (const l of lines) if (l.includes(' ')) expect(l.length, l).toBeLessThanOrEqual(width + 12);
    }
  });
});

describe('real news from the development corpus', () => {
  const corpus = path.join(ROOT, '..', 'shared', 'eval', 'meantime-dev', 'articles');
  it.skipIf(!fs.existsSync(corpus))('gives lint-clean Markdown with no link, image or HTML', async () => {
    const md = briefingToMarkdown((await openBriefing([corpus])).briefing);
    expect(lintProblems(md)).toEqual([]);
    const kinds = new Set(allTokens(marked.lexer(md)).map((t) => t.type));
    for (const k of ['link', 'image', 'html', 'code', 'list', 'table']) expect(kinds.has(k), k).toBe(false);
    const out = await renderForTerminal(md);
    expect(out).not.toMatch(/\*\*/);
  });
});
