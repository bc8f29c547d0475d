/**
 * Finding proper-name runs: maximal sequences of capitalised words (with connectors such as
 * "of" and "&"), with grammar-only capitals (sentence starts, headlines) filtered out.
 */
import { COMMON, HONORIFICS, MONTHS, NAME_CONNECTORS, NOT_ACTORS, ORG_HEADS, PLACE_HEADS, ROLE_HEADS, ROLE_MODIFIERS, SENTENCE_NOUNS, WEEKDAYS } from './lexicon.js';
import { gazetteerKind, isDemonym, isGivenName } from './gazetteer.js';
import { hasLower, startsLower, type Token } from './tokens.js';
import { collapseSpaces } from './text.js';

export interface Run {
  /** Token indexes [from, to) into the token list. */
  from: number;
  to: number;
}

const CONTRACTION = /['’](?:ve|ll|re|d|m|t)$/i;

/** Context of an article used to tell names from capitalised common words. */
export interface NameContext {
  tokens: Token[];
  /** Lowercased words seen in lowercase somewhere in the article. */
  lowerWords: Set<string>;
  /** Words seen capitalised somewhere other than a sentence start (lowercased). */
  midCaps: Set<string>;
  /** Token indexes that lie on a title-case line (a headline). */
  headline: Set<number>;
  /** How often each capitalised word occurs. */
  capCount: Map<string, number>;
  /** Words that open a sentence as its subject somewhere ("Harvard faces", "Sharif said", "Ryanair's"). */
  subjectStarts: Set<string>;
  /** Words that open a sentence or a quote followed by punctuation somewhere ("Nissan, Japan's …", 'the 787 "Dreamliner"'). */
  quotedStarts: Set<string>;
  text: string;
}

/** Words a title-case headline leaves in lowercase ("Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'into', 'vs']);

const headlineKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * `title`: the article's headline from its metadata; a body line that repeats it is a headline whatever its case
 * ("Hold Melania Trump to her husband's standards.").
 */
export function nameContext(tokens: Token[], text: string, title: string | null = null): NameContext {
  const titleKey = title ? headlineKey(title) : '';
  const lowerWords = new Set<string>();
  const midCaps = new Set<string>();
  const capCount = new Map<string, number>();
  for (const t of tokens) if (t.cap) capCount.set(t.text, (capCount.get(t.text) ?? 0) + 1);
  const headline = new Set<number>();
  let lineFrom = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || (i > lineFrom && tokens[i]!.lineStart)) {
      // words of two letters or more, not numbers: how many are capitalised, how many all capitals
      let words = 0;
      let caps = 0;
      let shouting = 0;
      for (let k = lineFrom; k < i; k++) {
        const t = tokens[k]!;
        if (!t.word || t.text.length < 2 || TITLE_SMALL_WORDS.has(t.lc)) continue;
        const c0 = t.text.charCodeAt(0);
        if (c0 >= 48 && c0 <= 57) continue;
        words++;
        if (t.cap) caps++;
        if (!hasLower(t.text)) shouting++;
      }
      const last = tokens[i - 1];
      const endsSentence = last && !last.word && /[.!?"”]/.test(last.text);
      // (compared only when the line is about as long as the title: most lines cost nothing)
      const lineLength = i > lineFrom ? tokens[i - 1]!.end - tokens[lineFrom]!.start : 0;
      const repeatsTitle = titleKey !== '' && Math.abs(lineLength - title!.length) <= 4 && headlineKey(text.slice(tokens[lineFrom]!.start, tokens[i - 1]!.end)) === titleKey;
      if (((words >= 3 || (words === 2 && i - lineFrom === 2)) && caps / words >= 0.8 && !endsSentence) || (words >= 6 && caps / words >= 0.9) || (words >= 2 && shouting / words >= 0.6) || repeatsTitle) for (let k = lineFrom; k < i; k++) headline.add(k);
      lineFrom = i;
    }
  }
  const subjectStarts = new Set<string>();
  const quotedStarts = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    if (startsLower(t.text)) lowerWords.add(t.lc);
    else if (t.cap && !t.sentStart && !headline.has(i)) midCaps.add(t.lc);
    else if (t.cap && t.sentStart && !headline.has(i)) {
      const after = tokens[i + 1];
      // ... or a name in apposition: "Veltrana, the Swedish carmaker, said", "Veltrana, Japan's third-largest carmaker,"
      const next2 = tokens[i + 2];
      const apposition = after?.text === ',' && !!next2 && next2.word && (/^(?:the|a|an)$/.test(next2.text) || (next2.poss && next2.cap));
      if (t.poss || apposition || (after && after.word && SUBJECT_VERBS.test(after.text))) subjectStarts.add(t.bare);
      // 'Nissan, Japan's third-largest carmaker, said', 'the 787 "Dreamliner"': a word set off by punctuation
      if (after && !after.word && !after.lineStart && after.text !== "/") quotedStarts.add(t.bare);
    }
  }
  return { tokens, lowerWords, midCaps, headline, capCount, subjectStarts, quotedStarts, text };
}

