import type { Article, ArticleActor } from '../../model.js';

/** First version: runs of capitalised words, not at a sentence start. */
export function extractActors(article: Article): ArticleActor[] {
  const byName = new Map<string, ArticleActor>();
  const body = article.text.slice(article.bodyStart, article.bodyEnd);
  const re = /(?<=[a-z,;] )[A-Z][a-z]+(?: [A-Z][a-z]+)+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const start = article.bodyStart + m.index;
    let a = byName.get(m[0]);
    if (!a) {
      a = { key: `k${byName.size + 1}`, name: m[0], kind: 'other', aliases: [], roles: [], mentions: [] };
      byName.set(m[0], a);
    }
    a.mentions.push({ start, end: start + m[0].length });
  }
  return [...byName.values()];
}
