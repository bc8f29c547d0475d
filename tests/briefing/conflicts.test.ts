import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, ArticleActor, Briefing, Extraction } from '../../src/model.js';
import { buildBriefing } from '../../src/briefing/index.js';
import { consistent } from '../../src/briefing/conflicts.js';
import { extractNumericClaims, extractRoleClaims } from '../../src/extract/claims/index.js';
import { extractArticle } from '../../src/extract/index.js';
import { openBriefing } from '../../src/pipeline.js';
import { lineStartsOf } from '../../src/text/lines.js';
import { SAMPLE, articleFile } from '../helpers.js';

function article(id: string, text: string, published = '2025-04-30'): Article {
  return { id, path: `${id}.txt`, format: 'text', title: null, source: null, author: null, url: null, published, publishedInferred: false, text, bodyStart: 0, bodyEnd: text.length, lineStarts: lineStartsOf(text), hash: id };
}

const numbers = (text: string, published = '2025-04-30') => extractNumericClaims(article('a', text, published)).map((c) => ({ about: c.about, value: c.value, text: c.text }));

describe('numeric claims, however the quantity is phrased', () => {
  it.each([
    ['On April 22, terrorists opened fire in Kashmir\'s Pahalgam, killing 26 people, in the deadliest attack in the Valley.', 26, 'killing 26 people'],
    ['The brutal assault on April 22 claimed the lives of 26 civilians, mostly Hindu males.', 26, 'claimed the lives of 26 civilians'],
    ['The attack, which resulted in the deaths of 27 people, including mostly tourists, was claimed by TRF.', 27, 'deaths of 27 people'],
    ['The attack, which claimed the lives of 26 tourists—primarily Hindu men—was condemned by India.', 26, 'claimed the lives of 26 tourists'],
    ['Police said 26 tourists… were killed when gunmen opened fire.', 26, null],
    ['At least twenty-six people were killed in the attack.', 26, null],
    ['The death toll rose to 31 on Friday.', 31, null],
    ['Gunmen killed 26 on Tuesday in Baisaran.', 26, 'killed 26'],
    ['Officials said 26 were killed and many more hurt.', 26, '26 were killed'],
    ['India condemned the massacre of 26 tourists.', 26, 'massacre of 26 tourists'],
  ])('%s', (sentence, value, text) => {
    const c = numbers(sentence).filter((x) => x.about === 'death toll');
    expect(c.map((x) => x.value)).toEqual([value]);
    if (text) expect(c[0]!.text).toBe(text);
  });

  it('reads injuries as their own quantity', () => {
    expect(numbers('Gunmen killed 26 people and injured 17 others near Pahalgam.')).toEqual([
      { about: 'death toll', value: 26, text: 'killed 26 people' },
      { about: 'injured', value: 17, text: 'injured 17 others' },
    ]);
  });

  it('does not take a number inside a quote as the outlet’s claim', () => {
    const text = '“And it was a bad one yesterday, though; that was a bad one. Over 30 people,” Trump said. “They killed 40 people,” he added.';
    expect(numbers(text)).toEqual([]);
  });

  it('does not take the toll of another, earlier event as this story’s', () => {
    expect(numbers('The 2008 Mumbai attacks killed 166 people.')).toEqual([]);
    expect(numbers('It was the deadliest attack since 2019, when a suicide bomber killed 40 soldiers in Pulwama.')).toEqual([]);
  });

  it('does not read two quantities in one phrase as one', () => {
    expect(numbers('Flight 574 and Flight 200, which killed 102 and 21 people respectively, were both Boeing jets.')).toEqual([]);
  });

  it('does not read counts of other things as a death toll', () => {
    expect(numbers('Five armed terrorists targeted a group of 26 tourists; the two countries have 1,000 soldiers at the border.')).toEqual([]);
  });
});

