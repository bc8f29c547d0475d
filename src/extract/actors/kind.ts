/** Person, organisation, place or other: from gazetteers, name heads, titles and context. */
import type { ActorKind } from '../../model.js';
import { demonymCountry, gazetteerKind, isCountry, isCountryOrState, isGivenName } from './gazetteer.js';
import { ORG_HEADS, OTHER_HEADS, PLACE_HEADS } from './lexicon.js';
import { countWords, hasWhitespace, splitWords } from './text.js';

export interface KindEvidence {
  /** Forms of the name seen in the article. */
  forms: string[];
  /** A role or honorific was written with it ("Gen.", "spokesperson"). */
  titled: boolean;
  /** Mentions right after "in", "near", ... */
  placeContext: number;
  /** Mentions right before or after a reporting verb ("X said", "said X"). */
  speakerContext: number;
  /** Mentions followed by "he"/"she" references within the sentence or referred to as Mr/Ms. */
  personContext: number;
  /** Mentions right after a common noun for a company or a body ("newspaper Dagens Industri", "carmaker Saab"). */
  orgContext?: number;
}

const words = splitWords;
const low = (w: string) => w.toLowerCase().replace(/\.$/, '').replace(/\./g, '');
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;
export const isAcronym = (form: string) => {
  // the same as /^(?:\p{Lu}\.?){2,6}$/u on the form without whitespace, and no whitespace inside it
  const t = form.trim();
  if (t.length < 2 || t.length > 18 || hasWhitespace(t)) return false;
  const c = t.charCodeAt(0);
  if (c < 128 && !(c >= 65 && c <= 90)) return false;
  return ACRONYM.test(t);
};
/** An acronym or an abbreviation with inner capitals ("TRF", "LeT", "PoK"). */
export const isShortForm = (form: string) => isAcronym(form) || (/^\p{Lu}[\p{L}]{1,5}$/u.test(form) && (form.match(/\p{Lu}/gu) ?? []).length >= 2);

export function classify(e: KindEvidence): ActorKind {
  // the first form with the most words (what a stable sort by word count, most first, puts first)
  let full = '';
  let fullCount = -1;
  for (const f of e.forms) {
    const n = countWords(f);
    if (n > fullCount) {
      full = f;
      fullCount = n;
    }
  }
  if (fullCount < 0) fullCount = 0;
  for (const f of e.forms) {
    const g = gazetteerKind(f);
    if (g && countWords(f) === fullCount) return g;
  }
  // "Edmunds.com": a web name is a company or a publication
  if (/\.(?:com|net|org|co\.uk)$/.test(full)) return 'organization';
  const comma = /^(.+), ([^,]+)$/.exec(full);
  if (comma && isCountryOrState(comma[2]!)) return 'place';
  const ws = words(full);
  const last = low(ws.at(-1) ?? '');
  if (ws.length > 1 && OTHER_HEADS.has(last)) return 'other';
  if (ws.length > 1 && ORG_HEADS.has(last)) return 'organization';
  if (PLACE_HEADS.has(last) && ws.length > 1) return 'place';
  // "Bank of America", "Federal Reserve Bank of New York", "Gulf of Mexico", "Institute for Supply Management":
  // the head comes before "of" or "for"
  let of = ws.indexOf('of');
  if (of < 0) of = ws.indexOf('for');
  if (of > 0 && of < ws.length - 1) {
    const head = low(ws[of - 1]!);
    if (ORG_HEADS.has(head)) return 'organization';
    if (PLACE_HEADS.has(head)) return 'place';
  }
  // "US Federal Reserve", "German Bundesbank": a country before a name the gazetteer knows
  for (let n = 1; n <= 2 && n < ws.length; n++) {
    const head = ws.slice(0, n).join(' ');
    if (isCountry(head) || demonymCountry(head)) {
      const g = gazetteerKind(ws.slice(n).join(' '));
      if (g === 'organization') return g;
    }
  }
  // "Air India", "Air Canada": airlines
  if (ws.length > 1 && ws[0] === 'Air' && gazetteerKind(ws.slice(1).join(' ')) === 'place') return 'organization';
  // "EADS North America", "Boeing Japan": an organisation and a place is a branch of it
  if (ws.length > 1 && (gazetteerKind(ws[0]!) === 'organization' || isAcronym(ws[0]!)) && gazetteerKind(ws.slice(1).join(' ')) === 'place') return 'organization';
  // "Dallas Fed", "NYSE Euronext": a place or a company before a known company's name
  if (ws.length > 1 && gazetteerKind(ws.at(-1)!) === 'organization') {
    const head = gazetteerKind(ws.slice(0, -1).join(' '));
    if (head === 'place' || head === 'organization') return 'organization';
  }
  // "London Heathrow": places all the way
  if (ws.length > 1 && ws.every((w) => gazetteerKind(w.replace(/,$/, '')) === 'place')) return 'place';
  if (e.titled) return 'person';
  // "Loretta Lynch" ... "Lynch said": organisations are not called by their last word alone
  if (ws.length >= 2 && ws.length <= 4 && e.forms.some((f) => countWords(f) === 1 && low(f) === last)) return 'person';
  for (const f of e.forms) {
    const g = gazetteerKind(f);
    if (g) return g;
  }
  if (isAcronym(full)) return 'organization';
  if ((e.orgContext ?? 0) > 0) return 'organization';
  if (ws.length >= 2 && ws.length <= 4 && isGivenName(ws[0]!.replace(/\.$/, ''))) return 'person';
  if (ws.length >= 2 && ws.length <= 4 && /^(?:\p{Lu}\.?|(?:\p{Lu}\.){2,3})$/u.test(ws[0]!)) return 'person';
  if (e.personContext > 0) return 'person';
  if (e.placeContext > 0 && e.placeContext >= e.speakerContext) return 'place';
  if (ws.length >= 2 && ws.length <= 3 && e.speakerContext > 0) return 'person';
  if (ws.length === 1 && isGivenName(ws[0]!) && !e.placeContext) return 'person';
  if (ws.length === 1 && e.personContext > 0) return 'person';
  if (ws.length === 1) return 'organization';
  return 'other';
}
