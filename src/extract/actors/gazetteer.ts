/**
 * Gazetteers: countries, demonyms, US states, large cities and regions, well-known organisations,
 * and common given names. General world knowledge; nothing here is specific to one story.
 */
import type { ActorKind } from '../../model.js';

const list = (s: string) =>
  s
    .split(/[;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

const COUNTRIES = list(`
Afghanistan;Albania;Algeria;Andorra;Angola;Argentina;Armenia;Australia;Austria;Azerbaijan;Bahamas;Bahrain;Bangladesh;Barbados;Belarus;Belgium;Belize;Benin;Bhutan;Bolivia;Bosnia;Botswana;Brazil;Brunei;Bulgaria;Burkina Faso;Burundi;Cambodia;Cameroon;Canada;Chad;Chile;China;Colombia;Comoros;Congo;Costa Rica;Croatia;Cuba;Cyprus;Czech Republic;Czechia;Denmark;Djibouti;Dominica;Dominican Republic;Ecuador;Egypt;El Salvador;Eritrea;Estonia;Eswatini;Ethiopia;Fiji;Finland;France;Gabon;Gambia;Georgia;Germany;Ghana;Greece;Grenada;Guatemala;Guinea;Guyana;Haiti;Honduras;Hungary;Iceland;India;Indonesia;Iran;Iraq;Ireland;Israel;Italy;Ivory Coast;Jamaica;Japan;Jordan;Kazakhstan;Kenya;Kosovo;Kuwait;Kyrgyzstan;Laos;Latvia;Lebanon;Lesotho;Liberia;Libya;Liechtenstein;Lithuania;Luxembourg;Madagascar;Malawi;Malaysia;Maldives;Mali;Malta;Mauritania;Mauritius;Mexico;Moldova;Monaco;Mongolia;Montenegro;Morocco;Mozambique;Myanmar;Burma;Namibia;Nepal;Netherlands;Holland;New Zealand;Nicaragua;Niger;Nigeria;North Korea;North Macedonia;Norway;Oman;Pakistan;Palestine;Panama;Papua New Guinea;Paraguay;Peru;Philippines;Poland;Portugal;Qatar;Romania;Russia;Rwanda;Samoa;San Marino;Saudi Arabia;Senegal;Serbia;Seychelles;Sierra Leone;Singapore;Slovakia;Slovenia;Somalia;South Africa;South Korea;Korea;South Sudan;Spain;Sri Lanka;Sudan;Suriname;Sweden;Switzerland;Syria;Taiwan;Tajikistan;Tanzania;Thailand;Togo;Tonga;Trinidad;Tunisia;Turkey;Turkiye;Turkmenistan;Uganda;Ukraine;United Arab Emirates;UAE;United Kingdom;UK;U.K.;Britain;Great Britain;England;Scotland;Wales;Northern Ireland;United States;United States of America;US;U.S.;USA;U.S.A.;America;Uruguay;Uzbekistan;Vatican;Venezuela;Vietnam;Yemen;Zambia;Zimbabwe;Hong Kong;Macau;Greenland;Puerto Rico;Gaza;West Bank;Tibet;Crimea
`);

/** Demonym -> country (adjectives; not actors themselves). */
const DEMONYMS: Record<string, string> = Object.fromEntries(
  list(`
Afghan:Afghanistan;Albanian:Albania;Algerian:Algeria;American:United States;Argentine:Argentina;Argentinian:Argentina;Armenian:Armenia;Australian:Australia;Austrian:Austria;Azerbaijani:Azerbaijan;Bangladeshi:Bangladesh;Belgian:Belgium;Bolivian:Bolivia;Brazilian:Brazil;British:United Kingdom;Bulgarian:Bulgaria;Cambodian:Cambodia;Canadian:Canada;Chilean:Chile;Chinese:China;Colombian:Colombia;Croatian:Croatia;Cuban:Cuba;Czech:Czech Republic;Danish:Denmark;Dutch:Netherlands;Egyptian:Egypt;English:England;Estonian:Estonia;Ethiopian:Ethiopia;European:Europe;Filipino:Philippines;Finnish:Finland;French:France;Georgian:Georgia;German:Germany;Greek:Greece;Hungarian:Hungary;Icelandic:Iceland;Indian:India;Indonesian:Indonesia;Iranian:Iran;Iraqi:Iraq;Irish:Ireland;Israeli:Israel;Italian:Italy;Japanese:Japan;Jordanian:Jordan;Kenyan:Kenya;Korean:Korea;Kuwaiti:Kuwait;Latvian:Latvia;Lebanese:Lebanon;Libyan:Libya;Lithuanian:Lithuania;Malaysian:Malaysia;Mexican:Mexico;Mongolian:Mongolia;Moroccan:Morocco;Nepalese:Nepal;Nepali:Nepal;Nigerian:Nigeria;Norwegian:Norway;Pakistani:Pakistan;Pak:Pakistan;Palestinian:Palestine;Peruvian:Peru;Polish:Poland;Portuguese:Portugal;Qatari:Qatar;Romanian:Romania;Russian:Russia;Rwandan:Rwanda;Saudi:Saudi Arabia;Scottish:Scotland;Serbian:Serbia;Singaporean:Singapore;Slovak:Slovakia;Somali:Somalia;Spanish:Spain;Sri Lankan:Sri Lanka;Sudanese:Sudan;Swedish:Sweden;Swiss:Switzerland;Syrian:Syria;Taiwanese:Taiwan;Thai:Thailand;Tunisian:Tunisia;Turkish:Turkey;Ugandan:Uganda;Ukrainian:Ukraine;Venezuelan:Venezuela;Vietnamese:Vietnam;Welsh:Wales;Yemeni:Yemen;Zimbabwean:Zimbabwe;Kashmiri:Kashmir;Asian:Asia;African:Africa;Arab:Arab;Western:West;Hindu:;Muslim:;Christian:;Jewish:;Sikh:;Buddhist:;Sunni:;Shia:;Shiite:;Islamic:;Catholic:;Protestant:;Republican:;Democrat:;Democratic:;Conservative:;Liberal:;Communist:;Socialist:;Maoist:;Latino:;Hispanic:;Caucasian:;Kurdish:;Baloch:;Pashtun:;Punjabi:;Sindhi:;Bengali:;Tamil:;Gujarati:;Marathi:
`).map((pair) => {
    const [d, c] = pair.split(':');
    return [d!.toLowerCase(), c ?? ''];
  }),
);

const US_STATES = list(`
Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;Florida;Georgia;Hawaii;Idaho;Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;Mississippi;Missouri;Montana;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;New York;North Carolina;North Dakota;Ohio;Oklahoma;Oregon;Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;Texas;Utah;Vermont;Virginia;Washington;West Virginia;Wisconsin;Wyoming
`);

const PLACES = list(`
Earth;Africa;Asia;Europe;North America;South America;Latin America;Antarctica;Oceania;Middle East;South Asia;East Asia;Southeast Asia;Central Asia;West Asia;Gulf;Persian Gulf;Arabian Sea;Indian Ocean;Pacific;Atlantic;Mediterranean;Caribbean;Balkans;Scandinavia;Siberia;Himalayas;Sahara;Kashmir;Jammu;Jammu and Kashmir;Ladakh;Punjab;Sindh;Balochistan;Khyber Pakhtunkhwa;Gilgit-Baltistan;Bengal;Kerala;Tamil Nadu;Gujarat;Maharashtra;Bihar;Assam;Rajasthan;Uttar Pradesh;Quebec;Ontario;Bavaria;Catalonia;Scotland;Chechnya;Donbas;Kurdistan;Xinjiang;Silicon Valley;Wall Street;Capitol Hill;Line of Control;LoC
London;Paris;Berlin;Madrid;Rome;Milan;Vienna;Brussels;Amsterdam;Geneva;Zurich;Frankfurt;Munich;Hamburg;Toulouse;Lyon;Marseille;Dublin;Edinburgh;Manchester;Birmingham;Lisbon;Athens;Istanbul;Ankara;Moscow;Kyiv;Kiev;Warsaw;Prague;Budapest;Stockholm;Oslo;Copenhagen;Helsinki;Tehran;Baghdad;Damascus;Beirut;Jerusalem;Tel Aviv;Cairo;Riyadh;Jeddah;Doha;Dubai;Abu Dhabi;Muscat;Kabul;Islamabad;Rawalpindi;Lahore;Karachi;Peshawar;Quetta;Muzaffarabad;New Delhi;Delhi;Mumbai;Kolkata;Chennai;Bangalore;Bengaluru;Hyderabad;Srinagar;Pahalgam;Ahmedabad;Pune;Dhaka;Kathmandu;Colombo;Beijing;Shanghai;Hong Kong;Shenzhen;Guangzhou;Tokyo;Osaka;Seoul;Pyongyang;Taipei;Bangkok;Hanoi;Singapore;Jakarta;Manila;Kuala Lumpur;Sydney;Melbourne;Auckland;Toronto;Montreal;Vancouver;Ottawa;Mexico City;Havana;Bogota;Lima;Santiago;Buenos Aires;Rio de Janeiro;Sao Paulo;Brasilia;Caracas;Nairobi;Lagos;Johannesburg;Cape Town;Addis Ababa;Khartoum;Tripoli;Tunis;Algiers;Casablanca;Washington;Washington D.C.;New York;New York City;Los Angeles;San Francisco;Chicago;Boston;Seattle;Houston;Dallas;Miami;Atlanta;Denver;Detroit;Philadelphia;Phoenix;Las Vegas;San Diego;San Jose;Cupertino;Mountain View;Redmond;Palo Alto;Everett;Renton;Wichita;Mobile;St. Louis;Long Beach;Heathrow;Gatwick;Manhattan;Brooklyn;Lower Manhattan;Midtown Manhattan;Dearborn;Lansing;Flint;Auburn Hills;Ann Arbor;Windsor;Oshawa;Rüsselsheim;Russelsheim;Trollhättan;Bochum;Antwerp;Luxembourg;Canary Wharf;City of London
`);

const ORGS = list(`
United Nations;UN;U.N.;UN Security Council;Security Council;NATO;European Union;EU;E.U.;World Bank;International Monetary Fund;IMF;World Health Organization;WHO;WTO;OPEC;ASEAN;African Union;Red Cross;Interpol;Amnesty International;Human Rights Watch;Greenpeace;FIFA;IOC;
White House;Kremlin;Downing Street;FBI;CIA;NSA;NASA;FAA;SEC;FDA;EPA;DHS;DOJ;Pentagon;Congress;Senate;Parliament;Supreme Court;State Department;Department of State;Justice Department;Department of Defense;Defense Department;Federal Reserve;Fed;
Reuters;Dow Jones Newswires;MarketWatch;CNBC;Bloomberg News;Kyodo;Xinhua;Yonhap;Nikkei Inc.;Associated Press;AP;AFP;Agence France-Presse;ANI;PTI;IANS;BBC;CNN;Fox News;NBC;CBS;ABC;MSNBC;NPR;Bloomberg;Al Jazeera;New York Times;Washington Post;Wall Street Journal;Financial Times;The Guardian;Guardian;Wikinews;Dawn;
Apple;Apple Inc.;Apple Computer;Google;Alphabet;Microsoft;Amazon;Meta;Facebook;Twitter;IBM;Intel;Samsung;Sony;Nokia;Boeing;Airbus;EADS;Lockheed Martin;Northrop Grumman;Raytheon;General Dynamics;General Electric;GE;General Motors;GM;Ford;Toyota;Tesla;Exxon;Shell;BP;Walmart;Netflix;Oracle;Cisco;Qualcomm;Nvidia;AMD;HP;Hewlett-Packard;Dell;Motorola;AT&T;Verizon;Ryanair;EasyJet;Lufthansa;Emirates;Qatar Airways;British Airways;Air France;KLM;Delta;United Airlines;American Airlines;Southwest Airlines;Goldman Sachs;JPMorgan;JPMorgan Chase;JP Morgan;Morgan Stanley;Citigroup;HSBC;Barclays;
Treasury;US Treasury;Treasury Department;Department of the Treasury;Commerce Department;Department of Commerce;Labor Department;Department of Labor;Federal Deposit Insurance Corporation;FDIC;Securities and Exchange Commission;Federal Trade Commission;FTC;Congressional Budget Office;Government Accountability Office;GAO;
European Central Bank;ECB;Bank of England;Bank of Japan;People's Bank of China;Bundesbank;Bank of Canada;Reserve Bank of India;Reserve Bank of Australia;Swiss National Bank;
New York Stock Exchange;NYSE;Nasdaq Stock Market;London Stock Exchange;LSE;Tokyo Stock Exchange;Hong Kong Stock Exchange;Shanghai Stock Exchange;Bombay Stock Exchange;Euronext;Deutsche Börse;Deutsche Boerse;Chicago Mercantile Exchange;New York Mercantile Exchange;Nymex;Chicago Board Options Exchange;
Standard & Poor's;Standard & Poor;Moody's;Moody's Investors Service;Fitch;Fitch Ratings;Dow Jones & Company;Thomson Reuters;
Merrill Lynch;Lehman Brothers;Bear Stearns;Citibank;Bank of America;Wells Fargo;Wachovia;Washington Mutual;Fannie Mae;Freddie Mac;AIG;American International Group;UBS;Credit Suisse;Deutsche Bank;BNP Paribas;Société Générale;Societe Generale;Santander;Lloyds;Lloyds TSB;HBOS;Royal Bank of Scotland;RBS;Northern Rock;Commerzbank;Allianz;ING;Fortis;Dexia;Nomura;Mizuho;Mitsubishi UFJ;BlackRock;Berkshire Hathaway;Cerberus;Blackstone;Carlyle Group;
Chrysler;Fiat;Opel;Vauxhall;Saab;Hummer;Saturn;Pontiac;Buick;Cadillac;Chevrolet;Chevy;GMC;Holden;Daewoo;Volkswagen;VW;Audi;Porsche;BMW;Daimler;Mercedes-Benz;Renault;Nissan;Honda;Hyundai;Kia;Peugeot;Citroen;Citroën;Volvo;Jaguar;Land Rover;Tata Motors;Mazda;Subaru;Suzuki;Mitsubishi;Magna;Magna International;Delphi;GMAC;Ford Motor;UAW;United Auto Workers;CAW;Canadian Auto Workers;AFL-CIO;Teamsters;
Taliban;Hamas;Hezbollah;al-Qaeda;Al Qaeda;ISIS;ISIL;Islamic State;Lashkar-e-Taiba;LeT;Jaish-e-Mohammed;JeM;Hizbul Mujahideen;The Resistance Front;TRF;BJP;Congress Party;PTI;PML-N;PPP;Democratic Party;Republican Party;Labour Party;Conservative Party
`);

/** A few hundred common given names (English-language news and South Asian, Arab, European ones). */
const GIVEN = list(`
Aaron;Abdul;Abdullah;Abhishek;Adam;Adrian;Ahmad;Ahmed;Aisha;Ajay;Ajit;Alan;Albert;Alberto;Alex;Alexander;Alexandra;Alexis;Ali;Alice;Alison;Allen;Amanda;Amit;Amir;Amit;Amy;Ana;Andrea;Andreas;Andrew;Andy;Angela;Anil;Anita;Ann;Anna;Anne;Anthony;Antonio;Antony;Anwar;Arjun;Arnold;Arthur;Arun;Arvind;Asif;Asim;Ashok;Barack;Barbara;Ben;Benjamin;Bernard;Betty;Bill;Bob;Boris;Brad;Brandon;Brian;Bruce;Bruno;Carl;Carlos;Carol;Caroline;Catherine;Charles;Charlie;Chris;Christian;Christina;Christine;Christopher;Claire;Claude;Colin;Craig;Daniel;Danny;Darleen;David;Deborah;Dennis;Diana;Donald;Doug;Douglas;Duncan;Ed;Eddie;Edward;Elizabeth;Ellen;Emily;Emma;Emmanuel;Eric;Erik;Fatima;Frank;François;Fred;Gary;George;Gerald;Gordon;Greg;Gregory;Hamid;Hans;Harry;Hassan;Helen;Henry;Hillary;Howard;Hugh;Hussain;Ian;Imran;Irfan;Isaac;Ishaq;Jack;Jacob;Jacques;James;Jamie;Jane;Janet;Jason;Javed;Jean;Jeff;Jeffrey;Jennifer;Jeremy;Jerry;Jessica;Jim;Joan;Joe;John;Johnny;Jon;Jonathan;Jose;Joseph;Josh;Joshua;Juan;Judith;Julia;Julie;Justin;Karen;Kate;Katherine;Keith;Kelly;Ken;Kenneth;Kevin;Khalid;Khawaja;Kim;Kumar;Larry;Laura;Lawrence;Lee;Leo;Linda;Lisa;Louis;Louise;Lucy;Luis;Mahmood;Mahmoud;Manoj;Marco;Margaret;Maria;Marie;Mark;Martin;Mary;Matt;Matthew;Maya;Megan;Michael;Michel;Michelle;Mike;Mohammad;Mohammed;Muhammad;Mukesh;Nancy;Narendra;Naveed;Nawaz;Neil;Nicholas;Nick;Nicola;Nicolas;Nikhil;Nirmala;Norm;Norman;Olivia;Omar;Pankaj;Patricia;Patrick;Patty;Paul;Pedro;Peter;Phil;Philip;Pierre;Priya;Rachel;Rahul;Raj;Rajesh;Rajnath;Ralph;Ram;Ramesh;Randy;Ravi;Raymond;Rebecca;Richard;Rick;Rob;Robert;Roger;Ron;Ronald;Rose;Ross;Roy;Russell;Ruth;Ryan;Sachin;Sally;Sam;Samuel;Sandra;Sandy;Sanjay;Sara;Sarah;Scott;Sean;Sergei;Shahbaz;Shehbaz;Sharon;Shashi;Sheikh;Simon;Sonia;Stephen;Steve;Steven;Stuart;Subrahmanyam;Sunil;Susan;Suresh;Tammy;Ted;Teresa;Theresa;Thomas;Tim;Timothy;Todd;Tom;Tony;Tyler;Usman;Victor;Vijay;Vikram;Vincent;Vladimir;Walter;Wayne;William;Xi;Yalda;Yusuf;Zaid;Zubair;Pam;Pamela;Debbie;Deborah;Donna;Sue;Susan;Cathy;Kathy;Kathleen;Cindy;Diane;Denise;Gloria;Joyce;Judy;Julie;Kim;Lori;Marilyn;Martha;Nicole;Paula;Peggy;Penny;Rita;Robin;Shirley;Stephanie;Tina;Tracy;Valerie;Wendy;Heather;Holly;Jill;Joy;Kristen;Lauren;Leslie;Lynn;Melissa;Monica;Natalie;Rachel;Renee;Samantha;Stacy;Tara;Tiffany;Vanessa;Whitney;Ivanka;Melania;Chelsea;Huma;Kellyanne;Nancy;Elizabeth;Bernie;Hillary;Barack;Rudy;Newt;Reince;Paul;Mitch;Chuck;Harry;Marco;Ted;Jeb;Ben;Carly;Rand;Chris;Lindsey;Rick;Gary;Jill;Evan;Tim;Mike;Joe;Eric;Corey;Stephen;Steve;Roger;Sean;Rush;Bill;Al;Jimmy;Ronald;Gerald;Dick;Colin;Condoleezza;Madeleine;Hank;Lester;Megyn;Anderson;Wolf;Jake;Chris;Martha;Savannah;Norah;Matt;Bret;Brit;Bob;Robert;Lou;Larry;Glenn;Hugh;Howard;Sid;Mort;Jared;Donald;Omarosa;Alan;Andrew;Anthony;Arnold;Austin;Benjamin;Bradley;Bruce;Bryan;Carl;Charles;Cody;Curtis;Dale;Dan;Darren;Dave;Dean;Derek;Dustin;Dylan;Earl;Edwin;Ethan;Eugene;Evan;Frederick;Gabriel;Glen;Grant;Harold;Jesse;Joel;Jordan;Kyle;Lance;Leonard;Lucas;Luke;Marcus;Marvin;Mason;Max;Mitchell;Nathan;Noah;Oliver;Oscar;Owen;Philip;Ralph;Ray;Rodney;Russell;Shawn;Spencer;Stanley;Travis;Trevor;Troy;Vernon;Wesley;Zachary;Steve;Tim;Phil;Jony;Eddy;Ron;Jim;Joe;Scott;Walt;Rudy;Sundar;Satya;Elon;Jeff;Mark;Sheryl;Larry;Sergey;Gavin;Marissa;Meg;Carly;Ginni;Indra;Warren;Rupert;Hugo;Angela;Emmanuel;Olaf;Rishi;Keir;Giorgia;Recep;Benjamin;Volodymyr;Joko;Fumio;Shinzo;Yoon;Lula;Javier;Justin;Jacinda;Kamala;Marco;Pete;Kristi;Tulsi;Kash;JD;Mike
`);

/** Stock market indices: named in market news, neither organisations nor places. */
const INDICES = list(`
Dow Jones Industrial Average;Dow Jones industrials;FTSEurofirst 300;Dow Jones;DJIA;Dow;S&P 500;S&P500;Standard & Poor's 500;Standard and Poor's 500;S&P/TSX Composite;S&P/ASX 200;ASX 200;Nasdaq Composite;Nasdaq 100;Nasdaq-100;Russell 2000;Wilshire 5000;
FTSE 100;FTSE-100;FTSE 250;FTSE All-Share;FTSE MIB;DAX;Xetra DAX;CAC 40;CAC-40;Euro Stoxx 50;Euro STOXX 50;Stoxx Europe 600;Stoxx 600;IBEX 35;AEX;SMI;OMX;BEL 20;PSI 20;ATX;MICEX;RTS;
Nikkei;Nikkei 225;Nikkei Stock Average;Topix;Hang Seng;Hang Seng Index;Shanghai Composite;Shanghai Composite Index;CSI 300;Shenzhen Composite;Kospi;Sensex;BSE Sensex;Nifty;Nifty 50;Straits Times Index;Taiex;All Ordinaries;NZX 50;Bovespa;Merval;TSX;TSX Composite;Jakarta Composite;KLCI;SET Index;PSEi;Tadawul
`);

const keyUncached = (s: string) => {
  let k = s.toLowerCase();
  if (k.includes('.')) k = k.replace(/\./g, '');
  if (k.includes('’')) k = k.replace(/’/g, "'");
  return k;
};

/**
 * A string of its own: a word cut out of an article (a slice) can keep the whole article's text alive, and a memo
 * outlives the article. Short strings are copies already; a longer one is copied (the slice of a flattened
 * concatenation holds a fresh copy, not the article).
 */
const own = (s: string) => (s.length < 13 ? s : (' ' + s).slice(1));

/**
 * A memo of f: the same few thousand words and names are looked up again and again (per token, per form, per
 * article). Bounded: emptied when it grows large, so a long run does not hold every word it ever saw, nor (through
 * its keys and values) any article's text.
 */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T | null>();
  return (s) => {
    const v = cache.get(s);
    if (v !== undefined) return v === null ? (undefined as T) : v;
    const r = f(s);
    if (cache.size >= 50_000) cache.clear();
    cache.set(own(s), r === undefined ? null : typeof r === 'string' ? (own(r) as T) : r);
    return r;
  };
}

const key = memo(keyUncached);

const KIND = new Map<string, ActorKind>();
for (const p of [...PLACES, ...US_STATES, ...COUNTRIES]) KIND.set(key(p), 'place');
for (const o of ORGS) KIND.set(key(o), 'organization');
for (const x of INDICES) KIND.set(key(x), 'other');
const GIVEN_SET = new Set(GIVEN.map(key));
const COUNTRY_SET = new Set(COUNTRIES.map(key));
const REGION_SET = new Set([...COUNTRIES, ...US_STATES].map(key));

/** A country or a US state: the second part of "Mobile, Alabama" / "Toulouse, France". */
function isCountryOrStateUncached(name: string): boolean {
  return REGION_SET.has(key(name));
}
export const isCountryOrState = memo(isCountryOrStateUncached);

/** Kind of a well-known name, if the gazetteer knows it. */
function gazetteerKindUncached(name: string): ActorKind | undefined {
  return KIND.get(key(name));
}
export const gazetteerKind = memo(gazetteerKindUncached);

function isCountryUncached(name: string): boolean {
  return COUNTRY_SET.has(key(name));
}
export const isCountry = memo(isCountryUncached);

function isGivenNameUncached(word: string): boolean {
  return GIVEN_SET.has(key(word));
}
export const isGivenName = memo(isGivenNameUncached);

/** The country a demonym refers to ("" for religious/political adjectives), or undefined when not a demonym. */
function demonymCountryUncached(word: string): string | undefined {
  return DEMONYMS[key(word)];
}
export const demonymCountry = memo(demonymCountryUncached);

function isDemonymUncached(word: string): boolean {
  const k = key(word);
  return k in DEMONYMS || (k.endsWith('s') && k.slice(0, -1) in DEMONYMS);
}
export const isDemonym = memo(isDemonymUncached);

const SAME_PLACE: Record<string, string> = {
  us: 'united states', usa: 'united states', 'united states of america': 'united states', america: 'united states',
  uk: 'united kingdom', britain: 'united kingdom', 'great britain': 'united kingdom',
  uae: 'united arab emirates', turkiye: 'turkey', burma: 'myanmar', holland: 'netherlands', czechia: 'czech republic', kiev: 'kyiv', bengaluru: 'bangalore',
  eu: 'european union', un: 'united nations', fed: 'federal reserve', 'us federal reserve': 'federal reserve',
};

/** One key for the names of one country or body ("US", "U.S.", "USA", "United States" -> "united states"). */
function canonicalPlaceUncached(name: string): string | undefined {
  const k = key(name);
  return SAME_PLACE[k] ?? (SAME_PLACE_VALUES.has(k) ? k : undefined);
}
export const canonicalPlace = memo(canonicalPlaceUncached);
const SAME_PLACE_VALUES = new Set(Object.values(SAME_PLACE));
