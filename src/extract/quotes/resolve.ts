/**
 * From the words naming a speaker to the actor: surnames expanded to the full name seen earlier
 * (`Bruce` -> `Tammy Bruce`), pronouns to the most recent speaker or person (`she said`), role nouns
 * to the person holding the role (`the spokesperson said`), and names matched to the extracted actors.
 */
import type { ArticleActor } from '../../model.js';
import type { SpeakerMention } from './attribution.js';
import { cleanName, hasLetter, isCap, ORG_WORDS, runEndingAfter, TITLE_WORDS } from './names.js';
import { tokenize, type Token } from './tokens.js';
import { genderOfFirstName } from '../first-names.js';

/** A name seen in the article, with the words before it (its titles/roles). */
export interface NameSeen {
  name: string;
  words: string[];
  at: number;
  end: number;
  /** Lowercased title/role words written before the name ("us state department spokesperson"). */
  titles: string;
  person: boolean;
}

export interface ResolvedSpeaker {
  key: string | null;
  name: string;
  at: number;
  person: boolean;
}

/** Abbreviated titles, spelt out so that "the senator" finds "Sen. Bernie Sanders". */
const TITLE_ABBREVIATIONS: Record<string, string> = {
  sen: 'senator',
  rep: 'representative congressman congresswoman lawmaker',
  gov: 'governor',
  gen: 'general',
  lt: 'lieutenant',
  col: 'colonel',
  adm: 'admiral',
  pres: 'president',
  sec: 'secretary',
  atty: 'attorney',
  supt: 'superintendent',
  dr: 'doctor',
};

const lastWord = (s: string) => s.slice(s.lastIndexOf(' ') + 1).toLowerCase();

/** A name of the index; its titles are read only for role nouns ("the spokesperson said"), so they are computed on demand. */
class Name implements NameSeen {
  private titleText: string | null = null;
  constructor(
    readonly name: string,
    readonly words: string[],
    readonly at: number,
    readonly end: number,
    public person: boolean,
    private readonly tokens: Token[],
    private readonly first: number,
    private readonly titleCount: number,
  ) {}
  get titles(): string {
    return (this.titleText ??= titlesOf(this.tokens, this.first, this.titleCount));
  }
}

/** The lowercased title/role words written before a name: up to four tokens before the run, and the run's own title words. */
function titlesOf(tokens: Token[], i: number, k: number): string {
  const words: string[] = [];
  for (let x = Math.max(0, i - 4); x < i + k; x++) {
    const t = tokens[x]!;
    const l = t.low.charCodeAt(t.low.length - 1) === 46 ? t.low.slice(0, -1) : t.low;
    words.push(TITLE_ABBREVIATIONS[l] ?? t.text);
  }
  return words.join(' ').toLowerCase();
}

const DETERMINER = /^(the|a|an)$/i;
const DATE_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/;
const HONORIFIC = /^(mr|mrs|ms|miss|dr)\.?$/i;

/** A short paragraph of four or more words, nearly all capitalised, with no sentence end inside: a headline. */
function isHeadline(tokens: Token[]): boolean {
  if (tokens.length < 4 || tokens.length > 20) return false;
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.brk) return false;
    if (!hasLetter(t.text)) continue;
    words++;
    if (isCap(t.text)) caps++;
    else if (t.text.length > 3) return false;
  }
  return words >= 4 && caps >= words * 0.7;
}

/** Every capitalised run of the paragraphs, with its titles: the article's name index (one linear pass). */
export function indexNames(text: string, paragraphs: Array<[number, number]>, paragraphTokens?: Token[][]): NameSeen[] {
  const out: NameSeen[] = [];
  for (const [lo, hi] of paragraphs) {
    const tokens = tokenize(text, lo, hi);
    paragraphTokens?.push(tokens);
    // a headline ("Visa Program Up for Renewal Amid Fraud Concerns"): its capitalised runs are not people
    const headline = isHeadline(tokens);
    for (let i = 0; i < tokens.length; i++) {
      const e = runEndingAfter(tokens, i);
      if (e < 0) continue;
      if (e === i) continue; // single capitalised words: sentence starts, places; surnames are found through full names
      const words: string[] = [];
      for (let x = i; x <= e; x++) words.push(tokens[x]!.text);
      const name = cleanName(words);
      if (name) {
        const nameWords = name.split(' ');
        const k = words.length - nameWords.length;
        let person = k > 0 && HONORIFIC.test(words[k - 1]!);
        if (!person && nameWords.length >= 2 && nameWords.length <= 4 && !DETERMINER.test(tokens[i - 1]?.text ?? '')) {
          person = true;
          for (const w of nameWords) {
            const l = w.toLowerCase().replace(/\.$/, '');
            // not a person: organisation or title words, long lowercase words, dates ("Florida Friday"), capitals labels ("FULL TEXT")
            if (ORG_WORDS.has(l) || TITLE_WORDS.has(l) || (!isCap(w) && w.length > 4) || DATE_WORD.test(l) || (w.length > 3 && w === w.toUpperCase())) {
              person = false;
              break;
            }
          }
        }
        out.push(new Name(name, nameWords, tokens[i + k]!.start, tokens[e]!.end, person && !headline, tokens, i, k));
      }
      i = e;
    }
  }
  return out;
}

