/**
 * Time expressions of one article, resolved to dates: `extractTimes(article, actors, quotes)`.
 *
 * find.ts finds the expressions, tense.ts reads the direction of their clause, resolve.ts turns
 * them into dates against the publication date (or, inside a quote, against when the words were
 * spoken: spoken-on.ts fills ArticleQuote.spokenOn), sentences.ts gives the event text.
 */
import type { Article, ArticleActor, ArticleQuote, ArticleTimeExpression, TimeKind } from '../../model.js';
import { parseYmd, validDay, type Ymd } from './dates.js';
import { findTimes, type FoundTime } from './find.js';
import { isAfter, isSame, resolveTime } from './resolve.js';
import { clauseOf, sentenceAt, splitSentences, type Sentence } from './sentences.js';
import { lowerBound } from '../../text/lower-bound.js';
import { fillSpokenOn, type DatedMention } from './spoken-on.js';
import { tenseAt } from './tense.js';

export { findTimes } from './find.js';
export { resolveTime } from './resolve.js';

// A line that is only a date, or a "Published on …" stamp: the dateline, not an event.
const STAMP_REST = /^[\s,.:|\-–—()]*(?:(?:published|updated|posted|last updated|first published|dated?)\b(?: on)?:?)?[\s,.:|\-–—()]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)?[\s,.:|\-–—()]*(?:\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:[A-Z]{2,4})?)?[\s,.:|\-–—()]*$/i;

interface Pending {
  found: FoundTime;
  /** The sentence, or a window of it around the expression when the sentence is very long. */
  sentence: Sentence;
  /** The whole sentence (expressions of one sentence share it). */
  group: Sentence;
  quote: ArticleQuote | null;
}

/** Very long "sentences" (lists, hostile input) are read in a window around the expression. */
const WINDOW = 400;


