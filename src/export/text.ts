import type { Briefing, SourceRef } from '../model.js';
import { sanitizeLine } from '../text/sanitize.js';
import { articleCount, articlesPhrase, capitalise, clip, quoteForDisplay, citer, conflictRows, coverage, humanDate, humanSpan, keyPoints, keyQuotes, plural, rankActors, speakerOf, timelineByDate } from './digest.js';

export interface TextOptions {
  /** Column to wrap at (default 80). */
  width?: number;
  /** Quotes shown (default: all). */
  maxQuotes?: number;
  /** What the export options kept, said under the title. */
  filterNote?: string;
}

/** One line of text (controls removed, whitespace collapsed). */
const s = (text: string) => sanitizeLine(text).replace(/\s+/g, ' ').trim();

/** Words wrapped at `width`; `first` and `cont` prefix the first and the following lines. */
function wrap(text: string, width: number, first: string, cont: string = ' '.repeat(first.length)): string[] {
  const words = text.split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const w of words) {
    if (!empty && line.length + 1 + w.length > width) {
      lines.push(line);
      line = cont + w;
    } else line += (empty ? '' : ' ') + w;
    empty = false;
  }
  lines.push(line);
  return lines;
}

/**
 * The briefing as plain text, for pipes and `less`: the story and its dates, key points, where the
 * sources disagree, the quotes with speakers and sources, the timeline, who is involved, and the
 * sources. Every piece of article text is sanitised (no control sequences reach the terminal).
 */
export function briefingToText(b: Briefing, options: TextOptions = {}): string {
  const width = Math.max(40, options.width ?? 80);
  const citeOf = citer(b);
  const refs = (list: SourceRef[]) => {
    const byArticle = new Map<string, { file: string; lines: number[] }>();
    for (const r of list) {
      const c = citeOf(r);
      const e = byArticle.get(r.article) ?? { file: s(c.file), lines: [] };
      if (!e.lines.includes(r.line)) e.lines.push(r.line);
      byArticle.set(r.article, e);
    }
    return [...byArticle.values()].map((e) => `${e.file}:${e.lines.join(',')}`).join(', ');
  };
  const out: string[] = [];
  const heading = (h: string) => out.push(h.toUpperCase(), '');

  const title = s(b.title) || 'Briefing';
  out.push(title, '='.repeat(Math.min(width, [...title].length)));
  const cov = coverage(b);
  let intro = articlesPhrase(cov, s);
  if (cov.published) intro += `, published ${humanSpan(cov.published.from, cov.published.to)}`;
  if (cov.undatedArticles) intro += ` (${cov.undatedArticles} without a date)`;
  intro += '.';
  if (cov.events) intro += ` Events: ${humanSpan(cov.events.from, cov.events.to)}.`;
  out.push(...wrap(intro, width, ''), '');
  if (options.filterNote) out.push(...wrap(`Filtered: ${s(options.filterNote)}.`, width, ''), '');

  const points = keyPoints(b);
  if (points.length) {
    heading('Key points');
    for (const p of points) {
      const text = `${s(p.lead)} ${clip(s(p.text), 40)}${p.note ? ` (${s(p.note)})` : ''} [${plural(p.sources, 'source')}]`;
      out.push(...wrap(text, width, '  * ', '    '));
    }
    out.push('');
  }

  heading('Where sources disagree');
  if (b.conflicts.length) {
    for (const c of b.conflicts) {
      out.push(`  ${s(capitalise(c.about))}`);
      for (const r of conflictRows(c)) out.push(...wrap(`${s(r.value)}: ${plural(articleCount(r.sources), 'article')} (${refs(r.sources)})`, width, '    - ', '      '));
    }
  } else out.push('  No contradictions found on the numbers and offices checked.');
  out.push('');

  heading('Quotes');
  const quotes = keyQuotes(b.quotes, options.maxQuotes ?? b.quotes.length);
  if (!quotes.length) out.push('  No quotes found.', '');
  for (const q of quotes) {
    out.push(...wrap(`“${s(quoteForDisplay(q.text))}”`, width, '  ', '   '));
    const who = speakerOf(b, q);
    out.push(...wrap(`— ${who ? s(who) : 'unattributed'}${q.partial ? ' (partial)' : ''}; ${plural(articleCount(q.sources), 'source')}: ${refs(q.sources)}`, width, '    ', '      '), '');
  }
  if (b.quotes.length > quotes.length) out.push(`  (${b.quotes.length - quotes.length} more quotes in the full export)`, '');

  heading('Timeline');
  if (!b.timeline.length && !b.undated?.length) out.push('  No dated events found.', '');
  for (const g of timelineByDate(b.timeline)) {
    const label = humanDate(g.date);
    g.entries.forEach((t, i) => {
      const head = i === 0 ? `  ${label.padEnd(16)} - ` : `  ${''.padEnd(16)} - `;
      out.push(...wrap(`${t.kind === 'plan' ? '(planned) ' : ''}${s(t.text)} [${refs(t.sources)}]`, width, head, ' '.repeat(head.length)));
    });
  }
  if (b.timeline.length) out.push('');
  if (b.undated?.length) {
    out.push('  No exact date:');
    for (const t of b.undated) out.push(...wrap(`${s(t.text)} [${refs(t.sources)}]`, width, '    - ', '      '));
    out.push('');
  }

  heading('Who is involved');
  const actors = rankActors(b.actors);
  if (!actors.length) out.push('  No actors found.');
  for (const a of actors) {
    const bits = [a.roles.length ? a.roles.slice(0, 3).map(s).join(' / ') : null, a.quoteCount ? `quoted ${a.quoteCount}×` : null, plural(a.corroboration ?? articleCount(a.mentions), 'article')].filter(Boolean);
    out.push(...wrap(`${s(a.name)} — ${bits.join('; ')}`, width, '  ', '      '));
  }
  out.push('');

  heading('Sources');
  for (const a of b.articles) {
    const file = citeOf({ article: a.id, line: 1 }).file;
    const bits = [a.source ? s(a.source) : 'outlet not stated', a.published ? `${s(a.published)}${a.publishedInferred ? ' (inferred)' : ''}` : 'date not stated', s(file)];
    out.push(...wrap(`${a.title ? s(a.title) : 'Untitled'} — ${bits.join(', ')}`, width, '  * ', '    '));
  }
  out.push('');
  return out.join('\n');
}
