import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Actor, Briefing } from '../../src/model.js';
import { loadArticles } from '../../src/load/index.js';
import { extractArticle } from '../../src/extract/index.js';
import { buildBriefing } from '../../src/briefing/index.js';
import { canonicalRole } from '../../src/extract/actors/roles.js';
import { ROOT, SAMPLE } from '../helpers.js';

interface GoldActor {
  name: string;
  kind: Actor['kind'];
  aliases: string[];
  roles: string[];
  files: string[];
}
const gold = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'gold', 'sample-actors.json'), 'utf8')) as { actors: GoldActor[]; notActors: string[] };

const norm = (s: string) => s.toLowerCase().replace(/\./g, '').replace(/[’]/g, "'").replace(/^the /, '').trim();

describe('actors of the sample briefing, against the hand-written gold', () => {
  let briefing: Briefing;
  let fileOf: Map<string, string>;
  beforeAll(async () => {
    const { articles } = await loadArticles([SAMPLE]);
    briefing = buildBriefing(articles, articles.map((a) => extractArticle(a)));
    fileOf = new Map(briefing.articles.map((a) => [a.id, path.basename(a.path).slice(0, 3)]));
  });
  const find = (name: string) => briefing.actors.filter((a) => [a.name, ...a.aliases].some((n) => norm(n) === norm(name)));

  test.each(gold.actors.map((g) => [g.name, g] as const))('%s', (_name, g) => {
    const found = find(g.name);
    expect(found.map((a) => a.name), `one actor named ${g.name}`).toHaveLength(1);
    const a = found[0]!;
    expect(a.kind).toBe(g.kind);
    const forms = [a.name, ...a.aliases].map(norm);
    for (const al of g.aliases) expect(forms, `alias ${al}`).toContain(norm(al));
    const roles = a.roles.map(canonicalRole);
    for (const r of g.roles) expect(roles, `role ${r}`).toContain(canonicalRole(r));
    expect([...new Set(a.mentions.map((m) => fileOf.get(m.article)))].sort()).toEqual(g.files);
    expect(a.corroboration).toBe(g.files.length);
  });

  test('capitalised words that are not actors', () => {
    const forms = briefing.actors.flatMap((a) => [a.name, ...a.aliases]).map(norm);
    for (const w of gold.notActors) expect(forms, w).not.toContain(norm(w));
  });

  test('the two Secretaries of State stay two people; the Sharifs and Jaishankars are one each', () => {
    const sos = briefing.actors.filter((a) => a.roles.some((r) => canonicalRole(r) === 'secretary of state'));
    expect(sos.map((a) => a.name).sort()).toEqual(['Antony Blinken', 'Marco Rubio']);
    expect(briefing.actors.filter((a) => /Jaishankar/.test(a.name))).toHaveLength(1);
    expect(briefing.actors.filter((a) => /Sharif/.test(a.name))).toHaveLength(1);
  });

  test('quotes are attributed to actors that exist', () => {
    const ids = new Set(briefing.actors.map((a) => a.id));
    for (const q of briefing.quotes) if (q.speaker) expect(ids).toContain(q.speaker);
  });
});
