import type { Briefing, SourceRef } from '../model.js';
import { escapeMarkdown as esc, wrapMarkdown } from './markdown-escape.js';
import { articleCount, articlesPhrase, capitalise, clip, quoteForDisplay, citer, conflictRows, coverage, humanDate, humanSpan, keyPoints, keyQuotes, plural, rankActors, speakerOf, timelineByDate, type Citation } from './digest.js';

export interface MarkdownOptions {
  /** Key quotes shown (default 10; the JSON export has them all). */
  maxQuotes?: number;
  /** Actors shown in full (default 12); the others are listed by name. */
  maxActors?: number;
  /** What the export options kept ("only Marco Rubio; from 2025-04-26"), said under the title. */
  filterNote?: string;
}

const cite = (c: Citation, lines: number[]) => [c.outlet ? esc(c.outlet) : null, c.date && /^\d{4}-\d{2}-\d{2}$/.test(c.date) ? c.date : null, `${esc(c.file)}:${lines.join(', ')}`].filter(Boolean).join(', ');

/** At most `max` characters, cut at a word, with "…". */
function clipChars(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1).replace(/\s+\S*$/, '').replace(/\\$/, '');
  return `${cut}…`;
}


/**
 * The briefing as a Markdown document a reader would forward: title and dates covered, key points,
 * who is involved, what happened when, key quotes with their sources, where the sources disagree,
 * and the list of sources. Every piece of article text goes through `escapeMarkdown`, so nothing
 * in an article can add links, images, HTML or headings. Lint-clean (markdownlint defaults).
 */
export function briefingToMarkdown(b: Briefing, options: MarkdownOptions = {}): string {
  const maxQuotes = options.maxQuotes ?? 10;
  const maxActors = options.maxActors ?? 12;
  const citeOf = citer(b);
  // One citation per article: "ANI, 2025-04-30, 004_x.txt:3, 7".
  const refs = (list: SourceRef[]) => {
    const byArticle = new Map<string, { c: Citation; lines: number[] }>();
    for (const r of list) {
      const c = citeOf(r);
      const e = byArticle.get(r.article) ?? { c, lines: [] };
      if (!e.lines.includes(r.line)) e.lines.push(r.line);
      byArticle.set(r.article, e);
    }
    return [...byArticle.values()].map((e) => cite(e.c, e.lines)).join('; ');
  };
  const out: string[] = [];
  const W = 80;
  const para = (...lines: string[]) => out.push(...lines.map((l) => wrapMarkdown(l, W)), '');
  // Entries are paragraphs, not list items: marked-terminal leaves inline Markdown in list items
  // raw (**bold**, backslash escapes), while paragraphs render cleanly in a terminal and on the web.
  const item = (text: string) => `${wrapMarkdown(text, W)}\n`;

  out.push(`# ${clipChars(esc(b.title), W - 2) || 'Briefing'}`, '');

  const cov = coverage(b);
  let line = articlesPhrase(cov, esc);
  if (cov.published) line += `, published ${humanSpan(cov.published.from, cov.published.to)}`;
  if (cov.undatedArticles) line += ` (${cov.undatedArticles} without a date)`;
  line += '.';
  if (cov.events) line += ` Events covered: ${humanSpan(cov.events.from, cov.events.to)}.`;
  para(line);
  if (options.filterNote) para(`Filtered: ${esc(options.filterNote)}.`);

  // Summary
  para('## Summary');
  const points = keyPoints(b);
  if (points.length) {
    out.push(...points.map((p) => item(`**${esc(p.lead.replace(/:\s*$/, ''))}:** ${esc(clip(p.text, 40))}${p.note ? ` (${esc(p.note)})` : ''} — ${plural(p.sources, 'source')}`)));
  } else {
    para('No fact is reported by more than one article.');
  }

  // Actors
  para('## Who is involved');
  const ranked = rankActors(b.actors);
  const shown = ranked.slice(0, maxActors);
  if (shown.length) {
    out.push(
      ...shown.map((a) => {
        const bits = [a.roles.length ? a.roles.slice(0, 3).map(esc).join(' / ') : null, a.quoteCount ? `quoted ${a.quoteCount === 1 ? 'once' : `${a.quoteCount} times`}` : null, `in ${plural(a.corroboration ?? articleCount(a.mentions), 'article')}`].filter(Boolean);
        return item(`**${esc(a.name)}** — ${bits.join('; ')}`);
      }),
    );
    const rest = ranked.slice(maxActors);
    if (rest.length) para(`Also mentioned: ${rest.slice(0, 40).map((a) => esc(a.name)).join(', ')}${rest.length > 40 ? `, and ${rest.length - 40} more` : ''}.`);
  } else {
    para('No actors found.');
  }

  // Timeline
  para('## Timeline');
  if (b.timeline.length) {
    for (const g of timelineByDate(b.timeline)) {
      for (const t of g.entries) out.push(item(`**${esc(humanDate(t.date))}**${t.kind === 'plan' ? ' (planned)' : ''} — ${esc(t.text)} (${refs(t.sources)})`));
    }
  } else {
    para('No dated events found.');
  }
  if (b.undated?.length) {
    para('### No exact date');
    out.push(...b.undated.map((t) => item(`${esc(t.text)} (${refs(t.sources)})`)));
  }

  // Quotes
  para('## Key quotes');
  const quotes = keyQuotes(b.quotes, maxQuotes);
  if (quotes.length) {
    for (const q of quotes) {
      out.push(wrapMarkdown(`“${esc(quoteForDisplay(q.text))}”`, W, '> ', '> '), '');
      const who = speakerOf(b, q);
      para(`— ${who ? `**${esc(who)}**` : 'Unattributed'}${q.partial ? ' (partial quote)' : ''}; ${plural(articleCount(q.sources), 'source')}: ${refs(q.sources)}`);
    }
    if (b.quotes.length > quotes.length) para(`${b.quotes.length - quotes.length} more ${b.quotes.length - quotes.length === 1 ? 'quote is' : 'quotes are'} in the full export (\`--format json\`).`);
  } else {
    para('No quotes found.');
  }

  // Conflicts
  para('## Where sources disagree');
  if (b.conflicts.length) {
    for (const c of b.conflicts) {
      para(`### ${clipChars(esc(capitalise(c.about)), W - 4)}`);
      for (const r of conflictRows(c)) out.push(item(`**${esc(r.value)}** — ${plural(articleCount(r.sources), 'article')}: ${refs(r.sources)}`));
    }
  } else {
    para('The sources do not contradict each other on the numbers and offices checked.');
  }

  // Sources
  para('## Sources');
  const files = citer(b);
  out.push(
    ...b.articles.map((a) => {
      const file = files({ article: a.id, line: 1 }).file;
      const date = a.published && /^\d{4}-\d{2}-\d{2}$/.test(a.published) ? `${a.published}${a.publishedInferred ? ' (inferred)' : ''}` : 'date not stated';
      const bits = [a.source ? esc(a.source) : 'outlet not stated', date, esc(file)];
      return item(`${a.title ? `**${esc(a.title)}**` : '**Untitled**'} — ${bits.join(', ')}`);
    }),
  );
  return out.join('\n').replace(/\n+$/, '\n');
}