export function extractTimes(article: Article, actors: ArticleActor[], quotes: ArticleQuote[] = []): ArticleTimeExpression[] {
  const text = article.text;
  const published = parseYmd(article.published);
  const sentences = splitSentences(text, article.bodyStart, article.bodyEnd);
  const found = findTimes(text, article.bodyStart, article.bodyEnd);
  const sortedQuotes = [...quotes].sort((a, b) => a.start - b.start);
  const quoteStarts = sortedQuotes.map((q) => q.start);
  const quoteAround = (from: number, to: number): ArticleQuote | null => {
    // the quote starting last at or before `from` that holds [from, to) (nested quotes: look a few back)
    for (let i = lowerBound(quoteStarts, from + 1) - 1, n = 0; i >= 0 && n < 4; i--, n++) {
      const q = sortedQuotes[i]!;
      if (q.end >= to) return q;
    }
    return null;
  };
  const pending: Pending[] = [];
  const bySentence = new Map<Sentence, Pending[]>();
  for (const f of found) {
    const group = sentenceAt(sentences, f.start);
    if (!group) continue;
    if (group.end - group.start < 160) {
      const rest = text.slice(group.start, f.start) + text.slice(f.end, group.end);
      if (STAMP_REST.test(rest)) continue; // dateline / publication stamp
    }
    const sentence = group.end - group.start <= 2 * WINDOW ? group : { start: Math.max(group.start, f.start - WINDOW), end: Math.min(group.end, f.end + WINDOW), paragraph: group.paragraph };
    const p: Pending = { found: f, sentence, group, quote: quoteAround(f.start, f.end) };
    pending.push(p);
    (bySentence.get(group) ?? bySentence.set(group, []).get(group)!).push(p);
  }
  // Actor mentions in text order, to find the actors of an event quickly.
  let mentions: Array<{ start: number; end: number; key: string }> | null = null;
  let mentionStarts: number[] = [];
  let maxMention = 0;
  const actorsIn = (start: number, end: number): string[] => {
    if (mentions === null) {
      mentions = actors.flatMap((a) => a.mentions.map((m) => ({ start: m.start, end: m.end, key: a.key }))).sort((a, b) => a.start - b.start);
      mentionStarts = mentions.map((m) => m.start);
      maxMention = mentions.reduce((n, m) => Math.max(n, m.end - m.start), 0);
    }
    const keys = new Set<string>();
    for (let i = lowerBound(mentionStarts, start - maxMention); i < mentions.length && mentions[i]!.start < end; i++) if (mentions[i]!.end > start) keys.add(mentions[i]!.key);
    return actors.filter((a) => keys.has(a.key)).map((a) => a.key);
  };

  const out: ArticleTimeExpression[] = [];
  const title = article.title?.trim().toLowerCase() ?? '';
  const isHeadline = (g: Sentence) => title.length > 0 && g.end - g.start === title.length && text.slice(g.start, g.end).toLowerCase() === title;
  const resolveOne = (p: Pending, ref: Ymd | null, refIsGuess: boolean, kindRef: Ymd | null = ref): ArticleTimeExpression => {
    const { found: f, sentence } = p;
    // "since Jan. 1" looks back whatever the verb; "open until Friday" with no tense of its own looks ahead
    const lead = text.slice(Math.max(0, f.start - 12), f.start);
    let tense = /\b(?:since|ever since)\s+$/i.test(lead) ? 'past' : tenseAt(text, sentence.start, sentence.end, f.start, f.end, isHeadline(p.group));
    if (tense === 'present' && /\b(?:until|till)\s+$/i.test(lead)) tense = 'future';
    const r = resolveTime(f, ref, tense);
    let kind: TimeKind = 'event';
    if (r.date === null || f.fuzzy || (r.relative && refIsGuess)) kind = 'approximate';
    // a plan: after the reference, or later the same day ("as early as today"); "this year" in a future clause is still this year
    else if (kindRef && (isAfter(r.date, kindRef) || (tense === 'future' && r.date.length === 10 && isSame(r.date, kindRef)))) kind = 'plan';
    const ev = eventSpan(text, sentence, f, bySentence.get(p.group)!);
    const actorKeys = actorsIn(ev.start, ev.end);
    return {
      text: f.text,
      start: f.start,
      end: f.end,
      date: r.date,
      kind,
      event: text.slice(ev.start, ev.end),
      eventStart: ev.start,
      eventEnd: ev.end,
      inQuote: p.quote !== null,
      actorKeys,
    };
  };

  // Pass 1: the article's own narration, against the publication date.
  const guessed = article.publishedInferred;
  const byStart = new Map<number, ArticleTimeExpression>();
  // "The next day", "two days later": against the day the narration last named (within a few paragraphs).
  let lastDay: { date: Ymd; paragraph: number; approximate: boolean } | null = null;
  // "A year later", "the previous month": against the year (month) the narration last named in this paragraph or the
  // one before, else backwards from the publication date ("profit rose from a year earlier").
  let lastDate: { date: Ymd; precision: number; paragraph: number } | null = null;
  for (const p of pending) {
    if (p.quote) continue;
    let t: ArticleTimeExpression;
    if (p.found.type === 'anaphoric') {
      const anchor = lastDay && p.group.paragraph - lastDay.paragraph <= 3 ? lastDay : null;
      t = resolveOne(p, anchor?.date ?? null, anchor ? anchor.approximate : false, published);
    } else if (p.found.type === 'relperiod') {
      const near = lastDate && p.group.paragraph - lastDate.paragraph <= 1 && (p.found.unit === 'year' || lastDate.precision >= 7) ? lastDate : null;
      const anchor = near ? near.date : p.found.offset < 0 ? published : null;
      t = resolveOne(p, anchor, anchor === published && guessed, published);
    } else t = resolveOne(p, published, guessed);
    byStart.set(p.found.start, t);
    const day = t.date && t.date.length === 10 ? parseYmd(t.date) : null;
    if (day) lastDay = { date: day, paragraph: p.group.paragraph, approximate: t.kind === 'approximate' };
    // "since 1995" opens a span that runs to now: not a year the narration moves on from
    if (t.date && !/\bsince\s+$/i.test(text.slice(Math.max(0, p.found.start - 6), p.found.start))) {
      lastDate = { date: { y: +t.date.slice(0, 4), m: t.date.length >= 7 ? +t.date.slice(5, 7) : 1, d: 1 }, precision: t.date.length, paragraph: p.group.paragraph };
    }
  }

  // When were the quotes spoken? From dated speech sentences of the narration.
  const dated: DatedMention[] = [];
  for (const t of byStart.values()) if (t.date && t.date.length === 10 && t.kind !== 'plan' && t.kind !== 'approximate') dated.push({ start: t.start, date: t.date });
  fillSpokenOn(text, quotes, actors, sentences, dated);

  // Pass 2: expressions inside quotes, against when the words were spoken (else the publication date).
  for (const p of pending) {
    if (!p.quote) continue;
    const spoken = parseYmd(p.quote.spokenOn);
    if (p.found.type === 'anaphoric' || (p.found.type === 'relperiod' && p.found.offset > 0)) byStart.set(p.found.start, resolveOne(p, null, false)); // "the next day" in a quote: unknown anchor
    else byStart.set(p.found.start, spoken ? resolveOne(p, spoken, false) : resolveOne(p, published, guessed));
  }
  orderSpans(text, pending, byStart, published);
  for (const p of pending) out.push(byStart.get(p.found.start)!);
  return out;
}

const SPAN_JOIN = /^,?\s*(?:to|through|until|till|and|-|–)\s*$/i;
const SPAN_OPEN = /\b(?:from|between)\s+$/i;
const yearless = (f: FoundTime) => (f.type === 'day' || f.type === 'month') && f.y === null && f.yOffset === undefined;

/**
 * "From June to September", "between Dec. 15 and Jan. 10", "from December to March 1998": the end of a span comes
 * after its start, so a year-less end takes the first year that puts it there, and a year-less start the last year
 * before a stated end.
 */
