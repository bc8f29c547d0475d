/**
 * Actor extraction: people, organisations and places named in one article, with their roles
 * and the other forms of their names. Pure; a few milliseconds per article.
 *
 * tokens.ts (words, sentence starts) -> names.ts (capitalised runs, grammar capitals dropped)
 * -> roles.ts (role split, roles before/after a name) -> aliases.ts (same actor within the article)
 * -> kind.ts (person / organization / place / other).
 */
import type { ActorKind, Article, ArticleActor } from '../../model.js';
import { clusterMentions, type Mention } from './aliases.js';
import { canonicalPlace, demonymCountry, gazetteerKind, isCountry, isCountryOrState, isDemonym } from './gazetteer.js';
import { classify, isAcronym, isShortForm, type KindEvidence } from './kind.js';
import { COMMON, CONCEPT_ADJECTIVES, HONORIFICS, MONTHS, ORG_HEADS, PLACE_HEADS, ROLE_HEADS, ROLE_MODIFIERS, ROLE_OF_OBJECTS, WEEKDAYS } from './lexicon.js';
import { findRuns, nameContext, trimRun, type Run } from './names.js';
import { isRoleHead, roleAfter, roleBefore, roleBeforeComma, splitRun } from './roles.js';
import { collapseSpaces, splitSpaces } from './text.js';
import { startsLower, tokenize, type Token } from './tokens.js';

export { canonicalRole, roleJurisdiction } from './roles.js';

const STRONG_PLACE_PREP = new Set(['in', 'near', 'across', 'throughout', 'outside', 'inside', 'at']);
const REPORTING = /^(?:said|says|say|told|added|stated|noted|explained|wrote|asked|announced|claimed|commented|argued|insisted|warned|stressed|emphasised|emphasized|replied|responded|tweeted|posted|according)$/;

/** Incidents named after their place: the Pulwama strike, the Lockerbie bombing, the Uvalde shooting. */
const INCIDENT = /^(?:attacks?|strikes?|bombings?|massacres?|shootings?|blasts?|explosions?|earthquakes?|floods?|riots?|uprising|crash|disaster|siege)$/;
const EVENT_HEADS = /^(?:conference|summit|show|festival|games|olympics|cup|championships?|week|day|year|eve|awards?|prize|medal|expo|fair|marathon|convention|depression|recession|crash)$/;
/** "Chapter 11", "Article 5", "Section 8", "Phase 2": a numbered part of a text or a process, not a name. */
const NUMBERED_PART = /^(?:flight|chapter|article|section|clause|paragraph|page|part|phase|stage|round|item|rule|title|tier|level|step|volume|schedule|exhibit|appendix|annex|amendment)$/;

/** Common nouns for a company or a body written right before its name ("newspaper Dagens Industri", "carmaker Saab"). */
const ORG_NOUN = /^(?:company|firm|carmaker|automaker|manufacturer|maker|bank|lender|insurer|retailer|airline|carrier|newspaper|daily|magazine|broadcaster|agency|conglomerate|subsidiary|supplier|chain|brand|exchange|regulator|watchdog|union|tabloid|network)$/;

/** "(NYSE: ", "(Nasdaq: ", "(LSE: ": the exchange before a ticker. */
const TICKER_HEAD = /\(\s*\p{Lu}[\p{L}.-]{1,14}\s?:\s*$/u;

const VERBISH = /^(?:said|says|say|has|have|had|is|was|were|are|will|would|could|should|can|may|might|must|and|or|but|to|on|in|at|for|with|from|by|as|of|also|did|does|do|urged|urges|said|told|announced|warned|wants|wanted|plans|planned|\p{Ll}+ed)$/u;

const lowTok = (t: Token) => t.low;

/** text.replace(/[^\p{L}]/gu, '').length < 2 */
function fewerThanTwoLetters(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return text.replace(/[^\p{L}]/gu, '').length < 2;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
  }
  return n < 2;
}

const PEOPLE_OF_ORIGIN = /^(?:\p{Lu}\p{Ll}+-)+(?:Americans?|Canadians?|Britons?|Australians?)$|^(?:Latinos?|Latinas?|Latinx|Hispanics)$/u;

