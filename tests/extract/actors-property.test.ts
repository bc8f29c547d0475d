import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Article } from '../../src/model.js';
import { extractActors } from '../../src/extract/actors/index.js';
import { lineStartsOf } from '../../src/text/lines.js';

function article(text: string): Article {
  return {
    id: 'a1', path: 'x.txt', format: 'text', title: null, source: null, author: null, url: null,
    published: null, publishedInferred: false, text, bodyStart: 0, bodyEnd: text.length, lineStarts: lineStartsOf(text), hash: 'h',
  };
}

const WORDS = [
  'The', 'the', 'said', 'Bruce', 'Tammy', 'Secretary', 'of', 'State', 'Marco', 'Rubio', 'Pakistan’s', "India's", 'US', 'U.S.', 'Gen.', 'S', 'Jaishankar',
  '(TRF)', 'Resistance', 'Front', 'and', 'in', 'Mobile,', 'Alabama', 'German', 'iPhone', 'A380', 'Air', 'Force', 'One', '“', '”', '"', '.', ',', '\n', '\n\n',
  'al-Qaeda', 'then-Secretary', 'EADS-led', 'Mr.', 'O’Leary', 'Über', 'Zoë', '🙂', 'WATCH', 'President', 'Obama', 'Michelle', '—', ':', 'Fed', 'Boeing', 'Co.',
];

describe('actor extraction on arbitrary text', () => {
  test('never fails; every mention is the name or an alias, inside the body, in order; keys unique', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }), fc.string({ maxLength: 40 }), (ws, noise) => {
        const text = `${ws.join(' ')} ${noise}`;
        const actors = extractActors(article(text));
        const keys = new Set(actors.map((a) => a.key));
        expect(keys.size).toBe(actors.length);
        for (const a of actors) {
          expect(a.mentions.length).toBeGreaterThan(0);
          const forms = new Set([a.name, ...a.aliases].map((f) => f.replace(/\s+/g, ' ')));
          let last = -1;
          for (const m of a.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(m.start).toBeGreaterThanOrEqual(last);
            last = m.start;
            const written = text.slice(m.start, m.end).replace(/\s+/g, ' ');
            // a country named by its adjective ("German" for Germany) is an alias too
            expect(forms.has(written), `${written} in ${[...forms].join(' | ')}`).toBe(true);
          }
        }
        expect(extractActors(article(text))).toEqual(actors);
      }),
      { numRuns: 300 },
    );
  });
});
