import type { Actor, Article, Extraction } from '../model.js';
import { lineAt } from '../text/lines.js';

export interface MergedActors {
  actors: Actor[];
  /** `${articleId}/${articleActorKey}` -> briefing actor id */
  idOf: Map<string, string>;
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** One actor per real-world entity across articles. First version: merged by exact name. */
export function mergeActors(articles: Map<string, Article>, extractions: Extraction[]): MergedActors {
  const actors = new Map<string, Actor>();
  const idOf = new Map<string, string>();
  for (const ex of extractions) {
    const art = articles.get(ex.articleId)!;
    for (const a of ex.actors) {
      const k = norm(a.name);
      let actor = actors.get(k);
      if (!actor) {
        actor = { id: `actor${actors.size + 1}`, name: a.name, kind: a.kind, aliases: [], roles: [], mentions: [] };
        actors.set(k, actor);
      }
      for (const r of a.roles) if (!actor.roles.includes(r)) actor.roles.push(r);
      for (const al of a.aliases) if (!actor.aliases.includes(al) && al !== actor.name) actor.aliases.push(al);
      idOf.set(`${ex.articleId}/${a.key}`, actor.id);
      for (const m of a.mentions) actor.mentions.push({ article: art.id, line: lineAt(art.lineStarts, m.start) });
    }
  }
  return { actors: [...actors.values()], idOf };
}
