/**
 * Aliases within one article: which name mentions are the same actor.
 * `Bruce` = `Tammy Bruce`; `S Jaishankar` = `Subrahmanyam Jaishankar`; `The Resistance Front (TRF)`;
 * `USAF` = `United States Air Force`; `Lockheed` = `Lockheed Martin`; `Air Force` = `US Air Force`.
 * Two different people sharing a surname are never merged; a bare surname goes to the one
 * mentioned most recently before it.
 */
import type { ActorKind } from '../../model.js';
import { canonicalPlace, demonymCountry, gazetteerKind, isCountry, isGivenName } from './gazetteer.js';
import { isAcronym } from './kind.js';
import { canonicalRole } from './roles.js';
import { ORG_HEADS } from './lexicon.js';
import { collapseSpaces, splitWords } from './text.js';
import { genderOfFirstName } from '../first-names.js';
import { lowerBound } from '../../text/lower-bound.js';

export interface Mention {
  form: string;
  /** Another form of the name written at this mention ("Toulouse, France" for "Toulouse"). */
  alias?: string;
  start: number;
  end: number;
  titled: boolean;
  /** Written "Mr." (he) or "Mrs."/"Ms."/"Miss" (she) before the name. */
  honorific?: 'he' | 'she';
  roles: string[];
  /** Index of the mention this one spells out in parentheses ("(TRF)" after "The Resistance Front"). */
  parenOf: number | null;
  /** Index of the company mention this one gives the stock ticker of ("GM" in "General Motors Corp. (NYSE: GM)"). */
  tickerOf?: number | null;
  placeContext: boolean;
  speakerContext: boolean;
  personContext: boolean;
  orgContext?: boolean;
}

export interface Cluster {
  forms: string[];
  mentions: number[];
}

const normUncached = (f: string) => collapseSpaces(f.toLowerCase().replace(/[’]/g, "'").replace(/\./g, '')).trim();
const wordsUncached = splitWords;

/** A memo of f over the strings of one clustering (forms repeat: each is normalised and split once). */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      v = f(s);
      cache.set(s, v);
    }
    return v as T;
  };
}
let norm = normUncached;
let words = wordsUncached;
const CONNECT = new Set(['of', 'and', '&', 'the', 'for', 'de', 'du', 'la', 'von', 'van']);
const LEGAL = new Set('inc incorporated corp corporation co company ltd limited llc llp lp plc nv bv ag ab asa oyj sa sas spa srl sarl gmbh kk pty bhd group holdings'.split(' '));
const isInitial = (w: string) => /^\p{Lu}\.?$/u.test(w);

function initials(form: string): string[] {
  const ws = words(form).filter((w) => !CONNECT.has(w.toLowerCase()) && !LEGAL.has(norm(w)));
  const a = ws.map((w) => (/^\p{Lu}{2,}$/u.test(w.replace(/\./g, '')) ? w.replace(/\./g, '') : w[0]!)).join('').toUpperCase();
  const b = ws.map((w) => w[0]!).join('').toUpperCase();
  const withThe = words(form)
    .filter((w) => !['of', 'and', '&', 'for'].includes(w.toLowerCase()))
    .map((w) => w[0]!)
    .join('')
    .toUpperCase();
  return [...new Set([a, b, withThe])];
}

const roleKey = (r: string) => canonicalRole(r);

/** Do the letters of a short form appear in order in the name, starting with its first letter? */
function abbreviates(short: string, name: string): boolean {
  let s = short.replace(/[^\p{L}]/gu, '').toLowerCase();
  const n = name.replace(/^the\s+/i, '').toLowerCase();
  // "(TRF)" after "[The] Resistance Front": the article's "The" is in the short form
  if (s.length > 2 && s[0] === 't' && n[0] !== 't') s = s.slice(1);
  if (!s || s[0] !== n.replace(/[^\p{L}]/gu, '')[0]) return false;
  let j = 0;
  for (const ch of n) if (ch === s[j]) j++;
  return j === s.length;
}