function isJunkForm(tokens: Token[], run: Run): boolean {
  const ts = tokens.slice(run.from, run.to).filter((t) => t.word);
  if (!ts.length) return true;
  const text = ts.map((t) => t.text).join(' ');
  if (fewerThanTwoLetters(text)) return true;
  if (ts.every((t) => /^\d/.test(t.text))) return true;
  // "SUVs", "ETFs", "NGOs": a plural initialism names a kind of thing or group, not one actor
  if (ts.length === 1 && /^\p{Lu}{2,}s$/u.test(ts[0]!.text) && !gazetteerKind(ts[0]!.text)) return true;
  if (ts.length === 1 && NUMBERED_PART.test(ts[0]!.low) && /^(?:\d|[IVX]+$)/.test(tokens[run.to]?.text ?? '')) return true;
  if (ts.length === 1 && isDemonym(text) && !gazetteerKind(text)) return true;
  // "African-American", "Mexican-Americans", "Latinos": people of an origin, not an actor
  if (ts.length === 1 && PEOPLE_OF_ORIGIN.test(ts[0]!.text)) return true;
  // "Paris Air Show", "Inauguration Day": events and awards are not actors
  if (ts.length >= 2 && EVENT_HEADS.test(lowTok(ts.at(-1)!))) return true;
  // "Senate Republican leader Mitch McConnell", "House Democratic aides": an adjective inside a description
  if (ts.length >= 2 && isDemonym(ts.at(-1)!.text) && !/s$/.test(ts.at(-1)!.text) && !gazetteerKind(text) && tokens[run.to]?.word && startsLower(tokens[run.to]!.text)) return true;
  // "Senate Republicans", "Finnish Americans", "Sunni Muslims": groups of people, not actors
  if (ts.length >= 2 && isDemonym(ts.at(-1)!.text) && !gazetteerKind(text) && !ORG_HEADS.has(lowTok(ts[0]!))) return true;
  // "Office", "Valley": a head word alone is not a name
  if (ts.length === 1 && (ORG_HEADS.has(lowTok(ts[0]!)) || PLACE_HEADS.has(lowTok(ts[0]!))) && !gazetteerKind(text)) return true;
  const isHead = (t: Token) => ROLE_HEADS.has(lowTok(t)) || HONORIFICS.has(lowTok(t)) || (/s$/.test(t.text) && ROLE_HEADS.has(lowTok(t).slice(0, -1)));
  if (ts.some(isHead) && ts.every((t) => ROLE_HEADS.has(lowTok(t)) || ROLE_MODIFIERS.has(lowTok(t)) || HONORIFICS.has(lowTok(t)) || ROLE_OF_OBJECTS.has(lowTok(t)) || t.text === 'of' || demonymCountry(t.text) !== undefined || isCountry(t.text) || /s$/.test(t.text) && ROLE_HEADS.has(lowTok(t).slice(0, -1)))) return true;
  // "Spokesperson for the Office ...", "President of France": a role phrase, not a name
  if (ts.length >= 2 && (ROLE_HEADS.has(lowTok(ts[0]!)) || HONORIFICS.has(lowTok(ts[0]!))) && /^(?:of|for)$/.test(tokens[run.from + 1]?.text ?? '')) return true;
  // "offered his Good Offices", "our Deepest Condolences": a concept capitalised for emphasis
  if (ts.length >= 2 && CONCEPT_ADJECTIVES.has(lowTok(ts[0]!)) && /^(?:his|her|its|their|our|your|my)$/.test(tokens[run.from - 1]?.text ?? '') && !gazetteerKind(text)) return true;
  if (ts.every((t) => (COMMON.has(lowTok(t)) && !/\p{Lu}.*\p{Lu}/u.test(t.text)) || MONTHS.has(lowTok(t)) || WEEKDAYS.has(lowTok(t)))) return true;
  return false;
}

const TITLE_ABBREVIATIONS: Record<string, string> = { 'gen.': 'General', 'lt.': 'Lieutenant', 'col.': 'Colonel', 'maj.': 'Major', 'capt.': 'Captain', 'sgt.': 'Sergeant', 'adm.': 'Admiral', 'sen.': 'Senator', 'rep.': 'Representative', 'gov.': 'Governor', 'prof.': 'Professor', 'brig.': 'Brigadier' };
const PARTY_WORDS = /^(?:Republican|Democratic|Democrat|Independent|Labour|Conservative|Liberal|GOP)$/;

