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
import { lowerBound } from '../text/lower-bound.js';
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
    // A dateline near the top ("March 01, 2008" alone on a line) says when the article was written.
    const dateline = datelineOf(a);
    if (dateline) return { ...a, published: dateline, publishedInferred: false };
    const lower = latestPastDay(a, median);
    let inferred: string | null = null;
    if (known.length) {
      // the story's next dated article, when it is close to the latest day the text reports
      const next = lower ? firstAtLeast(known, lower) : median;
      inferred = lower && next && dayGap(lower, next) > MAX_GAP_DAYS ? lower : next ?? lower;
    } else inferred = lower;
    return inferred ? { ...a, published: inferred, publishedInferred: true } : a;
  });
}

const MAX_GAP_DAYS = 7;

/** The first of the sorted dates that is on or after `day` (a binary search: thousands of undated articles). */
function firstAtLeast(sorted: string[], day: string): string | undefined {
  return sorted[lowerBound(sorted, day)];
}

function dayGap(a: string, b: string): number {
  return Math.abs(Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/** A full date standing alone on one of the first lines of the body (a dateline), as YYYY-MM-DD. */
function datelineOf(article: Article): string | null {
  const head = article.text.slice(article.bodyStart, Math.min(article.bodyEnd, article.bodyStart + 600));
  const lines = head.split(/\r?\n|\r/).slice(0, 6);
  let offset = article.bodyStart;
  for (const line of lines) {
    const t = line.trim();
    if (t && t.length <= 40) {
      const f = findTimes(article.text, offset, offset + line.length).filter((x) => x.type === 'day' && x.y !== null);
      if (f.length === 1 && /^[\s,.:|\-–—()]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)?[\s,.:|\-–—()]*$/i.test(article.text.slice(offset, f[0]!.start) + article.text.slice(f[0]!.end, offset + line.length))) {
        const { date } = resolveTime(f[0]!, null, 'present');
        if (date && date.length === 10) return date;
      }
    }
    offset += line.length + 1;
  }
  return null;
}

/** The latest full date (YYYY-MM-DD) the article reports in a past or present-tense clause, if no later year is reported. */
function latestPastDay(article: Article, reference: string | null): string | null {
  const text = article.text;
  const ref = parseYmd(reference);
  const sentences = splitSentences(text, article.bodyStart, article.bodyEnd);
  let latest: string | null = null;
  let latestYear = 0;
  for (const f of findTimes(text, article.bodyStart, article.bodyEnd)) {
    if (f.type !== 'day' && f.type !== 'month' && f.type !== 'year') continue;
    if (f.type !== 'year' && f.y === null && !ref) continue;
    const s = sentenceAt(sentences, f.start);
    if (!s) continue;
    const tense = tenseAt(text, s.start, s.end, f.start, f.end);
    if (tense === 'future') continue;
    const { date } = resolveTime(f, ref, tense);
    if (!date) continue;
    latestYear = Math.max(latestYear, +date.slice(0, 4));
    if (date.length === 10 && (!latest || date > latest)) latest = date;
  }
  // "born February 24, 1955" in a story that also reports 2004: that day says little about when it was written
  return latest && +latest.slice(0, 4) >= latestYear ? latest : null;
}