export class SpeakerResolver {
  private byLast = new Map<string, NameSeen[]>();
  private persons: NameSeen[];
  private actorByName = new Map<string, ArticleActor>();
  private actorsByLast = new Map<string, ArticleActor[]>();

  /** Gender votes per surname: > 0 he, < 0 she (from honorifics and the pronouns that follow a name). */
  private gender = new Map<string, number>();

  constructor(
    private readonly names: NameSeen[],
    private readonly actors: ArticleActor[],
    private readonly text = '',
    private readonly author: string | null = null,
  ) {
    // names the actor extraction knows to be places or organisations are not people
    const notPerson = new Set<string>();
    for (const a of actors) if (a.kind !== 'person') for (const x of [a.name, ...a.aliases]) notPerson.add(x.toLowerCase());
    for (const a of actors) if (a.kind === 'person') for (const x of [a.name, ...a.aliases]) notPerson.delete(x.toLowerCase());
    for (const n of names) if (notPerson.has(n.name.toLowerCase())) n.person = false;
    this.learnGender(text);
    for (const n of names) {
      if (n.words.length < 2) continue;
      const k = lastWord(n.name);
      const list = this.byLast.get(k) ?? [];
      list.push(n);
      this.byLast.set(k, list);
    }
    for (const a of actors) {
      for (const x of [a.name, ...a.aliases]) {
        const k = x.toLowerCase();
        if (!this.actorByName.has(k)) this.actorByName.set(k, a);
        const list = this.actorsByLast.get(lastWord(x)) ?? [];
        if (!list.includes(a)) list.push(a);
        this.actorsByLast.set(lastWord(x), list);
      }
    }
    this.persons = names.filter((n) => n.person || (n.words.length === 1 && this.byLast.get(lastWord(n.name))?.some((f) => f.person)));
  }

  /** The full name written for `name` nearest before `at` (a surname alone expands to the full name). */
  private expand(name: string, at: number): { name: string; person: boolean } {
    const words = name.split(' ');
    const full = this.byLast.get(lastWord(name));
    if (full && words.length === 1) {
      const before = full.filter((f) => f.at <= at);
      const best = before.at(-1) ?? full[0];
      if (best) return { name: best.name, person: best.person };
    }
    const seen = full?.find((f) => f.name === name);
    return { name, person: seen ? seen.person : words.length >= 2 && !words.some((w) => ORG_WORDS.has(w.toLowerCase())) };
  }

  private actorFor(name: string, at: number): ArticleActor | null {
    const n = name.toLowerCase();
    const exact = this.actorByName.get(n);
    if (exact) return exact;
    const last = lastWord(name);
    const words = n.split(' ');
    const candidates = (this.actorsByLast.get(last) ?? []).filter((a) => {
      const names = [a.name, ...a.aliases].map((x) => x.toLowerCase());
      return names.some((x) => lastWord(x) === last && words.every((w) => x.split(' ').includes(w)));
    });
    if (candidates.length === 0) return null;
    if (candidates.length === 1) return candidates[0]!;
    // nearest mention before the quote
    let best: ArticleActor | null = null;
    let bestAt = -1;
    for (const a of candidates) {
      for (const m of a.mentions) if (m.start <= at && m.start > bestAt) ((best = a), (bestAt = m.start));
    }
    return best ?? candidates.find((a) => a.kind === 'person') ?? candidates[0]!;
  }

  private finish(name: string, at: number, person: boolean): ResolvedSpeaker {
    const actor = this.actorFor(name, at);
    if (!actor) return { key: null, name, at, person };
    // the actor's name when it names the same one (contains the surname); otherwise the words as written
    const actorWords = actor.name.toLowerCase().split(/\s+/);
    const useActor = actorWords.includes(lastWord(name)) && actor.name.length <= 60 && cleanName(actor.name.split(/\s+/)) === actor.name;
    return { key: actor.key, name: useActor ? actor.name : name, at, person: person || actor.kind === 'person' };
  }

