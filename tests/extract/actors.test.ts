import { describe, expect, test } from 'vitest';
import { extractActors } from '../../src/extract/actors/index.js';
import { canonicalRole, roleJurisdiction } from '../../src/extract/actors/roles.js';
import { actor, actorsOf, article, names } from './actor-helpers.js';

describe('roles from the words around a name', () => {
  test('a role written before the name, with its organisation', () => {
    const actors = actorsOf('US State Department spokesperson Tammy Bruce stated that Secretary of State Antony Blinken is personally reaching out to his counterparts.');
    const bruce = actor(actors, 'Tammy Bruce');
    expect(bruce.kind).toBe('person');
    expect(bruce.roles).toContain('US State Department spokesperson');
    const blinken = actor(actors, 'Antony Blinken');
    expect(blinken.kind).toBe('person');
    expect(blinken.roles).toEqual(['Secretary of State']);
    expect(names(actors)).not.toContain('Secretary of State Antony Blinken');
  });

  test('a state or party before an abbreviated title is part of the role ("Vermont Sen.", "Republican Indiana Gov.")', () => {
    const actors = actorsOf('Vermont Sen. Bernie Sanders is against the deal. Democrat Tim Kaine faces off against Republican Indiana Gov. Mike Pence tonight.');
    expect(actor(actors, 'Bernie Sanders').roles).toEqual(['Vermont Senator']);
    expect(actor(actors, 'Mike Pence').roles).toEqual(['Republican Indiana Governor']);
  });

  test('"Speaker of the House" is one role before the name', () => {
    const actors = actorsOf('The measure was part of Speaker of the House Newt Gingrich’s 1994 Contract with America. Gingrich defended it.');
    const g = actor(actors, 'Newt Gingrich');
    expect(g.roles).toEqual(['Speaker of the House']);
    expect(g.aliases).toContain('Gingrich');
  });

  test("a possessive country, a rank and a company before the name", () => {
    const actors = actorsOf(
      "In response, Pakistan's Defence Minister Khawaja Asif said the claims were false. Pakistani Army Chief Gen. Asim Munir visited the border. Northrop Grumman CEO Ron Sugar said in an interview that they took a big swing.",
    );
    expect(actor(actors, 'Khawaja Asif').roles).toEqual(["Pakistan's Defence Minister"]);
    const munir = actor(actors, 'Asim Munir');
    expect(munir.roles).toEqual(['Pakistani Army Chief']);
    expect(munir.kind).toBe('person');
    expect(actor(actors, 'Ron Sugar').roles).toEqual(['Northrop Grumman CEO']);
    expect(actor(actors, 'Northrop Grumman').kind).toBe('organization');
    expect(names(actors)).not.toContain('Pakistani');
  });

  test('an apposition after the name, but not the role of the next person in a list', () => {
    const actors = actorsOf(
      'Todd Tiahrt, a Kansas representative, said "We should have an American tanker." Modi chaired a meeting with Defence Minister Rajnath Singh, National Security Advisor Ajit Doval and the three service chiefs.',
    );
    expect(actor(actors, 'Todd Tiahrt').roles).toEqual(['Kansas representative']);
    expect(actor(actors, 'Rajnath Singh').roles).toEqual(['Defence Minister']);
    expect(actor(actors, 'Ajit Doval').roles).toEqual(['National Security Advisor']);
  });

  test('canonical roles ignore the country and spelling, and the jurisdiction tells countries apart', () => {
    expect(canonicalRole('US Secretary of State')).toBe(canonicalRole('Secretary of State'));
    expect(canonicalRole('U.S. Secretary of State')).toBe('secretary of state');
    expect(canonicalRole('External Affairs Minister')).toBe(canonicalRole('Foreign Minister'));
    expect(canonicalRole('Indian External Affairs Minister')).toBe('foreign minister');
    expect(canonicalRole("Pakistan's Defence Minister")).toBe(canonicalRole('Defense Minister'));
    expect(canonicalRole('Boeing spokesman')).toBe('boeing spokesperson');
    expect(canonicalRole('Secretary of State')).not.toBe(canonicalRole('Defence Secretary'));
    expect(roleJurisdiction("Pakistan's Defence Minister")).toBe('pakistan');
    expect(roleJurisdiction('Indian Defense Minister')).toBe('india');
    expect(roleJurisdiction('US Secretary of State')).toBe('united states');
    expect(roleJurisdiction('Secretary of State')).toBeNull();
  });
});

