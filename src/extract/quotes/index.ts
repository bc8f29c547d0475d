import type { Article, ArticleActor, ArticleQuote } from '../../model.js';
import { attributionAfter, attributionBefore, lastReportingSubject, lastReportingSubjectOf, pointingBack, previousSentenceSubject, sentenceFinalAttribution, sentenceSubject, type Attribution, type SpeakerMention } from './attribution.js';
import { findQuoteSpans, usesDoubleQuotes, type QuoteSpan } from './quote-marks.js';
import { indexNames, SpeakerResolver, type ResolvedSpeaker } from './resolve.js';
import { firstSentenceEnd, lastSentenceStart, type Paragraph, type Token } from './tokens.js';
import { isReportingVerb } from './reporting-verbs.js';
import { paragraphsOf } from './paragraphs.js';
import { TITLE_WORDS } from './names.js';
import { isFollowFooter, isNickname, isUrlOnly, isVenueTitle, isWorkTitle, looksLikeTitle } from './not-quotes.js';

interface Found {
  span: QuoteSpan;
  speaker: ResolvedSpeaker | null;
  partial: boolean;
  /** The speaker was read from this quote's own attribution clause (not carried over). */
  own: boolean;
}

/**
 * Every quote in the article body with its speaker: quote marks paired per paragraph, the speaker
 * read from the attribution clause around the quote (before or after), pronouns and role nouns resolved,
 * quote-only paragraphs continuing the previous speaker, partial quotes given the sentence's reported source.
 * `archiveMarks`: ''…'' and ``…'' are quotes too (see findQuoteSpans).
 */
