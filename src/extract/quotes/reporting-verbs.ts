/**
 * Reporting verbs ("said", "added", "told") and reporting nouns ("statement", "remarks"),
 * in all their inflected forms. Lemmas with regular inflection are expanded by rule;
 * irregular ones list their forms.
 */

/** Verbs that introduce what someone said or wrote (regular inflection unless listed in IRREGULAR). */
const LEMMAS = `
accept accuse acknowledge add address admit advise advocate affirm agree allege announce answer apologize apologise
appeal argue ask assert assure attest aver back badger beg begin blame blast blog boast brag brief
call caution challenge champion charge chide chime claim clarify comment complain concede conclude concur condemn confess confirm
contend continue counter cry crow dismiss declare decry defend demand deny deride describe dismiss disclose dispute echo
elaborate emphasize emphasise encourage endorse estimate exclaim explain express fire forecast fret gripe grumble
hail highlight hint hit holler indicate inform insist instruct interject interrupt joke label lament laud lash lecture liken
maintain marvel mention mock mourn mumble murmur muse mutter nag note object observe offer opine order outline plead pledge point
posit post praise pray predict press proclaim promise pronounce propose protest query question quip rail rant react
reaffirm rebuff rebut recall recount reflect reiterate reject remark remind reply report repeat respond
retort reveal roar say scoff scold scream shout sigh slam snap sneer speculate state stress suggest summarize summarise
swear taunt tease tell testify thunder tout tweet underline underscore urge vow warn weigh welcome whisper write yell
characterize characterise criticize criticise warn applaud attack charge demand concede intone lambast lambaste preach
`;

/** Irregular forms (all of them, lemma included). */
const IRREGULAR: string[][] = [
  ['say', 'says', 'said', 'saying'],
  // "that was how Collins summed it up / phrased it": only the past forms (a sum, the phrase are nouns)
  ['summed'],
  ['phrased'],
  ['tell', 'tells', 'told', 'telling'],
  ['write', 'writes', 'wrote', 'written', 'writing'],
  ['begin', 'begins', 'began', 'begun', 'beginning'],
  ['swear', 'swears', 'swore', 'sworn', 'swearing'],
  ['hit', 'hits', 'hitting'],
  ['forecast', 'forecasts', 'forecasted', 'forecasting'],
  ['cry', 'cries', 'cried', 'crying'],
  ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  ['blog', 'blogs', 'blogged', 'blogging'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['snap', 'snaps', 'snapped', 'snapping'],
  ['nag', 'nags', 'nagged', 'nagging'],
  ['brag', 'brags', 'bragged', 'bragging'],
  ['quip', 'quips', 'quipped', 'quipping'],
  ['concur', 'concurs', 'concurred', 'concurring'],
  ['rebut', 'rebuts', 'rebutted', 'rebutting'],
  ['posit', 'posits', 'posited', 'positing'],
  ['rebuff', 'rebuffs', 'rebuffed', 'rebuffing'],
  ['fire', 'fires', 'fired', 'firing'],
  ['sing', 'sings', 'sang', 'sung', 'singing'],
  ['chant', 'chants', 'chanted', 'chanting'],
];

/** Forms that are too ambiguous to count as reporting on their own. */
const EXCLUDED = new Set(['speak', 'speaks', 'spoke', 'spoken', 'speaking', 'fire', 'fires', 'firing', 'hit', 'hits', 'hitting', 'post', 'posts', 'posting', 'back', 'backs', 'backing', 'order', 'orders', 'offer', 'offers', 'press', 'presses', 'point', 'points', 'question', 'questions', 'call', 'calls', 'calling', 'report', 'reports', 'state', 'states', 'note', 'notes', 'guess', 'express', 'weigh', 'weighs', 'echo', 'answer', 'answers', 'blast', 'blasts', 'slam', 'slams', 'attack', 'attacks', 'welcome', 'welcomes', 'reason', 'reasons', 'charge', 'charges', 'counter', 'comment', 'comments', 'claim', 'claims', 'protest', 'protests', 'pledge', 'pledges', 'promise', 'promises', 'forecasts', 'forecast', 'estimate', 'estimates', 'boast', 'boasts', 'demand', 'demands', 'appeal', 'appeals', 'label', 'labels', 'praise', 'mock', 'laud', 'query', 'order', 'rail', 'rails', 'rant', 'rants', 'muse', 'muses', 'cry', 'cries', 'vow', 'vows', 'hail', 'hails', 'roar', 'roars', 'shout', 'shouts', 'sigh', 'sighs', 'object', 'objects', 'tease', 'query', 'queries', 'taunt', 'taunts', 'plead', 'pray', 'react', 'reacts', 'reply', 'replies', 'retort', 'retorts', 'quip', 'quips', 'whisper', 'whispers', 'yell', 'yells', 'scream', 'screams', 'joke', 'jokes', 'lecture', 'lectures', 'tweet', 'tweets', 'tout', 'touts', 'back', 'concur', 'dub', 'dubs']);

function inflect(lemma: string): string[] {
  const forms = [lemma];
  const vowel = /[aeiou]/;
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(lemma + 'es');
  else if (/[^aeiou]y$/.test(lemma)) forms.push(lemma.slice(0, -1) + 'ies');
  else forms.push(lemma + 's');
  if (lemma.endsWith('e')) forms.push(lemma + 'd', lemma.slice(0, -1) + 'ing');
  else if (/[^aeiou]y$/.test(lemma)) forms.push(lemma.slice(0, -1) + 'ied', lemma + 'ing');
  else {
    forms.push(lemma + 'ed', lemma + 'ing');
    // consonant-vowel-consonant one-syllable words double their last consonant (nag -> nagged)
    if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma) && vowel.test(lemma)) forms.push(lemma + lemma.at(-1) + 'ed', lemma + lemma.at(-1) + 'ing');
  }
  return forms;
}