/** Nouns for a person that a name may follow in apposition ("his wife, Ana,", "Her counterpart, Viktor Orlov,"). */
const PERSON_NOUN = /^(?:wife|husband|son|daughter|brother|sister|mother|father|parents?|widow|widower|cousin|nephew|niece|uncle|aunt|grandson|granddaughter|grandmother|grandfather|friend|girlfriend|boyfriend|fianc[eé]e?|partner|counterpart|colleague|neighbou?r|rival|opponent|victim|suspect|gunman|boss|successor|predecessor)$/;

function cleanRoleText(role: string): string | null {
  let r = role.trim();
  // "Pakistani Army Chief Gen." -> "Pakistani Army Chief"; "Gen." -> "General"
  const parts = splitSpaces(r);
  const popped: string[] = [];
  while (parts.length > 1 && HONORIFICS.has(parts.at(-1)!.toLowerCase().replace(/\.$/, '')) && /\.$|^(?:Mr|Mrs|Ms|Dr)$/.test(parts.at(-1)!)) popped.unshift(parts.pop()!);
  // "Vermont Sen.", "Republican Indiana Gov.": what is left names only a place or a party, so the title is the role
  if (popped.length && parts.every((w) => isCountryOrState(w) || demonymCountry(w) !== undefined || PARTY_WORDS.test(w))) {
    const title = popped.map((w) => TITLE_ABBREVIATIONS[w.toLowerCase()] ?? w);
    if (!/^(?:mr|mrs|ms|miss|dr|sir|mx)\.?$/i.test(title[0]!)) return [...parts, ...title].join(' ');
  }
  r = parts.join(' ');
  if (/^(?:mr|mrs|ms|miss|dr|sir|mx)\.?$/i.test(r)) return null;
  if (TITLE_ABBREVIATIONS[r.toLowerCase()]) r = TITLE_ABBREVIATIONS[r.toLowerCase()]!;
  return r || null;
}

/** "Mr." before a name says he, "Mrs.", "Ms." or "Miss" says she. */
function honorificBefore(tokens: Token[], from: number): 'he' | 'she' | undefined {
  let t = tokens[from - 1];
  if (t?.text === '.') t = tokens[from - 2];
  const w = t ? lowTok(t).replace(/\.$/, '') : '';
  return w === 'mr' ? 'he' : w === 'mrs' || w === 'ms' || w === 'miss' ? 'she' : undefined;
}