const LEGAL_ABBREV = /^(?:inc|corp|co|ltd|llc|plc|bhd)$/;

/** First words of named days: "Black Monday", "Super Tuesday", "Cyber Monday", "Good Friday", "Ash Wednesday". */
const DAY_NAMES = /^(?:black|super|cyber|good|holy|ash|easter|bloody|blue|giving|maundy|palm|shrove|fat|spy)$/;

/** "Air Force One", "Formula One": a number word ending a name. */
const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/;

const lower = (t: Token) => t.bare;

/** A word that can be part of a name: capitalised, no digits (model numbers are products), not "iPhone". */
function isNameWord(t: Token): boolean {
  if (!t.word || !t.cap || CONTRACTION.test(t.text)) return false;
  // "CAC-40", "Nasdaq-100": an index name written with its number
  if (/\d/.test(t.text)) return gazetteerKind(t.text) === 'other';
  if (/^\p{Ll}/u.test(t.text) && !gazetteerKind(t.text) && !/^\p{Ll}{2,3}-\p{Lu}/u.test(t.text)) return false;
  if (NOT_ACTORS.has(lower(t))) return false;
  // all-capitals common words in labels ("WATCH", "READ MORE")
  if (/^\p{Lu}{2,}$/u.test(t.text) && COMMON.has(lower(t)) && !gazetteerKind(t.text)) return false;
  return true;
}

const SUBJECT_VERBS =
  /^(?:said|says|told|tells|is|was|has|had|will|would|can|could|may|might|must|should|did|does|declined|added|announced|announces|reported|reports|faces|faced|wants|wanted|plans|planned|expects|expected|denies|denied|claims|claimed|confirmed|confirms|owns|owned|makes|made|sells|sold|buys|bought|agreed|agrees|warned|warns|urged|urges|called|calls|accused|accuses|launched|launches|won|wins|lost|loses|filed|files|rejected|rejects|acquired|acquires|posted|posts|reached|reaches|became|becomes|also|later|then|now|first|already|[a-z]+ed)$/;

/** "US", "LeT", "N.V.": acronyms and inner capitals, names even when they spell a common word. */
const isShortFormToken = (t: Token) => isShortFormWord(t.text);
function isShortFormWord(s: string): boolean {
  // ASCII: by hand; anything else: the regexes
  const c0 = s.charCodeAt(0);
  if (c0 >= 128 || Number.isNaN(c0)) return /^\p{Lu}[\p{Lu}.]+$/u.test(s) || /^\p{Lu}\p{Ll}*\p{Lu}/u.test(s);
  if (!(c0 >= 65 && c0 <= 90)) return false;
  // /^\p{Lu}[\p{Lu}.]+$/
  let allCaps = s.length > 1;
  for (let i = 1; i < s.length && allCaps; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return /^\p{Lu}[\p{Lu}.]+$/u.test(s) || /^\p{Lu}\p{Ll}*\p{Lu}/u.test(s);
    if (!((c >= 65 && c <= 90) || c === 46)) allCaps = false;
  }
  if (allCaps) return true;
  // /^\p{Lu}\p{Ll}*\p{Lu}/
  let i = 1;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) i++;
    else break;
  }
  const c = s.charCodeAt(i);
  if (c >= 128) return /^\p{Lu}\p{Ll}*\p{Lu}/u.test(s);
  return c >= 65 && c <= 90;
}

