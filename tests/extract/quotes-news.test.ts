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
});
