/**
 * A drop-in replacement for ink's `Output` (ink/build/output.js, ink 6.8) that remembers its work from frame to
 * frame. The bundle (scripts/build.mjs, via scripts/ink-output-plugin.mjs) makes ink's renderer use it.
 *
 * Ink builds every frame from scratch: each line of every text node is split into graphemes and ANSI codes
 * (@alcalzone/ansi-tokenize), laid into a grid of styled cells, and the grid is turned back into strings. In the
 * reader that is ~90% of the time of a selection move, although only two rows changed. Here each screen row is
 * the same pure function of what was written to it (x and text of each write, in order, and the frame width),
 * so the finished row string is kept under that key and reused while the row stays the same; a row that did
 * change is built exactly as ink builds it. Clipping, transformers, wide characters and the quirks of ink's loop
 * (a text starting above the frame writes nothing) are those of ink's code, so frames are byte-identical
 * (tests/ui/ink-output.test.ts compares the two).
 */
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';
import { ansiCodesToString, diffAnsiCodes, reduceAnsiCodesIncremental, styledCharsFromTokens, tokenize, type AnsiCode, type StyledChar } from '@alcalzone/ansi-tokenize';

type Transformer = (line: string, index: number) => string;
interface Clip {
  x1: number | undefined;
  x2: number | undefined;
  y1: number | undefined;
  y2: number | undefined;
}
type Operation = { type: 'write'; x: number; y: number; text: string; transformers: Transformer[] } | { type: 'clip'; clip: Clip } | { type: 'unclip' };

/** A Map that forgets everything when it grows past `max` entries (the working set of a screen is small). */
class BoundedCache<V> {
  private map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  set(key: string, value: V): void {
    if (this.map.size >= this.max) this.map = new Map();
    this.map.set(key, value);
  }
}

// Shared by all frames (ink's own caches live for one frame).
const styledCharsCache = new BoundedCache<StyledChar[]>(20_000);
const widthCache = new BoundedCache<number>(20_000);
const widestCache = new BoundedCache<number>(5_000);
const sliceCache = new BoundedCache<string>(20_000);
const rowCache = new BoundedCache<string>(5_000);

function styledChars(line: string): StyledChar[] {
  let cached = styledCharsCache.get(line);
  if (cached === undefined) {
    cached = simpleStyledChars(line) ?? styledCharsFromTokens(tokenize(line));
    styledCharsCache.set(line, cached);
  }
  return cached;
}

/**
 * Code units that are a grapheme and a one-cell, not-full-width character on their own whatever their neighbours
 * (printable ASCII, Latin-1 to U+02FF, general punctuation, arrows, box drawing): no combining marks, joiners,
 * controls or emoji. Decided once from what ink's libraries say (tokenize: one char, not full width; string-width:
 * 1) — all of these ranges but the soft hyphen (width 0) and U+25FD/U+25FE (emoji, 2 cells);
 * tests/ui/ink-output.test.ts asks the libraries again for every one.
 */
export function isSimple(c: number): boolean {
  if (c >= 0x20 && c <= 0x7e) return true;
  if (c < 0xa0 || c > 0x25ff) return false;
  if (c <= 0x2ff) return c !== 0xad;
  return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) || (c >= 0x2190 && c <= 0x21ff) || (c >= 0x2500 && c !== 0x25fd && c !== 0x25fe);
}

/**
 * What styledCharsFromTokens(tokenize(line)) gives, for lines made only of simple characters and SGR codes
 * (\x1b[…m): one char per code unit, styles reduced as the library reduces them. Null for any other line.
 * Chars of a run share one styles array (nothing writes to them).
 */
function simpleStyledChars(line: string): StyledChar[] | null {
  const out: StyledChar[] = [];
  let codes: AnsiCode[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x1b) {
      if (line.charCodeAt(i + 1) !== 0x5b) return null;
      let j = i + 2;
      for (; j < line.length; j++) {
        const d = line.charCodeAt(j);
        if (!((d >= 0x30 && d <= 0x39) || d === 0x3b)) break;
      }
      if (line.charCodeAt(j) !== 0x6d) return null;
      codes = reduceAnsiCodesIncremental(codes, tokenize(line.slice(i, j + 1)) as AnsiCode[]);
      i = j;
      continue;
    }
    if (!isSimple(c)) return null;
    out.push({ type: 'char', value: line[i]!, fullWidth: false, styles: codes });
  }
  return out;
}

const NO_STYLES: AnsiCode[] = [];

/** styledCharsToString of @alcalzone/ansi-tokenize; neighbours with the same styles array need no codes between them. */
function charsToString(chars: StyledChar[]): string {
  let ret = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (i === 0) ret += ansiCodesToString(char.styles);
    else {
      const prev = chars[i - 1]!.styles;
      if (prev !== char.styles) ret += ansiCodesToString(diffAnsiCodes(prev, char.styles));
    }
    ret += char.value;
    if (i === chars.length - 1) ret += ansiCodesToString(diffAnsiCodes(char.styles, []));
  }
  return ret;
}

