import type { Article, ArticleActor } from '../../src/model.js';
import { extractActors } from '../../src/extract/actors/index.js';
import { lineStartsOf } from '../../src/text/lines.js';

/** An article made of `text` alone (all of it body). */
export function article(text: string, published = '2025-04-29'): Article {
  return {
    id: 'a1', path: 'x.txt', format: 'text', title: null, source: null, author: null, url: null,
    published, publishedInferred: false, text, bodyStart: 0, bodyEnd: text.length, lineStarts: lineStartsOf(text), hash: 'h',
  };
}

export const actorsOf = (text: string) => extractActors(article(text));
export const names = (actors: ArticleActor[]) => actors.map((a) => a.name);

/** The actor with this name or alias; a failure lists the actors found. */
export function actor(actors: ArticleActor[], name: string): ArticleActor {
  const a = actors.find((x) => x.name === name || x.aliases.includes(name));
  if (!a) throw new Error(`no actor "${name}" in ${JSON.stringify(actors.map((x) => [x.name, ...x.aliases]))}`);
  return a;
}
