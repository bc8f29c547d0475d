/**
 * When were the quoted words spoken? From a dated statement in the quote's own sentence
 * ("Bruce at a press briefing on Tuesday said …") or, for a quote of a speaker introduced a
 * little earlier, from that earlier dated sentence ("On April 26, US President Donald Trump
 * said …" … "“… it was a bad one yesterday …,” Trump said").
 */
import type { ArticleActor, ArticleQuote } from '../../model.js';
import { sentenceIndexAt, type Sentence } from './sentences.js';
import { lowerBound } from '../../text/lower-bound.js';

export interface DatedMention {
  /** Offset of the time expression (outside any quote). */
  start: number;
  /** Day-precision date it resolved to. */
  date: string;
}

const SPEECH = /\b(?:said|says|say|told|tells|stated|states|remarked|remarks|added|adds|spoke|speaks|speaking|asked|asks|wrote|writes|tweeted|posted|announced|announces|commented|comments|statement|interview|briefing|press conference|gaggle|address(?:ed)?|noted|notes|insisted|warned|declared|replied|responded|explained|confirmed|urged)\b/i;
const LOOK_BACK_SENTENCES = 8;
const LOOK_BACK_PARAGRAPHS = 3;

export function fillSpokenOn(text: string, quotes: ArticleQuote[], actors: ArticleActor[], sentences: Sentence[], dated: DatedMention[]): void {
  if (dated.length === 0) return;
  const byKey = new Map(actors.map((a) => [a.key, a]));
  const sentenceIndex = (at: number) => sentenceIndexAt(sentences, at);
  // `dated` holds narration (not quoted) expressions; sorted, to take those of one sentence quickly
  const sorted = [...dated].sort((a, b) => a.start - b.start);
  const starts = sorted.map((d) => d.start);
  const datesIn = (s: Sentence) => sorted.slice(lowerBound(starts, s.start), lowerBound(starts, s.end));
  const mentionStarts = new Map(actors.map((a) => [a.key, a.mentions.map((m) => m.start).sort((x, y) => x - y)]));
  const mentionedIn = (key: string, s: Sentence) => {
    const ms = mentionStarts.get(key) ?? [];
    const i = lowerBound(ms, s.start);
    return i < ms.length && ms[i]! < s.end;
  };
  for (const q of quotes) {
    if (q.spokenOn) continue;
    const i = sentenceIndex(q.start);
    if (i < 0) continue;
    // 1. The quote's own sentence, or the sentence ending just before it in the same paragraph
    //    that introduces it ("… said on Tuesday: “…”"), when it holds a dated speech verb.
    const own = sentences[i]!;
    const k = sentenceIndex(Math.max(q.start, q.end - 1));
    let found = false;
    for (const s of k > i ? [own, sentences[k]!] : [own]) {
      const ds = datesIn(s);
      if (ds.length && SPEECH.test(text.slice(Math.max(s.start, q.start - 400), Math.min(s.end, q.end + 400)))) {
        q.spokenOn = ds[0]!.date;
        found = true;
        break;
      }
    }
    if (found) continue;
    // 2. An earlier sentence that names the same speaker with a date and a speech verb.
    const actor = q.speakerKey ? byKey.get(q.speakerKey) : undefined;
    if (!actor) continue;
    for (let j = i - 1; j >= 0 && i - j <= LOOK_BACK_SENTENCES; j--) {
      const s = sentences[j]!;
      if (own.paragraph - s.paragraph > LOOK_BACK_PARAGRAPHS) break;
      const ds = datesIn(s);
      if (!ds.length) continue;
      const names = mentionedIn(actor.key, s) || namesRole(text.slice(s.start, s.end), actor.roles);
      if (!names) continue;
      if (!SPEECH.test(text.slice(s.start, Math.min(s.end, s.start + 2000)))) continue;
      q.spokenOn = ds[0]!.date;
      break;
    }
  }
}

/** "a State Department spokesperson confirmed on Tuesday": the sentence names the speaker by role. */
function namesRole(sentence: string, roles: string[]): boolean {
  const lower = sentence.toLowerCase();
  for (const role of roles) {
    const words = role.toLowerCase().split(/\s+/).filter((w) => w.length > 2);
    const head = words[words.length - 1];
    if (!head) continue;
    // the head noun and at least one other word of the role ("State Department spokesperson")
    if (new RegExp(`\\b${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(lower) && (words.length === 1 || words.slice(0, -1).some((w) => lower.includes(w)))) return true;
  }
  return false;
}

