// Speaker attribution on constructions of US political news (sentences paraphrased from the PolNeAR
// development corpus): each test is one way a speaker used to be missed or mistaken.
import { describe, expect, test } from 'vitest';
import type { Article, ArticleQuote } from '../../src/model.js';
import { extractQuotes } from '../../src/extract/quotes/index.js';
import { extractActors } from '../../src/extract/actors/index.js';
import { lineStartsOf } from '../../src/text/lines.js';

function article(text: string): Article {
  return {
    id: 'a1', path: 'x.md', format: 'markdown', title: null, source: null, author: null, url: null,
    published: '2016-09-30', publishedInferred: false, text, bodyStart: 0, bodyEnd: text.length, lineStarts: lineStartsOf(text), hash: 'h',
  };
}

/** Quotes of the text, extracted with the actors the pipeline would give them. */
function quotesOf(text: string): ArticleQuote[] {
  const a = article(text);
  return extractQuotes(a, extractActors(a));
}

function quote(text: string, start: string): ArticleQuote {
  const qs = quotesOf(text);
  const q = qs.find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting "${start}" in ${JSON.stringify(qs.map((x) => x.text.slice(0, 40)))}`);
  return q;
}

describe('the subject of the sentence, not a noun near the quote', () => {
  test('", saying …" after a comma: the participle has the sentence’s subject', () => {
    const text = 'Hillary Clinton had mocked the complaint, saying anybody who complains about a microphone “is not having a good night.”';
    expect(quote(text, 'is not having').speakerName).toBe('Hillary Clinton');
  });

  test('", telling X that …": the teller is the subject, not the last noun before the comma', () => {
    const text = 'Donald Trump and his aides have also had choice words for future debate moderators, telling O\'Reilly that "I\'m not okay with Anderson Cooper because I think he treats me very unfairly."';
    expect(quote(text, 'I\'m not okay').speakerName).toBe('Donald Trump');
  });

  test('"a series of tweets saying": the one who sent them', () => {
    const text = 'Donald Trump unleashed a series of tweets early Friday saying that Hillary Clinton had shown bad judgment in using Alicia Machado “as a paragon of virtue.”';
    expect(quote(text, 'as a paragon').speakerName).toBe('Donald Trump');
  });

  test('"anybody who complains" names no one: the relative clause is not the source', () => {
    const text = 'Hillary Clinton had mocked the complaint, saying anybody who complains about a microphone “is not having a good night.”';
    expect(quote(text, 'is not having').speakerName).not.toMatch(/complaint|anybody/);
  });
});

describe('sources named in a clause of their own', () => {
  test('"…," as a Homeland Security memo put it', () => {
    const text = 'The primary requirement for the visa program is a "lawful source of investment income," as a Homeland Security memo put it.';
    expect(quote(text, 'lawful source').speakerName).toBe('Homeland Security');
  });

  test('"as" followed by a noun phrase with a reporting noun is no attribution ("as examples of Trump’s comments")', () => {
    const text = 'At the debate, Clinton cited the references to Machado as “Miss Piggy” and “Miss Housekeeping” as examples of Trump’s disrespectful comments about women.';
    for (const q of quotesOf(text)) expect(q.speakerName ?? '').not.toBe('examples');
  });

  test('according to a complaint filed by an agency: the agency', () => {
    const text = 'According to a 52-count civil complaint filed by the Securities and Exchange Commission, the developers engaged in a "massive eight-year fraudulent scheme" in which they "systematically looted" millions of dollars.';
    expect(quote(text, 'massive eight-year').speakerName).toMatch(/Securities/);
    expect(quote(text, 'systematically looted').speakerName).toMatch(/Securities/);
  });

  test("an office named after its holder is one source (according to a statement from the Prime Minister's Office)", () => {
    const text = 'According to a statement from the Prime Minister\'s Office, "the armed forces have full operational freedom to respond."';
    expect(quote(text, 'the armed forces').speakerName).toBe("Prime Minister's Office");
  });
});

describe("someone of a named person's is not that person", () => {
  test('"X\'s former campaign strategist said": the strategist, not X', () => {
    const text = 'President Barack Obama spoke on Monday.\n\n“My reaction, that was outrageous,” Obama\'s former campaign strategist said in an interview with CNN.';
    expect(quote(text, 'My reaction').speakerName).toBe("Obama's former campaign strategist");
  });

  test('"said Speaker Mike Johnson\'s spokesman, Raj Shah": the name after the possessive\'s noun; without one, the noun phrase', () => {
    const text = '“We expect a vote on Thursday,” said House Speaker Mike Johnson\'s spokesman, Raj Shah. “Nothing is decided,” said Johnson\'s chief of staff.';
    expect(quote(text, 'We expect').speakerName).toBe('Raj Shah');
    expect(quote(text, 'Nothing is').speakerName).toBe("Johnson's chief of staff");
  });

  test('"— that was how X summed it up": the sentence after a dash points back at the quote', () => {
    const text = '“This is a good day,” Senate Majority Leader Chuck Schumer told reporters.\n\n“We did our job” — that was how Sen. Susan Collins summed it up.';
    expect(quote(text, 'We did our job').speakerName).toBe('Susan Collins');
  });
});

describe('clauses that are not the source', () => {
  test('a leading "When …," clause: the main clause speaks ("When terrorists are revealed …, Obama and Clinton call them")', () => {
    const text = 'Barack Obama and Hillary Clinton have avoided the words. When terrorists are revealed as part of the second front of the war, Obama and Clinton call them "lone wolves" and describe their acts as crimes.';
    expect(quote(text, 'lone wolves').speakerName).toMatch(/Obama/);
  });

  test('"When X noted …  ― Trump boasted, "…"": the clause after the dash speaks', () => {
    const text = 'When Hillary Clinton noted that Donald Trump has not paid federal income taxes ― as was true for the years his returns were made public ― Trump boasted, “That makes me smart.”';
    expect(quote(text, 'That makes me smart').speakerName).toBe('Donald Trump');
  });

  test('"X beamed and asked …": coordinated verbs share the subject', () => {
    const text = 'Bobby Scott was speaking to the delegation when the governor walked in. Scott beamed and asked the crowd to welcome the governor - "my new best friend."';
    expect(quote(text, 'my new best friend').speakerName).toBe('Bobby Scott');
  });

  test('"begins to show" reports nothing: no speaker rather than "The bias"', () => {
    const text = 'The bias begins to show when looking at how the website rated this claim on June 11:\n\n“If you look at what is going on in this country, youth unemployment is 59 percent.”';
    expect(quote(text, 'If you look').speakerName).toBeNull();
  });

  test('a past tense not ending in -ed is a verb, not part of the subject ("the Rev. Al Sharpton began taking calls")', () => {
    const text = 'By 9 a.m. Sunday, the Rev. Al Sharpton began taking calls from listeners who said they had "misgivings about Mrs. Clinton" but would vote.';
    expect(quote(text, 'misgivings').speakerName).not.toMatch(/began/);
  });
});

describe('quotes introduced by a colon', () => {
  test('a paragraph ending "Sanders made the following comment:" gives the next paragraph’s quote to Sanders', () => {
    const text = 'Sen. Bernie Sanders and Donald Trump spoke about youth unemployment.\n\nOn July 6, 2015, Sanders made the following comment:\n\n“For young people who have graduated high school, if they happen to be white, the unemployment rate is 33 percent.”';
    expect(quote(text, 'For young people').speakerName).toBe('Bernie Sanders');
  });

  test('a label ending with a colon ("Published By:") is no speaker', () => {
    const text = 'Tammy Bruce spoke to reporters on Tuesday.\n\nPublished By:\n\n"We, of course, are encouraging all parties to work together for a responsible solution."';
    expect(quote(text, 'We, of course').speakerName ?? '').not.toMatch(/Published/);
  });

  test('"President Obama is rolling out a new campaign message: "It’s about me."" — the sentence’s subject', () => {
    const text = 'With leaders worried about turnout, President Obama is rolling out a new and more personal campaign message: "It\'s about me."';
    expect(quote(text, "It's about me").speakerName).toBe('Obama');
  });
});

describe('group and organisation sources', () => {
  test('"Officials at Homeland Security Investigations, a division of …, said": the officials of that organisation', () => {
    const text = 'Officials at Homeland Security Investigations, a division of Immigration and Customs Enforcement, said they were concerned that applicants "may try to use increasingly sophisticated methods to circumvent" the program.';
    expect(quote(text, 'may try').speakerName).toBe('Officials at Homeland Security Investigations');
  });
});

describe('titles of works are not quotes', () => {
  test('a title-cased name followed by what it names: his "Keepin\' It Real" radio program', () => {
    const text = 'By 9 a.m. Sunday, the Rev. Al Sharpton began taking calls from listeners to his "Keepin\' It Real" radio program who said they would vote.';
    expect(quotesOf(text).map((q) => q.text)).not.toContain("Keepin' It Real");
  });
});

describe('names that are no one', () => {
  test('"Said Ellis: "…"" — the inverted verb is not part of the name', () => {
    const text = 'Ryan Ellis, a tax lobbyist, was not convinced. Said Ellis: “I don’t get the sense she’s the least bit interested in tax reform.”';
    expect(quote(text, 'I don’t get').speakerName).toBe('Ryan Ellis');
  });

  test('a place and a weekday ("in Florida Friday") is not the person "she" refers to', () => {
    const text = 'Hillary Clinton unveiled a national service plan in Florida Friday.\n\nClinton said she thinks America is strongest when people work together. She said Republican Donald Trump favors a “strongman approach.”';
    expect(quote(text, 'strongman approach').speakerName).toBe('Hillary Clinton');
  });

  test('a headline and a capitals label ("FULL TEXT") are not people a pronoun can refer to', () => {
    const text = 'Visa Program Up for Renewal Amid Fraud Concerns.\n\nFULL TEXT.\n\nThe program has grown rapidly, critics say.\n\n"It\'s hard to convince them what it looked like before," she said.';
    expect(quote(text, "It's hard").speakerName).toBeNull();
  });
});

describe('pronouns and families', () => {
  test('"she said" finds the woman of a family whose surname the text mostly uses for a man (gender per full name)', () => {
    const text = 'Melania Trump spoke first at the rally, and she thanked the volunteers. Donald Trump followed; he praised the crowd. Mr. Trump said he would win.\n\n"We are so proud of this state," she said.';
    expect(quote(text, 'We are so proud').speakerName).toBe('Melania Trump');
  });
});

describe('attribution in the next sentence, and continuation paragraphs', () => {
  test('"“It’s a rigged system.” That was how Sanders described …": the sentence pointing back names the speaker', () => {
    const text = 'Bernie Sanders campaigned in Iowa.\n\n"It\'s a rigged system." That was how Sanders described the primary process on Tuesday.';
    expect(quote(text, "It's a rigged system").speakerName).toBe('Bernie Sanders');
  });

  test('a quote-only paragraph does not continue a document ("the report") as its speaker', () => {
    const text = 'The report said the agency had "failed to act" on the warnings.\n\n"We did everything we could."';
    expect(quote(text, 'We did everything').speakerName).toBeNull();
  });

  test('a quote-only paragraph continues a spokesperson named by role', () => {
    const text = 'Marco Rubio is expected to speak soon with the foreign ministers of India and Pakistan, a State Department spokesperson confirmed on Tuesday.\n\n"We, of course, are encouraging all parties to work together for a responsible solution."';
    expect(quote(text, 'We, of course').speakerName).toMatch(/spokesperson/);
  });
});

describe('documents speak for who issued them', () => {
  test('"The report, released by the Government Accountability Office, said …": the office', () => {
    const text = 'The report, released by the Government Accountability Office, said the agency had "failed to act" on repeated warnings.';
    expect(quote(text, 'failed to act').speakerName).toBe('Government Accountability Office');
  });
});
