import type { Article, ArticleActor, ArticleQuote, ArticleTimeExpression } from '../../model.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** First version: "Month D" dates, year from the publication date; the sentence is the event. */
export function extractTimes(article: Article, _actors: ArticleActor[], _quotes: ArticleQuote[] = []): ArticleTimeExpression[] {
  const out: ArticleTimeExpression[] = [];
  const year = article.published?.slice(0, 4);
  if (!year) return out;
  const body = article.text.slice(article.bodyStart, article.bodyEnd);
  const re = /\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const start = article.bodyStart + m.index;
    const sStart = Math.max(body.lastIndexOf('. ', m.index) + 2, body.lastIndexOf('\n', m.index) + 1);
    let sEnd = body.indexOf('. ', m.index);
    if (sEnd < 0) sEnd = body.length;
    const date = `${year}-${String(MONTHS.indexOf(m[1]!.toLowerCase()) + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
    out.push({ text: m[0], start, end: start + m[0].length, date, kind: 'event', event: body.slice(sStart, sEnd + 1), eventStart: article.bodyStart + sStart, eventEnd: article.bodyStart + sEnd + 1, inQuote: false, actorKeys: [] });
  }
  return out;
}
