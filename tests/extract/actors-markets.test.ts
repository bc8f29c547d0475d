/**
 * Actors in business and market news of the Wikinews kind: stock indices, companies with legal suffixes and
 * tickers, car makers and unions, central banks. Sentences written for these tests in the style of such news.
 */
import { describe, expect, test } from 'vitest';
import { actor, actorsOf, names } from './actor-helpers.js';

describe('stock market indices', () => {
  test('an index is named with its number, and is neither a company nor a place', () => {
    const actors = actorsOf(
      'The broader S&P 500 index lost 3.9 percent, while in London the FTSE 100 dropped 7.9 percent and the Paris CAC-40 fell 3.8 percent. ' +
        "Japan's benchmark Nikkei 225 Stock Average rose 3.3 percent, and the Standard & Poor's 500 gained 7.1 percent. Australia's S&P/ASX 200 closed up 2.1 percent.",
    );
    for (const index of ['S&P 500', 'FTSE 100', 'CAC-40', 'Nikkei 225 Stock Average', "Standard & Poor's 500", 'S&P/ASX 200']) expect(actor(actors, index).kind).toBe('other');
    expect(actor(actors, 'Paris').kind).toBe('place');
    expect(names(actors)).not.toContain('S&P');
    expect(names(actors)).not.toContain('FTSE');
    expect(names(actors)).not.toContain('Stock Average');
    expect(names(actors)).not.toContain('Paris CAC-40');
  });
});

describe('companies, tickers and legal names', () => {
  test('a stock ticker after the exchange is another name of the company before it', () => {
    const actors = actorsOf('Halvorsen Dynamics Inc. (NASDAQ: HVDX) said on Tuesday that it would cut 2,000 jobs.');
    expect(actor(actors, 'Halvorsen Dynamics Inc.').aliases).toContain('HVDX');
    expect(actors.filter((a) => a.name === 'HVDX')).toEqual([]);
  });

  test('two companies joined by "and" stay two when the second is known by its initials', () => {
    const actors = actorsOf('The losses were spread across lenders such as Natixis and DZ Bank AG, the report said.');
    expect(names(actors)).toContain('Natixis');
    expect(names(actors)).toContain('DZ Bank AG');
  });

  test('a web name is one organisation', () => {
    const actors = actorsOf('Jesse Toprak, an analyst at Kelburn.com, said sales would recover slowly.');
    expect(actor(actors, 'Kelburn.com').kind).toBe('organization');
  });

  test('an organisation head before "of", and a country before a known body', () => {
    const actors = actorsOf('The Bank of Montreal raised its forecast. The US Federal Reserve said it would pay interest on reserves. Oil platforms in the Gulf of Mexico were shut.');
    expect(actor(actors, 'Bank of Montreal').kind).toBe('organization');
    expect(actor(actors, 'Gulf of Mexico').kind).toBe('place');
    expect(actor(actors, 'US Federal Reserve').kind).toBe('organization');
  });

  test('"X, France\'s second-largest bank" is not a place in France', () => {
    const actors = actorsOf("Crédit Lyonnais, France's second-largest bank, said last week it had lost €4.9 billion. The pods will be made by Wimborne, UK's Cobham.");
    expect(actor(actors, 'Crédit Lyonnais').aliases).not.toContain('Crédit Lyonnais, France');
    expect(actor(actors, 'Wimborne').kind).toBe('place');
  });
});

describe('car makers, unions and governments', () => {
  test('brands, the union and the Treasury are organisations; the court is in a place', () => {
    const actors = actorsOf(
      'General Motors filed for bankruptcy in a Manhattan court on Monday. The US Treasury will take a 60 percent stake, and the United Auto Workers union will own 17.5 percent. The company plans to sell its Hummer and Saab brands and keep Chevrolet.',
    );
    expect(actor(actors, 'Manhattan').kind).toBe('place');
    expect(actor(actors, 'US Treasury').kind).toBe('organization');
    expect(actor(actors, 'United Auto Workers').kind).toBe('organization');
    for (const brand of ['Hummer', 'Saab', 'Chevrolet']) expect(actor(actors, brand).kind).toBe('organization');
  });
});