export function extractQuotes(article: Article, actors: ArticleActor[], archiveMarks = false): ArticleQuote[] {
  const text = article.text;
  const paragraphs = paragraphsOf(text, article.bodyStart, article.bodyEnd);
  const singleMarks = !usesDoubleQuotes(text, article.bodyStart, article.bodyEnd, archiveMarks);
  const paragraphTokens: Token[][] = [];
  const resolver = new SpeakerResolver(indexNames(text, paragraphs, paragraphTokens), actors, text.slice(0, article.bodyEnd), article.author);
  const out: ArticleQuote[] = [];
  let openQuote: ArticleQuote | null = null;

  // The speaker of the last quote or reporting clause, and its paragraph. Reporting clauses of paragraphs
  // without attributed quotes are read only when a later quote needs them (most never are): `pending`
  // holds them in order, and `flush` works out the last one that names someone (and the pronouns after it).
  let recentValue: ResolvedSpeaker | null = null;
  let recentParaValue = -10;
  const pending: Array<{ pi: number; mention: () => SpeakerMention | null }> = [];
  const flush = () => {
    if (pending.length === 0) return;
    const mentions: Array<SpeakerMention | null> = new Array(pending.length).fill(null);
    let from = 0;
    for (let i = pending.length - 1; i >= 0; i--) {
      const m = (mentions[i] = pending[i]!.mention());
      // a name or noun phrase resolves without the speaker before it: what came earlier no longer matters
      if (m && m.kind !== 'pronoun') {
        from = i;
        break;
      }
    }
    for (let i = from; i < pending.length; i++) {
      const m = mentions[i];
      if (!m) continue;
      recentValue = resolver.resolve(m, recentValue);
      recentParaValue = pending[i]!.pi;
    }
    pending.length = 0;
  };
  const recent = () => {
    flush();
    return recentValue;
  };
  const recentPara = () => {
    flush();
    return recentParaValue;
  };
  /** The previous speaker when it was set in the previous paragraph (or this one). */
  const recentNear = (pi: number) => () => (recentPara() >= pi - 1 ? recent() : null);

  paragraphs.forEach(([lo, hi], pi) => {
    // a nickname inside a name (Marcia "Cia" Price) is not a quote and does not split the sentence
    // nor does the title of a show ("On "Face the Nation," Sen. Bernie Sanders …")
    const spans = findQuoteSpans(text, lo, hi, singleMarks, archiveMarks).filter((q) => !isNickname(text, q) && !isVenueTitle(text, q) && !isWorkTitle(text, q));
    if (spans.length === 0) {
      pending.push({
        pi,
        mention: () => {
          const m = lastReportingSubjectOf(text, paragraphTokens[pi]!, lo, hi);
          if (m || text[hi - 1] !== ':') return m;
          // "Sanders made the following comment:" then the quote in a paragraph of its own
          const from = lastSentenceStart(text, lo, hi - 1);
          const s = sentenceSubject(text, from, hi, { lo, hi, tokens: paragraphTokens[pi]! });
          // a sentence about what the person did ("Sanders made the following comment:"), not a label ("Published By:")
          const at = s ? text.indexOf(s.text, s.at) : -1;
          const verb = at >= 0 && at < hi && /^\s+\p{Ll}+\b[^:]*\s\p{Ll}/u.test(text.slice(at + s!.text.length, hi));
          return s && s.kind === 'name' && verb && resolver.isKnown(s.text) ? s : null;
        },
      });
      return;
    }
    const found: Found[] = [];
    const para: Paragraph = { lo, hi, tokens: paragraphTokens[pi]! };
    for (let k = 0; k < spans.length; k++) {
      const q = spans[k]!;
      // a transcript turn inside quotes: "WALLACE: Let’s start…" — the label names the speaker
      const label = /^([A-Z][A-Z.'’\- ]{1,30}[A-Z.]):\s+/.exec(text.slice(q.start, Math.min(q.end, q.start + 40)));
      if (label) q.start += label[0].length;
      const quoteText = text.slice(q.start, q.end);
      const segLo = k === 0 ? lo : spans[k - 1]!.close + 1;
      const sentStart = lastSentenceStart(text, segLo, q.open);
      const prevQuote = k > 0 ? text.slice(spans[k - 1]!.start, spans[k - 1]!.end) : '';
      const sameSentence = k > 0 && sentStart === segLo && !/[.!?]\W*$/.test(prevQuote);
      // Markdown emphasis around the quote (*"…,"* he said) is no word before or after it
      const before = text.slice(sentStart, q.open).replace(/[*_]+$/, '').trim();
      let afterLo = q.close >= 0 ? q.close + 1 : hi;
      while (afterLo < hi && (text[afterLo] === '*' || text[afterLo] === '_')) afterLo++;
      const afterHi = k + 1 < spans.length ? spans[k + 1]!.open : hi;
      const afterEnd = firstSentenceEnd(text, afterLo, afterHi);

      const beforeWords = before.split(/\s+/);
      const introducedBy =
        before === '' || /[,:—–-]$/.test(before) || (isReportingVerb(beforeWords.at(-1)!) && (/^\p{Lu}/u.test(quoteText) || quoteText.split(/\s+/).length >= 8));
      const after = text.slice(afterLo, afterEnd);
      const partial = !introducedBy || (before === '' && quoteText.split(/\s+/).length <= 4 && !/[.,!?]$/.test(quoteText) && /^\s*\p{Ll}/u.test(after) && !/^\s*(said|says|added|asked)\b/.test(after));

      // a quote that ends its sentence ("… neighborhood.") is not attributed by the next sentence ("Russia insisted …")
      const endsSentence = /[.]\W*$/.test(quoteText) && /^\s+\p{Lu}/u.test(text.slice(afterLo, afterLo + 3));
      let aAfter: Attribution | null = q.close >= 0 && !endsSentence ? attributionAfter(text, afterLo, afterEnd, para) : null;
      // "“It's a rigged system.” That was how Sanders described it": the next sentence points back at the quote
      if (endsSentence && q.close >= 0 && /^\s+(?:That|This|Those|These|So|Such)\b/.test(text.slice(afterLo, afterLo + 8))) aAfter = pointingBack(text, afterLo, afterEnd, para);
      // "“We did our job” — that was how Collins summed it up": the same after a dash
      const dashBack = q.close >= 0 ? /^\s*[—–]\s*|^\s+--?\s+/.exec(text.slice(afterLo, afterLo + 6)) : null;
      if (dashBack && /^(?:that|this|so)\b/i.test(text.slice(afterLo + dashBack[0].length, afterLo + dashBack[0].length + 5))) aAfter = pointingBack(text, afterLo + dashBack[0].length, afterEnd, para) ?? aAfter;
      const aBefore: Attribution | null = before ? attributionBefore(text, sentStart, q.open, para) : null;
      const endsClause = /[,?!—–-]$/.test(quoteText.trimEnd()) || /^,/.test(text.slice(afterLo, afterLo + 1));

      let speaker: ResolvedSpeaker | null = null;
      const prev = found.at(-1)?.speaker ?? null;
      let pick: Attribution | null = label ? { speaker: { kind: 'name', text: label[1]!, at: q.open + 1 }, at: q.open + 1 } : null;
      pick ??= partial && aBefore ? aBefore : aAfter && (endsClause || !aBefore) ? aAfter : aBefore ?? aAfter;
      if (!pick && partial) pick = sentenceFinalAttribution(text, afterLo, firstSentenceEnd(text, afterLo, hi), para);
      if (pick && pick.speaker.kind === 'pronoun' && /^(he|she)$/i.test(pick.speaker.text) && sentStart < pick.speaker.at) {
        // "Clinton says she appreciated … what she calls "…"": the pronoun refers to the sentence's named subject
        const s = sentenceSubject(text, sentStart, q.open, para);
        if (s && s.kind === 'name' && s.at < pick.speaker.at) pick = { speaker: s, at: pick.at };
      }
      if (pick && pick.speaker.kind === 'pronoun' && /^(it|they)$/i.test(pick.speaker.text)) {
        // "what it called "…"": the organisation the sentence is about
        const s = sentenceSubject(text, sentStart, q.open, para);
        if (s && s.kind === 'name') pick = { speaker: s, at: pick.at };
      }
      if (pick) {
        speaker = resolver.resolve(pick.speaker, prev ?? recentNear(pi));
        // a pronoun nothing resolves tells the reader nothing
        if (speaker.key === null && /^(it|i|we|they|he|she)$/i.test(speaker.name)) speaker = null;
      } else if (sameSentence && prev) speaker = prev;
      else if (partial) {
        // a partial quote with no reporting word: the sentence's subject, unless the quoted words are a title or name
        const s = looksLikeTitle(quoteText) ? null : sentenceSubject(text, sentStart, q.open, para);
        if (s && (s.kind !== 'name' || resolver.isKnown(s.text))) speaker = resolver.resolve(s, prev ?? recent);
      } else if (prev) speaker = prev;
      else if (sentStart > segLo && before === '') {
        // "…, Schiff said. "The other factor …"": the reporting clause of the paragraph's previous sentence
        const from = Math.max(segLo, sentStart - 600);
        const m = lastReportingSubject(text, from, sentStart, para) ?? previousSentenceSubject(text, from, sentStart, para);
        if (m) speaker = resolver.resolve(m, recentNear(pi));
        if (speaker && !speaker.person && m?.kind !== 'name') speaker = null;
      } else if (k === 0 && before === '' && sentStart === lo && recentPara() === pi - 1) {
        // a paragraph that is only a quote continues someone who speaks ("a State Department spokesperson"), not "the report"
        const r = recent();
        if (r && (r.person || r.key !== null || TITLE_WORDS.has(r.name.slice(r.name.lastIndexOf(' ') + 1).toLowerCase()))) speaker = r;
      }
      found.push({ span: q, speaker, partial, own: pick !== null });
    }
    // "“A.” “B,” Smith said.": a quote right before an attributed one shares its speaker
    for (let k = found.length - 2; k >= 0; k--) {
      const f = found[k]!;
      const next = found[k + 1]!;
      if (f.speaker || !next.speaker || f.span.close < 0) continue;
      if (/^\s*$/.test(text.slice(f.span.close + 1, next.span.open))) f.speaker = next.speaker;
    }
    // a quote running over paragraphs ("“First part…" then "“Second part,” she said."): the first part is hers too
    if (openQuote && found[0]!.span.open === lo && found[0]!.own && found[0]!.speaker) {
      openQuote.speakerKey = found[0]!.speaker.key;
      openQuote.speakerName = found[0]!.speaker.name;
    }
    openQuote = null;
    for (const f of found) {
      const t = text.slice(f.span.start, f.span.end);
      if (!/\p{L}/u.test(t) || isUrlOnly(t) || isFollowFooter(t)) continue;
      // attribute values of embedded markup (author="…"), stage directions ("(CROSSTALK.)")
      if (text[f.span.open - 1] === '=' || /^\(.*\)\W*$/.test(t)) continue;
      if (!f.speaker && (looksLikeTitle(t) || t.split(/\s+/).length <= 3)) continue;
      // the title of a show, book or program: on "Fox News Sunday", the "Contract with America"
      if (f.partial && looksLikeTitle(t) && /\b(on|in|at|the|a|an|called|titled|dubbed|named)\s*$/i.test(text.slice(Math.max(0, f.span.open - 12), f.span.open))) continue;
      // a bare pronoun or determiner tells the reader nothing
      if (f.speaker && f.speaker.key === null && /^(i|we|they|he|she|it|his|her|their|its)$/i.test(f.speaker.name)) f.speaker = null;
      out.push({
        text: t,
        start: f.span.start,
        end: f.span.end,
        speakerKey: f.speaker?.key ?? null,
        speakerName: f.speaker?.name ?? null,
        partial: f.partial,
        spokenOn: null,
      });
      if (f === found.at(-1) && f.span.close < 0 && !f.own && !f.partial) openQuote = out.at(-1)!;
    }
    const last = found.filter((f) => f.speaker).at(-1);
    if (last) {
      pending.length = 0;
      recentValue = last.speaker;
      recentParaValue = pi;
    } else {
      const from = found.at(-1)!.span.close >= 0 ? found.at(-1)!.span.close + 1 : hi;
      pending.push({ pi, mention: () => lastReportingSubject(text, from, hi, para) });
    }
  });
  return out;
}
