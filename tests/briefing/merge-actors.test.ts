import { describe, expect, test } from 'vitest';
import type { Article } from '../../src/model.js';
import { extractActors } from '../../src/extract/actors/index.js';
import { mergeActors } from '../../src/briefing/merge-actors.js';
import { lineStartsOf } from '../../src/text/lines.js';

function article(id: string, text: string): Article {
  return {
    id, path: `story/${id}.txt`, format: 'text', title: null, source: null, author: null, url: null,
    published: '2025-04-30', publishedInferred: false, text, bodyStart: 0, bodyEnd: text.length, lineStarts: lineStartsOf(text), hash: id,
  };
}

/** Extract actors from each text (real extraction) and merge them, articles in the given order. */
function merge(texts: Record<string, string>, order = Object.keys(texts)) {
  const arts = order.map((id) => article(id, texts[id]!));
  const exs = arts.map((a) => ({ articleId: a.id, actors: extractActors(a), quotes: [], times: [], claims: [], roleClaims: [] }));
  return { ...mergeActors(new Map(arts.map((a) => [a.id, a])), exs), exs };
}

const JAISHANKAR = {
  a1: 'Also, UN Secretary General Antonio Guterres spoke by telephone with External Affairs Minister S Jaishankar and Pakistan Prime Minister Shehbaz Sharif.',
  a2: 'Rubio spoke with Indian Foreign Minister Subrahmanyam Jaishankar and Pakistan’s Prime Minister Shehbaz Sharif, urging both sides to reduce hostilities.',
  a3: 'Secretary Rubio’s outreach included calls with Indian External Affairs Minister S. Jaishankar and Pakistani Prime Minister Shehbaz Sharif.\n\nIn a post on X, Jaishankar said the call went well.',
};