describe('capitalised words that are not actors', () => {
  test('"Chapter 11" and "the Great Depression" are not actors', () => {
    const actors = actorsOf('The carmaker filed for Chapter 11 bankruptcy protection, the largest industrial bankruptcy since the Great Depression.');
    expect(names(actors)).not.toContain('Chapter');
    expect(names(actors)).not.toContain('Great Depression');
  });

  test('a common noun opening both the title and the first sentence is not a name', () => {
    const actors = actorsOf('Stock markets tumble worldwide as bank fears grow\n\nMonday, October 6, 2008\n\nStock markets around the world fell sharply on Monday.\n');
    expect(names(actors)).not.toContain('Stock');
  });

  test('a name quoted inside sentences stays a name', () => {
    const actors = actorsOf('Boeing\'s newest aircraft, the 787 "Dreamliner", made its first flight. The release of the "Dreamliner" is late.');
    expect(names(actors)).toContain('Dreamliner');
  });
});

describe('roles, kinds and aliases in market news', () => {
  test('a role written after the name may hold lowercase words ("chief market economist")', () => {
    const actors = actorsOf(
      '"Investors are more confident," said Peter Calloway, chief market economist at Ridgeline Capital in New York. The rally may fade, said Joanna Frey, senior currency strategist at Rabobank.',
    );
    expect(actor(actors, 'Peter Calloway').roles).toEqual(['chief market economist']);
    expect(actor(actors, 'Joanna Frey').roles).toEqual(['senior currency strategist']);
  });

  test('a plural role before "said" belongs to the next clause, not to the name before it', () => {
    const actors = actorsOf('The remark was an insult to all Marylanders, top state lawmakers said on Friday.');
    expect(actors.flatMap((a) => a.roles)).toEqual([]);
  });

  test('organisations named "X for Y" and legal forms of other countries', () => {
    const actors = actorsOf('Growth accelerated in February, the Institute for Supply Management said. The Swedish unit Trollvik Automobile AB will be spun off.');
    expect(actor(actors, 'Institute for Supply Management').kind).toBe('organization');
    expect(actor(actors, 'Trollvik Automobile AB').kind).toBe('organization');
  });

  test('credit ratings are not actors', () => {
    const actors = actorsOf("Standard & Poor's cut the country's rating to CCC on Monday, and Moody's kept its BBB rating.");
    expect(names(actors)).not.toContain('CCC');
    expect(names(actors)).not.toContain('BBB');
  });

  test('"in Bochum and Eisenach": the second name after a place preposition is a place', () => {
    const actors = actorsOf('Workers at the plants in Bochum and Eisenach were worried about the sale.');
    expect(actor(actors, 'Eisenach').kind).toBe('place');
  });

  test('"the Bush administration" names a person', () => {
    const actors = actorsOf('The Bush administration agreed to lend the carmakers $17.4 billion.');
    expect(actor(actors, 'Bush').kind).toBe('person');
  });

  test('an index with and without its number is one actor', () => {
    const actors = actorsOf("Nikkei drops to 26-year low as yen soars\n\nJapan's Nikkei 225 index fell 6.4 percent. The Nikkei has lost half its value this year. Hong Kong's Hang Seng Index fell, and the Hang Seng is down 40 percent.");
    expect(actor(actors, 'Nikkei 225').aliases).toContain('Nikkei');
    expect(actor(actors, 'Hang Seng Index').aliases).toContain('Hang Seng');
  });
});

describe('capitalised words in headings and set phrases', () => {
  test('a two-word run-in heading is not a name', () => {
    const actors = actorsOf('The Dow rose 1 percent on Tuesday.\nMarket Reaction\nSome traders said the rally could fade.\n');
    expect(names(actors)).not.toContain('Reaction');
    expect(names(actors)).not.toContain('Market Reaction');
  });

  test('a common noun opening a sentence before a verb is not a name', () => {
    const actors = actorsOf('Crossfire has been reported along the border since Sunday. "Fear is driving the market right now," one trader said.');
    expect(names(actors)).not.toContain('Crossfire');
    expect(names(actors)).not.toContain('Fear');
  });

  test('a concept capitalised for emphasis after "his" is not an actor', () => {
    const actors = actorsOf('The Secretary-General offered his Good Offices to help both sides, his spokesman said.');
    expect(names(actors)).not.toContain('Good Offices');
  });
});