function width(text: string): number {
  let cached = widthCache.get(text);
  if (cached === undefined) {
    cached = stringWidth(text);
    widthCache.set(text, cached);
  }
  return cached;
}

function widestLine(text: string): number {
  let cached = widestCache.get(text);
  if (cached === undefined) {
    cached = 0;
    for (const line of text.split('\n')) cached = Math.max(cached, width(line));
    widestCache.set(text, cached);
  }
  return cached;
}

function slice(line: string, from: number, to: number): string {
  const key = `${from},${to}\u0000${line}`;
  let cached = sliceCache.get(key);
  if (cached === undefined) {
    cached = sliceAnsi(line, from, to);
    sliceCache.set(key, cached);
  }
  return cached;
}

/** The cells of one row, as ink's Output.get fills them: `width` blanks, then each write in order. */
function buildRow(frameWidth: number, writes: Array<number | string>): string {
  const row: Array<StyledChar | undefined> = [];
  const blank: StyledChar = { type: 'char', value: ' ', fullWidth: false, styles: NO_STYLES };
  for (let x = 0; x < frameWidth; x++) row.push(blank);
  for (let k = 0; k < writes.length; k += 2) {
    let offsetX = writes[k] as number;
    for (const character of styledChars(writes[k + 1] as string)) {
      row[offsetX] = character;
      const v = character.value;
      const characterWidth = v.length === 1 && isSimple(v.charCodeAt(0)) ? 1 : Math.max(1, width(v));
      if (characterWidth > 1) {
        for (let i = 1; i < characterWidth; i++) row[offsetX + i] = { type: 'char', value: '', fullWidth: false, styles: character.styles };
      }
      offsetX += characterWidth;
    }
  }
  return charsToString(row.filter((c): c is StyledChar => c !== undefined)).trimEnd();
}

export default class Output {
  width: number;
  height: number;
  private readonly operations: Operation[] = [];

  constructor(options: { width: number; height: number }) {
    this.width = options.width;
    this.height = options.height;
  }

  write(x: number, y: number, text: string, options: { transformers: Transformer[] }): void {
    if (!text) return;
    this.operations.push({ type: 'write', x, y, text, transformers: options.transformers });
  }

  clip(clip: Clip): void {
    this.operations.push({ type: 'clip', clip });
  }

  unclip(): void {
    this.operations.push({ type: 'unclip' });
  }

  get(): { output: string; height: number } {
    // What each row receives: [x, line, x, line, …] in write order.
    const rows: Array<Array<number | string>> = [];
    for (let y = 0; y < this.height; y++) rows.push([]);
    const clips: Clip[] = [];
    for (const operation of this.operations) {
      if (operation.type === 'clip') {
        clips.push(operation.clip);
        continue;
      }
      if (operation.type === 'unclip') {
        clips.pop();
        continue;
      }
      const { text, transformers } = operation;
      let { x, y } = operation;
      let lines = text.split('\n');
      const clip = clips.at(-1);
      if (clip) {
        const clipHorizontally = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
        const clipVertically = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
        if (clipHorizontally) {
          const w = widestLine(text);
          if (x + w < clip.x1! || x > clip.x2!) continue;
        }
        if (clipVertically) {
          const height = lines.length;
          if (y + height < clip.y1! || y > clip.y2!) continue;
        }
        if (clipHorizontally) {
          const x0 = x;
          lines = lines.map((line) => {
            const from = x0 < clip.x1! ? clip.x1! - x0 : 0;
            const w = width(line);
            const to = x0 + w > clip.x2! ? clip.x2! - x0 : w;
            return slice(line, from, to);
          });
          if (x < clip.x1!) x = clip.x1!;
        }
        if (clipVertically) {
          const from = y < clip.y1! ? clip.y1! - y : 0;
          const height = lines.length;
          const to = y + height > clip.y2! ? clip.y2! - y : height;
          lines = lines.slice(from, to);
          if (y < clip.y1!) y = clip.y1!;
        }
      }
      // As in ink: a line outside the frame is skipped without advancing, so nothing after it is written either.
      let offsetY = 0;
      for (let index = 0; index < lines.length; index++) {
        const row = rows[y + offsetY];
        if (!row) continue;
        let line = lines[index]!;
        for (const transformer of transformers) line = transformer(line, index);
        row.push(x, line);
        offsetY++;
      }
    }
    const out: string[] = [];
    for (const writes of rows) {
      let key = String(this.width);
      // Length-prefixed, so no two different lists of writes give the same key.
      for (let k = 0; k < writes.length; k += 2) key += `\u0000${writes[k]},${(writes[k + 1] as string).length}\u0000${writes[k + 1]}`;
      let line = rowCache.get(key);
      if (line === undefined) {
        line = buildRow(this.width, writes);
        rowCache.set(key, line);
      }
      out.push(line);
    }
    return { output: out.join('\n'), height: rows.length };
  }
}