const FORMS = new Set<string>();
const irregularLemmas = new Set(IRREGULAR.map((f) => f[0]!));
for (const f of IRREGULAR) for (const w of f) FORMS.add(w);
for (const lemma of LEMMAS.split(/\s+/).filter(Boolean)) {
  if (irregularLemmas.has(lemma)) continue;
  for (const w of inflect(lemma)) FORMS.add(w);
}
for (const w of EXCLUDED) FORMS.delete(w);
// Some lemmas are ambiguous as bare nouns/presents but reliable in the past tense or participle.
for (const w of ['called', 'reported', 'stated', 'noted', 'questioned', 'posted', 'tweeted', 'commented', 'claimed', 'charged', 'countered', 'protested', 'pledged', 'promised', 'estimated', 'boasted', 'demanded', 'appealed', 'labeled', 'labelled', 'praised', 'mocked', 'lauded', 'railed', 'ranted', 'mused', 'cried', 'vowed', 'hailed', 'roared', 'shouted', 'sighed', 'objected', 'teased', 'queried', 'taunted', 'pleaded', 'pled', 'prayed', 'reacted', 'replied', 'retorted', 'quipped', 'whispered', 'yelled', 'screamed', 'joked', 'lectured', 'touted', 'concurred', 'answered', 'echoed', 'blasted', 'slammed', 'attacked', 'welcomed', 'reasoned', 'expressed', 'pressed', 'notes', 'states', 'claims', 'comments', 'replies', 'vows', 'tweets', 'answers', 'reports', 'calls', 'quips', 'retorts', 'jokes', 'pointed', 'wrote', 'noting', 'stating', 'claiming', 'calling', 'replying', 'tweeting', 'vowing', 'commenting', 'estimating', 'pledging', 'promising', 'warning', 'answering', 'reporting', 'questioning', 'demanding', 'declaring']) FORMS.add(w);

/** Number of distinct word forms recognised as reporting verbs. */
export const REPORTING_VERB_COUNT = FORMS.size;

/** True when `word` (any case) is a form of a reporting verb: "said", "adds", "told", "emphasised". */
export function isReportingVerb(word: string): boolean {
  return FORMS.has(word.toLowerCase());
}

/** isReportingVerb for a word already lowercased. */
export const isReportingVerbLower = (word: string): boolean => FORMS.has(word);

/** Nouns that carry someone's words: `X's comments that "…"`, `a statement by X`. */
const NOUNS = new Set(
  `statement statements comment comments remark remarks words tweet tweets post posts message messages letter speech interview
   claim claims assertion assertions accusation accusations argument warning warnings testimony op-ed memo email emails note notes
   announcement response reply answer question questions declaration address`.split(/\s+/).filter(Boolean),
);

export function isReportingNoun(word: string): boolean {
  return NOUNS.has(word.toLowerCase());
}

/** isReportingNoun for a word already lowercased. */
export const isReportingNounLower = (word: string): boolean => NOUNS.has(word);
