/**
 * Who says a quote, from the words around it: `"…," X said`, `said X`, `X said, "…"`, `X told reporters`,
 * `according to X`, `X's comments that "…"`, `"…?" Y asked`, `In a post on X, J said, "…"`.
 * Works on tokens of the attribution clause only (the text between quotes), so it stays linear.
 */
import { isReportingNoun, isReportingNounLower, isReportingVerb, isReportingVerbLower } from './reporting-verbs.js';
import { cleanName, hasLetter, isCap, ORG_WORDS, PRONOUNS, TITLE_WORDS, runEndingAfter, runStartingBefore } from './names.js';
import { firstSentenceEnd, lastSentenceStart, tokensIn, type Paragraph, type Token } from './tokens.js';

export interface SpeakerMention {
  /** How the speaker is named: a proper name, a pronoun, or a common noun phrase ("the spokesperson"). */
  kind: 'name' | 'pronoun' | 'np';
  /** The words ("Tammy Bruce", "she", "the spokesperson"). */
  text: string;
  /** Offset of the mention in the article text. */
  at: number;
}

const PREPOSITIONS = new Set(
  `in on at with to for of from by about during after before via into over under through against amid among between
   across around near behind toward towards upon within without like unlike than as per including since until`.split(/\s+/),
);
const SKIP = new Set(
  `has have had was were is are be been would will could should can may might must shall did does do not never also further then later
   again previously repeatedly recently once reportedly earlier already often still just even first last later subsequently
   simply quickly bluntly flatly publicly privately separately jointly similarly directly yesterday today tonight`.split(/\s+/),
);
const DETERMINERS = new Set(
  `the a an his her their its our this these those one another some several many two three four both each every other
   any no whose`.split(/\s+/),
);
const WEEKDAY_OR_MONTH = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|sept|october|november|december|jan|feb|mar|apr|aug|sep|oct|nov|dec)\.?$/i;
const STOP = new Set(['that', 'which', 'whether', 'if', 'because', 'and', 'but', 'or', 'when', 'while', 'as', 'so', ';', ':', '(', ')', '—', '–']);

/** Past tenses not ending in -ed: verbs, not heads of the subject ("the Rev. Al Sharpton began taking calls"). */
const IRREGULAR_PAST = new Set(`began went came took made gave got held sent spent ran sat stood left brought bought thought felt kept found knew saw won lost met led paid put set hit cut let read`.split(/\s+/));

/** Plural nouns for the people of an organisation ("Officials at X"). */
const GROUP_NOUNS = new Set(`officials authorities investigators prosecutors aides staffers spokesmen spokespeople representatives executives leaders lawyers attorneys researchers analysts members sources diplomats advisers advisors employees workers`.split(/\s+/));

/** Documents that speak for whoever issued them ("The report, released by the GAO, said"). */
const DOCUMENTS = new Set(`report study memo letter statement complaint lawsuit ruling filing document analysis survey poll review audit assessment`.split(/\s+/));

/** Antecedents of a relative clause that name no one ("anybody who complains …"). */
const INDEFINITE = new Set(`anybody anyone someone somebody everyone everybody nobody none those whoever people many others all few some`.split(/\s+/));

/** "A series of", "a flurry of": the head of what follows, not a speaker. */
const QUANTITY = new Set(`series flurry string barrage volley stream torrent spate slew raft couple pair handful`.split(/\s+/));

/** Head nouns of phrases that cannot speak. */
const NOT_SPEAKERS = new Set(`choice contrast way time day week year part number lot kind sort thing things reason fact idea case point screen display
  feature features application applications version product products site sites page deal plan plans bill law rule rules move decision`.split(/\s+/));

/** Verbs whose object is the listener, not the speaker ("told The Huffington Post"). */
const isListenerVerb = (w: string) => /^(tell|tells|told|telling|inform|informs|informed|ask|asks|asked|asking|assure|assured|assures|remind|reminded|reminds|urge|urged|urges|warn|warned|warns|brief|briefed|advise|advised|encourage|encouraged|encourages|invite|invited|invites|beg|begged|implore|implored|challenge|challenged|press|pressed|call|called|calling)$/.test(w);

const isWordToken = (t: Token | undefined) => t !== undefined && hasLetter(t.text);
const lower = (t: Token | undefined) => (t ? t.low : '');

