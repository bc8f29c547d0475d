/**
 * `briefing export --format json` writes the JSON in pieces (a 10,000-article story is over 100 MB of JSON): the
 * pieces must join to exactly the JSON of the contract, unsafe characters escaped, for any briefing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/model.js';
import { briefingJsonPieces, briefingToJson } from '../../src/export/json.js';
import { openBriefing } from '../../src/pipeline.js';
import { runBriefing, SAMPLE } from '../helpers.js';

const joined = (b: Briefing) => [...briefingJsonPieces(b)].join('');

describe('JSON export in pieces', () => {
  it('joins to the same text as briefingToJson for the sample and for any shape of data', async () => {
    const { briefing } = await openBriefing([SAMPLE], { cacheDir: null, workers: 0 });
    expect(joined(briefing)).toBe(briefingToJson(briefing));
    // Many quotes: more than one piece per list.
    const many = { ...briefing, quotes: Array.from({ length: 700 }, (_, i) => ({ ...briefing.quotes[i % briefing.quotes.length]!, id: `q${i}` })) };
    expect(joined(many)).toBe(briefingToJson(many));
    const unsafe = fc.constantFrom('\u202e', '\u2028', '\u0085', '\u007f', '"', '\\', '\n', 'é', '🙂');
    const text = fc.array(fc.oneof(fc.string(), unsafe), { maxLength: 6 }).map((a) => a.join(''));
    const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), text, fc.constant(undefined));
    const anyBriefing = fc.dictionary(fc.oneof(fc.string(), text), fc.oneof(value, fc.array(value, { maxLength: 600 })), { maxKeys: 6 });
    fc.assert(
      fc.property(anyBriefing, (b) => {
        expect(joined(b as unknown as Briefing)).toBe(briefingToJson(b as unknown as Briefing));
      }),
      { numRuns: 200 },
    );
  });

  it('the real binary writes the same JSON to a pipe (in pieces) as to a file (whole)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'briefing-pieces-'));
    try {
      const out = path.join(dir, 'out.json');
      const piped = runBriefing(['export', SAMPLE, '--format', 'json', '--no-cache']);
      const written = runBriefing(['export', SAMPLE, '--format', 'json', '--no-cache', '--output', out]);
      expect([piped.code, written.code]).toEqual([0, 0]);
      expect(piped.stdout.length).toBeGreaterThan(1000);
      expect(piped.stdout).toBe(readFileSync(out, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
