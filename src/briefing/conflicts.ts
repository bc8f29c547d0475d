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

function numericConflicts(claims: NumberClaim[]): Conflict[] {
  const byAbout = new Map<string, NumberClaim[]>();
  for (const c of claims) {
    const list = byAbout.get(c.about) ?? [];
    list.push(c);
    byAbout.set(c.about, list);
  }
  const out: Conflict[] = [];
  for (const [about, list] of [...byAbout.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    let disagree = false;
    for (let i = 0; i < list.length && !disagree; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (list[i]!.article.id !== list[j]!.article.id && !consistent(list[i]!, list[j]!)) {
          disagree = true;
          break;
        }
      }
    }
    if (!disagree) continue;
    // Numbers far from the most reported one (over 3x apart) are about something else (another
    // incident, a running total), not a different count of the same thing.
    const support = new Map<number, Set<string>>();
    for (const c of list) support.set(c.value, (support.get(c.value) ?? new Set()).add(c.article.id));
    const main = [...support.entries()].sort((a, b) => b[1].size - a[1].size || a[0] - b[0])[0]![0];
    const near = list.filter((c) => c.value <= main * 3 && c.value * 3 >= main);
    if (!near.some((a) => near.some((b) => a.article.id !== b.article.id && !consistent(a, b)))) continue;
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
  for (const c of claims) {
    const k = `${c.qualifier}|${c.office}`;
    const l = byKey.get(k);
    if (l) l.push(c);
    else byKey.set(k, [c]);
  }
  const out: Array<Conflict & { holders: string }> = [];
  for (const [, list] of [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const holders = [...new Set(list.map((c) => c.holder))].sort();
    if (holders.length < 2) continue;
    if (list[0]!.qualifier === '' && NEEDS_QUALIFIER.has(list[0]!.office)) continue;
    // Two holders disagree when an article names one as the holder without mentioning the other at
    // all, and another article does the reverse (an article naming both is about two terms or two
    // countries, not a disagreement), and they were never given different countries for the office.
    const office0 = list[0]!.office;
    const holderSet = new Set(holders);
    const qualifierSets = new Map<string, Set<string>>();
    for (const c of claims) if (c.office === office0 && c.qualifier && holderSet.has(c.holder)) qualifierSets.set(c.holder, (qualifierSets.get(c.holder) ?? new Set()).add(c.qualifier));
    const qualifiers = (h: string) => qualifierSets.get(h) ?? new Set<string>();
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
    for (let i = 0; i < holders.length; i++) {
      for (let j = i + 1; j < holders.length; j++) {
        const [x, y] = [holders[i]!, holders[j]!];
        const qx = qualifiers(x);
        const qy = qualifiers(y);
        if (qx.size && qy.size && ![...qx].some((q) => qy.has(q))) continue;
        if (exclusive(x, y) && exclusive(y, x)) involved.add(x).add(y);
      }
    }
    if (!involved.size) continue;
    const { qualifier, office } = list[0]!;
    // Each holder's claims to this office, with this qualifier or none (or any, for the unqualified office).
    const claimsFor = (h: string) => claims.filter((c) => c.holder === h && c.office === office && (qualifier === '' || c.qualifier === qualifier || c.qualifier === ''));
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

const wordSets = new WeakMap<Article, Set<string>>();
/** The article's words, lowercase (with and without hyphenated compounds split); collected once per article. */
function wordsOf(article: Article): Set<string> {
  let words = wordSets.get(article);
  if (!words) {
    const lower = article.text.toLowerCase();
    words = new Set([...lower.split(/[^\p{L}\p{N}]+/u), ...lower.split(/[^\p{L}\p{N}-]+/u)]);
    wordSets.set(article, words);
  }
  return words;
}

export function findConflicts(articles: Map<string, Article>, extractions: Extraction[], actorIdOf: Map<string, string>, actors: Actor[]): Conflict[] {
  const actorById = new Map(actors.map((a) => [a.id, a]));
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
      const { qualifier, office } = parseRole(r.role);
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
