import type { Briefing } from '../model.js';

/**
 * The briefing as the JSON contract (docs/briefing-json.md) describes it. JSON.stringify escapes C0
 * controls; C1 controls, DEL, bidi overrides/isolates and line separators are escaped too (\uXXXX),
 * so the JSON is inert even when printed raw on a terminal. JSON.parse gives back the same text.
 */
export function briefingToJson(briefing: Briefing): string {
  return `${JSON.stringify(briefing, null, 2).replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

const PIECE_ITEMS = 32;
const UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const escapeUnsafe = (s: string) => s.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The text of briefingToJson in pieces (one per list item), so that a large briefing is written without building
 * the whole text (over 100 MB for 10,000 articles) in memory. Joined, the pieces are exactly briefingToJson(briefing).
 */
export function* briefingJsonPieces(briefing: Briefing): Generator<string> {
  yield '{';
  let first = true;
  for (const [key, value] of Object.entries(briefing)) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    const head = `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (Array.isArray(value) && value.length) {
      yield escapeUnsafe(`${head}[`);
      for (let i = 0; i < value.length; i += PIECE_ITEMS) {
        // Items two levels deep, as in the whole document: "[\n  [\n" + items + "\n  ]\n]".
        const nested = JSON.stringify([value.slice(i, i + PIECE_ITEMS)], null, 2);
        yield escapeUnsafe(`${i ? ',' : ''}\n${nested.slice(6, -6)}`);
      }
      yield '\n  ]';
    } else {
      yield escapeUnsafe(`${head}${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`);
    }
  }
  yield first ? '}\n' : '\n}\n';
}
