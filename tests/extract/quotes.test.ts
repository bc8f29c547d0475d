import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Article, ArticleActor, ArticleQuote } from '../../src/model.js';
import { extractQuotes } from '../../src/extract/quotes/index.js';
import { extractActors } from '../../src/extract/actors/index.js';
import { isReportingVerb, REPORTING_VERB_COUNT } from '../../src/extract/quotes/reporting-verbs.js';
import { lineStartsOf } from '../../src/text/lines.js';
import { SAMPLE } from '../helpers.js';

function article(text: string, bodyStart = 0, bodyEnd = text.length): Article {
  return {
    id: 'a1', path: 'x.txt', format: 'text', title: null, source: null, author: null, url: null,
    published: '2025-04-29', publishedInferred: false, text, bodyStart, bodyEnd, lineStarts: lineStartsOf(text), hash: 'h',
  };
}

const sample = (file: string) => readFileSync(path.join(SAMPLE, file), 'utf8');
/** Lines `from`..`to` (1-based, inclusive) of a sample article. */
const sampleLines = (file: string, from: number, to = from) => sample(file).split('\n').slice(from - 1, to).join('\n');

const quotesOf = (text: string, actors: ArticleActor[] = []) => extractQuotes(article(text), actors);
function quote(qs: ArticleQuote[], start: string): ArticleQuote {
  const q = qs.find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting "${start}" in ${JSON.stringify(qs.map((x) => x.text.slice(0, 40)))}`);
  return q;
}

describe('speaker from the attribution clause', () => {
  test('“…,” Bruce said — a surname expands to the full name written earlier', () => {
    const text = sampleLines('000_fd6803fac89efbb4.txt', 6, 8);
    const q = quote(quotesOf(text), 'That is correct');
    expect(q.text).toBe('That is correct,');
    expect(q.speakerName).toBe('Tammy Bruce');
    expect(q.partial).toBe(false);
  });

  test('“…,” Bruce said — matched to the actor whose alias is Bruce', () => {
    const text = sampleLines('000_fd6803fac89efbb4.txt', 8);
    const actors: ArticleActor[] = [
      { key: 'k7', name: 'Tammy Bruce', kind: 'person', aliases: ['Bruce'], roles: ['US State Department spokesperson'], mentions: [] },
      { key: 'k8', name: 'Kashmir', kind: 'place', aliases: [], roles: [], mentions: [] },
    ];
    const qs = quotesOf(text, actors);
    expect(qs.map((q) => [q.speakerKey, q.speakerName])).toEqual([
      ['k7', 'Tammy Bruce'],
      ['k7', 'Tammy Bruce'], // the next sentence of the same paragraph, no attribution of its own
    ]);
  });

  test('In response, Khawaja Asif said, "…"', () => {
    const q = quote(quotesOf(sampleLines('001_e97de1729d68388b.txt', 16)), 'We have been doing');
    expect(q.speakerName).toBe('Khawaja Asif');
    expect(q.text.endsWith('saying this to me.')).toBe(true);
  });

  test('"…?" Yalda Hakim asked — the interviewer speaks the question', () => {
    const text = sampleLines('001_e97de1729d68388b.txt', 14, 16);
    const qs = quotesOf(text);
    expect(quote(qs, 'But you do admit').speakerName).toBe('Yalda Hakim');
    expect(quote(qs, 'We have been doing').speakerName).toBe('Khawaja Asif');
  });

  test('In a post on X, Jaishankar said, "…" — the name before the verb, not the platform', () => {
    const q = quote(quotesOf(sampleLines('002_4b9987e6f37c8e07.txt', 17)), 'Received a call');
    expect(q.speakerName).toBe('S Jaishankar');
  });

  test('Leavitt noted, “…,” adding that … — the participle does not take the next name', () => {
    const q = quote(quotesOf(sampleLines('004_df112d5052861120.txt', 3)), 'The President wants');
    expect(q.speakerName).toBe('Karoline Leavitt');
  });

  test('“…,” Trump said during a press gaggle', () => {
    const q = quote(quotesOf(sampleLines('002_4b9987e6f37c8e07.txt', 14, 16)), 'I am very close');
    expect(q.speakerName).toBe('Donald Trump');
  });

  test('said X, according to X, X told reporters, appositives and parentheses', () => {
    const qs = quotesOf(
      [
        '“We will not back down,” said Sen. Claire McCaskill (D-Mo.), a member of the committee.',
        '“It is an invasion of the state regulatory domain,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the agency, said on Monday.',
        'The talks were “constructive and frank,” according to Foreign Minister Ishaq Dar.',
        'Defense Secretary Pete Hegseth told reporters: “We are ready.”',
        '“There’s some thought that it might not be there,” said Representative Charles B. Rangel of New York.',
        '“It’s all about enthusiasm,” Mr. King added.',
      ].join('\n\n'),
    );
    expect(quote(qs, 'We will not back down').speakerName).toBe('Claire McCaskill');
    expect(quote(qs, 'It is an invasion').speakerName).toBe('Scott Pruitt');
    expect(quote(qs, 'constructive and frank').speakerName).toBe('Ishaq Dar');
    expect(quote(qs, 'We are ready').speakerName).toBe('Pete Hegseth');
    expect(quote(qs, 'There’s some thought').speakerName).toBe('Charles B. Rangel');
    expect(quote(qs, 'It’s all about').speakerName).toBe('King');
  });

  test('a transcript turn inside quotes names its speaker, and the label is not part of the words', () => {
    const qs = quotesOf('Chris Wallace asked Mike Pence about the debate.\n\n"WALLACE: Let’s start with breaking news on the debate story."\n\n"PENCE: Well, look, it was only to mock an effort."');
    expect(qs.map((q) => [q.text.slice(0, 12), q.speakerName])).toEqual([
      ['Let’s start ', 'Chris Wallace'],
      ['Well, look, ', 'Mike Pence'],
    ]);
  });

  test('a quote followed by a dash and a name', () => {
    const q = quotesOf('”Fear. I am truly afraid of what comes next.” ― Edwin G. Monroy')[0]!;
    expect(q.text).toBe('Fear. I am truly afraid of what comes next.');
    expect(q.speakerName).toBe('Edwin G. Monroy');
  });
});

describe('pronouns, roles and continuation paragraphs', () => {
  test('a paragraph that is only a quote continues the previous speaker (“What I can tell you – …” after Bruce added)', () => {
    const qs = quotesOf(sampleLines('002_4b9987e6f37c8e07.txt', 5, 9));
    const q = quote(qs, 'What I can tell you');
    expect(q.speakerName).toBe('Tammy Bruce');
    expect(q.partial).toBe(false);
  });

  test('"She stated that …" then a quote-only paragraph: the pronoun resolves to the person (Tammy Bruce)', () => {
    const qs = quotesOf(sampleLines('001_e97de1729d68388b.txt', 4, 8));
    expect(quote(qs, 'He is encouraging').speakerName).toBe('Tammy Bruce');
  });

  test('a quote running over paragraphs (left open, the next paragraph reopens it) takes the speaker named at its end', () => {
    const text = 'John Kerry spoke to reporters on Friday.\n\n“The talks went on late into the night and nobody left the room.\n\n“We will meet again next week,” said Sergei Lavrov.';
    const qs = quotesOf(text);
    expect(qs.map((q) => [q.text.slice(0, 10), q.speakerName])).toEqual([
      ['The talks ', 'Sergei Lavrov'],
      ['We will me', 'Sergei Lavrov'],
    ]);
  });

  test('she said -> the most recent speaker', () => {
    const qs = quotesOf('Massachusetts Sen. Elizabeth Warren grilled Wells Fargo CEO John Stumpf on Tuesday.\n\n“This just isn’t right,” Warren said. “You squeezed employees to the breaking point” to drive up the stock price, she said.');
    expect(qs.map((q) => q.speakerName)).toEqual(['Elizabeth Warren', 'Elizabeth Warren']);
  });

  test('the spokesperson said -> the person holding that role', () => {
    const qs = quotesOf('US State Department spokesperson Tammy Bruce briefed reporters on Tuesday.\n\n“We are reaching out to both parties,” the spokesperson said.');
    expect(qs[0]!.speakerName).toBe('Tammy Bruce');
  });

  test('the secretary said -> the person holding that role, not the speaker named last', () => {
    const text = 'US State Department spokesperson Tammy Bruce said Secretary of State Marco Rubio would call both foreign ministers.\n\n' +
      '“We are urging both sides to reduce hostilities,” the secretary said on Tuesday.';
    const a = article(text);
    expect(extractQuotes(a, extractActors(a))[0]!.speakerName).toBe('Marco Rubio');
  });

  test('a quote after a sentence about a named person, with no attribution of its own, is theirs', () => {
    const q = quotesOf('On "Face the Nation," Sen. Bernie Sanders (Vt.), who lost the primaries, identified young voters\' exhaustion with bigotry as a reason to vote. "The younger people are sick and tired of discrimination and racism."')[0]!;
    expect(q.speakerName).toBe('Bernie Sanders');
  });

  test('the senator said -> the person written with the abbreviated title (Sen. Bernie Sanders)', () => {
    const qs = quotesOf('Sen. Bernie Sanders (Vt.) spoke at the rally on Sunday.\n\n“The younger people are sick and tired of discrimination,” the Vermont senator said.');
    expect(qs[0]!.speakerName).toBe('Bernie Sanders');
  });

  test('the ministry said -> the organisation named by that word, the one mentioned last', () => {
    const text = "India's Ministry of External Affairs on Tuesday condemned the attack, and the Ministry of Defence put troops on alert. " +
      'A spokesperson for the Home Ministry declined to comment.\n\n“We will respond at a time of our choosing,” the ministry said in a statement.';
    const a = article(text);
    const actors = extractActors(a);
    const q = extractQuotes(a, actors)[0]!;
    const ministry = actors.find((x) => x.key === q.speakerKey);
    expect(ministry?.name).toBe('Home Ministry');
    expect(q.speakerName).toBe('Home Ministry');
  });

  test('the role noun uses the actors’ roles when given', () => {
    const text = 'Officials met on Tuesday.\n\n“We are reaching out to both parties,” the spokesperson said.';
    const actors: ArticleActor[] = [{ key: 'k1', name: 'Tammy Bruce', kind: 'person', aliases: ['Bruce'], roles: ['State Department spokesperson'], mentions: [{ start: 0, end: 9 }] }];
    const q = quotesOf(text, actors)[0]!;
    expect([q.speakerKey, q.speakerName]).toEqual(['k1', 'Tammy Bruce']);
  });
});

describe('a pronoun after a newly introduced person', () => {
  test('"Her counterpart, Viktor Orlov, disagreed. “…,” he said.": Orlov, not the speaker before', () => {
    const text = '“There is no point in continuing,” said Ambassador Lena Fischer, who led the European team. “The other side has walked away.”\n\n' +
      'Her counterpart, Viktor Orlov, disagreed. “We remain at the table,” he told Reuters.';
    const a = article(text);
    expect(extractQuotes(a, extractActors(a)).map((q) => q.speakerName)).toEqual(['Lena Fischer', 'Lena Fischer', 'Viktor Orlov']);
  });

  test('a person only mentioned in the speaker\'s sentence does not take the next "he said"', () => {
    const text = '“We did our job,” Senate Majority Leader Chuck Schumer said, thanking Sen. Susan Collins. “It was a long night,” he added.';
    const a = article(text);
    expect(extractQuotes(a, extractActors(a)).map((q) => q.speakerName)).toEqual(['Chuck Schumer', 'Chuck Schumer']);
  });
});

describe('pronouns agree with the person', () => {
  test('he skips the woman named last; she skips the man (gender from honorifics and the pronouns after a name)', () => {
    const text = [
      'Mr. Fowler, a former party chairman, spoke on Monday. He said the party needed a plan.',
      'Elaine Kamarck, who wrote her party’s rules, disagreed.',
      '“It’s something you would be a fool not to prepare for,” he said.',
      'Massachusetts Sen. Elizabeth Warren questioned the bank chief. She was blunt. Bank chief John Stumpf answered.',
      '“You should resign,” she said.',
    ].join('\n\n');
    const qs = quotesOf(text);
    expect(quote(qs, 'It’s something').speakerName).toBe('Fowler');
    expect(quote(qs, 'You should resign').speakerName).toBe('Elizabeth Warren');
  });

  test('an unresolved pronoun gives no speaker rather than "he"', () => {
    const q = quotesOf('“We are ready for anything that comes,” he said.')[0]!;
    expect(q.speakerName).toBeNull();
  });

  test('a pronoun inside the sentence refers to its named subject', () => {
    const qs = quotesOf('Donald Trump spoke first. Clinton says she appreciated Machado’s courage through what she calls a “war of some pretty unpleasant words.”');
    expect(qs[0]!.speakerName).toBe('Clinton');
  });
});

describe('who is not a speaker', () => {
  test('the listener of "told" is not the speaker', () => {
    const q = quotesOf('“This narrative isn’t just in our institutions,” Malkia Cyril, the executive director at the Center for Media Justice, told The Huffington Post.')[0]!;
    expect(q.speakerName).toBe('Malkia Cyril');
  });

  test('a statement is issued by someone: "released a joint statement saying"', () => {
    const q = quotesOf('A group of Washington politicians released a joint statement saying "We will be asking tough questions about the decision."')[0]!;
    expect(q.speakerName).toBe('politicians');
  });

  test('the agent of a passive speaks: "was praised by Jobs as"', () => {
    const q = quotesOf('Steve Jobs introduced it in June. The new iPhone was praised by Jobs as "the biggest leap we\'ve taken since the original iPhone."')[0]!;
    expect(q.speakerName).toBe('Steve Jobs');
  });

  test('names given to things are not quotes of anyone ("dubbed", ", called")', () => {
    const qs = quotesOf('Several new applications will be added, dubbed "Mission Control" and "Launchpad." It also has a new screen, called a "retina display," which is sharp.');
    expect(qs.map((q) => q.speakerName)).toEqual(qs.map(() => null));
  });

  test('a clause after the quote that is not an attribution gives no speaker ("…," when Clinton blasted him)', () => {
    const qs = quotesOf('The spot concludes with footage of Donald Trump saying during the debate, “That makes me smart,” when Clinton blasted him for not paying income tax. Trump tweeted that Machado was “disgusting” and “a con” and encouraged Americans to “check out” her past.');
    expect(qs.map((q) => q.speakerName)).toEqual(['Donald Trump', 'Donald Trump', 'Donald Trump', 'Donald Trump']);
  });

  test('the main clause names the source, not a clause about someone else', () => {
    const q = quotesOf('In a panel discussion, Marc H. Morial, the chief executive of the National Urban League, forcefully told a young woman who suggested that some people may not vote because of frustration that "this is not the first generation to be frustrated."')[0]!;
    expect(q.speakerName).toBe('Marc H. Morial');
  });

  test('a nickname inside a name does not split the attribution', () => {
    const qs = quotesOf('"This is a big year for our potential United States senator!" Scott\'s niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.speakerName).toMatch(/^Marcia .*Price$/);
  });
});

describe('partial quotes', () => {
  test('has "complete operational freedom" -> the sentence subject (Narendra Modi), partial', () => {
    const q = quote(quotesOf(sampleLines('002_4b9987e6f37c8e07.txt', 11)), 'complete operational freedom');
    expect(q.speakerName).toBe('Narendra Modi');
    expect(q.partial).toBe(true);
  });

  test('called on both countries "not to escalate" -> the reported source, partial', () => {
    const q = quote(quotesOf(sampleLines('002_4b9987e6f37c8e07.txt', 4)), 'not to escalate');
    expect(q.speakerName).toBe('US');
    expect(q.partial).toBe(true);
  });

  test('Asif’s comments that Pakistan has "been doing …”, Bruce added “…” — each quote its own source', () => {
    const qs = quotesOf(sampleLines('002_4b9987e6f37c8e07.txt', 8));
    const asif = quote(qs, 'been doing this dirty work');
    expect(asif.text).toBe('been doing this dirty work for United States'); // straight open, curly close
    expect(asif.speakerName).toBe('Khawaja Asif');
    expect(asif.partial).toBe(true);
    const bruce = quote(qs, 'the only thing');
    expect(bruce.speakerName).toBe('Bruce');
    expect(bruce.partial).toBe(false);
  });

  test('is “deeply concerned” by …, Spokesperson … Sharon Birch said — the reported source closing the sentence', () => {
    const q = quote(quotesOf(sampleLines('002_4b9987e6f37c8e07.txt', 21)), 'deeply concerned');
    expect(q.speakerName).toBe('Sharon Birch');
    expect(q.partial).toBe(true);
  });
});

describe('quote marks as they come', () => {
  test('a cut-off tweet that never closes ends at its paragraph, before the embed trailer', () => {
    const text = sampleLines('001_e97de1729d68388b.txt', 6, 8);
    const qs = quotesOf(text);
    const tweet = quote(qs, 'That is correct.');
    expect(tweet.text.endsWith('regarding the Kashmir situation, India')).toBe(true);
    expect(tweet.speakerName).toBe('Tammy Bruce');
    // the next paragraphs are not swallowed
    expect(tweet.text).not.toContain('She stated');
    expect(quote(qs, 'He is encouraging').text.startsWith('He is encouraging')).toBe(true);
  });

  test('apostrophes are not quotes: Kashmir\'s, I’ve, India’s, countries’', () => {
    const qs = quotesOf(sampleLines('002_4b9987e6f37c8e07.txt', 7, 11));
    for (const q of qs) expect(q.text).not.toMatch(/^(s |ve |ll )/);
    expect(quote(qs, 'So it is').text).toContain('as I’ve noted');
    expect(quotesOf("On April 22, terrorists opened fire in Kashmir's Pahalgam. The two countries’ leaders met. I’ve seen India’s reply.")).toEqual([]);
  });

  test('quotes inside quotes are not separate quotes of the outer speaker', () => {
    const text = '"The health issue is partisan, which, I’m going to read you the question: “As you know, Hillary Clinton left an event early. Do you think her health concerns matter?” Forty-three, yes; forty-four, no." said Caddell.';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text.endsWith('forty-four, no.')).toBe(true);
    expect(qs[0]!.speakerName).toBe('Caddell');
  });

  test("two apostrophes as a double mark (''…''), as news archives write quotes: read only in archive mode", () => {
    const text = "Not paying taxes ''makes me smart,'' Donald J. Trump said last week. ''I think Trump and all candidates should do so,'' Douglas Holtz-Eakin told me.";
    const archive = extractQuotes(article(text), [], true);
    expect(archive.map((q) => [q.text, q.speakerName])).toEqual([
      ['makes me smart,', 'Donald J. Trump'],
      ['I think Trump and all candidates should do so,', 'Douglas Holtz-Eakin'],
    ]);
    // elsewhere '' is a ditto, an inch mark or wiki italics: not a quote, and no quote is paired across it
    expect(quotesOf(text)).toEqual([]);
    expect(quotesOf("The screen is 27'' wide. ''Nothing'' has changed, and \"we are ready for whatever comes,\" Mayor Ana Ruiz said.").map((q) => [q.text, q.speakerName])).toEqual([
      ['we are ready for whatever comes,', 'Ana Ruiz'],
    ]);
  });

  test('Markdown around quotes: a blockquote after "X wrote:", *emphasis*, list items', () => {
    const text = [
      'Health Secretary Jane Doe resigned on Wednesday. In her resignation letter, Doe wrote:',
      '',
      '> "It has been the privilege of my life to serve. I leave with a heavy heart."',
      '',
      'Prime Minister Rishi Sunak thanked her. *"Jane has been a tireless servant,"* he said.',
      '',
      '- "We will not comment further," a Downing Street spokesman said.',
    ].join('\n');
    const a = article(text);
    expect(extractQuotes(a, extractActors(a)).map((q) => [q.text, q.speakerName, q.partial])).toEqual([
      ['It has been the privilege of my life to serve. I leave with a heavy heart.', 'Jane Doe', false],
      ['Jane has been a tireless servant,', 'Rishi Sunak', false],
      ['We will not comment further,', 'a Downing Street spokesman', false],
    ]);
  });

  test('an article quoting with single marks (British style) — apostrophes still are not quotes', () => {
    const text = 'The minister’s office confirmed the talks. ‘We will not back down, whatever the countries’ leaders think,’ said Defence Secretary John Healey. He told the BBC: ‘It’s a matter of principle, and we’ve said so.’ Officials called it a “turning point”.';
    const qs = quotesOf(text);
    expect(qs.map((q) => [q.text, q.speakerName])).toEqual([
      ['We will not back down, whatever the countries’ leaders think,', 'John Healey'],
      ['It’s a matter of principle, and we’ve said so.', 'John Healey'],
      ['turning point', 'Officials'],
    ]);
  });

  test('offsets point into the article text, and only the body is read', () => {
    const text = 'Title with “a quote” in it\n\n“That is correct,” Bruce said.\n\nRelated: “Another story”';
    const bodyStart = text.indexOf('“That');
    const bodyEnd = text.indexOf('\n\nRelated');
    const qs = extractQuotes(article(text, bodyStart, bodyEnd), []);
    expect(qs).toHaveLength(1);
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  test('titles in quotes with no speaker are not quotes ("Fox News Sunday")', () => {
    expect(quotesOf('He appeared on “Fox News Sunday” this week.')).toEqual([]);
    expect(quotesOf('On this weekend’s broadcast of “Fox News Sunday,” Gov. Mike Pence said the tweet was a joke.')).toEqual([]);
  });

  test("a show after a network's possessive is a title, the words said there are the quote", () => {
    const qs = quotesOf('“There is a lot of frustration,” Flynn said Thursday morning on Fox News’s “Fox and Friends.” Sanders told MSNBC\'s "Morning Joe" that nobody would win.');
    expect(qs.map((q) => [q.text, q.speakerName])).toEqual([['There is a lot of frustration,', 'Flynn']]);
  });

  test('a "Follow … on Twitter" footer in quote marks is not a quote', () => {
    const text = 'Pence said the invitation was a joke. "We are moving on," he said.\n\n"Follow Pam Key on Twitter @pamkeyNEN."';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['We are moving on,']);
  });
});

describe('the sample briefing against the hand-written gold', () => {
  const gold = JSON.parse(readFileSync(path.join(SAMPLE, '..', '..', 'tests', 'gold', 'sample-quotes.json'), 'utf8')) as {
    articles: Record<string, { quotes: Array<{ text: string; speaker: string[] | null; partial: boolean }> }>;
  };
  for (const [file, g] of Object.entries(gold.articles)) {
    test(`${file}: every quote found with its exact words and the right speaker, nothing else`, () => {
      const text = sample(file);
      const a = article(text);
      const qs = extractQuotes(a, extractActors(a));
      expect(qs.map((q) => q.text)).toEqual(g.quotes.map((q) => q.text));
      g.quotes.forEach((gq, i) => {
        const got = qs[i]!;
        const lastWords = (gq.speaker ?? []).map((s) => s.split(' ').at(-1)!.toLowerCase());
        expect(lastWords, `speaker of “${gq.text.slice(0, 40)}”: ${got.speakerName}`).toContain((got.speakerName ?? '').split(' ').at(-1)!.toLowerCase());
        expect(got.partial, `partial of “${gq.text.slice(0, 40)}”`).toBe(gq.partial);
      });
    });
  }
});

describe('reporting verbs', () => {
  test('a real list in all tenses', () => {
    expect(REPORTING_VERB_COUNT).toBeGreaterThan(500);
    for (const w of ['said', 'says', 'saying', 'told', 'added', 'noted', 'stressed', 'stated', 'wrote', 'asked', 'emphasized', 'emphasised', 'underscored', 'reiterated', 'insisted', 'quipped', 'testified', 'tweeted', 'denies', 'acknowledging']) {
      expect(isReportingVerb(w), w).toBe(true);
    }
    for (const w of ['the', 'speak', 'state', 'post', 'attack', 'house']) expect(isReportingVerb(w), w).toBe(false);
  });
});

describe('any text at all', () => {
  test('never throws; quotes are inside the body, in order, not overlapping, and their text is the slice', () => {
    const piece = fc.constantFrom('“', '”', '"', "'", '‘', '’', "''", '``', ' said ', 'Bruce', ' Tammy Bruce', ', ', '. ', '\n', '\n\n', 'she', ' asked', '(', ')', '—', 'Mr.', ' the spokesperson ', 'according to ', 'who ', 'x', ' ');
    const textArb = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 80 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(textArb, fc.nat(20), fc.nat(20), (text, a, b) => {
        const bodyStart = Math.min(a, text.length);
        const bodyEnd = Math.max(bodyStart, text.length - b);
        const qs = extractQuotes(article(text, bodyStart, bodyEnd), []);
        let last = bodyStart;
        for (const q of qs) {
          expect(q.text).toBe(text.slice(q.start, q.end));
          expect(q.start).toBeGreaterThanOrEqual(last);
          expect(q.end).toBeLessThanOrEqual(bodyEnd);
          expect(q.end).toBeGreaterThan(q.start);
          last = q.end;
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('hostile input never throws', () => {

  test('10,000 quote marks in a row, alternating marks, unclosed quotes, one huge quote', () => {
    const cases = [
      '“'.repeat(10_000),
      '"'.repeat(10_000),
      '“a” '.repeat(10_000),
      `“${'word '.repeat(100_000)}`,
      `He said “${'very long quote, '.repeat(50_000)}” Bruce said.`,
      '‘“'.repeat(5_000) + '”’'.repeat(5_000),
      `${"it's ".repeat(20_000)}`,
      `${'Smith said, '.repeat(20_000)}“Yes.”`,
    ];
    // Speed on such inputs is measured by `npm run bench`; here they must finish with positions right.
    for (const text of cases) {
      const qs = quotesOf(text);
      for (const q of qs) expect(q.text).toBe(text.slice(q.start, q.end));
    }
  });
});