  /** Votes from "Mr./Ms. X" and from the first he/she after each mention of a full name. */
  private learnGender(text: string): void {
    const vote = (name: string, v: number) => {
      const k = lastWord(name);
      this.gender.set(k, (this.gender.get(k) ?? 0) + v);
      // and the full name's own: family members share a surname (Donald and Melania Trump, Keith and Rakeyia Scott)
      if (name.includes(' ')) {
        const f = '=' + name.toLowerCase();
        this.gender.set(f, (this.gender.get(f) ?? 0) + v);
      }
    };
    const hon = /\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z][\w'’-]+\s+)*?([A-Z][\w'’-]+)\b(?![\w'’-]*\s+[A-Z])/g;
    let m: RegExpExecArray | null;
    while ((m = hon.exec(text))) vote(m[2]!, m[1] === 'Mr' ? 3 : -3);
    for (let i = 0; i < this.names.length; i++) {
      const n = this.names[i]!;
      if (!n.person) continue;
      // only up to the next name: "Warren grilled CEO John Stumpf for his role" says nothing of Warren
      // the rest of the name's own sentence ("… for his role"), not the next one (which may be the quote being resolved)
      let until = n.end + 160;
      const stop = /[.!?]["”’)]*\s/.exec(text.slice(n.end, until));
      if (stop) {
        // "Warren questioned the bank chief. She was blunt.": a sentence opening with a pronoun continues the last one's subject
        const next = /^\s*(He|She)\b/.exec(text.slice(n.end + stop.index + stop[0].length - 1, n.end + stop.index + stop[0].length + 6));
        const prev = this.names[i - 1];
        const isSubject = !prev || !prev.person || !/^[^.!?]*$/.test(text.slice(prev.end, n.at));
        if (next && isSubject) vote(n.name, next[1] === 'He' ? 1 : -1);
        until = n.end + stop.index;
      }
      for (let j = i + 1; j < this.names.length && this.names[j]!.at < until; j++) if (this.names[j]!.person) until = this.names[j]!.at;
      const after = text.slice(n.end, until);
      // an object pronoun is someone else ("Sunak thanked her"): "her" counts only before a noun ("her husband")
      const p = /\b(he|his|himself|she|hers|herself|her(?=\s+(?!(?:for|to|with|at|on|in|of|from|by|about|and|or|but|that|as)\b)\p{Ll}))\b/iu.exec(after);
      if (p) vote(n.name, /^(he|his|himself)$/i.test(p[1]!) ? 1 : -1);
    }
  }

  /** 'he', 'she' or null (unknown) for a name: what the text says, else the given name's usual gender. */
  private genderOf(name: string): 'he' | 'she' | null {
    const words = name.split(' ');
    if (words.length >= 2) {
      // what the text says of this person, else their given name, before what it says of the family name
      const f = this.gender.get('=' + name.toLowerCase()) ?? 0;
      if (f !== 0) return f > 0 ? 'he' : 'she';
      const g = genderOfFirstName(words[0]!);
      if (g) return g;
    }
    const v = this.gender.get(lastWord(name)) ?? 0;
    return v !== 0 ? (v > 0 ? 'he' : 'she') : null;
  }

  private compatible(name: string, pronoun: string): boolean {
    const g = this.genderOf(name);
    return g === null || (pronoun !== 'he' && pronoun !== 'she') || g === pronoun;
  }

  /** The most recent person named before `at` that the pronoun can refer to. */
  private personBefore(at: number, pronoun = ''): NameSeen | null {
    let lo = 0;
    let hi = this.persons.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.persons[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    // the nearest person whose known gender matches, within a few sentences; else the nearest one that may match
    let maybe: NameSeen | null = null;
    for (let i = lo - 1; i >= 0 && i >= lo - 40; i--) {
      const n = this.persons[i]!;
      const full = this.expand(n.name, n.at).name;
      if (!this.compatible(full, pronoun)) continue;
      if (this.genderOf(full) !== null && (pronoun === 'he' || pronoun === 'she')) return maybe && maybe.at - n.at > 1500 ? maybe : n;
      maybe ??= n;
    }
    return maybe;
  }

  /**
   * The person holding the role named by a noun phrase ("the spokesperson", "the secretary"), or the organisation
   * it names by its head word ("the ministry": the Ministry of External Affairs), nearest before `at`.
   */
  private roleHolder(np: string, at: number): ResolvedSpeaker | null {
    const words = np.toLowerCase().split(' ');
    if (!/^(the|this|that)$/.test(words[0]!)) return null;
    const head = words.at(-1)!.replace(/['’]s$/, '');
    if (head.length < 3) return null;
    const re = new RegExp(`\\b${head.replace(/[^a-z-]/g, '')}\\b`);
    const lastBefore = (a: ArticleActor) => Math.max(-1, ...a.mentions.filter((m) => m.start <= at).map((m) => m.start));
    if (ORG_WORDS.has(head)) {
      const org = this.actors
        .filter((a) => a.kind !== 'person' && a.kind !== 'place' && [a.name, ...a.aliases].some((x) => re.test(x.toLowerCase())))
        .map((a) => ({ a, at: lastBefore(a) }))
        .sort((x, y) => y.at - x.at)[0];
      if (org && org.at >= 0) return { key: org.a.key, name: org.a.name, at, person: false };
    }
    const actor = this.actors
      .filter((a) => a.kind === 'person' && a.roles.some((r) => re.test(r.toLowerCase())))
      .map((a) => ({ a, at: lastBefore(a) }))
      .sort((x, y) => y.at - x.at)[0];
    if (actor && actor.at >= 0) return { key: actor.a.key, name: actor.a.name, at, person: true };
    for (let i = this.names.length - 1, seen = 0; i >= 0 && seen < 300; i--) {
      const n = this.names[i]!;
      if (n.at < at) seen++;
      if (n.at < at && n.person && re.test(n.titles)) return this.finish(n.name, at, true);
    }
    return null;
  }

  /**
   * Is `person` the subject of the sentence right before the quote at `at`, a sentence without quotes that opens with
   * the name, or with a noun phrase and the name in apposition? ("Her counterpart, Viktor Orlov, disagreed. “We remain
   * at the table,” he said.": Orlov, not the speaker before him.)
   */
  private introducedJustBefore(person: NameSeen, recent: ResolvedSpeaker | null, at: number): boolean {
    if (!recent || person.at <= recent.at || person.words.length < 2) return false;
    const t = this.text;
    // the person's sentence ends, and the quote starts, between the name and the pronoun
    if (!/^[^.!?"“”]*[.!?]\s+["“]/.test(t.slice(person.end, at))) return false;
    const before = t.slice(Math.max(0, person.at - 80), person.at);
    return /(?:^|[.!?]\s+|\n)(?:(?:His|Her|Their|The|A|An)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?,\s+)?$/u.test(before);
  }

  /** Is this word or name known as a name in the article (a full name seen, or an actor)? */
  isKnown(name: string): boolean {
    const n = name.toLowerCase();
    return name.includes(' ') || this.byLast.has(lastWord(name)) || this.actorByName.has(n) || this.actorsByLast.has(n);
  }

  /** Resolve one speaker mention; `recent` is the speaker of the previous quote/reporting clause. */
  resolve(m: SpeakerMention, recentSpeaker: ResolvedSpeaker | null | (() => ResolvedSpeaker | null)): ResolvedSpeaker {
    if (m.kind === 'name') {
      const e = this.expand(m.text, m.at);
      return this.finish(e.name, m.at, e.person);
    }
    if (m.kind === 'pronoun') {
      // only pronouns read the previous speaker (which may be worked out on demand)
      const recent = typeof recentSpeaker === 'function' ? recentSpeaker() : recentSpeaker;
      const p = m.text.toLowerCase();
      if (p === 'i' && this.author) return this.finish(this.author, m.at, true); // the writer of a first-person piece
      if (p === 'he' || p === 'she') {
        const person = this.personBefore(m.at, p);
        const recentFits = recent !== null && recent.person && this.compatible(recent.name, p);
        const personKnown = person !== null && this.genderOf(this.expand(person.name, person.at).name) === p;
        const recentKnown = recentFits && this.genderOf(recent.name) === p;
        const introduced = person !== null && !recentKnown && this.introducedJustBefore(person, recent, m.at);
        if (recentFits && !introduced && (!person || recentKnown || (!personKnown && recent.at >= person.at - 400))) return { ...recent, at: m.at };
        if (person) return this.finish(this.expand(person.name, m.at).name, m.at, true);
        if (recentFits) return { ...recent, at: m.at };
      }
      if ((p === 'they' || p === 'we' || p === 'it') && recent && !recent.person) return { ...recent, at: m.at };
      return { key: null, name: m.text, at: m.at, person: p === 'he' || p === 'she' };
    }
    const holder = this.roleHolder(m.text, m.at);
    if (holder) return holder;
    return { key: null, name: m.text, at: m.at, person: false };
  }
}