const STATE_ABBREVIATION = /^(Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\.?$/;

function nameMention(tokens: Token[], i: number, j: number): SpeakerMention | null {
  const words = tokens.slice(i, j + 1).map((t) => t.text);
  if (words.every((w) => WEEKDAY_OR_MONTH.test(w))) return null;
  const name = cleanName(words);
  if (!name || WEEKDAY_OR_MONTH.test(name)) return null;
  // party and state tags ("R-Wis.", "D-Md.", "Va.") name no one
  if (/^[RDI]-[\p{L}. ]+$/u.test(name) || STATE_ABBREVIATION.test(name)) return null;
  // an all-capitals headline run ("CONGRESS HAS INVESTIGATED HIM") is not a name
  if (words.length > 1 && words.every((w) => w === w.toUpperCase()) && words.some((w) => SKIP.has(w.toLowerCase()) || PRONOUNS.has(w.toLowerCase()) || /^(him|her|them|us|me|the|a|of|to|in|on|for|and|is|are)$/i.test(w) || isReportingVerb(w))) return null;
  const first = name.split(' ')[0]!;
  const k = words.lastIndexOf(first);
  return { kind: 'name', text: name, at: tokens[i + Math.max(0, k)]!.start };
}

/** A common noun phrase ending at token j ("the spokesperson", "a senior official", "officials"); its first index or -1. */
function npStart(tokens: Token[], j: number): number {
  for (let k = j; k >= 0 && k >= j - 5; k--) {
    const w = lower(tokens[k]);
    if (DETERMINERS.has(w)) return k < j ? k : -1;
    if (!isWordToken(tokens[k]) || PREPOSITIONS.has(w) || SKIP.has(w) || STOP.has(w) || PRONOUNS.has(w)) break;
  }
  return /s$/.test(lower(tokens[j])) && !/ss$/.test(lower(tokens[j])) ? j : -1;
}

/**
 * The subject of the reporting verb at tokens[v], scanning backwards over adverbs, auxiliaries,
 * prepositional phrases ("at a press briefing on Tuesday") and parentheticals (", in a statement,").
 */
export function subjectBefore(tokens: Token[], v: number): SpeakerMention | null {
  let j = v - 1;
  let relative = false;
  let fallback: SpeakerMention | null = null;
  let issuer: SpeakerMention | null = null;
  for (let steps = 0; j >= 0 && steps < 24; steps++) {
    const t = tokens[j]!;
    const w = t.text.toLowerCase();
    if (SKIP.has(w) || (/ly$/.test(w) && !isCap(t.text) && w.length > 4)) {
      j--;
      continue;
    }
    if (w === 'who' || w === 'whom') {
      relative = true;
      j--;
      if (tokens[j]?.text === ',') j--;
      // "anybody who complains", "those who say": no one in particular
      if (INDEFINITE.has(lower(tokens[j]))) return null;
      continue;
    }
    if (PRONOUNS.has(w)) return { kind: 'pronoun', text: t.text, at: t.start };
    if (t.text === ',' || t.text === ')' || t.text === '—') {
      // parenthetical or appositive: ", a spokesman for X," / "(D-Mo.)" / "— who …—"
      const closer = t.text;
      const opener = closer === ')' ? '(' : closer;
      let k = j - 1;
      while (k >= 0 && k >= j - 24 && tokens[k]!.text !== opener) k--;
      if (k < 0 || tokens[k]!.text !== opener) {
        if (closer === ',' && fallback === null) {
          // "Smith, 45, said" or an introductory phrase: try the words right before the comma
          j--;
          continue;
        }
        return fallback;
      }
      const inner = tokens.slice(k + 1, j);
      // ", released by the Government Accountability Office,": who issued the document named before it
      if (closer === ',' && inner.length >= 3 && /(ed|en)$/.test(inner[0]!.low) && inner[1]!.low === 'by') {
        const a = inner[2]!.low === 'the' ? 3 : 2;
        const e = runEndingAfter(inner, a);
        if (e === inner.length - 1) issuer = nameMention(inner, a, e);
      }
      const e = runEndingAfter(tokens, k + 1);
      if (closer === ',' && inner.length > 0 && e === j - 1 && !PREPOSITIONS.has(lower(tokens[k + 1]))) {
        const m = nameMention(tokens, k + 1, j - 1);
        if (m) return m; // "A spokesman, Bob Jones, said"
      }
      // "Scott's niece, state Del. Marcia Price (D-Newport News), shouted": the appositive ends with a titled name
      let last = j - 1;
      if (tokens[last]?.text === ')') {
        while (last > k && tokens[last]!.text !== '(') last--;
        last--;
      }
      if (closer === ',' && last > k && isCap(tokens[last]!.text)) {
        const r = runStartingBefore(tokens, last);
        const words = tokens.slice(r, last + 1).map((x) => x.text.toLowerCase().replace(/\.$/, ''));
        const titled = words.some((x) => TITLE_WORDS.has(x)) || TITLE_WORDS.has(lower(tokens[r - 1]));
        const m = r > k && titled && !words.some((x) => ORG_WORDS.has(x)) ? nameMention(tokens, r, last) : null;
        if (m) return m;
      }
      // a comma may close another parenthetical before this one: ", the attorney general, one of the states suing, said"
      j = closer === ',' ? k : k - 1;
      continue;
    }
    // "Scott beamed and asked …": a verb coordinated with an earlier one shares its subject
    if (w === 'and' && !relative && j === v - 1 && j >= 2 && /ed$/.test(lower(tokens[j - 1])) && !isCap(tokens[j - 1]!.text) && !isReportingVerb(tokens[j - 1]!.text)) {
      j -= 2;
      continue;
    }
    if (STOP.has(w) && !relative) return fallback;
    // "Trump's campaign manager said": someone of Trump's, not Trump
    if (!relative && /['’]s$/.test(t.text) && isCap(t.text) && j < v - 1 && tokens.slice(j + 1, v).every((x) => isWordToken(x) && !isCap(x.text) && !PREPOSITIONS.has(x.low))) {
      const i = runStartingBefore(tokens, j);
      return { kind: 'np', text: tokens.slice(i, v).filter((x) => !SKIP.has(x.low)).map((x) => x.text).join(' '), at: tokens[i]!.start };
    }
    if (isCap(t.text) && hasLetter(t.text)) {
      const i = runStartingBefore(tokens, j);
      const m = nameMention(tokens, i, j);
      const prev = lower(tokens[i - 1]);
      const orgAntecedent = relative && m !== null && ORG_WORDS.has(m.text.split(' ').at(-1)!.toLowerCase());
      // "Officials at Homeland Security Investigations said": the officials of the organisation named after them
      if (m && fallback && i === j && GROUP_NOUNS.has(lower(t)) && /^(at|of|for|from|with|in)$/.test(lower(tokens[j + 1]))) {
        const a = lower(tokens[j + 2]) === 'the' ? j + 3 : j + 2;
        const e = runEndingAfter(tokens, a);
        if (e >= a) return { kind: 'np', text: tokens.slice(j, e + 1).map((x) => x.text).join(' '), at: t.start };
      }
      if (m && !orgAntecedent && (relative || !PREPOSITIONS.has(prev) || (j === v - 1 && /ing$/.test(lower(tokens[v]))))) return m;
      if (m && fallback === null) fallback = m;
      j = i - 1;
      if (PREPOSITIONS.has(prev)) j--;
      continue;
    }
    if (isWordToken(t) && ((/(ed|ing)$/.test(w) && w.length > 4) || IRREGULAR_PAST.has(w))) {
      // a verb or participle ("the Security Council issued …"), not the head of the subject
      j--;
      continue;
    }
    if (isWordToken(t)) {
      const k = npStart(tokens, j);
      if (k >= 0) {
        const prev = lower(tokens[k - 1]);
        const text = tokens.slice(k, j + 1).map((x) => x.text).join(' ');
        // "unleashed a series of tweets saying": the words are the issuer's, further back
        if (QUANTITY.has(lower(tokens[j])) && lower(tokens[j + 1]) === 'of') {
          j = k - 1;
          continue;
        }
        // "a statement saying", "his choice of Boeing by saying": things, not speakers
        if (NOT_SPEAKERS.has(lower(tokens[j]))) return fallback;
        if (isReportingNoun(lower(tokens[j]))) {
          // "a Homeland Security memo": the organisation named in it; "politicians released a joint statement saying": who issued it
          for (let x = j - 1; x > k; x--) {
            if (!isCap(tokens[x]!.text)) continue;
            const m = nameMention(tokens, Math.max(k + 1, runStartingBefore(tokens, x)), x);
            if (m) return m;
            break;
          }
          j = k - 1;
          continue;
        }
        if (relative && prev === ',' && k >= 2 && isCap(tokens[k - 2]!.text)) {
          const m = nameMention(tokens, runStartingBefore(tokens, k - 2), k - 2);
          if (m) return m;
        }
        if (issuer && DOCUMENTS.has(lower(tokens[j]))) return issuer;
        if (relative || !PREPOSITIONS.has(prev)) return { kind: 'np', text, at: tokens[k]!.start };
        j = k - 2;
        continue;
      }
      if (PREPOSITIONS.has(w)) {
        j--;
        continue;
      }
      // an unknown lowercase word (an adjective, a verb): keep looking a little further
      j--;
      continue;
    }
    j--;
  }
  return fallback;
}

/**
 * `said Speaker Mike Johnson's spokesman, Raj Shah` (the name after the possessive's noun) or `said Johnson's
 * spokesman` (the noun phrase): someone of the named person's, not the person. Null when the name [i, e] is no possessive.
 */
function possessiveSource(tokens: Token[], i: number, e: number): SpeakerMention | null {
  if (!/['’]s$/.test(tokens[e]!.text)) return null;
  let k = e + 1;
  // the noun phrase after the possessive ("spokesman", "chief of staff")
  while (k < tokens.length && k <= e + 4 && isWordToken(tokens[k]) && !isCap(tokens[k]!.text) && !isReportingVerb(tokens[k]!.text) && (!PREPOSITIONS.has(lower(tokens[k])) || (lower(tokens[k]) === 'of' && k > e + 1 && isWordToken(tokens[k + 1]) && !isCap(tokens[k + 1]!.text)))) k++;
  if (k === e + 1) return null;
  if (tokens[k]?.text === ',' && isCap(tokens[k + 1]?.text ?? '')) {
    const e2 = runEndingAfter(tokens, k + 1);
    const m = e2 >= 0 ? nameMention(tokens, k + 1, e2) : null;
    if (m) return m;
  }
  return { kind: 'np', text: tokens.slice(i, k).map((x) => x.text).join(' '), at: tokens[i]!.start };
}

/** The speaker named right after a verb: `said Caddell`, `said the spokesperson`, `said he`. */
function objectAfter(tokens: Token[], v: number): SpeakerMention | null {
  const t = tokens[v + 1];
  if (!t) return null;
  const w = t.text.toLowerCase();
  if (PRONOUNS.has(w) && w !== 'it') return { kind: 'pronoun', text: t.text, at: t.start };
  if (isCap(t.text)) {
    const e = runEndingAfter(tokens, v + 1);
    if (e >= 0) return possessiveSource(tokens, v + 1, e) ?? nameMention(tokens, v + 1, e);
  }
  if (!DETERMINERS.has(w) && !PREPOSITIONS.has(w) && !STOP.has(w) && !PRONOUNS.has(w) && !SKIP.has(w) && !isReportingVerb(w)) {
    for (let k = v + 2; k < tokens.length && k <= v + 4; k++) {
      const x = tokens[k]!;
      if (isCap(x.text) && hasLetter(x.text)) {
        const e = runEndingAfter(tokens, k);
        const m = e >= 0 ? nameMention(tokens, k, e) : null;
        if (m && tokens[e + 1]?.text !== undefined && !PREPOSITIONS.has(lower(tokens[k - 1]))) return m;
        if (m && tokens[e + 1] === undefined) return m;
        break;
      }
      const lx = lower(x);
      if (!isWordToken(x) && !/\d/.test(x.text)) break;
      if (PREPOSITIONS.has(lx) || STOP.has(lx) || DETERMINERS.has(lx) || isReportingVerb(lx)) break;
    }
  }
  if (DETERMINERS.has(w)) {
    // "said the State Department spokesperson Tammy Bruce" -> the name; "said the Rev. Al Sharpton" -> Al Sharpton
    for (let k = v + 2; k < tokens.length && k < v + 8; k++) {
      const x = tokens[k]!;
      if (isCap(x.text) && hasLetter(x.text)) {
        const e = runEndingAfter(tokens, k);
        const m = e >= 0 ? nameMention(tokens, k, e) : null;
        if (m) return m;
        break;
      }
      if (!isWordToken(x) || PREPOSITIONS.has(lower(x)) || STOP.has(lower(x)) || isReportingVerb(x.text)) break;
    }
    let e = v + 1;
    while (e + 1 < tokens.length && e < v + 8 && isWordToken(tokens[e + 1]) && !PREPOSITIONS.has(lower(tokens[e + 1])) && !STOP.has(lower(tokens[e + 1])) && !isReportingVerb(tokens[e + 1]!.text)) e++;
    // "said the State Department spokesperson Tammy Bruce" -> the name at the end
    const last = tokens[e]!;
    if (isCap(last.text)) {
      const i = runStartingBefore(tokens, e);
      const m = nameMention(tokens, Math.max(i, v + 2), e);
      if (m) return m;
    }
    // "according to a complaint filed by the Securities and Exchange Commission": who filed it
    const p = lower(tokens[e + 1]);
    if ((p === 'by' || p === 'from') && /^(according|to)$/.test(lower(tokens[v]))) {
      const by = objectAfter(tokens, e + 1);
      if (by && by.kind === 'name') return by;
    }
    return { kind: 'np', text: tokens.slice(v + 1, e + 1).map((x) => x.text).join(' '), at: t.start };
  }
  return null;
}

/** `according to X` anywhere in the tokens. */
function accordingTo(tokens: Token[]): SpeakerMention | null {
  for (let i = tokens.length - 2; i >= 0; i--) {
    if (lower(tokens[i]) === 'according' && lower(tokens[i + 1]) === 'to') {
      const m = objectAfter(tokens, i + 1);
      if (m) return m;
    }
  }
  return null;
}

/** `X's comments`, `X’s statement`, `a statement by X`, `remarks from X`. */
function nounSource(tokens: Token[], n: number): SpeakerMention | null {
  for (let k = n - 1; k >= 0 && k >= n - 3; k--) {
    const w = tokens[k]!.text;
    if (/['’]s$/.test(w) && isCap(w)) {
      const i = runStartingBefore(tokens, k);
      return nameMention(tokens, i, k);
    }
    if (isCap(w) || !isWordToken(tokens[k])) break;
  }
  const p = lower(tokens[n + 1]);
  if (p === 'by' || p === 'from' || p === 'of') return objectAfter(tokens, n + 1);
  return null;
}

const isVerbAt = (tokens: Token[], i: number) => {
  const t = tokens[i]!;
  const w = t.low;
  if ((w === 'put' || w === 'puts') && lower(tokens[i + 1]) === 'it') return true; // "as a memo put it"
  if (!isReportingVerbLower(w)) return false;
  // "The bias begins to show": begin reports words only as in "…," he began / He began: "…"
  if (/^beg[iau]n/.test(w) && i + 1 < tokens.length && !/^[,:—;]$/.test(tokens[i + 1]!.text)) return false;
  if (isCap(t.text) && i > 0) return false; // "United States", "Press", names
  // naming, not reporting: "a new screen, called a "retina display"", "is called", "were labeled"
  if (/^(called|labeled|labelled|named|termed|known)$/.test(w) && (i === 0 || /^(,|is|are|was|were|be|been|being|so)$/.test(tokens[i - 1]!.low))) return false;
  // "the said", "a statement", "Obama's remarks" — a verb form right after a determiner or possessive is a noun
  const prev = tokens[i - 1];
  return prev === undefined || (!DETERMINERS.has(prev.low) && !/['’]s$/.test(prev.text));
};

export interface Attribution {
  speaker: SpeakerMention;
  /** Offset of the reporting word (verb or noun), for ordering. */
  at: number;
}

/**
 * Attribution in the clause text[lo, hi) that follows a quote: `, Bruce said`, `said Caddell`,
 * `Bruce said when asked…`, `, according to X`. Only the first clause (up to ~12 words) counts.
 */
export function attributionAfter(text: string, lo: number, hi: number, para?: Paragraph): Attribution | null {
  const tokens = tokensIn(text, lo, Math.min(hi, lo + 400), para);
  // "…” ― Sonya Herridge": a dash and a name
  if (tokens[0]?.text === '—' && tokens[1] && isCap(tokens[1].text)) {
    const e = runEndingAfter(tokens, 1);
    const m = e >= 0 ? nameMention(tokens, 1, e) : null;
    if (m) return { speaker: m, at: tokens[0].start };
  }
  let i = 0;
  while (i < tokens.length && (tokens[i]!.text === ',' || tokens[i]!.text === '—')) i++;
  // "…," as a Homeland Security memo put it: the source, in a clause of its own
  if (lower(tokens[i]) === 'as') {
    for (let v = i + 2; v < tokens.length && v <= i + 8; v++) {
      if (!isWordToken(tokens[v]) || PREPOSITIONS.has(lower(tokens[v]))) break;
      if (!isVerbAt(tokens, v) || isReportingNoun(tokens[v]!.text)) continue;
      const m = subjectBefore(tokens.slice(i + 1), v - i - 1);
      return m ? { speaker: m, at: tokens[v]!.start } : null;
    }
    return null;
  }
  // "…," when Clinton blasted him: a subordinate clause, not an attribution
  if (/^(when|while|after|before|because|as|if|since|though|although|which|whose|until|unless|whereas|and|but|or)$/i.test(tokens[i]?.text ?? '')) return null;
  const limit = Math.min(tokens.length, i + 30);
  for (let v = i; v < limit; v++) {
    const w = lower(tokens[v]);
    if (w === 'according' && lower(tokens[v + 1]) === 'to') {
      const m = objectAfter(tokens, v + 1);
      if (m) return { speaker: m, at: tokens[v]!.start };
    }
    if (!isVerbAt(tokens, v) && !(v === i && isReportingVerb(tokens[v]!.text))) {
      if (v > i && (w === ';' || w === ':')) break;
      continue;
    }
    if (v === i) {
      // "…," adding that …: a participle continues the sentence's own subject
      if (/ing$/.test(w)) break;
      const m = objectAfter(tokens, v);
      if (m) return { speaker: m, at: tokens[v]!.start };
      continue;
    }
    // the subject must be the words right after the quote: "…," Bruce said / "…," the spokesperson said
    const m = subjectBefore(tokens.slice(i), v - i);
    if (m) return { speaker: m, at: tokens[v]!.start };
    // the object of a verb further on is not the speaker ("… and encouraged Americans to …")
  }
  return null;
}

/**
 * Attribution in the sentence text[lo, hi) that leads up to a quote: `X said, "…"`, `X told reporters: "…"`,
 * `X's comments that "…"`, `according to X, "…"`. The reporting word nearest to the quote wins.
 */
export function attributionBefore(text: string, lo: number, hi: number, para?: Paragraph): Attribution | null {
  const from = Math.max(lo, hi - 600);
  const tokens = tokensIn(text, from, hi, para);
  // The main clause's reporting verb (the first one with a subject) names the source:
  // "Mr. Obama said, a majority of Americans have come to believe "…"", "X told a woman who suggested that "…"".
  // A relative clause holding the quote names its own source: "a minister, who accused the US of … "dirty work"".
  const n = tokens.length;
  const tailVerb = n >= 1 && /ing$/.test(lower(tokens[n - 1])) && isReportingVerb(tokens[n - 1]!.text) ? n - 1 : n >= 2 && tokens[n - 1]!.text === ',' && /ing$/.test(lower(tokens[n - 2])) && isReportingVerb(tokens[n - 2]!.text) ? n - 2 : -1;
  if (tailVerb > 0 && /^(,|by|while|when|after|before|in)$/i.test(tokens[tailVerb - 1]!.text)) {
    const s = sentenceSubject(text, from, hi, para);
    if (s) return { speaker: s, at: tokens[tailVerb]!.start };
  }
  // "When terrorists are revealed …, Obama and Clinton call them "…"": a leading subordinate clause is not the source
  if (from === lo && SUBORDINATOR.test(lower(tokens[0]))) {
    const c = tokens.findIndex((t) => t.text === ',' || t.text === '—');
    if (c > 0) return scanBefore(text, tokens, from, lo, hi, para, c + 1) ?? accordingToAttribution(tokens);
  }
  return scanBefore(text, tokens, from, lo, hi, para, 0) ?? accordingToAttribution(tokens);
}

const SUBORDINATOR = /^(when|whenever|if|while|although|though|because|since|once|unless|whereas|after|before|until)$/;

function accordingToAttribution(tokens: Token[]): Attribution | null {
  const a = accordingTo(tokens);
  return a ? { speaker: a, at: a.at } : null;
}

/** The reporting clauses of attributionBefore's tokens, from tokens[start] on. */
function scanBefore(text: string, tokens: Token[], from: number, lo: number, hi: number, para: Paragraph | undefined, start: number): Attribution | null {
  let first: Attribution | null = null;
  for (let v = start; v < tokens.length; v++) {
    const w = lower(tokens[v]);
    if (w === 'according' && lower(tokens[v + 1]) === 'to') {
      const m = objectAfter(tokens, v + 1);
      if (m && !first) first = { speaker: m, at: tokens[v]!.start };
      continue;
    }
    if (isVerbAt(tokens, v)) {
      const rel = /^(who|whom)$/.test(lower(tokens[v - 1])) || (/^(who|whom)$/.test(lower(tokens[v - 2])) && SKIP.has(lower(tokens[v - 1])));
      // the agent of a passive: "was praised by Jobs as "…""
      if (lower(tokens[v + 1]) === 'by' && /^(is|are|was|were|been|being|be)$/.test(lower(tokens[v - 1]))) {
        const agent = objectAfter(tokens, v + 1);
        if (agent && agent.kind !== 'np' && !first) {
          first = { speaker: agent, at: tokens[v]!.start };
          continue;
        }
      }
      const inverted = !/ing$/.test(w) && !isListenerVerb(w) ? objectAfter(tokens, v) : null;
      // "Trump attacked Clinton, calling her …": a participle after a comma has the sentence's subject
      const participle = v > 0 && from === lo && /ing$/.test(w) && tokens[v - 1]!.text === ',' ? sentenceSubject(text, from, hi, para) : null;
      const m = participle ?? subjectBefore(tokens, v) ?? (inverted && inverted.kind !== 'np' ? inverted : null);
      // a later clause with its own named source, holding the quote: "…, who accused …", "with spokesperson Tammy Bruce confirming that …"
      const named = m?.kind === 'name' && isCap(tokens[v - 1]?.text ?? '');
      if (m && first && (rel || named)) {
        let thats = 0;
        for (let k = v + 1; k < tokens.length; k++) if (lower(tokens[k]) === 'that') thats++;
        if (thats <= 1) return { speaker: m, at: tokens[v]!.start };
      }
      if (m && !first) first = { speaker: m, at: tokens[v]!.start };
      continue;
    }
    const nextWord = lower(tokens[v + 1]);
    if (isReportingNounLower(w) && !isCap(tokens[v]!.text) && (v === tokens.length - 1 || nextWord === 'that' || nextWord === ':' || nextWord === ',')) {
      // "President Obama is rolling out a new campaign message: "…"": the sentence's subject
      const m = nounSource(tokens, v) ?? (nextWord === ':' && v + 2 === tokens.length && from === lo ? sentenceSubject(text, from, hi, para) : null);
      if (m && !first) first = { speaker: m, at: tokens[v]!.start };
    }
  }
  return first;
}

/** The source named in a sentence that points back at the quote before it: `That was how Sanders described it`, `So said X`. */
export function pointingBack(text: string, lo: number, hi: number, para?: Paragraph): Attribution | null {
  const tokens = tokensIn(text, lo, Math.min(hi, lo + 300), para);
  for (let v = 1; v < tokens.length && v < 12; v++) {
    if (!isVerbAt(tokens, v)) continue;
    const m = v === 1 ? objectAfter(tokens, v) : subjectBefore(tokens, v);
    return m && m.kind === 'name' ? { speaker: m, at: tokens[v]!.start } : null;
  }
  return null;
}

/** The subject that opens a sentence (`Yang extended … and "stresses…"`): a name or pronoun as its first words. */
export function sentenceSubject(text: string, lo: number, hi: number, para?: Paragraph): SpeakerMention | null {
  const tokens = tokensIn(text, lo, Math.min(hi, lo + 300), para);
  while (tokens.length > 0 && !isWordToken(tokens[0])) tokens.shift();
  let i = 0;
  if (tokens[0] && (PREPOSITIONS.has(lower(tokens[0])) || SKIP.has(lower(tokens[0])) || SUBORDINATOR.test(lower(tokens[0])) || /^(meanwhile|however|earlier|later|also|still|but|and|yet|so)$/i.test(tokens[0].text))) {
    // an introductory phrase ends at its comma; a subordinate clause ("When terrorists are revealed as …,") may run longer
    const reach = SUBORDINATOR.test(lower(tokens[0])) || PREPOSITIONS.has(lower(tokens[0])) ? 30 : 10;
    const c = tokens.findIndex((x, k) => k < reach && x.text === ',');
    if (c > 0) i = c + 1;
    // "On July 6, 2015, Sanders made …": the year after the date
    if (c > 0 && /^\d+$/.test(tokens[i]?.text ?? '') && tokens[i + 1]?.text === ',') i += 2;
  }
  // "Another critic, Laurence H. Tribe, likened …": a noun phrase followed by the name in apposition
  if (tokens[i] && (DETERMINERS.has(lower(tokens[i])) || lower(tokens[i]) === 'another')) {
    for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
      if (tokens[k]!.text !== ',') continue;
      const e = runEndingAfter(tokens, k + 1);
      if (e > k && tokens[e + 1]?.text === ',') return nameMention(tokens, k + 1, e);
      break;
    }
  }
  const t = tokens[i];
  if (!t) return null;
  const w = t.text.toLowerCase();
  if (PRONOUNS.has(w) && w !== 'it') return { kind: 'pronoun', text: t.text, at: t.start };
  if (isCap(t.text)) {
    const e = runEndingAfter(tokens, i);
    if (e >= 0) {
      // "Ryanair CEO, Michael O'Leary, justified …": a title followed by the name in apposition
      if (tokens[e + 1]?.text === ',' && TITLE_WORDS.has(lower(tokens[e]).replace(/\.$/, ''))) {
        const e2 = runEndingAfter(tokens, e + 2);
        if (e2 > e + 1 && tokens[e2 + 1]?.text === ',') {
          const m2 = nameMention(tokens, e + 2, e2);
          if (m2) return m2;
        }
      }
      const m = nameMention(tokens, i, e);
      // a single capitalised word opening a sentence is a name only if it is not a common word ("Features", "Formerly")
      if (m && (e > i || i > 0 || !/^\p{Lu}\p{Ll}+(ly|s|ed|ing)$/u.test(m.text))) return m;
    }
  }
  return null;
}

/** The speaker of the main reporting clause of the sentence text[lo, hi) (its first reporting verb with a subject). */
function mainReportingSubject(text: string, lo: number, hi: number, para?: Paragraph): SpeakerMention | null {
  return mainReportingSubjectOf(tokensIn(text, lo, hi, para));
}

function mainReportingSubjectOf(tokens: Token[]): SpeakerMention | null {
  for (let v = 0; v < tokens.length; v++) {
    if (!isVerbAt(tokens, v)) continue;
    const m = subjectBefore(tokens, v);
    if (m) return m;
  }
  return null;
}

/** Reporting clauses outside quotes (`She stated that …`): the speaker of the last sentence of text[lo, hi) that has one. */
export function lastReportingSubject(text: string, lo: number, hi: number, para?: Paragraph): SpeakerMention | null {
  let found: SpeakerMention | null = null;
  for (let s = lo; s < hi; ) {
    const e = firstSentenceEnd(text, s, hi);
    found = mainReportingSubject(text, s, e, para) ?? found;
    s = e;
  }
  return found;
}

/** lastReportingSubject over a whole paragraph text[lo, hi) whose tokens are already known (`tokenize(text, lo, hi)`). */
export function lastReportingSubjectOf(text: string, tokens: Token[], lo: number, hi: number): SpeakerMention | null {
  let found: SpeakerMention | null = null;
  let t = 0;
  for (let s = lo; s < hi; ) {
    const e = firstSentenceEnd(text, s, hi);
    // tokens never straddle a sentence end, so the sentence's tokens are those starting before it
    let u = t;
    while (u < tokens.length && tokens[u]!.start < e) u++;
    if (u > t) found = mainReportingSubjectOf(tokens.slice(t, u)) ?? found;
    t = u;
    s = e;
  }
  return found;
}

/**
 * A reporting clause closing the sentence text[lo, hi) after a partial quote:
 * `X is "deeply concerned" by …, Spokesperson Sharon Birch said at a press briefing.`
 */
export function sentenceFinalAttribution(text: string, lo: number, hi: number, para?: Paragraph): Attribution | null {
  const tokens = tokensIn(text, lo, Math.min(hi, lo + 800), para);
  let c = -1;
  for (let k = tokens.length - 1; k >= 0; k--) if (tokens[k]!.text === ',') ((c = k), (k = -1));
  if (c < 0) return null;
  const rest = tokens.slice(c + 1);
  for (let v = 0; v < rest.length && v < 14; v++) {
    if (!isVerbAt(rest, v)) continue;
    const m = v === 0 ? objectAfter(rest, 0) : subjectBefore(rest, v);
    if (m) return { speaker: m, at: rest[v]!.start };
    break;
  }
  const a = accordingTo(rest);
  return a ? { speaker: a, at: a.at } : null;
}

/** The named person who opens the last sentence of text[lo, hi) (`Sen. Bernie Sanders … identified …. "…"`). */
export function previousSentenceSubject(text: string, lo: number, hi: number, para?: Paragraph): SpeakerMention | null {
  let end = hi;
  while (end > lo && /[\s"”’')\]]/.test(text[end - 1]!)) end--;
  if (end > lo && /[.!?]/.test(text[end - 1]!)) end--; // the end of that sentence itself
  const start = lastSentenceStart(text, lo, end);
  const m = sentenceSubject(text, start, hi, para);
  return m && m.kind === 'name' && m.text.includes(' ') ? m : null;
}