describe('aliases within one article', () => {
  test('a surname on its own is the person named in full before', () => {
    const actors = actorsOf('US State Department spokesperson Tammy Bruce stated that the US is in contact.\n\n“That is correct,” Bruce said when asked.');
    const bruce = actor(actors, 'Tammy Bruce');
    expect(bruce.aliases).toContain('Bruce');
    expect(bruce.mentions).toHaveLength(2);
    expect(actors.filter((a) => a.name === 'Bruce')).toHaveLength(0);
  });

  test('an initial, a full given name and a bare surname are one person', () => {
    const actors = actorsOf(
      'External Affairs Minister S Jaishankar spoke to Marco Rubio. Subrahmanyam Jaishankar later wrote on X. In a post on X, Jaishankar said, "Received a call."',
    );
    const j = actors.filter((a) => /Jaishankar/.test(a.name));
    expect(j).toHaveLength(1);
    expect(j[0]!.name).toBe('Subrahmanyam Jaishankar');
    expect(j[0]!.aliases).toEqual(expect.arrayContaining(['S Jaishankar', 'Jaishankar']));
    expect(j[0]!.roles).toContain('External Affairs Minister');
  });

  test('acronyms in parentheses and acronyms of a name spelled out', () => {
    const actors = actorsOf(
      'The Resistance Front (TRF), an offshoot of Lashkar-e-Taiba (LeT), claimed the attack. TRF later denied it. The contract was awarded by the United States Air Force (USAF). USAF officials said so.',
    );
    const trf = actor(actors, 'TRF');
    expect(trf.name).toBe('Resistance Front');
    expect(trf.kind).toBe('organization');
    expect(trf.mentions).toHaveLength(3);
    const let_ = actor(actors, 'LeT');
    expect(let_.name).toBe('Lashkar-e-Taiba');
    const usaf = actor(actors, 'USAF');
    expect(usaf.name).toBe('United States Air Force');
    expect(usaf.mentions).toHaveLength(3);
  });

  test('two people sharing a surname stay apart; the bare surname goes to the one named last', () => {
    const actors = actorsOf(
      'Prime Minister Shehbaz Sharif met the army chief. His brother Nawaz Sharif, a former prime minister, criticised the plan. Sharif said the country was ready.',
    );
    const shehbaz = actor(actors, 'Shehbaz Sharif');
    const nawaz = actor(actors, 'Nawaz Sharif');
    expect(shehbaz).not.toBe(nawaz);
    expect(nawaz.aliases).toContain('Sharif');
    expect(shehbaz.mentions).toHaveLength(1);
    expect(nawaz.mentions).toHaveLength(2);
    expect(shehbaz.roles).toEqual(['Prime Minister']);
  });

  test('an organisation by its first word and without its country', () => {
    const actors = actorsOf('That contract was fought for between Boeing and Lockheed Martin, Lockheed ultimately winning. The US Air Force said the Air Force would decide.');
    expect(actor(actors, 'Lockheed').name).toBe('Lockheed Martin');
    expect(actor(actors, 'Air Force').name).toBe('US Air Force');
    expect(actor(actors, 'Boeing')).not.toBe(actor(actors, 'Lockheed Martin'));
  });
});

