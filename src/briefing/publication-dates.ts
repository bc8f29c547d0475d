/**
 * Publication dates for articles that do not state one, inferred where the text allows:
 * the latest day the article itself reports as past ("On April 26, … said") bounds it from
 * below, and the other articles of the story say when the story was written. The result is
 * marked `publishedInferred: true`; dates resolved against it are flagged approximate by the
 * timeline extractor. Pure: returns new Article objects for the ones it dates.
 */
import type { Article } from '../model.js';
import { findTimes } from '../extract/timeline/find.js';
import { resolveTime } from '../extract/timeline/resolve.js';
import { sentenceAt, splitSentences } from '../extract/timeline/sentences.js';
import { tenseAt } from '../extract/timeline/tense.js';
import { parseYmd } from '../extract/timeline/dates.js';

export function inferPublicationDates(articles: Article[]): Article[] {
  const known = articles
    .filter((a) => a.published && !a.publishedInferred && parseYmd(a.published))
    .map((a) => a.published!)
    .sort();
  const median = known.length ? known[(known.length - 1) >> 1]! : null;
  return articles.map((a) => {
    if (a.published) return a;
    const lower = latestPastDay(a, median);
    let inferred: string | null = null;
    if (known.length) {
      inferred = lower ? known.find((d) => d >= lower) ?? lower : median;
    } else inferred = lower;
    return inferred ? { ...a, published: inferred, publishedInferred: true } : a;
  });
}

/** The latest full date (YYYY-MM-DD) the article reports in a past or present-tense clause. */
function latestPastDay(article: Article, reference: string | null): string | null {
  const text = article.text;
  const ref = parseYmd(reference);
  const sentences = splitSentences(text, article.bodyStart, article.bodyEnd);
  let latest: string | null = null;
  for (const f of findTimes(text, article.bodyStart, article.bodyEnd)) {
    if (f.type !== 'day') continue;
    if (f.y === null && !ref) continue;
    const s = sentenceAt(sentences, f.start);
    if (!s) continue;
    const tense = tenseAt(text, s.start, s.end, f.start, f.end);
    if (tense === 'future') continue;
    const { date } = resolveTime(f, ref, tense);
    if (date && date.length === 10 && (!latest || date > latest)) latest = date;
  }
  return latest;
}
