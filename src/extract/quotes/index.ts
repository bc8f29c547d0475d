import type { Article, ArticleActor, ArticleQuote } from '../../model.js';

/** First version: text between matching quote marks; speaker from "X said" in the same sentence. */
export function extractQuotes(article: Article, _actors: ArticleActor[]): ArticleQuote[] {
  const out: ArticleQuote[] = [];
  const body = article.text.slice(article.bodyStart, article.bodyEnd);
  const re = /["“]([^"“”\n]{2,}?)["”]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const start = article.bodyStart + m.index + 1;
    const end = start + m[1]!.length;
    const after = body.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const sp = /^,?\s*([A-Z][\w.-]*(?: [A-Z][\w.-]*)*) (?:said|says|added|stated)/.exec(after);
    out.push({ text: article.text.slice(start, end), start, end, speakerKey: null, speakerName: sp ? sp[1]! : null, partial: m[1]!.split(/\s+/).length < 5, spokenOn: null });
  }
  return out;
}
