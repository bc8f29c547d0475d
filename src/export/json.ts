import type { Briefing } from '../model.js';

/**
 * The briefing as the JSON contract (docs/briefing-json.md) describes it. JSON.stringify escapes C0
 * controls; C1 controls, DEL, bidi overrides/isolates and line separators are escaped too (\uXXXX),
 * so the JSON is inert even when printed raw on a terminal. JSON.parse gives back the same text.
 */
export function briefingToJson(briefing: Briefing): string {
  return `${JSON.stringify(briefing, null, 2).replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
