import { parseMetadataDate } from './metadata-date.js';

/** Metadata that a plain-text article carries in its own lines, and where its body is. */
export interface PlainTextMetadata {
  title: string | null;
  published: string | null;
  source: string | null;
  author: string | null;
  bodyStart: number;
  bodyEnd: number;
}

interface Line {
  text: string;
  start: number;
  end: number;
}

const DATE_LINE = /^\s*(?:date|dated|published|posted|updated)\s*:?\s+(.+?)\s*$/i;
const PUBLISHED_ON = /^\s*(?:published|posted|first published|updated)\s*(?:on|at)?\s*:\s*(.*)$/i;
const PUBLISHED_BY = /^\s*(?:published|written|posted|edited)\s+by\s*:\s*(.*)$/i;
/** A news agency named alone on the last line ("ANI", "PTI", "Reuters"), or "(With inputs from PTI)". */
const AGENCY_LINE = /^\s*\(?(?:with inputs from\s+|source:\s*)?([A-Z][A-Za-z.&]{1,14}(?: [A-Z][A-Za-z.&]{1,14}){0,2})\)?\s*$/;
const AGENCY_WITH_INPUTS = /^\s*\(?\s*(?:with inputs from|source:|courtesy:?)\s+(.{2,40}?)\s*\)?\s*$/i;

function linesOf(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while (re.lastIndex < to && (m = re.exec(text)) && m[0].length > 0) {
    const raw = m[0].replace(/[\r\n]+$/, '');
    out.push({ text: raw, start: m.index, end: m.index + raw.length });
  }
  return out;
}

/** A headline: one short line, not a run of sentences. */
function looksLikeHeadline(line: string): boolean {
  const s = line.trim();
  if (s.length < 8 || s.length > 180) return false;
  const sentences = s.split(/[.!?]["”’]?\s+(?=[A-Z“"])/).length;
  return sentences === 1 || (sentences === 2 && !/[.!?]["”’]?$/.test(s));
}

export function readPlainTextMetadata(text: string, from = 0, to = text.length): PlainTextMetadata {
  const all = linesOf(text, from, to).filter((l) => l.text.trim() !== '');
  const meta: PlainTextMetadata = { title: null, published: null, source: null, author: null, bodyStart: from, bodyEnd: to };
  if (all.length === 0) return meta;

  // Header: metadata lines before the headline.
  let i = 0;
  for (; i < Math.min(all.length, 4); i++) {
    const l = all[i]!.text;
    const m = DATE_LINE.exec(l);
    const date = m ? parseMetadataDate(m[1]!) : null;
    if (!date) break;
    meta.published ??= date;
    meta.bodyStart = all[i]!.end;
  }
  const first = all[i];
  if (first && looksLikeHeadline(first.text)) meta.title = first.text.trim();

  // Footer: "Published By: / Published On:" blocks, an agency line.
  let j = all.length - 1;
  for (let steps = 0; j > i && steps < 8; steps++) {
    const l = all[j]!.text;
    const prev = all[j - 1]?.text ?? '';
    let m: RegExpExecArray | null;
    if ((m = PUBLISHED_ON.exec(l))) {
      meta.published ??= parseMetadataDate(m[1]!);
    } else if ((m = PUBLISHED_BY.exec(l))) {
      if (m[1]!.trim()) meta.author ??= m[1]!.trim();
    } else if (PUBLISHED_ON.test(prev) && parseMetadataDate(l)) {
      meta.published ??= parseMetadataDate(l);
    } else if (PUBLISHED_BY.test(prev) && !PUBLISHED_BY.exec(prev)![1]!.trim() && l.trim().length < 60) {
      meta.author ??= l.trim();
    } else if (steps === 0 && ((m = AGENCY_WITH_INPUTS.exec(l)) || (m = AGENCY_LINE.exec(l))) && l.trim().length <= 40) {
      meta.source ??= m[1]!.trim();
    } else {
      break;
    }
    meta.bodyEnd = all[j]!.start;
    j--;
  }
  // Trim the trailing newline(s) between the last body line and the footer.
  while (meta.bodyEnd > meta.bodyStart && /[\r\n]/.test(text[meta.bodyEnd - 1]!)) meta.bodyEnd--;
  return meta;
}