describe('one company under its longer and shorter names', () => {
  test('"Lehman" = "Lehman Brothers" = "Lehman Brothers Holdings Inc."', () => {
    const actors = actorsOf(
      'Lehman Brothers files for bankruptcy\n\nLehman Brothers Holdings Inc., the fourth-largest investment bank in the United States, filed for bankruptcy on Monday. Lehman had failed to find a buyer.',
    );
    const lehman = actor(actors, 'Lehman Brothers Holdings Inc.');
    expect(lehman.aliases).toEqual(expect.arrayContaining(['Lehman', 'Lehman Brothers']));
  });

  test('an index after a sentence-opening "The" keeps its number', () => {
    const actors = actorsOf('The FTSE 100 in London dropped 3.9 percent.');
    expect(actor(actors, 'FTSE 100').kind).toBe('other');
    expect(names(actors)).not.toContain('FTSE');
  });
});

describe('people and companies introduced by what they are', () => {
  test('a role set off by commas before the name ("Saab\'s chief executive, Jan-Åke Jonsson,")', () => {
    const actors = actorsOf(
      "Saab's chief executive, Jan-Åke Jonsson, said the company would become independent. Sweden's enterprise minister, Maud Olofsson, said the state would not buy it. He thanked his father, Rafael, for his support.",
    );
    expect(actor(actors, 'Jan-Åke Jonsson').kind).toBe('person');
    expect(actor(actors, 'Jan-Åke Jonsson').roles).toEqual(["Saab's chief executive"]);
    expect(actor(actors, 'Maud Olofsson').roles).toEqual(["Sweden's enterprise minister"]);
    expect(actor(actors, 'Rafael').roles).toEqual([]);
  });

  test('a lowercase noun between the owner and the role head belongs to the role', () => {
    const actors = actorsOf("Saudi Arabia's oil minister Ali al-Naimi said last month that the market was well supplied.");
    expect(actor(actors, 'Ali al-Naimi').roles).toEqual(["Saudi Arabia's oil minister"]);
  });

  test('a company named after "newspaper", "carmaker", "retailer" is an organisation', () => {
    const actors = actorsOf('Swedish newspaper Dagens Industri reported the talks. Sales rose at electronics retailer Harlow Brothers Stores, and at carmaker Volvenko Automobile.');
    expect(actor(actors, 'Dagens Industri').kind).toBe('organization');
    expect(actor(actors, 'Volvenko Automobile').kind).toBe('organization');
    // a person's trade before the name says nothing of a company
    expect(actor(actorsOf('Newspaper publisher Rupert Murdoch said the bid was fair.'), 'Rupert Murdoch').kind).toBe('person');
  });

  test('a nationality in a title-case headline names its country', () => {
    const actors = actorsOf('GM Sells Hummer Brand To Chinese Machinery Maker\n\nGeneral Motors agreed to sell Hummer to a little-known Chinese manufacturer.');
    expect(names(actors)).not.toContain('Chinese');
    expect(actor(actors, 'China').aliases).toContain('Chinese');
  });

  test('a plural initialism ("SUVs", "PACs") is not an actor', () => {
    const actors = actorsOf('Environmental groups said the gas-guzzling SUVs were out of step with the times, and super PACs spent millions.');
    expect(names(actors)).not.toContain('SUVs');
    expect(names(actors)).not.toContain('PACs');
  });
});

