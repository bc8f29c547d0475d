import type { Briefing } from '../model.js';
import { escapeMarkdown as esc } from './markdown-escape.js';

/** First version of the Markdown briefing document. */
export function briefingToMarkdown(b: Briefing): string {
  const out: string[] = [];
  const art = new Map(b.articles.map((a) => [a.id, a]));
  const cite = (s: { article: string; line: number }) => `${esc(art.get(s.article)?.source ?? art.get(s.article)?.path ?? s.article)}:${s.line}`;
  out.push(`# ${esc(b.title)}`, '');
  out.push('## Actors', '');
  for (const a of b.actors) out.push(`- **${esc(a.name)}**${a.roles.length ? ` — ${a.roles.map(esc).join('; ')}` : ''}`);
  out.push('', '## Quotes', '');
  for (const q of b.quotes) out.push(`- “${esc(q.text)}” — ${esc(q.speakerName ?? 'unattributed')} (${q.sources.map(cite).join(', ')})`);
  out.push('', '## Timeline', '');
  for (const t of b.timeline) out.push(`- **${t.date}**: ${esc(t.text)} (${t.sources.map(cite).join(', ')})`);
  out.push('', '## Sources', '');
  for (const a of b.articles) out.push(`- ${esc(a.title ?? a.path)} — ${esc(a.source ?? 'unknown outlet')}, ${a.published ?? 'undated'} (${esc(a.path)})`);
  out.push('');
  return out.join('\n');
}
