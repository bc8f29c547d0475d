/**
 * Which way a time expression points, from the verbs around it: "said on Tuesday" (past),
 * "will speak on Tuesday", "expects to speak as early as today or tomorrow" (future).
 * The nearest tense marker in the clause wins; with none, news narrates the past.
 */

export type Tense = 'past' | 'future' | 'present';

/**
 * A scheduled event in the present tense points forward: "the deal closes in March", "the show opens Tuesday" (at the
 * end of the words before a date, the date itself comes next).
 */
const SCHEDULED = String.raw`(?:(?:re)?opens|reopen|closes|begins?|starts|ends|expires?|resumes?|launches|arrives?|takes? effect|go(?:es)? on sale|kicks? off|meets|convenes?)(?= (?:in|on|by|next|this|early|late|later)\b| (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b| (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?![\w-])| ?$)`;
/**
 * A trip, a vote or a game in the present tense, a few words before the date, is on the calendar ahead: "Clinton
 * heads to Ohio on Friday", "the Senate returns from recess Monday", "the company reports earnings Thursday".
 */
const SCHEDULED_AHEAD = String.raw`(?:travels|heads|returns|visits|departs|testifies|plays|hosts|faces|go(?:es)? to the polls|takes? effect|reports (?:its )?(?:\w+ )?(?:earnings|results))(?=(?: [\w.'’-]+){0,4} ?$)`;
const FUTURE_WORDS = String.raw`(?:is|are)(?= ?$)|will|won['’]t|shall|['’]ll|going to|gonna|plans?(?:ned)? to|planning to|expects? to|expected to|is expected|are expected|scheduled|slated|set to|set for|due to|(?:is|are|was|were) to(?= \w)|intends? to|aims? to|hopes? to|would|soon|to be held|to take place|(?<=\b[A-Z][\w.-]+ )to (?:begin|start|launch|speak|meet|visit|release|announce|open|arrive|go on sale|ship|hold|sign|face|travel)|as early as|by the end of|(?:is|are|was|were|be) due|(?:could|might|should|must|may)(?! not\b| have\b| well\b)|(?:has|have|had) until|(?:give|gives|gave|given|giving) (?:[\w.'’-]+ ){1,3}until`;
const FUTURE = new RegExp(String.raw`\b(?:${FUTURE_WORDS}|${SCHEDULED_AHEAD}|${SCHEDULED})\b`, 'gi');
// A headline tells what happened in the present tense ("GM heads to court Monday"): only the plain markers count there.
const FUTURE_HEADLINE = new RegExp(String.raw`\b(?:${FUTURE_WORDS})\b`, 'gi');
const PAST = /\b(?:was|were|had|did|said|told|spoke|met|made|took|gave|came|went|began|won|lost|sold|bought|paid|left|held|put|set off|saw|found|became|fell|rose|hit|ran|shot|struck|killed|died|grew|drew|threw|sank|led|spent|got|kept|brought|thought|sent|built|broke|chose|wrote|stood|fought|caught|taught|sought|meant|felt|heard|fled|slid|swept|withdrew|drove|flew|knew|rode|shook|stole|stuck|swore|swung|tore|understood|wore|overtook|oversaw|upheld|withheld|undertook|froze|hid|lent|fed|blew|dealt|dug|sped|spun|arose|overcame|rebuilt|ago|yesterday|last|earlier|previously|already|\w{3,}ed)\b/gi;
// "-ed" words that look past but are not (or point forward)
const NOT_PAST = /^(?:expected|scheduled|planned|slated|intended|proposed|anticipated|aimed|hoped|need|speed|feed|seed|bed|red|shed|wed|united|limited|based|related|concerned|interested|supposed|tired|advanced|detailed|armed|alleged|so-called|reported)$/i;

/** Tense of the words around [from, to) inside the sentence [sStart, sEnd). */
export function tenseAt(text: string, sStart: number, sEnd: number, from: number, to: number, headline = false): Tense {
  // Clause bounds: the nearest strong punctuation on each side
  const before = text.slice(Math.max(sStart, from - 150), from);
  const after = text.slice(to, Math.min(sEnd, to + 150));
  // A clause ends at semicolons, dashes and quote marks (the quoted words have their own tense).
  const cb = Math.max(before.lastIndexOf(';'), before.lastIndexOf('—'), before.lastIndexOf(' – '), before.lastIndexOf('“'), before.lastIndexOf('”'), before.lastIndexOf('"'), before.lastIndexOf("''"));
  const leftText = cb >= 0 ? before.slice(cb + 1) : before;
  const ca = [after.indexOf(';'), after.indexOf('—'), after.indexOf(' – '), after.indexOf('“'), after.indexOf('”'), after.indexOf('"'), after.indexOf("''")].filter((i) => i >= 0);
  const rightText = ca.length ? after.slice(0, Math.min(...ca)) : after;
  let best: { dist: number; tense: Tense } | null = null;
  const scan = (s: string, side: 'left' | 'right') => {
    for (const [re, tense] of [
      [headline ? FUTURE_HEADLINE : FUTURE, 'future'],
      [PAST, 'past'],
    ] as const) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s))) {
        if (tense === 'past' && NOT_PAST.test(m[0])) continue;
        if (tense === 'future' && m[0] === 'May') continue; // the month, not the modal
        // "is", "opens" right before the date mark it ahead; at the end of the words after it they are another clause's
        if (tense === 'future' && side === 'right' && !s.slice(m.index + m[0].length).trim()) continue;
        // "United", names; but a participle opening the sentence is a verb ("Asked on Tuesday whether …")
        if (tense === 'past' && /ed$/i.test(m[0]) && !/^[a-z]/.test(m[0]) && !(side === 'left' && from - s.length + m.index === sStart)) continue;
        if (tense === 'past' && /ed$/i.test(m[0]) && /\bbe\s+$/i.test(s.slice(Math.max(0, m.index - 4), m.index))) continue; // "will be released": a participle, the modal tells
        const dist = side === 'left' ? s.length - (m.index + m[0].length) : m.index;
        // a comma between the marker and the date makes it a weaker guide ("The merger, announced in March, is expected to …")
        const between = side === 'left' ? s.slice(m.index + m[0].length) : s.slice(0, m.index);
        // future markers bind a little more strongly: "will be released on Friday"
        const weighted = (tense === 'future' ? dist * 0.7 : dist) + (between.includes(',') ? 30 : 0);
        if (!best || weighted < best.dist) best = { dist: weighted, tense };
      }
    }
  };
  scan(leftText, 'left');
  scan(rightText, 'right');
  if (!best) {
    // nothing in the clause: the sentence around it, quotes included ("… reported “2,521 shootings” between Jan. 1 and …")
    scan(before, 'left');
    scan(after, 'right');
  }
  return (best as { dist: number; tense: Tense } | null)?.tense ?? 'present';
}