describe('consistent values are not a conflict', () => {
  it.each([
    [{ value: 26, bound: 'exact' }, { value: 26, bound: 'exact' }, true],
    [{ value: 26, bound: 'exact' }, { value: 27, bound: 'exact' }, false],
    [{ value: 25, bound: 'moreThan' }, { value: 26, bound: 'exact' }, true],
    [{ value: 26, bound: 'moreThan' }, { value: 26, bound: 'exact' }, false],
    [{ value: 26, bound: 'atLeast' }, { value: 27, bound: 'exact' }, true],
    [{ value: 30, bound: 'approx' }, { value: 28, bound: 'exact' }, true],
    [{ value: 30, bound: 'approx' }, { value: 20, bound: 'exact' }, false],
  ] as const)('%o vs %o -> %s', (a, b, ok) => {
    expect(consistent(a, b)).toBe(ok);
  });

  it('leaves out a toll far from the others (another incident) but keeps 26 vs 27', () => {
    const arts = [
      article('a1', 'Gunmen killed 26 people near Pahalgam.'),
      article('a2', 'The attack claimed the lives of 26 tourists. The bombing of a train in Mumbai killed 180 people.'),
      article('a3', 'The attack resulted in the deaths of 27 people.'),
    ];
    const c = buildBriefing(arts, arts.map((a) => extractArticle(a))).conflicts;
    expect(c.map((x) => x.claims.map((v) => v.value))).toEqual([['26', '27']]);
  });

  it('compares numbers across articles only, whichever order the articles come in', () => {
    const tolls = (texts: string[]) => {
      const arts = texts.map((t, i) => article(`a${i + 1}`, t));
      return buildBriefing(arts, arts.map((a) => extractArticle(a))).conflicts.map((x) => x.claims.map((v) => [v.value, v.sources.map((s) => s.article)]));
    };
    // one article giving two tolls (an update) is not a disagreement between sources
    expect(tolls(['Gunmen killed 26 people near Pahalgam. By Friday the attack had claimed the lives of 27 civilians.'])).toEqual([]);
    expect(tolls(['Gunmen killed 26 people near Pahalgam. By Friday the attack had claimed the lives of 27 civilians.', 'Gunmen killed over 25 people near Pahalgam.'])).toEqual([]);
    // another article's 26 disagrees with the first article's 27, wherever it stands
    const both = [['26', ['a1', 'a2']], ['27', ['a1']]];
    expect(tolls(['Gunmen killed 26 people near Pahalgam. By Friday the attack had claimed the lives of 27 civilians.', 'The attack claimed the lives of 26 tourists.'])).toEqual([both]);
    expect(tolls(['The attack claimed the lives of 26 tourists.', 'Gunmen killed 26 people near Pahalgam. By Friday the attack had claimed the lives of 27 civilians.'])).toEqual([[['26', ['a1', 'a2']], ['27', ['a2']]]]);
  });

  it('reports no conflict between "over 25 killed" and "26 killed"', () => {
    const arts = [article('a1', 'Gunmen killed over 25 people near Pahalgam.'), article('a2', 'The attack claimed the lives of 26 tourists.')];
    const exs = arts.map((a) => extractArticle(a));
    expect(exs.flatMap((e) => e.claims).map((c) => c.value)).toEqual([25, 26]);
    expect(buildBriefing(arts, exs).conflicts).toEqual([]);
  });
});

describe('role claims', () => {
  const actor = (key: string, name: string, text: string): ArticleActor => {
    const mentions = [];
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) mentions.push({ start: i, end: i + name.length });
    return { key, name, kind: 'person', aliases: [], roles: [], mentions };
  };
  const roles = (text: string, names: string[]) => {
    const a = article('a', text);
    const actors = names.map((n, i) => actor(`k${i}`, n, text));
    return extractRoleClaims(a, actors).map((r) => [r.role, actors.find((x) => x.key === r.actorKey)!.name]);
  };

  it('reads the office written before a name, with its country', () => {
    expect(roles('US Secretary of State Marco Rubio spoke with Indian Foreign Minister Subrahmanyam Jaishankar.', ['Marco Rubio', 'Subrahmanyam Jaishankar'])).toEqual([
      ['US Secretary of State', 'Marco Rubio'],
      ['Indian Foreign Minister', 'Subrahmanyam Jaishankar'],
    ]);
    expect(roles('Earlier, Pakistan’s Defence Minister Khawaja Asif, in an interview, accepted it.', ['Khawaja Asif'])).toEqual([['Pakistan’s Defence Minister', 'Khawaja Asif']]);
  });

  it('reads "Name, the Office"', () => {
    expect(roles('Marco Rubio, the US Secretary of State, called both sides.', ['Marco Rubio'])).toEqual([['US Secretary of State', 'Marco Rubio']]);
  });

  it('skips former holders, offices inside quotes and offices many people hold', () => {
    expect(roles('Former Secretary of State Hillary Clinton spoke.', ['Hillary Clinton'])).toEqual([]);
    expect(roles('“Secretary of State Marco Rubio will call,” she said.', ['Marco Rubio'])).toEqual([]);
    expect(roles('State Department spokesperson Tammy Bruce and Senator Chris Van Hollen spoke.', ['Tammy Bruce', 'Chris Van Hollen'])).toEqual([]);
  });
});