function orderSpans(text: string, pending: Pending[], byStart: Map<number, ArticleTimeExpression>, published: Ymd | null): void {
  for (let i = 0; i + 1 < pending.length; i++) {
    const a = pending[i]!.found;
    const b = pending[i + 1]!.found;
    if (pending[i]!.group !== pending[i + 1]!.group || a.type !== b.type || (a.type !== 'day' && a.type !== 'month')) continue;
    if (!SPAN_JOIN.test(text.slice(a.end, b.start)) || !SPAN_OPEN.test(text.slice(Math.max(0, a.start - 9), a.start))) continue;
    const ta = byStart.get(a.start)!;
    const tb = byStart.get(b.start)!;
    if (!ta.date || !tb.date || ta.date.length !== tb.date.length) continue;
    // the side without a year moves: a stated year anchors the span, else the start does
    const moveEnd = yearless(b) && (!yearless(a) || ta.date > tb.date);
    const moveStart = !moveEnd && yearless(a) && !yearless(b);
    if (!moveEnd && !moveStart) continue;
    const moved = moveEnd ? withYear(tb.date, +ta.date.slice(0, 4), 1, ta.date) : withYear(ta.date, +tb.date.slice(0, 4), -1, tb.date);
    const t = moveEnd ? tb : ta;
    if (!moved || moved === t.date) continue;
    t.date = moved;
    if (t.kind !== 'approximate' && published) t.kind = isAfter(moved, published) ? 'plan' : 'event';
  }
}

/** `date` moved to `year`, or to the year after (step 1) / before (step -1) when that keeps it on the right side of `other`. */
function withYear(date: string, year: number, step: 1 | -1, other: string): string | null {
  for (const y of [year, year + step]) {
    const d = `${y}${date.slice(4)}`;
    if (date.length === 10 && !validDay(y, +date.slice(5, 7), +date.slice(8, 10))) continue;
    if (step === 1 ? d >= other : d <= other) return d;
  }
  return null;
}

/**
 * The words the date belongs to: its clause, cut at the commas that separate it from other
 * time expressions of the sentence, or the noun phrase a year modifies ("the 2008 Mumbai attacks").
 */
function eventSpan(text: string, sentence: Sentence, f: FoundTime, sameSentence: Pending[]): { start: number; end: number } {
  let { start, end } = clauseOf(text, sentence, f.start, f.end);
  // An embedded post signed "— ANI (@ANI) April 29, 2025": the event is the post, not its signature.
  const sig = /(?:\s*pic\.twitter\.com\/\S*?)?\s*[—–-]\s*[^—–\n]{0,60}\(@\w{1,30}\)\s*$/.exec(text.slice(Math.max(start, f.start - 120), f.start));
  if (sig) {
    const cut = f.start - sig[0].length;
    if (cut > start) return { start, end: cut };
  }
  if (f.type === 'year' && /\bthe\s+$/i.test(text.slice(Math.max(start, f.start - 4), f.start))) {
    const np = /^(?:[\s-]+[A-Z][\p{L}'’.-]*){0,4}(?:\s+[a-z][\p{L}-]*){0,2}?\s+(?:attacks?|strikes?|elections?|war|crisis|bombings?|massacre|riots?|floods?|earthquake|tsunami|crash|summit|olympics|games|season|model|version|agreement|accord|deal|treaty|law|act|budget|census|protests?|uprising|revolution|coup|merger|acquisition|launch|release|championship|cup|final)\b/u.exec(text.slice(f.end, end));
    if (np) return { start: f.start - (/the\s+$/i.exec(text.slice(f.start - 6, f.start))?.[0].length ?? 0), end: f.end + np[0].length };
  }
  // the expressions of the sentence are in text order: the nearest one on each side sets the cut
  let lo = 0;
  let hi = sameSentence.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sameSentence[mid]!.found.start < f.start) lo = mid + 1;
    else hi = mid;
  }
  const others: Pending[] = [];
  const prev = sameSentence[lo - 1];
  const next = sameSentence[lo + 1];
  if (prev && prev.found.start >= start) others.push(prev);
  if (next && next.found.end <= end) others.push(next);
  for (const o of others) {
    if (o.found.end <= f.start) {
      const cut = text.slice(o.found.end, f.start).lastIndexOf(', ');
      if (cut >= 0 && o.found.end + cut + 2 > start) start = o.found.end + cut + 2;
    } else if (o.found.start >= f.end) {
      const between = text.slice(f.end, o.found.start);
      const cut = between.lastIndexOf(', ');
      if (cut >= 0 && f.end + cut < end) end = f.end + cut;
    }
  }
  // Markdown line markers are not part of the event ("## On April 22 …", "- On Monday …", "> …")
  const marker = /^(?:[#>*+\-]+\s+|\d{1,3}[.)]\s+|\*\*|__)+/.exec(text.slice(start, Math.min(end, start + 20)));
  if (marker && start + marker[0].length <= f.start) start += marker[0].length;
  return { start, end };
}
