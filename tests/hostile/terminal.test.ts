/**
 * The terminal is not the article's: escape sequences hidden in an article stay inert in the text
 * briefing, the Markdown document and the JSON, and the sanitiser's rules hold on their own.
 */
import path from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/export/markdown-escape.js';
import { safeHyperlink, sanitizeLine, sanitizeText, shortenLongWords, validatedUrl, visibleControls } from '../../src/text/sanitize.js';
import { ROOT, runBriefing } from '../helpers.js';

const ESC = '\u001b';
const BEL = '\u0007';
const OSC52 = `${ESC}]52;c;cm0gLXJmIH4K${BEL}`;
const TITLE0 = `${ESC}]0;HACKED${BEL}`;
const TITLE2 = `${ESC}]2;HACKED${ESC}\\`;
const CURSOR = `${ESC}[2J${ESC}[10;10H${ESC}[31m`;
/** Anything a terminal could act on, or that hides or reorders text. */
const DANGEROUS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'bad', 'terminal-escapes.txt');
const INJECTION = path.join(ROOT, 'tests', 'fixtures', 'bad', 'markdown-injection.md');
const env = { BRIEFING_CACHE_DIR: path.join(ROOT, '.cache', 'hostile-tests') };

describe('sanitizeLine / sanitizeText', () => {
  it('removes an OSC 52 clipboard write, OSC 0/2 title changes and cursor moves, keeping the words', () => {
    const s = `Mayor${OSC52} Ana${TITLE0} Ruiz${TITLE2} said${CURSOR} yes${ESC}[0m.`;
    expect(sanitizeLine(s)).toBe('Mayor Ana Ruiz said yes.');
    expect(sanitizeText(`a\n${s}\tb`)).toBe('a\nMayor Ana Ruiz said yes.\tb');
  });

  it('removes 8-bit C1 sequences (CSI 0x9b, OSC 0x9d … ST 0x9c) and lone C0/C1 controls', () => {
    expect(sanitizeLine('a\u009b6n b\u009d0;T\u009c c\u0085d\u007f\u0008e\u0000')).toBe('a b c de');
  });

  it('an unterminated OSC loses its introducer; the rest shows as inert text (nothing is swallowed)', () => {
    expect(sanitizeLine(`before ${ESC}]0;title never ends, and the article goes on`)).toBe('before 0;title never ends, and the article goes on');
  });

  it('removes bidi overrides and isolates, zero-width and invisible characters', () => {
    expect(sanitizeLine('file\u202egnp.exe\u202c and zero\u200bwidth\u2060joined\u2066x\u2069\ufeff\u00ad')).toBe('filegnp.exe and zerowidthjoinedx');
    // Unicode tag characters ("ASCII smuggling") are invisible too.
    expect(sanitizeLine('ok\u{e0041}\u{e0042}')).toBe('ok');
  });

  it('sanitizeLine puts everything on one line; sanitizeText keeps line breaks only', () => {
    expect(sanitizeLine('a\r\nb\rc\nd\u2028e\u2029f\u000bg')).toBe('a b c d e f g');
    expect(sanitizeText('a\r\nb\rc\u2028d')).toBe('a\nb\nc\nd');
  });

  it('is fast on pathological input (many unterminated introducers)', () => {
    const s = '\u009d'.repeat(20_000) + 'x'.repeat(200_000) + `${ESC}]`.repeat(20_000);
    const t = Date.now();
    const out = sanitizeLine(s);
    expect(out.length).toBe(200_000);
    expect(/^x+$/.test(out)).toBe(true);
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it('shortens very long words for display, keeping both ends', () => {
    expect(shortenLongWords(`see ${'x'.repeat(5000)}y end`, 21)).toBe(`see ${'x'.repeat(10)}…${'x'.repeat(9)}y end`);
    expect(shortenLongWords('short words stay', 21)).toBe('short words stay');
  });

  it('visibleControls shows file-name controls as escapes on one line', () => {
    expect(visibleControls(`bad\nname${ESC}[31m\u202e.txt`)).toBe('bad\\nname\\x1b[31m\\u202e.txt');
  });
});

describe('terminal hyperlinks (OSC 8)', () => {
  it('are made only for http(s) URLs the program validated', () => {
    expect(safeHyperlink('https://example.com/a?b=1', 'Example')).toBe(`${ESC}]8;;https://example.com/a?b=1${ESC}\\Example${ESC}]8;;${ESC}\\`);
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', `https://ex.com/${ESC}]52;c;x${BEL}`, 'https://user:pw@ex.com/', 'https://ex.com/\u202etxt', 'not a url', '', null]) {
      expect(validatedUrl(bad)).toBeNull();
      expect(safeHyperlink(bad, 'label')).toBe('label');
    }
  });

  it('the label is sanitised too', () => {
    expect(safeHyperlink('https://example.com/', `Ex${OSC52}ample`)).toBe(`${ESC}]8;;https://example.com/${ESC}\\Example${ESC}]8;;${ESC}\\`);
  });
});

describe('escapeMarkdown', () => {
  const rendered = (s: string) => marked.parse(escapeMarkdown(s), { async: false }) as string;
  it('article text cannot inject links, images, HTML, headings, lists or code into Markdown', () => {
    for (const s of ['# Heading', '[link](javascript:alert(1))', '![img](https://evil.example/x.png)', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
      '- item', '1. item', '> quote', '```code```', '`code`', '**bold** _em_', '| a | b |', 'line\n# heading', '&lt;b&gt;', 'https://evil.example/', '<https://evil.example/>', 'a@b.example']) {
      const html = rendered(s);
      expect(html, s).toMatch(/^<p>[^<]*<\/p>\n?$/);
    }
  });
});

describe('hostile article through the real binary', () => {
  for (const format of ['text', 'md', 'json']) {
    it(`an OSC 52 clipboard write, title changes and cursor moves stay inert in --format ${format}`, () => {
      const r = runBriefing(['export', FIXTURE, '--format', format], { env });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).not.toMatch(DANGEROUS);
      expect(r.stdout).not.toContain(`${ESC}]`);
      if (format === 'json') {
        const doc = JSON.parse(r.stdout);
        // JSON may keep the words, escaped; parsing gives them back.
        expect(JSON.stringify(doc)).toContain('We agreed');
      } else {
        expect(r.stdout).toContain('We agreed on everything');
        expect(r.stdout).toContain('Look at this link');
      }
    });
  }

  it('the reader path (text on a pipe) is inert too', () => {
    const r = runBriefing([FIXTURE], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(DANGEROUS);
  });

  it('Markdown export of an article full of Markdown and HTML renders no link, image, script or heading from it', () => {
    const r = runBriefing(['export', INJECTION, '--format', 'md'], { env });
    expect(r.code).toBe(0);
    const html = marked.parse(r.stdout, { async: false }) as string;
    const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)[\s>]/gi)].map((m) => m[1]!.toLowerCase()));
    for (const t of ['script', 'img', 'a', 'b', 'iframe', 'code', 'pre', 'ol', 'table']) expect(tags.has(t), `<${t}> in ${[...tags]}`).toBe(false);
    expect(html).not.toMatch(/href=|<[^>]*\bsrc=/i);
    // The only headings are the document's own: the article's "# Heading" title is escaped text.
    expect(html).not.toMatch(/<h\d[^>]*>Heading/);
  });
});