describe('offices held by different people in different articles', () => {
  const build = (texts: string[], people: string[]) => {
    const arts = texts.map((t, i) => article(`a${i + 1}`, t));
    const exs = arts.map((a) => {
      const actors: ArticleActor[] = people
        .map((p, i) => {
          const mentions = [];
          for (let at = a.text.indexOf(p); at >= 0; at = a.text.indexOf(p, at + 1)) mentions.push({ start: at, end: at + p.length });
          return { key: `p${i}`, name: p, kind: 'person' as const, aliases: [], roles: [], mentions };
        })
        .filter((x) => x.mentions.length);
      const ex: Extraction = { articleId: a.id, actors, quotes: [], times: [], claims: [], roleClaims: extractRoleClaims(a, actors) };
      return ex;
    });
    return buildBriefing(arts, exs).conflicts;
  };

  it('reports Secretary of State: Blinken in one article, Rubio in two', () => {
    const c = build(['Secretary of State Antony Blinken is reaching out.', 'Secretary of State Marco Rubio will call.', 'US Secretary of State Marco Rubio spoke.'], ['Antony Blinken', 'Marco Rubio']);
    expect(c).toHaveLength(1);
    expect(c[0]!.about).toBe('Secretary of State');
    expect(c[0]!.claims.map((x) => [x.value, x.sources.map((s) => s.article)])).toEqual([
      ['Marco Rubio', ['a2', 'a3']],
      ['Antony Blinken', ['a1']],
    ]);
  });

  it('does not report two countries’ prime ministers, or a former holder, as a conflict', () => {
    expect(build(['Prime Minister Narendra Modi met the chiefs.', 'Pakistan Prime Minister Shehbaz Sharif denied it.', 'Pakistani Prime Minister Shehbaz Sharif spoke.'], ['Narendra Modi', 'Shehbaz Sharif'])).toEqual([]);
    expect(build(['Former Secretary of State Hillary Clinton spoke.', 'Secretary of State John Kerry spoke.'], ['Hillary Clinton', 'John Kerry'])).toEqual([]);
  });

  it('does not report an article that names two holders (two terms), or bare "President" used for past presidents', () => {
    expect(build(['Secretary of State Antony Blinken is reaching out.', 'Secretary of State Marco Rubio took over from Blinken.'], ['Antony Blinken', 'Marco Rubio'])).toEqual([]);
    expect(build(['President Barack Obama spoke.', 'President Richard Nixon resigned after Watergate.'], ['Barack Obama', 'Richard Nixon'])).toEqual([]);
  });

  it('counts a holder as named when the other article writes the surname inside a hyphenated word or with accents', () => {
    const people = ['Antony Blinken', 'Marco Rubio', 'José Müller'];
    expect(build(['Secretary of State Antony Blinken is reaching out.', 'Secretary of State Marco Rubio met Blinken-era officials.'], people)).toEqual([]);
    expect(build(['Secretary of State José Müller is reaching out.', 'Secretary of State Marco Rubio took over from Müller.'], people)).toEqual([]);
    const c = build(['Secretary of State José Müller is reaching out.', 'Secretary of State Marco Rubio took over from Mueller.'], people);
    expect(c.map((x) => x.claims.map((v) => v.value).sort())).toEqual([['José Müller', 'Marco Rubio']]);
  });

  it('does report two US presidents named as the current one', () => {
    const c = build(['US President Donald Trump said on Sunday.', 'US President Joe Biden said on Sunday.'], ['Donald Trump', 'Joe Biden']);
    expect(c.map((x) => [x.about, x.claims.map((v) => v.value).sort()])).toEqual([['US President', ['Donald Trump', 'Joe Biden']]]);
  });
});

describe('the sample story', () => {
  let b: Briefing;
  const file = (id: string) => articleFile(b, id);
  beforeAll(async () => {
    b = (await openBriefing([SAMPLE])).briefing;
  });

  it('reports the death toll: 26 in three articles, 27 in the ANI one', () => {
    const c = b.conflicts.find((x) => x.about === 'death toll');
    expect(c, JSON.stringify(b.conflicts)).toBeDefined();
    const by = Object.fromEntries(c!.claims.map((x) => [x.value, [...new Set(x.sources.map((s) => file(s.article)))].sort()]));
    expect(by['26']).toEqual(['000_fd6803fac89efbb4.txt', '002_4b9987e6f37c8e07.txt', '003_37e110ca6892fd1a.txt']);
    expect(by['27']).toEqual(['004_df112d5052861120.txt']);
    expect(Object.keys(by)).not.toContain('30');
  });

  it('reports Secretary of State: Antony Blinken in one article, Marco Rubio in four', () => {
    const c = b.conflicts.find((x) => x.about === 'Secretary of State');
    expect(c, JSON.stringify(b.conflicts)).toBeDefined();
    const by = Object.fromEntries(c!.claims.map((x) => [x.value, [...new Set(x.sources.map((s) => file(s.article)))].sort()]));
    expect(by['Antony Blinken']).toEqual(['000_fd6803fac89efbb4.txt']);
    expect(by['Marco Rubio']).toEqual(['001_e97de1729d68388b.txt', '002_4b9987e6f37c8e07.txt', '003_37e110ca6892fd1a.txt', '004_df112d5052861120.txt']);
  });

  it('reports nothing else as a disagreement', () => {
    expect(b.conflicts.map((c) => c.about).sort()).toEqual(['Secretary of State', 'death toll']);
    expect(b.conflicts.map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('points each claim at the line that says it', async () => {
    const { articles } = await openBriefing([SAMPLE]);
    const lines = new Map(articles.map((a) => [a.id, a.text.split(/\r?\n/)]));
    const c = b.conflicts.find((x) => x.about === 'death toll')!;
    for (const claim of c.claims) for (const s of claim.sources) expect(lines.get(s.article)![s.line - 1]).toContain(claim.value);
  });
});
