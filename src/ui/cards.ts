/**
 * The content of detail cards and the article view, as plain data (pure; the components only draw it).
 */
import type { Article, SourceRef } from '../model.js';
import { sanitizeLine } from '../text/sanitize.js';
import { highlightSegs, wrapSegs, type Seg } from './text.js';
import type { View } from './state.js';
import { citation, corroboration, outletOf, type ReaderData } from './view-model.js';

export interface CardLink {
  /** Short column tag: "speaker", "quote", "time", "actor", "source", "claim", "mention". */
  tag: string;
  segs: Seg[];
  /** Where Enter goes. */
  target: View | null;
}

export interface Card {
  title: string;
  /** Paragraphs of information (wrapped by the component). */
  info: Seg[][];
  links: CardLink[];
}

const toArticle = (ref: SourceRef): View => ({ kind: 'article', articleId: ref.article, top: 0, line: ref.line });

function sourceLink(data: ReaderData, ref: SourceRef, tag = 'source'): CardLink {
  const a = data.meta.get(ref.article);
  return { tag, segs: [{ text: citation(data, ref) }, { text: `  ${sanitizeLine(a?.title ?? '')}`, dim: true }], target: toArticle(ref) };
}

/** Where the lines around [start, end) up to blank lines are (at most ~700 characters). */
export function paragraphAround(article: Article, start: number, end: number): { from: number; to: number } {
  const text = article.text;
  let from = text.lastIndexOf('\n\n', start);
  from = from < 0 ? 0 : from + 2;
  let to = text.indexOf('\n\n', end);
  to = to < 0 ? text.length : to;
  if (to - from > 700) {
    from = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    const nl = text.indexOf('\n', end);
    to = nl < 0 ? text.length : nl;
    if (to - from > 700) {
      from = Math.max(from, start - 250);
      to = Math.min(to, end + 250);
    }
  }
  return { from, to };
}

export function buildCard(data: ReaderData, view: View): Card | null {
  switch (view.kind) {
    case 'actor': {
      const a = data.actorById.get(view.id);
      if (!a) return null;
      const info: Seg[][] = [[{ text: sanitizeLine(a.name), bold: true }, { text: `  (${a.kind})`, dim: true }]];
      info.push([{ text: 'Roles: ', dim: true }, { text: a.roles.length ? a.roles.map((x) => sanitizeLine(x)).join('; ') : 'none stated' }]);
      if (a.aliases.length) info.push([{ text: 'Also: ', dim: true }, { text: a.aliases.map((x) => sanitizeLine(x)).join(', ') }]);
      const quotes = data.quotesBySpeaker.get(a.id) ?? [];
      const times = data.timelineOf(a.id);
      info.push([{ text: `Mentioned in ${corroboration(a)} article(s) · ${quotes.length} quote(s) · ${times.length} timeline entr${times.length === 1 ? 'y' : 'ies'}`, dim: true }]);
      const links: CardLink[] = [
        ...quotes.map((q) => ({ tag: 'quote', segs: [{ text: `“${sanitizeLine(q.text)}”` }], target: { kind: 'quote', id: q.id, sel: 0, top: 0 } as View })),
        ...times.map((t) => ({ tag: 'time', segs: [{ text: `${t.date ?? 'undated'}  `, bold: true }, { text: sanitizeLine(t.text) }], target: { kind: 'timeline', id: t.id, sel: 0, top: 0 } as View })),
        ...a.mentions.map((m) => sourceLink(data, m, 'mention')),
      ];
      return { title: `Actor · ${sanitizeLine(a.name)}`, info, links };
    }
    case 'quote': {
      const q = data.quoteById.get(view.id);
      if (!q) return null;
      const info: Seg[][] = [[{ text: `“${sanitizeLine(q.text)}”`, bold: true }]];
      info.push([{ text: '— ', dim: true }, { text: sanitizeLine(q.speakerName ?? 'unattributed') }, { text: `${q.partial ? '  (partial quote)' : ''}${q.spokenOn ? `  spoken ${q.spokenOn}` : ''}`, dim: true }]);
      const first = q.sources[0];
      const article = first ? data.articles.get(first.article) : undefined;
      if (first && article) {
        const { from, to } = paragraphAround(article, first.start, first.end);
        info.push([{ text: `In context (${citation(data, first)}):`, dim: true }]);
        info.push(highlightSegs(article.text.slice(from, to), [[first.start - from, first.end - from]]));
      }
      const links: CardLink[] = [];
      const speaker = q.speaker ? data.actorById.get(q.speaker) : undefined;
      if (speaker) links.push({ tag: 'speaker', segs: [{ text: sanitizeLine(speaker.name), bold: true }, { text: speaker.roles.length ? ` — ${sanitizeLine(speaker.roles[0]!)}` : '' }], target: { kind: 'actor', id: speaker.id, sel: 0, top: 0 } });
      for (const ref of q.sources) links.push(sourceLink(data, ref));
      return { title: `Quote · ${sanitizeLine(q.speakerName ?? 'unattributed')}`, info, links };
    }
    case 'timeline': {
      const t = data.timelineById.get(view.id);
      if (!t) return null;
      const info: Seg[][] = [[{ text: t.date ?? 'no exact date', bold: true }, { text: t.kind ? `  (${t.kind})` : '', dim: true }], [{ text: sanitizeLine(t.text) }]];
      const links: CardLink[] = [
        ...data.actorsOf(t).map((a) => ({ tag: 'actor', segs: [{ text: sanitizeLine(a.name), bold: true }, { text: a.roles.length ? ` — ${sanitizeLine(a.roles[0]!)}` : '' }], target: { kind: 'actor', id: a.id, sel: 0, top: 0 } as View })),
        ...t.sources.map((r) => sourceLink(data, r)),
      ];
      return { title: `Timeline · ${t.date ?? 'undated'}`, info, links };
    }
    case 'conflict': {
      const c = data.conflictById.get(view.id);
      if (!c) return null;
      const info: Seg[][] = [[{ text: 'Sources disagree about ', dim: true }, { text: sanitizeLine(c.about), bold: true }]];
      for (const claim of c.claims) info.push([{ text: `• ${sanitizeLine(claim.value)}` }, { text: `  (${claim.sources.map((r) => citation(data, r)).join('; ')})`, dim: true }]);
      const links = c.claims.flatMap((claim) => claim.sources.map((r) => ({ ...sourceLink(data, r, 'claim'), segs: [{ text: `${sanitizeLine(claim.value)}  `, bold: true }, { text: citation(data, r) }] })));
      return { title: `Conflict · ${sanitizeLine(c.about)}`, info, links };
    }
    default:
      return null;
  }
}

