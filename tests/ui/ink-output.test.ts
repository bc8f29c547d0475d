import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { tokenize } from '@alcalzone/ansi-tokenize';
import FastOutput, { isSimple } from '../../src/ui/ink-output.js';
import fastStringWidth from '../../src/ui/fast-string-width.js';
// ink's own Output (not exported by the package: imported by path), the class the bundle replaces.
import InkOutput from '../../node_modules/ink/build/output.js';

type Transformer = (line: string, index: number) => string;
type Op = { type: 'write'; x: number; y: number; text: string; t: number } | { type: 'clip'; x1?: number; x2?: number; y1?: number; y2?: number } | { type: 'unclip' };

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const bold = sgr(1, 22);
const dim = sgr(2, 22);
const inverse = sgr(7, 27);
const yellow = sgr(33, 39);
const underline = sgr(4, 24);
/** Transformers as ink's Text builds them (colours per line), one of them depending on the line's index. */
const TRANSFORMERS: Transformer[][] = [[], [(l) => inverse(l)], [(l) => dim(l), (l) => bold(l)], [(l, i) => (i % 2 ? yellow(l) : l)]];

// Pieces of text such as the reader writes, and others that must take ink's slow path.
const PIECES = [
  'Tammy Bruce', ' — ', 'US State Department spokesperson', '“We are reaching out”', '  5 src', '› ', '…', '│', '╭──╮', '1–22 of 51',
  'Café déjà vu', 'ʻokina', '¡Hola!', '‹›', '→', '  ', ' ', 'x',
  '北京', '表示', '😀', '👍🏽', '🇮🇳', 'e\u0301', 'a\u200db', '\u00ad', '\t', '\u001b]8;;https://example.org\u0007link\u001b]8;;\u0007', '\u001b[38;5;208morange\u001b[39m', '\u001b[1;4mx\u001b[0m', '\u001b[m',
];
const styled = fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom<(s: string) => string>((s) => s, bold, dim, inverse, yellow, underline)).map(([p, f]) => f(p));
const line = fc.array(styled, { minLength: 0, maxLength: 6 }).map((xs) => xs.join(''));
const text = fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('\n'));
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ type: fc.constant('write' as const), x: fc.integer({ min: -3, max: 30 }), y: fc.integer({ min: -2, max: 9 }), text, t: fc.integer({ min: 0, max: TRANSFORMERS.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('clip' as const), x1: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }), x2: fc.option(fc.integer({ min: 5, max: 40 }), { nil: undefined }), y1: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }), y2: fc.option(fc.integer({ min: 2, max: 10 }), { nil: undefined }) }) },
  { weight: 1, arbitrary: fc.constant({ type: 'unclip' as const }) },
);

function frame(Output: new (o: { width: number; height: number }) => { write: Function; clip: Function; unclip: Function; get(): { output: string; height: number } }, width: number, height: number, ops: Op[]) {
  const out = new Output({ width, height });
  for (const o of ops) {
    if (o.type === 'write') out.write(o.x, o.y, o.text, { transformers: TRANSFORMERS[o.t]! });
    else if (o.type === 'clip') out.clip({ x1: o.x1, x2: o.x2, y1: o.y1, y2: o.y2 });
    else out.unclip();
  }
  return out.get();
}

describe('the reader’s Output (ink’s, remembering unchanged rows)', () => {
  it('gives byte for byte the frames of ink’s Output, for first and repeated frames', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 32 }), fc.integer({ min: 1, max: 8 }), fc.array(op, { maxLength: 12 }), fc.array(op, { maxLength: 4 }), (width, height, ops, more) => {
        const expected = frame(InkOutput, width, height, ops);
        expect(frame(FastOutput, width, height, ops)).toEqual(expected);
        // Again (rows now come from the cache), and a next frame that differs in a few writes.
        expect(frame(FastOutput, width, height, ops)).toEqual(expected);
        const next = [...ops.slice(0, ops.length >> 1), ...more, ...ops.slice(ops.length >> 1)];
        expect(frame(FastOutput, width, height, next)).toEqual(frame(InkOutput, width, height, next));
      }),
      { numRuns: 200 },
    );
  });

  it('calls simple exactly the characters ink’s libraries read as one cell, one grapheme, not full width', () => {
    const ranges = [[0x20, 0x7e], [0xa0, 0x2ff], [0x2010, 0x2027], [0x2030, 0x205e], [0x2190, 0x21ff], [0x2500, 0x25ff]];
    for (let c = 0; c < 0x2700; c++) {
      const ch = String.fromCharCode(c);
      const t = tokenize(ch);
      const libraries = ranges.some(([a, b]) => c >= a! && c <= b!) && t.length === 1 && t[0]!.type === 'char' && !t[0]!.fullWidth && stringWidth(ch) === 1;
      expect(isSimple(c), c.toString(16)).toBe(libraries);
    }
  });

  it('reads every character below U+2600 as ink does, whatever its neighbours', () => {
    const chars: string[] = [];
    for (let c = 0x20; c < 0x2600; c++) if (c < 0xd800 || c > 0xdfff) chars.push(String.fromCharCode(c));
    fc.assert(
      fc.property(fc.shuffledSubarray(chars, { minLength: chars.length, maxLength: chars.length }), (order) => {
        const ops: Op[] = [];
        for (let i = 0; i * 48 < order.length; i++) ops.push({ type: 'write', x: 0, y: i % 40, text: (i % 3 ? bold : (s: string) => s)(order.slice(i * 48, i * 48 + 48).join('')), t: i % 2 });
        expect(frame(FastOutput, 60, 40, ops)).toEqual(frame(InkOutput, 60, 40, ops));
      }),
      { numRuns: 2 },
    );
  });

  it('measures text as string-width does (the width ink lays out and truncates by)', () => {
    const codes = fc.constantFrom('\u001b[1m', '\u001b[22m', '\u001b[m', '\u001b[0m', '\u001b[38;5;208m', '\u001b[1;4m', '\u001b[12345m', '\u001b[1;m', '\u001b[;1m', '\u001b[1', '\u001b]8;;x\u0007', '\u009b1m', '\u001b[2K');
    const piece = fc.oneof(fc.constantFrom(...PIECES), codes, fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const s = parts.join('');
        expect(fastStringWidth(s), JSON.stringify(s)).toBe(stringWidth(s));
      }),
      { numRuns: 2000 },
    );
    for (let c = 0; c < 0x2600; c++) expect(fastStringWidth(`a${String.fromCharCode(c)}b`)).toBe(stringWidth(`a${String.fromCharCode(c)}b`));
  });

  it('draws a list window that moves the way ink draws it (selection and scrolling)', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `${String(i + 1).padStart(3)}. “Statement ${i}” — Speaker ${i % 7}  ${i % 3} src`);
    for (const [sel, top] of [[0, 0], [1, 0], [2, 0], [40, 21], [41, 22], [199, 180], [0, 0]] as const) {
      const ops: Op[] = [{ type: 'clip', x1: 0, x2: 60, y1: 0, y2: 20 }];
      for (let i = 0; i < 20; i++) ops.push({ type: 'write', x: 0, y: i, text: (i + top === sel ? inverse : dim)(`${i + top === sel ? '›' : ' '} ${rows[i + top]}`), t: 0 });
      ops.push({ type: 'unclip' });
      const mine = frame(FastOutput, 60, 20, ops);
      expect(mine).toEqual(frame(InkOutput, 60, 20, ops));
      expect(mine.output).toContain(`› ${rows[sel]}`.slice(0, 50));
    }
  });
});