describe('roles in business news', () => {
  test('a title-case headline gives no role ("U.S. Government Gives GM Chief Executive Rick Wagoner Ultimatum")', () => {
    const actors = actorsOf('U.S. Government Gives GM Chief Executive Rick Wagoner Ultimatum\n\nRick Wagoner has agreed to step down, the White House said on Sunday.');
    expect(actor(actors, 'Rick Wagoner').roles).toEqual([]);
  });

  test('"economists at Capital Economics": where someone works is an organisation, not a place', () => {
    const actors = actorsOf('Economists at Capital Economics expect the economy to shrink. "It is a barrier," said Phil Flynn, an analyst at Alaron Trading in Chicago.');
    expect(actor(actors, 'Capital Economics').kind).toBe('organization');
    expect(actor(actors, 'Alaron Trading').kind).toBe('organization');
    expect(actor(actors, 'Chicago').kind).toBe('place');
  });

  test('a surname that is also a role word, and "Chancellor of the Exchequer"', () => {
    const actors = actorsOf('Governor Mervyn King said the bank was doing what it can. Chancellor of the Exchequer Alistair Darling said the government would act.');
    expect(actor(actors, 'Mervyn King').roles).toEqual(['Governor']);
    expect(actor(actors, 'Alistair Darling').roles).toEqual(['Chancellor of the Exchequer']);
    expect(names(actors)).not.toContain('Governor Mervyn King');
  });

  test('a role after the name is not cut inside "of defense contractor …"', () => {
    const actors = actorsOf('Kent Kresa, a former chief executive of defense contractor Northrop Grumman, will become chairman. John Podesta, chief of staff to the president, agreed.');
    expect(actor(actors, 'Kent Kresa').roles).toEqual(['former chief executive']);
    expect(actor(actors, 'John Podesta').roles).toEqual(['chief of staff']);
  });

  test('a confederation is an organisation', () => {
    const actors = actorsOf('The Confederation of British Industry (CBI) welcomed the move.');
    expect(actor(actors, 'Confederation of British Industry').kind).toBe('organization');
  });
});

describe('flights', () => {
  test('"Adam Air Flight 574": the airline is the actor, the flight number is not part of its name', () => {
    const actors = actorsOf('The ban followed the losses of Adam Air Flight 574 and Garuda Indonesia Flight 200 this year.');
    expect(names(actors)).toContain('Adam Air');
    expect(names(actors)).toContain('Garuda Indonesia');
    expect(names(actors).some((n) => /Flight/.test(n))).toBe(false);
  });
});

describe('market words that are not actors', () => {
  test('investors, creditors and commodities opening a sentence before a verb are not names', () => {
    const actors = actorsOf('Creditors will vote on the plan next week. Shareholders have approved the sale. Crude rose 2 percent.');
    expect(names(actors)).toEqual([]);
  });

  test('"the New Year sales", "Black Monday", and a currency\'s letters ("HK$") are not actors', () => {
    const actors = actorsOf('Demand was strong in the New Year sales. It was the worst fall since Black Monday in 1987. The deal is worth HK$3.2 billion.');
    expect(names(actors)).toEqual([]);
  });

  test('a newswire is an organisation', () => {
    const actors = actorsOf('The figures were reported by Dow Jones Newswires on Tuesday.');
    expect(actor(actors, 'Dow Jones Newswires').kind).toBe('organization');
  });
});

describe('more names of the markets', () => {
  test('a role after the name stops before "of North American sales"', () => {
    const actors = actorsOf('Mark LaNeve, GM\'s vice president of North American sales, said December sales were "better than expected".');
    expect(actor(actors, 'Mark LaNeve').roles).toEqual(["GM's vice president"]);
    const union = actorsOf('Ron Gettelfinger, president of the United Auto Workers of America, said the union would agree.');
    expect(actor(union, 'Ron Gettelfinger').roles).toEqual(['president of the United Auto Workers of America']);
  });

  test('the rating agency before its possessive is an organisation; Hewlett-Packard is a company', () => {
    const actors = actorsOf("Standard & Poor's cut Greece's credit rating on Monday. Earnings at Hewlett-Packard beat estimates.");
    expect(actor(actors, 'Standard & Poor').kind).toBe('organization');
    expect(actor(actors, 'Hewlett-Packard').kind).toBe('organization');
  });
});

