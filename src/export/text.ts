import type { Briefing } from '../model.js';
import { sanitizeLine } from '../text/sanitize.js';

/** The briefing as plain text, for pipes. */
export function briefingToText(b: Briefing): string {
  const s = sanitizeLine;
  const out: string[] = [];
  const art = new Map(b.articles.map((a) => [a.id, a]));
  out.push(s(b.title), `${b.articles.length} articles`, '');
  out.push('ACTORS');
  for (const a of b.actors) out.push(`  ${s(a.name)}${a.roles.length ? ` (${a.roles.map(s).join('; ')})` : ''}`);
  out.push('', 'QUOTES');
  for (const q of b.quotes) {
    out.push(`  "${s(q.text)}"`, `    -- ${s(q.speakerName ?? 'unattributed')} [${q.sources.map((x) => `${s(art.get(x.article)?.path ?? x.article)}:${x.line}`).join(', ')}]`);
  }
  out.push('', 'TIMELINE');
  for (const t of b.timeline) out.push(`  ${t.date}  ${s(t.text)}`);
  out.push('');
  return out.join('\n');
}
