import type { Actor, Article, Conflict, ConflictClaim, Extraction, SourceRef } from '../model.js';
import { lineAt } from '../text/lines.js';
import { boundOf, claimValueText, parseRole, type Bound } from '../extract/claims/index.js';

/**
 * Where the sources disagree:
 * - numeric claims about the same quantity whose values cannot all be true (26 killed vs 27 killed;
 *   "over 25" and "26" agree);
 * - the same office held by different people in different articles (Secretary of State: Antony
 *   Blinken in one article, Marco Rubio in others).
 * Claims come from the articles' own voice (the claim extractors skip quotes).
 */

interface Located {
  article: Article;
  start: number;
  end: number;
}

const ref = (l: Located): SourceRef => ({ article: l.article.id, line: lineAt(l.article.lineStarts, l.start) });

function byPath(a: Located, b: Located): number {
  if (a.article.path !== b.article.path) return a.article.path < b.article.path ? -1 : 1;
  return a.start - b.start;
}

function uniqueRefs(list: Located[]): SourceRef[] {
  const seen = new Set<string>();
  const out: SourceRef[] = [];
  for (const l of [...list].sort(byPath)) {
    const r = ref(l);
    const k = `${r.article}:${r.line}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r);
  }
  return out;
}

// ---------- numbers ----------

interface NumberClaim extends Located {
  about: string;
  value: number;
  bound: Bound;
  shown: string;
}

/** The integers a claim allows. */
function interval(value: number, bound: Bound): [number, number] {
  switch (bound) {
    case 'exact':
      return [value, value];
    case 'atLeast':
      return [value, Infinity];
    case 'moreThan':
      return [value + 1, Infinity];
    case 'atMost':
      return [Math.floor(value * 0.85), value];
    case 'lessThan':
      return [0, value - 1];
    case 'approx': {
      const d = Math.max(1, Math.round(value * 0.15));
      return [value - d, value + d];
    }
  }
}

/** Can both claims be true at once? ("over 25" and "26": yes; "26" and "27": no.) */
export function consistent(a: { value: number; bound: Bound }, b: { value: number; bound: Bound }): boolean {
  const [a0, a1] = interval(a.value, a.bound);
  const [b0, b1] = interval(b.value, b.bound);
  return a0 <= b1 && b0 <= a1;
}

/**
 * Whether two claims from different articles cannot both be true. Two claims disagree when one's
 * lowest allowed value is above the other's highest; so it is enough to try the two highest lows
 * and the two lowest highs from different articles (linear, where a pair scan is quadratic).
 */
function someDisagree(list: NumberClaim[]): boolean {
  interface End {
    v: number;
    article: string;
  }
  let lo1: End | null = null;
  let lo2: End | null = null; // highest low from an article other than lo1's
  let hi1: End | null = null;
  let hi2: End | null = null; // lowest high from an article other than hi1's
  for (const c of list) {
    const [lo, hi] = interval(c.value, c.bound);
    // (A value that is not a number is consistent with nothing: the pairwise rule, as written.)
    if (Number.isNaN(lo) || Number.isNaN(hi)) return list.some((a) => list.some((b) => a.article.id !== b.article.id && !consistent(a, b)));
    const article = c.article.id;
    if (!lo1 || lo > lo1.v) {
      if (lo1 && lo1.article !== article) lo2 = lo1;
      lo1 = { v: lo, article };
    } else if (article !== lo1.article && (!lo2 || lo > lo2.v)) lo2 = { v: lo, article };
    if (!hi1 || hi < hi1.v) {
      if (hi1 && hi1.article !== article) hi2 = hi1;
      hi1 = { v: hi, article };
    } else if (article !== hi1.article && (!hi2 || hi < hi2.v)) hi2 = { v: hi, article };
  }
  for (const a of [lo1, lo2]) for (const b of [hi1, hi2]) if (a && b && a.article !== b.article && a.v > b.v) return true;
  return false;
}

function numericConflicts(claims: NumberClaim[]): Conflict[] {
  const byAbout = new Map<string, NumberClaim[]>();
  for (const c of claims) {
    const list = byAbout.get(c.about) ?? [];
    list.push(c);
    byAbout.set(c.about, list);
  }
  const out: Conflict[] = [];
  for (const [about, list] of [...byAbout.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (!someDisagree(list)) continue;
    // Numbers far from the most reported one (over 3x apart) are about something else (another
    // incident, a running total), not a different count of the same thing.
    const support = new Map<number, Set<string>>();
    for (const c of list) support.set(c.value, (support.get(c.value) ?? new Set()).add(c.article.id));
    const main = [...support.entries()].sort((a, b) => b[1].size - a[1].size || a[0] - b[0])[0]![0];
    const near = list.filter((c) => c.value <= main * 3 && c.value * 3 >= main);
    if (!someDisagree(near)) continue;
    const byValue = new Map<string, NumberClaim[]>();
    for (const c of near) {
      const l = byValue.get(c.shown);
      if (l) l.push(c);
      else byValue.set(c.shown, [c]);
    }
    const values = [...byValue.entries()].sort((x, y) => x[1][0]!.value - y[1][0]!.value || (x[0] < y[0] ? -1 : 1));
    out.push({ id: '', about, claims: values.map(([value, cs]): ConflictClaim => ({ value, sources: uniqueRefs(cs) })) });
  }
  return out;
}

// ---------- offices ----------

interface OfficeClaim extends Located {
  qualifier: string;
  office: string;
  /** Who, as one person across articles (merged actor id, then surname). */
  holder: string;
  name: string;
}

const SUFFIX = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const surname = (name: string) =>
  name
    .toLowerCase()
    .replace(/['’]s$/, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w && !SUFFIX.has(w))
    .pop() ?? '';

/** Offices every country has, and that news gives to past holders too ("President Nixon"): only compared with a country ("US President"). */
const NEEDS_QUALIFIER = new Set(['King', 'Emir', 'Premier', 'President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister']);

/** "US Secretary of State Marco Rubio" -> "Marco Rubio"; "Marco Rubio, the Secretary of State" -> "Marco Rubio". */
export function holderName(claimText: string, role: string): string {
  const t = claimText.replace(/\s+/g, ' ').trim();
  const r = role.replace(/\s+/g, ' ').trim();
  let name = t.startsWith(r) ? t.slice(r.length) : t.split(',')[0]!;
  name = name.replace(/^[\s,]+/, '').replace(/^(?:(?:Gen|Lt|Col|Maj|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Adm|Sheikh|General)\.?\s+)+/, '');
  return name.trim();
}

function officeConflicts(claims: OfficeClaim[]): Conflict[] {
  // Holders named with exactly the same (qualifier, office) in different articles disagree.
  const byKey = new Map<string, OfficeClaim[]>();
  // Each holder's claims (in order), and the countries ("qualifiers") each holder was given per office.
  const byHolder = new Map<string, OfficeClaim[]>();
  const qualifierSets = new Map<string, Map<string, Set<string>>>();
  for (const c of claims) {
    const k = `${c.qualifier}|${c.office}`;
    const l = byKey.get(k);
    if (l) l.push(c);
    else byKey.set(k, [c]);
    const h = byHolder.get(c.holder);
    if (h) h.push(c);
    else byHolder.set(c.holder, [c]);
    if (c.qualifier) {
      const perHolder = qualifierSets.get(c.office) ?? qualifierSets.set(c.office, new Map()).get(c.office)!;
      const q = perHolder.get(c.holder);
      if (q) q.add(c.qualifier);
      else perHolder.set(c.holder, new Set([c.qualifier]));
    }
  }
  // Only holder names are looked up in articles' words: collect just those.
  const wordsOf = articleWords(new Set(byHolder.keys()));
  const out: Array<Conflict & { holders: string }> = [];
  for (const [, list] of [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const holders = [...new Set(list.map((c) => c.holder))].sort();
    if (holders.length < 2) continue;
    if (list[0]!.qualifier === '' && NEEDS_QUALIFIER.has(list[0]!.office)) continue;
    // Two holders disagree when an article names one as the holder without mentioning the other at
    // all, and another article does the reverse (an article naming both is about two terms or two
    // countries, not a disagreement), and they were never given different countries for the office.
    const holderSet = new Set(holders);
    const officeQualifiers = qualifierSets.get(list[0]!.office);
    const noQualifiers = new Set<string>();
    const qualifiers = (h: string) => officeQualifiers?.get(h) ?? noQualifiers;
    // For each holder: its articles, and how many of them use each other holder's name (one pass
    // over each article's words or the holders, whichever is smaller; no holder-pair scans).
    const articlesOf = new Map<string, Set<Article>>();
    for (const c of list) articlesOf.set(c.holder, (articlesOf.get(c.holder) ?? new Set()).add(c.article));
    const mentionCounts = new Map<string, Map<string, number>>();
    for (const [h, arts] of articlesOf) {
      const counts = new Map<string, number>();
      for (const a of arts) {
        const ws = wordsOf(a);
        const [small, big] = ws.size < holderSet.size ? [ws, holderSet] : [holderSet, ws];
        for (const w of small) if (big.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
      }
      mentionCounts.set(h, counts);
    }
    // h is named somewhere without `other` being mentioned at all
    const exclusive = (h: string, other: string) => (mentionCounts.get(h)?.get(other) ?? 0) < (articlesOf.get(h)?.size ?? 0);
    const involved = new Set<string>();
    const sharesQualifier = (qx: Set<string>, qy: Set<string>) => {
      for (const q of qx) if (qy.has(q)) return true;
      return false;
    };
    const isInvolved = new Uint8Array(holders.length);
    const holderQualifiers = holders.map(qualifiers);
    for (let i = 0; i < holders.length; i++) {
      const x = holders[i]!;
      const qx = holderQualifiers[i]!;
      for (let j = i + 1; j < holders.length; j++) {
        // (a pair of holders both already involved adds nothing)
        if (isInvolved[i] && isInvolved[j]) continue;
        const y = holders[j]!;
        const qy = holderQualifiers[j]!;
        if (qx.size && qy.size && !sharesQualifier(qx, qy)) continue;
        if (exclusive(x, y) && exclusive(y, x)) {
          isInvolved[i] = isInvolved[j] = 1;
          involved.add(x).add(y);
        }
      }
    }
    if (!involved.size) continue;
    const { qualifier, office } = list[0]!;
    // Each holder's claims to this office, with this qualifier or none (or any, for the unqualified office).
    const claimsFor = (h: string) => (byHolder.get(h) ?? []).filter((c) => c.office === office && (qualifier === '' || c.qualifier === qualifier || c.qualifier === ''));
    const rows = holders.filter((h) => involved.has(h)).map((h) => {
      const cs = claimsFor(h);
      const name = cs.map((c) => c.name).sort((x, y) => y.length - x.length || (x < y ? -1 : 1))[0]!;
      return { name, cs };
    });
    rows.sort((a, b) => b.cs.length - a.cs.length || (a.name < b.name ? -1 : 1));
    out.push({
      id: '',
      about: qualifier ? `${qualifier} ${office}` : office,
      claims: rows.map((r) => ({ value: r.name, sources: uniqueRefs(r.cs) })),
      holders: [...involved].sort().join('|'),
    });
  }
  // The same people disagreeing about "Secretary of State" and "US Secretary of State" is one conflict.
  const kept: Conflict[] = [];
  const seen = new Set<string>();
  for (const c of out.sort((a, b) => a.about.length - b.about.length || (a.about < b.about ? -1 : 1))) {
    const k = `${parseRole(c.about).office}|${c.holders}`;
    if (seen.has(k)) continue;
    seen.add(k);
    kept.push({ id: c.id, about: c.about, claims: c.claims });
  }
  return kept;
}

/** Letters and digits (code points, as \p{L}\p{N} with the u flag); ASCII from a table, the rest tested once each. */
const ASCII_ALNUM = Uint8Array.from({ length: 128 }, (_, c) => (/[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0));
const otherAlnum = new Map<number, boolean>();
/** Width (1 or 2 code units) of the letter or digit at `i`, or 0 when there is none. */
function alnumAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII_ALNUM[c]!;
  const cp = s.codePointAt(i)!;
  let yes = otherAlnum.get(cp);
  if (yes === undefined) otherAlnum.set(cp, (yes = /^[\p{L}\p{N}]$/u.test(String.fromCodePoint(cp))));
  return yes ? (cp > 0xffff ? 2 : 1) : 0;
}

/**
 * The article's words that are in `wanted`, lowercase (runs of letters, digits and hyphens, and
 * each hyphen-free part of such a run); collected once per article, in one pass over its text.
 */
function articleWords(wanted: Set<string>): (article: Article) => Set<string> {
  const sets = new Map<Article, Set<string>>();
  // Wanted words by a hash of their code units, so that a run of the text is looked up without
  // cutting it out (a 10,000-article story has millions of words and a few thousand holder names).
  const hashOf = (s: string, from: number, to: number) => {
    let h = 0;
    for (let k = from; k < to; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
    return h;
  };
  const byHash = new Map<number, string[]>();
  for (const w of wanted) {
    const h = hashOf(w, 0, w.length);
    const l = byHash.get(h);
    if (l) l.push(w);
    else byHash.set(h, [w]);
  }
  return (article) => {
    let words = sets.get(article);
    if (!words) {
      words = new Set();
      const text = article.text.toLowerCase();
      const n = text.length;
      let i = 0;
      while (i < n) {
        const start = i;
        let hyphen = false;
        let h = 0;
        for (;;) {
          if (i >= n) break;
          const c = text.charCodeAt(i);
          if (c === 45) {
            hyphen = true;
            i++;
            continue;
          }
          const w = c < 128 ? ASCII_ALNUM[c]! : alnumAt(text, i);
          if (!w) break;
          h = (Math.imul(h, 31) + c) | 0;
          if (w === 2) h = (Math.imul(h, 31) + text.charCodeAt(i + 1)) | 0;
          i += w;
        }
        if (i === start) {
          i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) < 0xdc00 && i + 1 < n && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) < 0xe000 ? 2 : 1;
          continue;
        }
        if (hyphen) {
          const run = text.slice(start, i);
          if (wanted.has(run)) words.add(run);
          for (const part of run.split('-')) if (part && wanted.has(part)) words.add(part);
        } else {
          const hits = byHash.get(h);
          if (hits) for (const w of hits) if (w.length === i - start && text.startsWith(w, start)) words.add(w);
        }
      }
      sets.set(article, words);
    }
    return words;
  };
}

export function findConflicts(articles: Map<string, Article>, extractions: Extraction[], actorIdOf: Map<string, string>, actors: Actor[]): Conflict[] {
  const actorById = new Map(actors.map((a) => [a.id, a]));
  // (parseRole compiles a pattern per call; the same role strings recur in thousands of articles)
  const roles = new Map<string, { qualifier: string; office: string }>();
  const roleOf = (role: string) => roles.get(role) ?? roles.set(role, parseRole(role)).get(role)!;
  const numbers: NumberClaim[] = [];
  const offices: OfficeClaim[] = [];
  for (const ex of extractions) {
    const article = articles.get(ex.articleId);
    if (!article) continue;
    for (const c of ex.claims) {
      const written = article.text.slice(c.start, c.end) || c.text;
      const shown = claimValueText(written, c.value);
      const qualifier = shown === String(c.value) ? '' : shown.slice(0, shown.length - String(c.value).length).trim();
      numbers.push({ article, start: c.start, end: c.end, about: c.about, value: c.value, bound: boundOf(qualifier), shown });
    }
    for (const r of ex.roleClaims) {
      const { qualifier, office } = roleOf(r.role);
      const name = holderName(article.text.slice(r.start, r.end), r.role);
      const actorId = actorIdOf.get(`${ex.articleId}/${r.actorKey}`);
      const actor = actorId ? actorById.get(actorId) : undefined;
      const last = surname(name) || surname(actor?.name ?? '');
      if (!last) continue;
      offices.push({ article, start: r.start, end: r.end, qualifier, office, holder: last, name: name || actor?.name || last });
    }
  }
  const conflicts = [...numericConflicts(numbers), ...officeConflicts(offices)];
  return conflicts.map((c, i) => ({ ...c, id: `c${i + 1}` }));
}