describe('companies next to roles and people', () => {
  test('"of Apple Inc. Steve Jobs": the legal suffix ends the company name', () => {
    const actors = actorsOf('The former chief executive officer of Kestrel Inc. Jonah Fielding has died at the age of 56.');
    expect(names(actors)).toContain('Kestrel Inc.');
    expect(names(actors)).toContain('Jonah Fielding');
    const wagoner = actorsOf('Kestrel Corp. Chief Executive Rick Wagoner said the plan was viable.');
    expect(actor(wagoner, 'Rick Wagoner').roles).toEqual(['Kestrel Corp. Chief Executive']);
  });

  test('a company and a role with no name in the run: the company is the actor', () => {
    const actors = actorsOf('"We thank our teams," said Airbus President and Chief Executive Officer, Tom Enders. Steve Jobs, the Apple Chief Executive Officer, announced the phone.');
    expect(names(actors)).toEqual(expect.arrayContaining(['Airbus', 'Apple', 'Tom Enders', 'Steve Jobs']));
    expect(names(actors)).not.toContain('Airbus President');
    expect(names(actors)).not.toContain('Apple Chief Executive Officer');
  });

  test('"Senate Majority Leader", "Senate Republican leader": the chamber, not a name "Senate Majority"', () => {
    const actors = actorsOf('Senate Majority Leader Mitch McConnell blocked the bill. It was followed by a trip by Senate Republican leader John Cornyn a month later.');
    expect(names(actors)).not.toContain('Senate Majority');
    expect(names(actors)).not.toContain('Senate Republican');
    expect(actor(actors, 'Mitch McConnell').kind).toBe('person');
  });
});

describe('a company that only ever opens sentences', () => {
  test('"Veltrana to cut jobs" / "Veltrana, Japan\'s third-largest carmaker, said": still a name', () => {
    const actors = actorsOf("Veltrana to cut 20,000 jobs\n\nVeltrana, Japan's third-largest carmaker, said on Monday it would cut 20,000 jobs.\n");
    expect(names(actors)).toContain("Veltrana");
  });
});

describe('a name in apposition opening a sentence', () => {
  test('"Veltrana, the Swedish carmaker, said": a name even when written once', () => {
    const actors = actorsOf('Veltrana, the Swedish carmaker, said on Friday it would file for reorganisation. Worse, the company has lost its lenders.');
    expect(names(actors)).toContain('Veltrana');
    expect(names(actors)).not.toContain('Worse');
  });
});

describe('places and sentence nouns around company news', () => {
  test('"Moraine, Ohio, GM chief executive Rick Wagoner announced": a town and its state before a name', () => {
    const actors = actorsOf('GM will close factories in Janesville, Wisconsin and Moraine, Ohio, GM chief executive Rick Wagoner announced.');
    expect(actor(actors, 'Moraine').kind).toBe('place');
    expect(actor(actors, 'Moraine').aliases).toContain('Moraine, Ohio');
  });

  test('"Stock markets … fell" opening a sentence, though the article names a stock exchange', () => {
    const actors = actorsOf("Stock markets around the world fell on Tuesday after the Shanghai Stock Exchange's main index plunged 8.8 percent.");
    expect(names(actors)).not.toContain('Stock');
    expect(names(actors)).toContain('Shanghai Stock Exchange');
  });
});

describe('index abbreviations and regional bodies', () => {
  test('"CBOE Volatility Index (VIX)": the abbreviation may leave out the first word', () => {
    const actors = actorsOf('The CBOE Volatility Index (VIX), a measure of investor fear, fell 12 percent.');
    expect(actor(actors, 'CBOE Volatility Index').aliases).toContain('VIX');
  });

  test('"Dallas Fed", "NYSE Euronext": a place or a company before a known company is an organisation', () => {
    const actors = actorsOf('Dallas Fed President Richard Fisher dissented. NYSE Euronext rose 3 percent.');
    expect(actor(actors, 'Dallas Fed').kind).toBe('organization');
    expect(actor(actors, 'NYSE Euronext').kind).toBe('organization');
  });
});

describe('names written with a space at the apostrophe', () => {
  test('"Michael O\' Leary" is one person', () => {
    const actors = actorsOf("Ryanair CEO, Michael O' Leary, justified his choice of Boeing.");
    expect(names(actors)).toContain("Michael O' Leary");
    expect(names(actors)).not.toContain('Leary');
  });
});

describe('pan-European', () => {
  test('"the pan-European FTSEurofirst 300": the adjective is no part of the index name', () => {
    const actors = actorsOf('The pan-European FTSEurofirst 300 index closed down 1.1 percent.');
    expect(names(actors)).toEqual(['FTSEurofirst 300']);
  });
});