/** "CBOE Volatility Index (VIX)": the short form spells the name without its first words (at least two words left). */
function abbreviatesTail(short: string, name: string): boolean {
  const ws = words(name);
  for (let i = 1; i + 2 <= ws.length; i++) if (abbreviates(short, ws.slice(i).join(' '))) return true;
  return false;
}

/** Leading country or demonym words dropped: "US Air Force" -> "Air Force", "UK RAF" -> "RAF". */
function withoutCountry(form: string): string | null {
  const ws = words(form);
  for (let n = Math.min(3, ws.length - 1); n >= 1; n--) {
    const head = ws.slice(0, n).join(' ');
    if (isCountry(head) || demonymCountry(head)) {
      const rest = ws.slice(n).join(' ');
      if (words(rest).length >= 2 || isAcronym(rest) || ORG_HEADS.has(rest.toLowerCase())) return rest;
      return null;
    }
  }
  return null;
}

/** Compatible given names: equal, or one is the initial of the other. */
function compatibleGiven(a: string[], b: string[]): boolean {
  const x = a.map((w) => w.replace(/\./g, '').toLowerCase());
  const y = b.map((w) => w.replace(/\./g, '').toLowerCase());
  if (!x.length || !y.length) return true;
  const f = x[0]!;
  const g = y[0]!;
  if (f === g) return true;
  if (f.length === 1 && g.startsWith(f)) return true;
  if (g.length === 1 && f.startsWith(g)) return true;
  return false;
}

export function clusterMentions(mentions: Mention[], kindOfForm: (form: string) => ActorKind): Cluster[] {
  norm = memo(normUncached);
  words = memo(wordsUncached);
  try {
    return cluster(mentions, kindOfForm);
  } finally {
    norm = normUncached;
    words = wordsUncached;
  }
}