/** The actors one article names, each with its roles, aliases and mentions. */
export function extractActors(article: Article): ArticleActor[] {
  const { text } = article;
  const tokens = tokenize(text, article.bodyStart, article.bodyEnd);
  const ctx = nameContext(tokens, text, article.title);
  const runs = findRuns(ctx);

  interface Found {
    run: Run;
    titled: boolean;
    roles: string[];
    headline: boolean;
    /** The name when it is not the run's text ("Toulouse" for "Toulouse, France"), and the longer form. */
    form?: string;
    alias?: string;
  }
  const found: Found[] = [];
  for (const raw of runs) {
    const run = trimRun(raw, ctx);
    // "@UN SG", "@POTUS": a social-media handle, not a name written out
    if (!run || text[tokens[run.from]!.start - 1] === '@') continue;
    const headline = ctx.headline.has(run.from);
    // "German", "Pakistani": a nationality adjective names its country ("Germany", alias "German")
    if (run.to - run.from === 1 && !headline) {
      const country = demonymCountry(tokens[run.from]!.text);
      if (country && isCountry(country) && !/s$/.test(tokens[run.from]!.text)) {
        found.push({ run, titled: false, roles: [], headline, form: country, alias: tokens[run.from]!.text });
        continue;
      }
    }
    const split = splitRun(tokens, run);
    const owner = split.owner ? trimRun(split.owner, ctx) : null;
    if (owner && !isJunkForm(tokens, owner)) found.push({ run: owner, titled: false, roles: [], headline });
    if (!split.name || isJunkForm(tokens, split.name)) continue;
    const roles: string[] = [];
    if (split.role) {
      let roleFrom = split.role.from;
      // "Pakistan's Defence Minister Khawaja Asif": the possessive owner belongs to the role
      const prev = tokens[roleFrom - 1];
      if (prev && prev.poss && prev.cap && !tokens[roleFrom]!.lineStart) roleFrom--;
      const before = roleBefore(tokens, roleFrom, text);
      const roleText = text.slice(tokens[before ? before.from : roleFrom]!.start, tokens[split.role.to - 1]!.end);
      const r = cleanRoleText(roleText);
      if (r) roles.push(r);
    } else {
      const before = roleBefore(tokens, split.name.from, text);
      const r = before ? cleanRoleText(before.role) : (roleBeforeComma(tokens, split.name.from, split.name.to, text) ?? null);
      if (r) roles.push(r);
    }
    const after = roleAfter(tokens, split.name.to, text);
    if (after) {
      const r = cleanRoleText(after);
      if (r) roles.push(r);
    }
    found.push({ run: split.name, titled: split.titled || roles.length > 0, roles, headline });
  }

  // Headlines are in title case: keep only names the body also uses (or the gazetteer knows).
  const formOf = (r: Run) => collapseSpaces(text.slice(tokens[r.from]!.start, tokens[r.to - 1]!.end));
  const normForms = new Map<string, string>();
  const normForm = (f: string) => {
    let k = normForms.get(f);
    if (k === undefined) normForms.set(f, (k = f.toLowerCase().replace(/\./g, '')));
    return k;
  };
  const bodyForms = new Set<string>();
  for (const f of found) if (!f.headline) bodyForms.add(normForm(formOf(f.run)));
  const kept: Found[] = [];
  for (const f of found) {
    if (!f.headline) {
      kept.push(f);
      continue;
    }
    let i = f.run.from;
    while (i < f.run.to) {
      let matched = 0;
      for (let j = Math.min(f.run.to, i + 8); j > i; j--) {
        const sub = { from: i, to: j };
        const form = formOf(sub);
        if (bodyForms.has(normForm(form)) || (gazetteerKind(form) && !isJunkForm(tokens, sub))) {
          // "... To Chinese Machinery Maker": a nationality names its country here too
          const country = j - i === 1 ? demonymCountry(tokens[i]!.text) : undefined;
          if (country && isCountry(country) && !/s$/.test(tokens[i]!.text)) kept.push({ run: sub, titled: false, roles: [], headline: true, form: country, alias: tokens[i]!.text });
          // roles split from a title-case headline swallow its other words ("U.S. Government Gives GM Chief Executive")
          else kept.push({ run: sub, titled: f.titled, roles: [], headline: true });
          matched = j - i;
          break;
        }
      }
      i += matched || 1;
    }
  }

  // "Toulouse, France", "Mobile, Alabama": a place and its country or state are one place name
  // (not "Société Générale, France's second-largest bank": an apposition; but "Wimborne, UK's Cobham" is a place).
  kept.sort((a, b) => a.run.from - b.run.from);
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1]!;
    const between = text.slice(tokens[a.run.to - 1]!.end, tokens[b.run.from]!.start);
    const aForm = formOf(a.run);
    const bForm = formOf(b.run);
    const next = tokens[b.run.to];
    // "Paris, France, Germany and Spain" is a list; "Moraine, Ohio, GM chief executive Rick Wagoner said" is not
    const list = next && next.text === ',' && tokens[b.run.to + 1]?.cap && !!gazetteerKind(tokens[b.run.to + 1]!.text) && gazetteerKind(tokens[b.run.to + 1]!.text) !== 'organization';
    if (/^, $/.test(between) && isCountryOrState(bForm) && !isCountryOrState(aForm) && !a.titled && !b.titled && !tokens[a.run.to - 1]!.poss && !(tokens[b.run.to - 1]!.poss && !tokens[b.run.to]?.cap) && !list && gazetteerKind(aForm) !== 'organization' && !isAcronym(aForm)) {
      kept.splice(i, 2, { run: { from: a.run.from, to: b.run.to }, titled: false, roles: [], headline: a.headline, form: aForm, alias: `${aForm}, ${bForm}` });
    }
  }

  const mentions: Mention[] = kept.map((f) => {
    const before = tokens[f.run.from - 1];
    const after = tokens[f.run.to];
    const last = tokens[f.run.to - 1]!;
    // "economists at Capital Economics", "an analyst at Alaron Trading": where someone works, not a place
    const beforeAt = before?.text === 'at' ? tokens[f.run.from - 2] : undefined;
    const workplace = !!beforeAt && beforeAt.word && (!beforeAt.cap || beforeAt.sentStart) && isRoleHead(beforeAt);
    return {
      form: f.form ?? formOf(f.run),
      alias: f.alias,
      start: tokens[f.run.from]!.start,
      end: last.end,
      titled: f.titled,
      honorific: honorificBefore(tokens, f.run.from),
      roles: f.roles,
      parenOf: null,
      tickerOf: null,
      // "in Pahalgam", "Toulouse, France", and "the Pulwama strike": an incident named after where it happened
      placeContext: !!f.alias || (!!before && before.word && STRONG_PLACE_PREP.has(before.text) && !last.poss && !tokens[f.run.from]!.lineStart && !workplace) ||
        (f.run.to - f.run.from === 1 && !last.poss && !!after && after.word && INCIDENT.test(after.low) && before?.low === 'the'),
      speakerContext: (!!after && after.word && REPORTING.test(after.text) && !last.poss) || (!!before && before.word && REPORTING.test(before.text)),
      orgContext: (!!before && before.word && ORG_NOUN.test(before.text)) || workplace,
      // ", who ..." or a transcript's speaker label ("WALLACE: ..."), or "the Bush administration", "the Clinton campaign"
      // ", who ...", "his wife, Ana,", "Maria Lopez, 54,"
      personContext: (!!after && after.text === ',' && tokens[f.run.to + 1]?.text === 'who') ||
        (before?.text === ',' && !!tokens[f.run.from - 2] && PERSON_NOUN.test(tokens[f.run.from - 2]!.text)) ||
        (!!after && after.text === ',' && /^\d{1,3}$/.test(tokens[f.run.to + 1]?.text ?? '') && tokens[f.run.to + 2]?.text === ',') ||
        (f.run.to - f.run.from === 1 && !last.poss && !!after && /^(?:administration|campaign)$/.test(after.text) && !gazetteerKind(last.text)) || (!!after && after.text === ':' && f.run.to - f.run.from === 1 && tokens[f.run.from]!.sentStart && !/\p{Ll}/u.test(tokens[f.run.from]!.text) && !gazetteerKind(tokens[f.run.from]!.text)),
    };
  });
  // "(TRF)" right after a name
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    const p = mentions[i - 1]!;
    const gap = text.slice(p.end, m.start);
    if (/^\s*\(\s*$/.test(gap) && text[m.end] === ')' && isShortForm(m.form)) m.parenOf = i - 1;
  }


  // Kind evidence per form, then per cluster.
  const evidence = (idx: number[]): KindEvidence => ({
    forms: [...new Set(idx.map((i) => mentions[i]!.form))],
    titled: idx.some((i) => mentions[i]!.titled),
    placeContext: idx.filter((i) => mentions[i]!.placeContext).length,
    speakerContext: idx.filter((i) => mentions[i]!.speakerContext).length,
    personContext: idx.filter((i) => mentions[i]!.personContext).length,
    orgContext: idx.filter((i) => mentions[i]!.orgContext).length,
  });
  const byForm = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const k = normForm(m.form);
    if (!byForm.has(k)) byForm.set(k, []);
    byForm.get(k)!.push(i);
  });
  const formKind = new Map<string, ActorKind>();
  const kindOfForm = (form: string): ActorKind => {
    const k = normForm(form);
    if (!formKind.has(k)) formKind.set(k, classify(evidence(byForm.get(k) ?? [])));
    return formKind.get(k)!;
  };

  // "in Bochum and Eisenach": the second of two names after a place preposition is a place too (not "at IBM and Compaq")
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    const p = mentions[i - 1]!;
    if (!m.placeContext && p.placeContext && !gazetteerKind(m.form) && /^ (?:and|or) $/.test(text.slice(p.end, m.start)) && gazetteerKind(p.form) === 'place') {
      m.placeContext = true;
      formKind.delete(normForm(m.form));
    }
  }
  // "General Motors Corp. (NYSE: GM)": a stock ticker after the exchange is another name of the company before
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (!/^[\s;,]*\)/.test(text.slice(m.end, m.end + 4)) || !isAcronym(m.form)) continue;
    const head = TICKER_HEAD.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (!head) continue;
    const open = m.start - head[0].length;
    let c = i - 1;
    while (c >= 0 && mentions[c]!.end > open) c--;
    if (c >= 0 && /^\s*$/.test(text.slice(mentions[c]!.end, open)) && kindOfForm(mentions[c]!.form) !== 'person') m.tickerOf = c;
  }
  // "a US$40 billion contract", "the US manufacturer": a country acronym used as a modifier only
  const modifierOnly = (i: number) => {
    const m = mentions[i]!;
    // "HK$", "C$", "NZ$": a currency's country letters
    if (/^\p{Lu}{1,3}$/u.test(m.form) && text[m.end] === '$') return true;
    if (!/^(?:US|U\.S\.|UK|U\.K\.|USA|EU|UAE)$/.test(m.form)) return false;
    const after = text.slice(m.end, m.end + 40);
    if (/^\s?\$|^\s+dollars?\b/.test(after)) return true;
    const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(after)?.[1];
    return !!next && !VERBISH.test(next);
  };

  const clusters = clusterMentions(mentions, kindOfForm)
    .map((c) => ({ ...c, mentions: c.mentions.filter((i) => !modifierOnly(i)) }))
    .filter((c) => c.mentions.length > 0);
  const actors: ArticleActor[] = [];
  const ordered = clusters
    .map((c) => ({ c, first: Math.min(...c.mentions.map((i) => mentions[i]!.start)) }))
    .sort((a, b) => a.first - b.first);
  for (const { c } of ordered) {
    const counts = new Map<string, number>();
    for (const i of c.mentions) counts.set(mentions[i]!.form, (counts.get(mentions[i]!.form) ?? 0) + 1);
    const name = [...c.forms].sort((a, b) => score(b, counts) - score(a, counts) || (a < b ? -1 : a > b ? 1 : 0))[0]!;
    const kind = classify(evidence(c.mentions));
    const roles: string[] = [];
    if (kind === 'person')
      for (const i of c.mentions) for (const r of mentions[i]!.roles) if (!roles.some((x) => x.toLowerCase() === r.toLowerCase())) roles.push(r);
    for (const i of c.mentions) {
      const al = mentions[i]!.alias;
      if (al && !c.forms.includes(al)) c.forms.push(al);
    }
    const spans = c.mentions.map((i) => ({ start: mentions[i]!.start, end: mentions[i]!.end })).sort((a, b) => a.start - b.start);
    // Every form the article writes is an alias ("US" where the actor is named "U.S.").
    for (const sp of spans) {
      const written = collapseSpaces(text.slice(sp.start, sp.end));
      if (!c.forms.includes(written)) c.forms.push(written);
    }
    actors.push({
      key: `k${actors.length + 1}`,
      name,
      kind,
      aliases: c.forms.filter((f) => f !== name),
      roles,
      mentions: spans,
    });
  }
  return actors;
}

/** Fullest form: more words, not an acronym, more often used. */
function score(form: string, counts: Map<string, number>): number {
  const ws = splitSpaces(form);
  const initials = ws.filter((w) => /^\p{Lu}\.?$/u.test(w)).length;
  const shouting = ws.length > 1 && !/\p{Ll}/u.test(form) ? 50 : 0;
  const c = canonicalPlace(form);
  if (c && form.toLowerCase() === c) return 10_000 + Math.min(counts.get(form) ?? 0, 99);
  const withRegion = form.includes(',') ? 150 : 0;
  return (isShortForm(form) ? 0 : 1000) + Math.min(ws.length, 6) * 100 - initials * 150 - shouting - withRegion + Math.min(counts.get(form) ?? 0, 99);
}