/** Capitalised only because it starts a sentence (or is a calendar or function word). */
export function isGrammarCapital(index: number, ctx: NameContext, runLength: number): boolean {
  const t = ctx.tokens[index]!;
  const w = lower(t);
  // "US", "LeT": acronyms and inner capitals are names even when they spell a common word
  if (!isShortFormToken(t) && (COMMON.has(w) || MONTHS.has(w) || WEEKDAYS.has(w))) return true;
  if (!t.sentStart) return false;
  if (gazetteerKind(t.text)) return false;
  if (SENTENCE_NOUNS.has(w) && !ctx.midCaps.has(w)) return true;
  // "Stock markets around the world fell" though the article names the "Shanghai Stock Exchange"
  if (SENTENCE_NOUNS.has(w) && runLength === 1 && ctx.tokens[index + 1]?.word && startsLower(ctx.tokens[index + 1]!.text)) return true;
  if (/^\p{Lu}[\p{Lu}\d&.-]+$/u.test(t.text)) return false; // acronym
  if (isDemonym(t.text)) return false;
  if (ctx.midCaps.has(w)) return false;
  if (ctx.lowerWords.has(w)) return true;
  if (/ly$/.test(w)) return true;
  // a lone unknown word that only ever opens sentences, and never as their subject ("Stock markets around the world
  // fell", under a title "Stock markets tumble"; but "Harvard faces backlash", "Sharif said"); written more than
  // once, a word set off by punctuation somewhere is a name ("Nissan, Japan's …", 'the 787 "Dreamliner"')
  if (runLength === 1 && !ctx.subjectStarts.has(w) && ((ctx.capCount.get(t.text) ?? 0) <= 1 || !ctx.quotedStarts.has(w)) && !isGivenName(t.text) && !/\p{Lu}.*\p{Lu}/u.test(t.text)) return true;
  // "Follow Pam Key": a sentence-opening word before a given name is not part of the name
  const next = ctx.tokens[index + 1];
  if (runLength > 1 && next && isGivenName(next.text) && !isGivenName(t.text) && !ROLE_HEADS.has(w) && !ROLE_MODIFIERS.has(w) && !HONORIFICS.has(w) && !t.poss) return true;
  if (runLength === 1) {
    // an imperative or verb opening a sentence: "Appreciate his ...", "Read the ..."
    const next = ctx.tokens[index + 1];
    if (next && next.word && /^(?:his|her|their|our|my|your|them|him|me|the|a|an|this|these|those)$/.test(next.text)) return true;
    if (/(?:ing|ed|ness|ment|tion|sion|ity|ies|al|ic|ive|ous|ful|able|ible|ant|ary)$/.test(w) && !isGivenName(t.text)) return true;
    if (/[^su]s$/.test(w) && ctx.lowerWords.has(w.slice(0, -1))) return true;
  }
  return false;
}

