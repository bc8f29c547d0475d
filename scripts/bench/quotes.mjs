// Quotes for the search benchmark: sentences of varied sample articles, each with a speaker name.
import { sampleTexts, variedArticle, rng } from './corpus.mjs';

export function generateQuotes(root, count) {
  const samples = sampleTexts(root);
  const quotes = [];
  const r = rng(99);
  for (let i = 0; quotes.length < count; i++) {
    const { text } = variedArticle(samples, i);
    const names = [...new Set(text.match(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g) ?? [])];
    for (const s of text.replace(/^---[\s\S]*?---\n/, '').split(/(?<=[.!?]["”]?)\s+/)) {
      const words = s.split(/\s+/).length;
      if (words < 6 || words > 60) continue;
      const speaker = names.length && r() < 0.85 ? names[Math.floor(r() * names.length)] : null;
      quotes.push({ id: `q${quotes.length + 1}`, text: s.replace(/["“”]/g, '').trim(), speaker: null, speakerName: speaker, partial: false, sources: [{ article: `a${i + 1}`, line: 1, start: 0, end: 0 }] });
      if (quotes.length >= count) break;
    }
  }
  return quotes;
}

/** Queries typed one key at a time: plain words, names, typos, and fuse extended syntax. */
export const TYPED_QUERIES = ['pakistan', 'not escalate', 'kashmri attack', 'rubio', "'terror !army", '^the foreign', 'ministers$', 'india | washington', 'secretary of state', 'nuclear-armed neighbours'];
