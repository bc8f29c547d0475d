/** Quoted words that are not anyone's words: titles, nicknames, links. */
import type { QuoteSpan } from './quote-marks.js';

/** Quoted words that are a title or name, not someone's words ("Fox News Sunday", "Contract with America"). */
export function looksLikeTitle(q: string): boolean {
  const words = q.replace(/[.,!?;:]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  const small = /^(a|an|the|of|and|or|for|to|in|on|at|with|by|from|&)$/;
  return /^\p{Lu}/u.test(words[0]!) && words.every((w) => /^[\p{Lu}\d#@]/u.test(w) || small.test(w)) && words.length >= 1;
}

/** A one-word capitalised quote between two capitalised words: a nickname (Marcia "Cia" Price). */
export function isNickname(text: string, q: QuoteSpan): boolean {
  if (q.close < 0) return false;
  const t = text.slice(q.start, q.end);
  return /^\p{Lu}[\p{L}'’.-]*$/u.test(t) && /\p{Lu}[\p{L}.]*\s$/u.test(text.slice(Math.max(0, q.open - 12), q.open)) && /^\s\p{Lu}/u.test(text.slice(q.close + 1, q.close + 3));
}

/**
 * A title-cased name right after on/in/at or "broadcast of", or after a network's possessive: the show or publication
 * something was said on (on "Fox News Sunday,", told MSNBC's "Morning Joe", on Fox News's "Fox and Friends.").
 */
export function isVenueTitle(text: string, q: QuoteSpan): boolean {
  if (q.close < 0 || !looksLikeTitle(text.slice(q.start, q.end))) return false;
  const before = text.slice(Math.max(0, q.open - 40), q.open);
  return /\b(?:on|in|at|(?:broadcast|edition|episode|issue) of)\s*$/i.test(before) || /\b(?:on|told|to)\s+(?:\p{Lu}[\p{L}.&]*\s+){0,2}\p{Lu}[\p{L}.&]*['’]s?\s*$/u.test(before);
}

/** A social-media footer set in quotes ("Follow Pam Key on Twitter @pamkeyNEN."). */
export const isFollowFooter = (q: string) => /^\s*Follow\b.{0,60}\bon (?:Twitter|X|Facebook|Instagram|Threads|Bluesky)\b/.test(q);

/** A title-cased name followed by what it names: his "Keepin' It Real" radio program, the "Apprentice" show. */
export function isWorkTitle(text: string, q: QuoteSpan): boolean {
  return q.close >= 0 && WORK_AFTER.test(text.slice(q.close + 1, q.close + 40)) && looksLikeTitle(text.slice(q.start, q.end));
}
const WORK_AFTER = /^\s+(?:\p{Ll}+\s+)?(?:program|programme|show|series|podcast|column|book|film|movie|documentary|album|song|novel|memoir|newsletter|blog)\b/u;

export const isUrlOnly = (q: string) => /^\s*(?:https?:\/\/|www\.|pic\.twitter\.com)\S*\s*$/i.test(q);

