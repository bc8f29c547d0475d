import type { Briefing } from '../model.js';

/** The briefing as the JSON contract (docs/briefing-json.md) describes it. */
export function briefingToJson(briefing: Briefing): string {
  return `${JSON.stringify(briefing, null, 2)}\n`;
}
