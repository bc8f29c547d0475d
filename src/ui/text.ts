import stringWidth from 'string-width';
import { sanitizeLine } from '../text/sanitize.js';

/** A run of text with one look. Text in segments is already sanitized (one terminal line). */
export interface Seg {
  text: string;
  /** Highlighted (search match, extracted quote). */
  hl?: boolean;
  bold?: boolean;
  dim?: boolean;
  color?: string;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

// One cell per code unit: printable ASCII, Latin, Greek/Cyrillic up to U+02FF (no combining marks),
// general punctuation (dashes, quotes, …, ›), arrows, box drawing and geometric shapes.
const NARROW = /^[\u0020-\u007e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u25ff]*$/;

/** Terminal cells taken by a string (CJK and emoji are two cells). string-width is slow: common text takes a fast path. */
export function cells(s: string): number {
  return NARROW.test(s) ? s.length : stringWidth(s);
}

/** Cut `s` (one line) to at most `width` cells, ending with "…" when cut. Wide characters never straddle the edge. */
export function truncate(s: string, width: number): string {
  if (width <= 0) return '';
  if (cells(s) <= width) return s;
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(s)) {
    const w = stringWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** `s` truncated and padded with spaces to exactly `width` cells. */
export function fit(s: string, width: number): string {
  const t = truncate(s, width);
  return t + ' '.repeat(Math.max(0, width - cells(t)));
}

/** Segments cut to `width` cells (an ellipsis marks the cut). */
export function fitSegs(segs: Seg[], width: number): Seg[] {
  const total = segs.reduce((n, s) => n + cells(s.text), 0);
  if (total <= width) return segs;
  const out: Seg[] = [];
  let left = width - 1;
  for (const s of segs) {
    if (left <= 0) break;
    const w = cells(s.text);
    if (w <= left) {
      out.push(s);
      left -= w;
      continue;
    }
    let part = '';
    for (const { segment } of graphemes.segment(s.text)) {
      const gw = stringWidth(segment);
      if (gw > left) break;
      part += segment;
      left -= gw;
    }
    if (part) out.push({ ...s, text: part });
    break;
  }
  out.push({ text: '…', dim: true });
  return out;
}

/**
 * Split `text` into segments, highlighting the given [start, end) ranges (UTF-16 offsets).
 * Each piece is sanitized on its own so offsets stay valid for the highlighting.
 */
export function highlightSegs(text: string, ranges: ReadonlyArray<readonly [number, number]>, base: Omit<Seg, 'text'> = {}): Seg[] {
  if (!ranges.length) return [{ ...base, text: sanitizeLine(text) }];
  const sorted = [...ranges].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out: Seg[] = [];
  let at = 0;
  for (const [s0, e0] of sorted) {
    const s = Math.max(s0, at);
    const e = Math.min(e0, text.length);
    if (e <= s) continue;
    if (s > at) out.push({ ...base, text: sanitizeLine(text.slice(at, s)) });
    out.push({ ...base, text: sanitizeLine(text.slice(s, e)), hl: true });
    at = e;
  }
  if (at < text.length) out.push({ ...base, text: sanitizeLine(text.slice(at)) });
  return out.filter((x) => x.text.length > 0);
}

/** Word-wrap segments to lines of at most `width` cells (long words are broken). */
export function wrapSegs(segs: Seg[], width: number): Seg[][] {
  const w = Math.max(1, width);
  const lines: Seg[][] = [];
  let line: Seg[] = [];
  let used = 0;
  const push = (seg: Seg, text: string) => {
    const last = line[line.length - 1];
    if (last && last.hl === seg.hl && last.bold === seg.bold && last.dim === seg.dim && last.color === seg.color) last.text += text;
    else line.push({ ...seg, text });
  };
  // Leading spaces are kept on the first line (indentation) and dropped where a line was wrapped.
  let wrapped = false;
  const newline = () => {
    lines.push(line);
    line = [];
    used = 0;
    wrapped = true;
  };
  for (const seg of segs) {
    // tokens: runs of spaces or of non-spaces
    for (const token of seg.text.match(/\s+|\S+/g) ?? []) {
      const tw = cells(token);
      if (/^\s+$/.test(token)) {
        if (used === 0 && wrapped) continue;
        if (used + tw > w) {
          newline();
          continue;
        }
        push(seg, token);
        used += tw;
        continue;
      }
      if (used + tw <= w) {
        push(seg, token);
        used += tw;
        continue;
      }
      if (used > 0 && tw <= w) {
        // drop trailing spaces of the line
        const last = line[line.length - 1];
        if (last) last.text = last.text.replace(/\s+$/, '');
        newline();
        push(seg, token);
        used = tw;
        continue;
      }
      for (const { segment } of graphemes.segment(token)) {
        const gw = stringWidth(segment);
        if (used + gw > w) newline();
        push(seg, segment);
        used += gw;
      }
    }
  }
  if (line.length || !lines.length) lines.push(line);
  return lines;
}

/** Plain text of segments. */
export function segText(segs: Seg[]): string {
  return segs.map((s) => s.text).join('');
}