describe('actors merged across articles', () => {
  test('one person under an initial, a full given name and a bare surname, with every role', () => {
    const { actors } = merge(JAISHANKAR);
    const j = actors.filter((a) => /Jaishankar/.test(a.name));
    expect(j).toHaveLength(1);
    expect(j[0]!.name).toBe('Subrahmanyam Jaishankar');
    expect(j[0]!.kind).toBe('person');
    expect(j[0]!.aliases).toEqual(expect.arrayContaining(['S Jaishankar', 'Jaishankar']));
    expect(j[0]!.roles).toEqual(expect.arrayContaining(['External Affairs Minister', 'Indian Foreign Minister', 'Indian External Affairs Minister']));
    expect(j[0]!.corroboration).toBe(3);
    expect(new Set(j[0]!.mentions.map((m) => m.article))).toEqual(new Set(['a1', 'a2', 'a3']));
    const sharif = actors.filter((a) => /Sharif/.test(a.name));
    expect(sharif).toHaveLength(1);
    expect(sharif[0]!.corroboration).toBe(3);
  });

  test('every article actor maps to a briefing actor', () => {
    const { actors, idOf, exs } = merge(JAISHANKAR);
    const ids = new Set(actors.map((a) => a.id));
    for (const ex of exs) for (const a of ex.actors) expect(ids).toContain(idOf.get(`${ex.articleId}/${a.key}`));
  });

  test('a bare surname joins the one person it can be; two people with one surname stay apart', () => {
    const { actors } = merge({
      b1: 'Prime Minister Shehbaz Sharif chaired the meeting in Islamabad.',
      b2: 'Former prime minister Nawaz Sharif, the leader of the PML-N, criticised the plan.',
      b3: 'Sharif said the country was ready to talk.',
      b4: 'US State Department spokesperson Tammy Bruce spoke to reporters.',
      b5: '“That is correct,” Bruce said when asked.',
    });
    const sharifs = actors.filter((a) => /Sharif/.test(a.name));
    expect(sharifs.map((a) => a.name).sort()).toEqual(['Nawaz Sharif', 'Sharif', 'Shehbaz Sharif']);
    const bruce = actors.find((a) => a.name === 'Tammy Bruce')!;
    expect(bruce.aliases).toContain('Bruce');
    expect(bruce.corroboration).toBe(2);
    expect(actors.find((a) => a.name === 'Bruce')).toBeUndefined();
  });

  test('a bare surname joins the person the story is about; one word is one person across articles', () => {
    const texts: Record<string, string> = {
      g5: 'First lady Michelle Obama campaigned in Philadelphia.',
      g6: 'Obama signed the bill into law on Friday.',
      g7: 'President Obama spoke to reporters.',
      g8: 'President Obama left for Hawaii.',
    };
    for (let i = 1; i <= 4; i++) texts[`g${i}`] = `President Barack Obama met the prime minister in Washington (meeting ${i}).`;
    const { actors } = merge(texts);
    const barack = actors.find((a) => a.name === 'Barack Obama')!;
    expect(barack.corroboration).toBe(7);
    expect(actors.find((a) => a.name === 'Michelle Obama')!.corroboration).toBe(1);
    expect(actors.filter((a) => a.name === 'Obama')).toHaveLength(0);
  });

  test('role evidence picks the person a bare surname refers to', () => {
    const { actors } = merge({
      c1: 'Prime Minister Shehbaz Sharif chaired the meeting.',
      c2: 'Former prime minister Nawaz Sharif criticised the plan.',
      c3: 'Prime Minister Sharif said the country was ready.',
    });
    const shehbaz = actors.find((a) => a.name === 'Shehbaz Sharif')!;
    expect(shehbaz.corroboration).toBe(2);
    expect(actors.find((a) => a.name === 'Nawaz Sharif')!.corroboration).toBe(1);
  });

  test('different holders of one role are different actors', () => {
    const { actors } = merge({
      d1: 'Secretary of State Antony Blinken is reaching out to his counterparts.',
      d2: 'Secretary of State Marco Rubio will speak to the foreign ministers.',
    });
    expect(actors.filter((a) => a.roles.includes('Secretary of State')).map((a) => a.name).sort()).toEqual(['Antony Blinken', 'Marco Rubio']);
  });

  test('acronyms and country names join their spelled-out forms across articles', () => {
    const { actors } = merge({
      e1: 'The Resistance Front (TRF), a proxy of the banned Lashkar-e-Taiba (LeT), claimed responsibility. The United States urged calm.',
      e2: 'TRF later withdrew the claim, and the US said it was monitoring.',
      e3: 'The attack was claimed by The Resistance Front, an offshoot of Lashkar-e-Taiba. The U.S. commitment to India was reaffirmed by U.S. officials, who said the U.S. would help.',
    });
    const trf = actors.filter((a) => a.aliases.includes('TRF') || a.name === 'TRF');
    expect(trf).toHaveLength(1);
    expect(trf[0]!.corroboration).toBe(3);
    const us = actors.filter((a) => a.name === 'United States');
    expect(us).toHaveLength(1);
    expect(us[0]!.corroboration).toBe(3);
    expect(actors.find((a) => a.name === 'US' || a.name === 'U.S.')).toBeUndefined();
  });

  test('a bare given name joins the one person named in full with it, or the one the story is about', () => {
    const { actors } = merge({
      c1: 'Democratic nominee Hillary Clinton told supporters in Ohio that the race was close.',
      c2: 'Republican nominee Donald Trump answered Hillary Clinton at a rally in Florida.',
      c3: 'Donald Trump repeated the claim on Twitter.',
      c4: 'Donald Trump said the debate was rigged, and Donald Tusk said Europe was watching.',
      c5: '“Hillary has no stamina,” the crowd chanted, and supporters held signs reading “Donald for president.”',
      c6: 'Former President Bill Clinton campaigned in Iowa. Mayor Bill de Blasio spoke in New York. Bill said little.',
    });
    const named = (name: string) => actors.find((a) => a.name === name)!;
    expect(named('Hillary Clinton').aliases).toContain('Hillary');
    // Donald Trump is named in three articles, Donald Tusk in one: the story's Donald
    expect(named('Donald Trump').aliases).toContain('Donald');
    expect(named('Donald Tusk').aliases).not.toContain('Donald');
    // two people called Bill, each named once: a bare "Bill" stays on its own
    expect(named('Bill Clinton').aliases).not.toContain('Bill');
    expect(named('Bill de Blasio').aliases).not.toContain('Bill');
  });

  test('the same briefing actors and ids whatever the order of the articles', () => {
    const texts = {
      ...JAISHANKAR,
      f1: 'Washington senator Patty Murray said in a statement that she was shocked. Murray added that Boeing would protest.',
      f2: 'Boeing spokesman William Barksdale said the company was disappointed. Patty Murray criticised the award to Airbus.',
    };
    const a = merge(texts).actors;
    const b = merge(texts, Object.keys(texts).reverse()).actors;
    const c = merge(texts, ['f2', 'a3', 'a1', 'f1', 'a2']).actors;
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(a.map((x) => x.id)).toContain('actor-patty-murray');
    expect(new Set(a.map((x) => x.id)).size).toBe(a.length);
  });
});