function cluster(mentions: Mention[], kindOfForm: (form: string) => ActorKind): Cluster[] {
  const initialsOf = memo(initials);
  const forms = new Map<string, { form: string; idx: number[] }>();
  for (let i = 0; i < mentions.length; i++) {
    const k = norm(mentions[i]!.form);
    if (!forms.has(k)) forms.set(k, { form: mentions[i]!.form, idx: [] });
    forms.get(k)!.idx.push(i);
  }
  const keys = [...forms.keys()];
  const parent = new Map(keys.map((k) => [k, k]));
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const kind = new Map(keys.map((k) => [k, kindOfForm(forms.get(k)!.form)]));
  const isPersonish = (k: string) => kind.get(k) === 'person';
  const multi = keys.filter((k) => words(k).length >= 2);

  // 1. "The Resistance Front (TRF)", "Lashkar-e-Taiba (LeT)" (not "WASHINGTON (AP)")
  for (let i = 0; i < mentions.length; i++) {
    const p = mentions[i]!.parenOf;
    if (p !== null && (abbreviates(mentions[i]!.form, mentions[p]!.form) || abbreviatesTail(mentions[i]!.form, mentions[p]!.form))) union(norm(mentions[p]!.form), norm(mentions[i]!.form));
  }
  // 1b. "General Motors Corp. (NYSE: GM)": the ticker
  for (let i = 0; i < mentions.length; i++) {
    const t = mentions[i]!.tickerOf;
    if (t !== null && t !== undefined) union(norm(mentions[t]!.form), norm(mentions[i]!.form));
  }
  // 2. acronyms spelled out elsewhere in the article
  for (const k of keys) {
    const f = forms.get(k)!.form;
    if (!isAcronym(f)) continue;
    const acr = f.replace(/\./g, '').toUpperCase();
    const placeAcr = gazetteerKind(f) === 'place';
    const hits = multi.filter((m) => !isPersonish(m) && initialsOf(forms.get(m)!.form).includes(acr) && (!placeAcr || kind.get(m) === 'place'));
    const roots = new Set(hits.map(find));
    if (roots.size === 1) union(hits[0]!, k);
  }
  // 3. organisations with and without a country or a legal suffix
  for (const k of keys) {
    if (isPersonish(k)) continue;
    const f = forms.get(k)!.form;
    const rest = withoutCountry(f);
    if (rest && forms.has(norm(rest)) && !isPersonish(norm(rest))) union(k, norm(rest));
    const ws = words(f);
    // "Lehman Brothers Holdings Inc." = "Lehman Brothers Holdings" = "Lehman Brothers"
    for (let n = ws.length - 1; n >= 1 && LEGAL.has(norm(ws[n]!)); n--) {
      const base = norm(ws.slice(0, n).join(' '));
      if (forms.has(base)) union(k, base);
    }
    // "Nikkei" = "Nikkei 225" = "Nikkei 225 Stock Average", "Hang Seng" = "Hang Seng Index": an index with and without its number
    if (ws.length >= 2 && kind.get(k) === 'other') {
      let n = ws.length;
      while (n > 1 && /^(?:\d[\d.,-]*|index|composite|average|stock)$/i.test(ws[n - 1]!)) {
        n--;
        const base = norm(ws.slice(0, n).join(' '));
        if (forms.has(base) && kind.get(base) === 'other') union(base, k);
      }
    }
    // "Lockheed" = "Lockheed Martin" (first word of a two-word organisation name; "Lehman" = "Lehman Brothers Holdings Inc.")
    let core = ws.length;
    while (core > 2 && LEGAL.has(norm(ws[core - 1]!))) core--;
    if (core === 2 && !ORG_HEADS.has(norm(ws[1]!)) && !isGivenName(ws[0]!) && kind.get(k) !== 'place') {
      const first = norm(ws[0]!);
      if (forms.has(first) && !gazetteerKind(ws[0]!) && !isPersonish(first)) {
        // only when no other multi-word name starts with the same word
        const rivals = multi.filter((m) => norm(words(m)[0]!) === first && find(m) !== find(k) && !isPersonish(m));
        if (!rivals.length) union(k, first);
      }
    }
  }
  // 3b. other names of one country ("US", "U.S.", "United States")
  const byPlace = new Map<string, string>();
  for (const k of keys) {
    const c = canonicalPlace(forms.get(k)!.form);
    if (!c) continue;
    if (byPlace.has(c)) union(byPlace.get(c)!, k);
    else byPlace.set(c, k);
  }
  // 4. people: same surname and compatible given names ("S Jaishankar" = "Subrahmanyam Jaishankar")
  const persons = multi.filter(isPersonish);
  // surnames shared by people with different full given names: only exact given names merge
  const givenBySurname = new Map<string, Set<string>>();
  for (const p of persons) {
    const ws = words(forms.get(p)!.form);
    const g = norm(ws[0]!);
    if (g.length > 1) {
      const s = norm(ws.at(-1)!);
      if (!givenBySurname.has(s)) givenBySurname.set(s, new Set());
      givenBySurname.get(s)!.add(g);
    }
  }
  const crowded = (surname: string) => (givenBySurname.get(surname)?.size ?? 0) > 1;
  for (let a = 0; a < persons.length; a++)
    for (let b = a + 1; b < persons.length; b++) {
      const wa = words(forms.get(persons[a]!)!.form);
      const wb = words(forms.get(persons[b]!)!.form);
      if (norm(wa.at(-1)!) !== norm(wb.at(-1)!)) continue;
      if (!compatibleGiven(wa.slice(0, -1), wb.slice(0, -1))) continue;
      if (crowded(norm(wa.at(-1)!)) && norm(wa[0]!) !== norm(wb[0]!)) continue;
      union(persons[a]!, persons[b]!);
    }
  // 5. bare surnames (or "Initial Surname"): to the person mentioned most recently before
  const surnameOwner = new Map<number, string>(); // mention index -> form key of its full name
  const personsBySurname = new Map<string, string[]>();
  for (const p of persons) {
    const s = norm(words(p).at(-1)!);
    if (!personsBySurname.has(s)) personsBySurname.set(s, []);
    personsBySurname.get(s)!.push(p);
  }
  // the gender a full name's first word gives ("Michelle Obama": she), for "Mr. Obama" and "Mrs. Clinton"
  const ownerGender = memo((o: string) => {
    const ws = words(forms.get(o)!.form);
    return ws.length >= 2 && !isInitial(ws[0]!) ? genderOfFirstName(ws[0]!) : null;
  });
  for (const k of keys) {
    const ws = words(forms.get(k)!.form);
    const short = ws.length === 1 || (ws.length === 2 && isInitial(ws[0]!));
    if (!short || isAcronym(forms.get(k)!.form)) continue;
    const g = gazetteerKind(forms.get(k)!.form);
    if (g === 'place' || g === 'organization') continue;
    const surname = norm(ws.at(-1)!);
    const owners = (personsBySurname.get(surname) ?? []).filter((p) => p !== k && compatibleGiven(ws.slice(0, -1), words(forms.get(p)!.form).slice(0, -1)));
    if (!owners.length) continue;
    const idx = forms.get(k)!.idx;
    // A mention's gender: its own "Mr."/"Mrs.", else the one honorific the article writes this surname with.
    const written = new Set(idx.map((i) => mentions[i]!.honorific).filter(Boolean));
    const formGender = written.size === 1 ? [...written][0] : undefined;
    const ownersOf = (i: number) => {
      const gender = mentions[i]!.honorific ?? formGender;
      return gender ? owners.filter((o) => (ownerGender(o) ?? gender) === gender) : owners;
    };
    const ownerRoots = [...new Set(owners.map(find))];
    if (ownerRoots.length === 1 && idx.every((i) => ownersOf(i).length === owners.length)) {
      union(ownerRoots[0]!, k);
      continue;
    }
    const rolesOf = new Map(ownerRoots.map((r) => [r, new Set(owners.filter((o) => find(o) === r).flatMap((o) => forms.get(o)!.idx.flatMap((j) => mentions[j]!.roles.map(roleKey))))]));
    // every full-name mention of the candidates, by position
    const marksOf = memo((key: string) => {
      const allowed = new Set(key.split('\0'));
      const marks = owners.filter((o) => allowed.has(o)).flatMap((o) => forms.get(o)!.idx.map((j) => ({ pos: mentions[j]!.start, owner: o }))).sort((a, b) => a.pos - b.pos);
      return { owners: marks.map((m) => m.owner), positions: marks.map((m) => m.pos) };
    });
    for (const i of idx) {
      const mine = ownersOf(i);
      // "Mr. Obama" in an article whose only full name is "Michelle Obama": someone else, left on its own
      if (!mine.length) continue;
      const roots = [...new Set(mine.map(find))];
      if (roots.length === 1) {
        surnameOwner.set(i, roots[0]!);
        continue;
      }
      // "President Obama" after "Michelle Obama": the role says which one
      const roles = mentions[i]!.roles.map(roleKey);
      if (roles.length) {
        const fit = roots.filter((r) => roles.some((x) => rolesOf.get(r)!.has(x)));
        if (fit.length === 1) {
          surnameOwner.set(i, fit[0]!);
          continue;
        }
      }
      // each bare surname takes the full name mentioned last before it (or first after it)
      const marks = marksOf(mine.join('\0'));
      const before = lowerBound(marks.positions, mentions[i]!.start);
      const owner = marks.owners[before > 0 ? before - 1 : before];
      if (owner) surnameOwner.set(i, find(owner));
    }
  }

  const clusters = new Map<string, Cluster & { norms: Set<string> }>();
  for (let i = 0; i < mentions.length; i++) {
    const nf = norm(mentions[i]!.form);
    const root = surnameOwner.get(i) ?? find(nf);
    let c = clusters.get(root);
    if (!c) clusters.set(root, (c = { forms: [], mentions: [], norms: new Set() }));
    c.mentions.push(i);
    if (!c.norms.has(nf)) {
      c.norms.add(nf);
      c.forms.push(mentions[i]!.form);
    }
  }
  return [...clusters.values()].map(({ forms, mentions }) => ({ forms, mentions }));
}