export interface ArticleLine {
  segs: Seg[];
  /** Source line number on the first display row of that line. */
  lineNo: number | null;
  /** The row shows part of an extracted quote. */
  quote: boolean;
  /** The source line this row belongs to. */
  line: number;
}

/** The article text wrapped to `width`, extracted quotes highlighted (metadata first). */
export function articleLines(data: ReaderData, articleId: string, width: number): ArticleLine[] {
  const article = data.articles.get(articleId);
  const meta = data.meta.get(articleId);
  const out: ArticleLine[] = [];
  if (!article) return [{ segs: [{ text: 'The article text is not available.' }], lineNo: null, quote: false, line: 0 }];
  const head: Seg[][] = [
    [{ text: sanitizeLine(meta?.title ?? article.title ?? 'Untitled'), bold: true }],
    [{ text: `${outletOf(meta)} · ${meta?.published ?? 'undated'}${meta?.author ? ` · ${sanitizeLine(meta.author)}` : ''} · ${sanitizeLine(article.path)}`, dim: true }],
  ];
  for (const h of head) for (const segs of wrapSegs(h, width)) out.push({ segs, lineNo: null, quote: false, line: 0 });
  out.push({ segs: [], lineNo: null, quote: false, line: 0 });
  const spans: Array<[number, number]> = [];
  for (const q of data.quotesByArticle.get(articleId) ?? []) for (const s of q.sources) if (s.article === articleId) spans.push([s.start, s.end]);
  const text = article.text;
  const starts = article.lineStarts;
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    const to = i + 1 < starts.length ? starts[i + 1]! : text.length;
    const raw = text.slice(from, to).replace(/\r?\n$/, '');
    const local = spans.filter(([s, e]) => e > from && s < from + raw.length).map(([s, e]) => [Math.max(0, s - from), Math.min(raw.length, e - from)] as [number, number]);
    const rows = wrapSegs(highlightSegs(raw, local), width);
    rows.forEach((segs, k) => out.push({ segs, lineNo: k === 0 ? i + 1 : null, quote: segs.some((x) => x.hl), line: i + 1 }));
  }
  return out;
}