/** Capitalised runs of the article, before role splitting. */
export function findRuns(ctx: NameContext): Run[] {
  const { tokens } = ctx;
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (!tokens[i]!.poss && !tokens[i]!.attrib) {
      while (j < tokens.length) {
        const t = tokens[j]!;
        if (t.lineStart) break;
        if (isNameWord(t)) {
          j++;
          // "of Apple Inc. Steve Jobs": a legal suffix with its period ends the company's name (but "General Motors
          // Corp. Chief Executive Rick Wagoner" goes on into the role)
          if (t.poss || t.attrib) break;
          const n = tokens[j];
          if (t.abbrev && LEGAL_ABBREV.test(t.low) && !(n && (ROLE_HEADS.has(n.low) || ROLE_MODIFIERS.has(n.low) || HONORIFICS.has(n.low)))) break;
          continue;
        }
        // "Michael O' Leary", "Mark D' Souza": a name written with a space after its apostrophe
        if ((t.text === "'" || t.text === '’') && /^[A-Z]$/.test(tokens[j - 1]!.text) && tokens[j + 1] && isNameWord(tokens[j + 1]!) && !tokens[j + 1]!.lineStart && tokens[j + 1]!.start - t.end <= 1) {
          j += 2;
          continue;
        }
        // connectors: "of", "of the", "de la", "&" -- but not after a person's name ("Xi Jinping of China",
        // "Lamar Alexander of Tennessee"): "of" + a country, state or party after a word that is no head
        if (tokens[j]!.text === 'of') {
          const before = lower(tokens[j - 1]!);
          const afterIdx = tokens[j + 1]?.text === 'the' ? j + 2 : j + 1;
          const afterOf = tokens[afterIdx];
          const isHead = ORG_HEADS.has(before) || PLACE_HEADS.has(before) || ROLE_HEADS.has(before) || HONORIFICS.has(before) || ROLE_MODIFIERS.has(before);
          if (j - i >= 2 && isGivenName(tokens[i]!.text)) break;
          const afterTwo = tokens[afterIdx + 1];
          const placeAfter = afterOf && (gazetteerKind(afterOf.text) === 'place' || (afterTwo && gazetteerKind(`${afterOf.text} ${afterTwo.text}`) === 'place'));
          if (!isHead && afterOf && (placeAfter || /^(?:Republican|Democratic|Labour|Conservative)s?$/.test(afterOf.text))) break;
        }
        let k = j;
        while (k < tokens.length && k - j < 2 && !tokens[k]!.lineStart && ((tokens[k]!.word && NAME_CONNECTORS.has(tokens[k]!.text)) || tokens[k]!.text === '&' || (k > j && tokens[k]!.text === 'the' && tokens[j]!.text === 'of'))) k++;
        if (k > j && k < tokens.length && isNameWord(tokens[k]!) && !tokens[k]!.lineStart && !COMMON.has(lower(tokens[k]!)) && !tokens[k]!.abbrev) {
          j = k + 1;
          if (tokens[k]!.poss || tokens[k]!.attrib) break;
          continue;
        }
        break;
      }
    }
    const index = indexEnd(ctx, i, j);
    if (index) {
      // "The FTSE 100", "Paris CAC-40": what comes before the index is another name, or nothing
      if (index.start > i) runs.push({ from: i, to: index.start });
      runs.push({ from: index.start, to: index.end });
      i = index.end;
      continue;
    }
    // "Frankfurt DAX": the place and its index are two names
    const split = j - i >= 2 && gazetteerKind(tokens[i]!.text) === 'place' && gazetteerKind(collapseSpaces(ctx.text.slice(tokens[i + 1]!.start, tokens[j - 1]!.end))) === 'other';
    if (split) runs.push({ from: i, to: i + 1 });
    runs.push({ from: split ? i + 1 : i, to: j });
    i = j;
  }
  // "European Aeronautic Defence and Space Company": join "X and Y" when Y ends with an organisation head.
  const joined: Run[] = [];
  for (let r = 0; r < runs.length; r++) {
    const a = runs[r]!;
    const b = runs[r + 1];
    if (
      b &&
      b.from === a.to + 1 &&
      tokens[a.to]!.text === 'and' &&
      !tokens[a.to - 1]!.poss &&
      ORG_HEADS.has(lower(tokens[b.to - 1]!)) &&
      !ORG_HEADS.has(lower(tokens[a.to - 1]!)) &&
      b.to - b.from >= 2 &&
      !gazetteerKind(runText(tokens, a)) &&
      !tokens.slice(a.from, a.to).some((t) => isGivenName(t.text)) &&
      !tokens.slice(b.from, b.to).some((t) => isGivenName(t.text)) &&
      !tokens[b.from]!.lineStart &&
      // "Merrill Lynch and UBS AG": a company known by its initials starts a second name
      !/^\p{Lu}[\p{Lu}&.]+$/u.test(tokens[b.from]!.text)
    ) {
      joined.push({ from: a.from, to: b.to });
      r++;
    } else joined.push(a);
  }
  return joined;
}

