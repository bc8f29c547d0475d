/**
 * Word lists for recognising names in news text: words that are capitalised only because they
 * start a sentence, calendar words, title and role words. General English, not tuned to a story.
 */

const words = (s: string) => new Set(s.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** Function words and frequent sentence openers that are never a name on their own. */
export const COMMON = words(`
a about above according across after afterwards again against ago ahead all almost along already also although always am among amid an and another any anyone anything apparently are around as at
be because been before being below besides between beyond both but by can cannot could did do does doing done down during each earlier either else elsewhere enough especially even eventually ever every everyone everything
except few finally first following for former from further furthermore given had has have having he hence her here hers herself him himself his how however i if in including indeed initially inside instead into is it its itself
just last later latest least less let like likewise many may maybe meanwhile might more moreover most mostly much must my nearly neither never nevertheless next no nobody none nor not nothing now of off often on once one only or other others otherwise our ours out outside over overall own
perhaps per previously prior rather recently regardless nonetheless additionally consequently accordingly notably worse same second several shall she should similarly since so some someone something sometimes soon still subsequently such than that the their theirs them themselves then there thereafter therefore these they third this those though through throughout thus to today together tomorrow tonight too toward towards
under unless unlike until up upon us was we were what whatever when whenever where whereas whether which while who whom whose why will with within without would yes yet yesterday you your yours
mr mrs ms dr sir madam
said says say told added asked according noted stated reported
officials official analysts analyst experts expert sources source reports report police authorities residents critics investors shares sales
people many several some most meanwhile separately elsewhere earlier later here there
this that these those it its our their his her we they he she i you
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands million millions billion billions dozen dozens half
well look oh okay ok yeah sure thanks thank please hello hi listen absolutely exactly right sorry wow
photo photos video videos watch read also see click image images file listen subscribe advertisement update updated breaking exclusive live watch
`);

/** Common nouns (mostly plural) that open news sentences: capitalised there only for grammar. */
export const SENTENCE_NOUNS = words(`
stocks shares bonds futures oil gold silver prices markets market investors traders analysts economists experts officials authorities police troops soldiers
protesters demonstrators voters lawmakers legislators senators residents citizens people workers employees unions consumers shoppers retailers banks lenders companies
firms businesses manufacturers automakers airlines carriers sales profits earnings revenue revenues demand supply inflation unemployment growth exports imports
rates yields trading trade talks negotiations relations tensions violence fighting clashes attacks strikes protests elections polls surveys results figures data
reports documents records emails sources witnesses victims survivors families relatives children students teachers doctors nurses patients scientists researchers
critics supporters opponents rivals leaders ministers diplomats militants rebels insurgents terrorists gunmen attackers suspects prosecutors judges lawyers
experts observers commentators journalists reporters editors fans viewers users customers passengers tourists visitors crews rescuers firefighters
shares earnings gains losses costs fees taxes wages salaries benefits funds assets debts loans deals contracts orders deliveries flights planes jets aircraft
cars vehicles trucks ships weapons missiles drones bombs guns fire smoke rain snow storms floods heat temperatures water food fuel energy power electricity
security safety health education housing transport traffic crime justice peace war conflict crisis
crossfire gunfire shelling firing fear fears concern concerns worry worries speculation uncertainty confidence optimism pessimism pressure criticism anger outrage panic
turmoil volatility stock debt credit bankruptcy recovery recession production output spending investment profit profits loss tension momentum
carmakers automaker carmaker dealers dealerships suppliers bondholders shareholders stockholders creditors regulators brokers exporters importers buyers sellers retirees pensioners
crude copper platinum wheat corn soybeans commodities currencies equities
`);

/** Evaluative adjectives that open a concept capitalised for emphasis after "his", "our" ("his Good Offices", "our Deepest Condolences"). */
export const CONCEPT_ADJECTIVES = words(`good best great kind warm warmest sincere sincerest deep deeper deepest heartfelt special full fullest utmost highest personal`);

/** Capitalised words and acronyms that are not actors: units, currencies, time zones, holidays. */
export const NOT_ACTORS = words(`
usd gbp eur jpy inr pkr cny rmb aud cad chf sek nok dkk
utc gmt est edt cst cdt mst mdt pst pdt cet cest ist bst aest
aaa aa bbb bb ccc cc
vip ceo cfo coo cto ceos phd tv lcd led ghz mhz gb mb kb tb am pm id ok faq pdf gps sms dvd cd hd usb pc pcs api sdk os fy q1 q2 q3 q4 ipo gdp
christmas easter ramadan eid diwali holi thanksgiving halloween hanukkah
internet web online
crosstalk laughter applause inaudible unintelligible cheers cheering booing music
`);

export const MONTHS = words(`january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`);
export const WEEKDAYS = words(`monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun`);

/** Honorifics and military/clerical ranks written before a name ("Gen. Asim Munir"). */
export const HONORIFICS = words(`
mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sheikh shaikh
gen general lt lieutenant col colonel maj major capt captain sgt sergeant cmdr commander adm admiral brig brigadier marshal field
sen senator rep representative gov governor pres president justice judge mayor
`);

/**
 * Role head nouns: a word that can end a role phrase before a name
 * ("spokesperson Tammy Bruce", "Minister Khawaja Asif", "CEO Ron Sugar").
 */
export const ROLE_HEADS = words(`
president vice-president chairman chairwoman chairperson chair ceo cfo coo cto founder co-founder owner executive director manager
minister secretary spokesperson spokesman spokeswoman spokespeople representative senator congressman congresswoman congressmember lawmaker legislator
governor mayor premier chancellor king queen prince princess emperor sultan emir sheikh ayatollah pope cardinal bishop archbishop imam
ambassador envoy diplomat consul commissioner commander chief head leader general lieutenant colonel major captain admiral marshal brigadier sergeant officer
judge justice attorney prosecutor lawyer counsel advocate analyst economist scientist researcher professor expert adviser advisor consultant strategist
president-elect candidate nominee speaker whip anchor host presenter columnist deputy official officer administrator inspector superintendent sheriff coach captain editor correspondent reporter journalist
gen lt col maj capt adm sgt cmdr brig sen rep gov pres
`);

/** Words that may precede a role head inside a role phrase ("Defence Minister", "Army Chief"). */
export const ROLE_MODIFIERS = words(`
prime foreign external affairs defence defense home interior finance economy trade commerce health education energy information broadcasting
deputy vice acting interim former ex senior junior chief principal assistant associate general executive managing operating financial technology
state department army navy air force military police intelligence security national federal regional provincial district union cabinet
press public international domestic joint lead top majority minority
presidential vice-presidential republican democratic democrat gop party campaign conservative liberal labour
`);

/** Words that may follow "of" inside a role ("Secretary of State", "Chief of Army Staff"). */
export const ROLE_OF_OBJECTS = words(`
state defence defense staff army treasury commerce energy health justice homeland security interior education labor labour agriculture transportation
external foreign affairs finance home the armed forces naval air operations exchequer house commons lords
`);

/** Words after which a capitalised run is a place ("in Mobile", "near Pahalgam"). */
export const PLACE_PREPOSITIONS = words(`in at near from to across outside inside into throughout toward towards via around`);

/** Connectors allowed inside a multi-word name when a capitalised word follows. */
export const NAME_CONNECTORS = words(`of for de del della der di da du la le van von bin bint ibn al el y`);

/** Org-suffix heads: a name ending in one of these is an organisation. */
export const ORG_HEADS = words(`
inc incorporated corp corporation co company companies ltd limited llc llp lp plc nv bv ag ab asa oyj sa spa srl sarl gmbh kk pty bhd group holdings industries international enterprises partners
airlines airline airways air aerospace aviation motors systems technologies technology electronics software networks communications media studios pictures records entertainment
bank banks capital securities investments fund trust insurance exchange markets research
department ministry agency office bureau administration authority commission committee subcommittee council board service services directorate secretariat
army navy force forces guard corps police command brigade battalion regiment front party movement alliance league union federation confederation coalition organisation organization association society foundation institute institution
university college school academy hospital church court circuit parliament assembly congress senate government cabinet
times post news journal herald tribune gazette telegraph guardian press network channel radio television tv magazine
team club fc
center centre program programme project initiative institution museum gallery library foundation network
aircraft airplanes helicopters automotive automobile automobiles pharmaceuticals petroleum steel mining chemicals foods brands stores labs laboratories
`);

/** Heads of names that are neither people, organisations nor places: laws, treaties, events, awards. */
export const OTHER_HEADS = words(`
act acts law bill treaty convention accord accords agreement pact charter doctrine summit conference games olympics cup championship championships
award awards prize medal show festival week day war wars operation`);

/** Place-suffix heads: a name ending in one of these is a place. */
export const PLACE_HEADS = words(`
valley river mountains mountain mount mt lake sea ocean bay gulf island islands peninsula desert forest park street road avenue square bridge airport
city town village county province state district region territory republic kingdom emirates coast border pass canal strait
cathedral temple mosque church stadium arena hotel zoo palace castle tower plaza
`);

/** Words that end a name run when capitalised inside a title-case run (not name material). */
export const NOT_NAME_WORDS = words(`
the a an this that these those it its he she they we i you his her their our my your
`);