describe('capitals that are not names', () => {
  test('sentence openers, calendar words and title-case headlines are not actors', () => {
    const text = [
      'US Seeks To Ease Kashmir Tensions: Diplomatic Engagement With India And Pakistan',
      '',
      'The United States has officially confirmed its diplomatic engagement with India and Pakistan over rising tensions.',
      '',
      'Tensions have sharply escalated following the attack. However, on Tuesday, April 22, officials said nothing. Obviously we are very disappointed. Appreciate his support.',
    ].join('\n');
    const got = names(actorsOf(text));
    expect(got).toEqual(expect.arrayContaining(['United States', 'India', 'Pakistan', 'Kashmir']));
    for (const junk of ['Tensions', 'However', 'Tuesday', 'April', 'The United States', 'Obviously', 'Appreciate', 'Seeks', 'Ease', 'Diplomatic Engagement', 'US Seeks To Ease Kashmir Tensions', 'With India And Pakistan'])
      expect(got).not.toContain(junk);
  });

  test('a name opening a sentence is kept; products and currencies are not actors; a nationality names its country', () => {
    const got = actorsOf('Ryanair has exercised options on five Boeing 737-800 jets worth USD 300 million. Northrop Grumman won. The iPhone sold well among American buyers, Apple said.');
    expect(names(got)).toEqual(expect.arrayContaining(['Ryanair', 'Boeing', 'Northrop Grumman', 'Apple']));
    for (const junk of ['USD', 'iPhone', 'American', '737-800', 'The']) expect(names(got)).not.toContain(junk);
    expect(actor(got, 'American').name).toBe('United States');
    expect(actor(got, 'American').kind).toBe('place');
  });

  test('markets news: company suffixes, tickers, datelines and sentence-opening nouns', () => {
    const got = actorsOf(
      'WASHINGTON (AP) - General Motors Corp. (NYSE: GM) said it would cut 5,000 jobs. GM shares fell on the New York Stock Exchange. Stocks rallied on Wall Street after the Federal Reserve left rates unchanged. Investors cheered. Fed Chairman Ben Bernanke said inflation remained a concern.',
    );
    expect(actor(got, 'GM').name).toBe('General Motors Corp.');
    expect(actor(got, 'NYSE').name).toBe('New York Stock Exchange');
    expect(actor(got, 'Fed').name).toBe('Federal Reserve');
    expect(actor(got, 'AP')).not.toBe(actor(got, 'WASHINGTON'));
    expect(actor(got, 'Ben Bernanke').roles).toEqual(['Fed Chairman']);
    for (const junk of ['Stocks', 'Investors']) expect(names(got)).not.toContain(junk);
  });

  test('events are not actors; a person is not joined to the place after "of"', () => {
    const got = actorsOf('Qatar Airways signed the order at the Paris Air Show. Xi Jinping of China met Senators Charles Grassley and Lamar Alexander of Tennessee on Inauguration Day.');
    expect(names(got)).toEqual(expect.arrayContaining(['Qatar Airways', 'Xi Jinping', 'China', 'Charles Grassley', 'Lamar Alexander', 'Tennessee']));
    for (const junk of ['Paris Air Show', 'Inauguration Day', 'Xi Jinping of China', 'Lamar Alexander of Tennessee', 'Senators Charles Grassley']) expect(names(got)).not.toContain(junk);
  });

  test('an incident named after a place makes it a place; a social-media handle is not a name', () => {
    const actors = actorsOf('Terrorists opened fire in Kashmir, in the deadliest attack in the Valley since the Pulwama strike in 2019. ' +
      'In a post on X, Jaishankar said, "Received a call from @UN SG @antonioguterres. Appreciate his unequivocal condemnation."');
    expect(actor(actors, 'Pulwama').kind).toBe('place');
    expect(names(actors).filter((n) => /\bSG\b|guterres/.test(n))).toEqual([]);
  });

  test('people of an origin are no actors ("African-American voters", "Latinos")', () => {
    const actors = actorsOf('Clinton leads among African-American voters in Ohio. Latinos and Mexican-Americans back her too, the Pew Research Center said.');
    expect(names(actors).filter((n) => /American|Latino/.test(n))).toEqual([]);
    expect(actor(actors, 'Pew Research Center').kind).toBe('organization');
  });

  test('a name after "his wife," or "Her counterpart," or before an age is a person, known first name or not', () => {
    const actors = actorsOf('Talks broke down in Geneva on Monday. Her counterpart, Viktor Orlov, disagreed. ' +
      'The fisherman said his wife, Rakeyia, would rebuild. "The water came up so fast," said Neel Kashkari, 54, standing outside.');
    expect(actor(actors, 'Viktor Orlov').kind).toBe('person');
    expect(actor(actors, 'Rakeyia').kind).toBe('person');
    expect(actor(actors, 'Neel Kashkari').kind).toBe('person');
  });

  test('a headline repeated as the first body line, in title case or not, gives no actors of its own', () => {
    const title1 = 'Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics';
    const text1 = `${title1}.\n\nDemocratic nominee Hillary Clinton left the memorial early on Sunday, her campaign said.`;
    const a1 = { ...article(text1), title: title1 };
    expect(names(extractActors(a1)).sort()).toEqual(['Hillary Clinton']);
    const title2 = "Hold Melania Trump to her husband's standards";
    const text2 = `${title2}.\n\nMelania Trump spoke in Pennsylvania on Thursday.`;
    const a2 = { ...article(text2), title: title2 };
    expect(names(extractActors(a2)).sort()).toEqual(['Melania Trump', 'Pennsylvania']);
  });

  test('a city and its state or country are one place', () => {
    const got = actorsOf('The jets will be assembled in Toulouse, France but the rest at a facility in Mobile, Alabama.');
    const toulouse = actor(got, 'Toulouse, France');
    expect(toulouse.kind).toBe('place');
    expect(actor(got, 'Mobile, Alabama').kind).toBe('place');
  });

  test('Arabic particles and initials in names', () => {
    const got = actorsOf('Islamic State leader Abu Bakr al-Baghdadi was killed, officials said. J.K. Rowling wrote a statement.');
    const b = actor(got, 'Abu Bakr al-Baghdadi');
    expect(b.kind).toBe('person');
    expect(b.roles).toEqual(['Islamic State leader']);
    expect(actor(got, 'Islamic State').kind).toBe('organization');
    expect(actor(got, 'J.K. Rowling').kind).toBe('person');
  });

  test('kinds: people, organisations, places', () => {
    const got = actorsOf('Five armed terrorists targeted tourists in Baisaran Valley near Pahalgam. Lashkar-e-Taiba denied it, Reuters reported, and Yalda Hakim asked why.');
    expect(actor(got, 'Baisaran Valley').kind).toBe('place');
    expect(actor(got, 'Pahalgam').kind).toBe('place');
    expect(actor(got, 'Lashkar-e-Taiba').kind).toBe('organization');
    expect(actor(got, 'Reuters').kind).toBe('organization');
    expect(actor(got, 'Yalda Hakim').kind).toBe('person');
    const more = actorsOf('Air India and EADS North America ordered jets from Douglas Aircraft at London Heathrow.');
    expect(actor(more, 'Air India').kind).toBe('organization');
    expect(actor(more, 'EADS North America').kind).toBe('organization');
    expect(actor(more, 'Douglas Aircraft').kind).toBe('organization');
    expect(actor(more, 'London Heathrow').kind).toBe('place');
  });

  test('mentions point at the name in the text', () => {
    const text = 'Secretary of State Marco Rubio spoke on Wednesday. Rubio urged calm.';
    const rubio = actor(actorsOf(text), 'Marco Rubio');
    expect(rubio.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Marco Rubio', 'Rubio']);
  });
});

describe('a bare surname among two people', () => {
  test('the role written with it picks the person', () => {
    const actors = actorsOf('President Barack Obama and his wife Michelle Obama arrived. Later, President Obama spoke to reporters.');
    const barack = actor(actors, 'Barack Obama');
    const michelle = actor(actors, 'Michelle Obama');
    expect(barack.mentions).toHaveLength(2);
    expect(michelle.mentions).toHaveLength(1);
    expect(michelle.roles).toEqual([]);
  });

  test('"Mr. Obama" is not the only Obama named in full when that is Michelle Obama', () => {
    const text = 'President Obama is rolling out a new message. "Our progress is on the ballot," Mr. Obama said on Saturday. ' +
      'The campaign plans to use Mr. Obama and the first lady, Michelle Obama, in Florida. Later Mr. Obama spoke again.';
    const actors = actorsOf(text);
    const michelle = actor(actors, 'Michelle Obama');
    expect(michelle.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Michelle Obama']);
    const him = actors.find((a) => a !== michelle && (a.name === 'Obama' || a.aliases.includes('Obama')));
    expect(him?.mentions).toHaveLength(4);
  });

  test('"Mrs. Clinton" and "Mr. Clinton" go to Hillary and Bill Clinton wherever they were named last', () => {
    const text = 'Hillary Clinton spoke in Ohio while Bill Clinton campaigned in Florida. Mrs. Clinton said the race was close. Mr. Clinton said little.';
    const actors = actorsOf(text);
    const starts = (name: string) => actor(actors, name).mentions.map((m) => m.start);
    expect(starts('Hillary Clinton')).toEqual([text.indexOf('Hillary'), text.indexOf('Mrs. Clinton') + 5]);
    expect(starts('Bill Clinton')).toEqual([text.indexOf('Bill'), text.indexOf('Mr. Clinton') + 4]);
  });
});