/** Words that continue an index name after its number: "Nikkei 225 Stock Average", "S&P 500 Index". */
const INDEX_TAIL = /^(?:Index|Stock|Average|Composite|Industrials?)$/;

/**
 * "S&P 500", "FTSE 100", "Standard & Poor's 500", "S&P/ASX 200": a run that stops before a number or a
 * slash is extended over it when the longer form is an index the gazetteer knows.
 */
function indexEnd(ctx: NameContext, from: number, to: number): { start: number; end: number } | null {
  const { tokens, text } = ctx;
  const next = tokens[to];
  if (!next || next.lineStart || !(/^\d/.test(next.text) || next.text === '/')) return null;
  // the index may start inside the run ("The FTSE 100")
  for (let s = from; s < to; s++) {
    let best = to;
    for (let k = to; k < tokens.length && k < to + 3 && !tokens[k]!.lineStart; k++) {
      if (gazetteerKind(collapseSpaces(text.slice(tokens[s]!.start, tokens[k]!.end))) === 'other') best = k + 1;
    }
    if (best === to) continue;
    while (best < tokens.length && !tokens[best]!.lineStart && INDEX_TAIL.test(tokens[best]!.text)) best++;
    return { start: s, end: best };
  }
  return null;
}

export function runText(tokens: Token[], run: Run, text?: string): string {
  if (text !== undefined) return text.slice(tokens[run.from]!.start, tokens[run.to - 1]!.end);
  return tokens
    .slice(run.from, run.to)
    .map((t) => t.text)
    .join(' ');
}

/** Trim calendar words, function words and grammar capitals from the edges of a run. */
export function trimRun(run: Run, ctx: NameContext): Run | null {
  const { tokens } = ctx;
  let { from, to } = run;
  while (from < to) {
    const t = tokens[from]!;
    if (!t.word || NAME_CONNECTORS.has(t.text) || t.text === 'and' || t.text === '&') {
      from++;
      continue;
    }
    if (to - from > 2 && isDemonym(t.text) && isGivenName(tokens[from + 1]!.text) && !t.poss) {
      from++;
      continue;
    }
    if (isGrammarCapital(from, ctx, to - from)) {
      // A sentence-initial word is kept when the rest of the run is a name it belongs to
      // ("Northrop Grumman won"), dropped when it is a function word ("The United States").
      const w = lower(t);
      // "Prime Minister Shehbaz Sharif" opening a sentence: the role words stay for the role split
      if (to - from > 1 && (ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w) || HONORIFICS.has(w)) && !COMMON.has(w)) break;
      if (to - from > 1 && !t.poss && !COMMON.has(w) && !MONTHS.has(w) && !WEEKDAYS.has(w) && !SENTENCE_NOUNS.has(w) && !ctx.lowerWords.has(w)) break;
      from++;
      // after a dropped opener, the next word is not a sentence start any more
      continue;
    }
    break;
  }
  while (to > from) {
    const t = tokens[to - 1]!;
    const w = lower(t);
    if (!t.word || NAME_CONNECTORS.has(t.text) || t.text === 'and' || t.text === '&' || MONTHS.has(w) || WEEKDAYS.has(w) || (COMMON.has(w) && !t.abbrev && !isShortFormToken(t) && !(NUMBER_WORDS.test(w) && to - from > 1))) {
      to--;
      continue;
    }
    break;
  }
  // "Black Monday", "Super Tuesday", "Good Friday": a day's name, not a name with a date
  if (run.to - run.from === 2 && to - from === 1 && from === run.from && WEEKDAYS.has(lower(tokens[run.to - 1]!)) && DAY_NAMES.test(lower(tokens[from]!))) return null;
  // "Adam Air Flight 574", "Air France Flight 447": the airline is the name, the flight is an event
  if (to - from >= 2 && /^(?:Flight|Flights)$/.test(tokens[to - 1]!.text) && /^\d/.test(tokens[to]?.text ?? '')) to--;
  // calendar words inside ("Monday March") leave nothing useful
  if (from >= to) return null;
  return { from, to };
}
