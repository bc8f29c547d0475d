import { describe, expect, test } from 'vitest';
import type { Article, ArticleTimeExpression } from '../../src/model.js';
import { extractArticle } from '../../src/extract/index.js';
import { lineStartsOf } from '../../src/text/lines.js';

// News-wire sentences (AP/Reuters/NYT style, late 1990s and 2013; stock-market and carmaker stories) through the
// whole extraction (actors and quotes too), as the timeline export sees them.

function article(text: string, published: string): Article {
  return {
    id: 'a1', path: 'wire.md', format: 'markdown', title: null, source: null, author: null, url: null,
    published, publishedInferred: false, text, bodyStart: 0, bodyEnd: text.length, lineStarts: lineStartsOf(text), hash: 'h',
  };
}
const timesOf = (text: string, published: string) => extractArticle(article(text, published)).times;
/** The distinct dates the article's timeline gets (what the export shows and the scorer compares). */
const datesOf = (text: string, published: string) => [...new Set(timesOf(text, published).flatMap((t) => (t.date ? [t.date] : [])))].sort();
const one = (times: ArticleTimeExpression[], written: string) => {
  const t = times.find((x) => x.text.toLowerCase() === written.toLowerCase());
  if (!t) throw new Error(`no time expression "${written}" in ${JSON.stringify(times.map((x) => x.text))}`);
  return t;
};

// Wed 1998-02-11, Fri 2013-03-22
const WED = '1998-02-11';
const FRI = '2013-03-22';

describe('months counted from the month the narration last named', () => {
  test('"two months later", "the previous month" count from the month just named; a bare year is no anchor for months', () => {
    expect(datesOf('The plant closed in March 1996 and reopened two months later.', WED)).toEqual(['1996-03', '1996-05']);
    expect(datesOf('Retail sales in January rose 0.5 percent from the previous month.', WED)).toEqual(['1997-12', '1998-01']);
    expect(datesOf('The plant closed in 1996 and reopened two months later.', WED)).toEqual(['1996']);
  });
});

describe('years counted from the year the narration last named', () => {
  test('"a year later", "two years later", "the following year" count from the year just named', () => {
    expect(datesOf('The company filed for bankruptcy in 1991 and emerged a year later.', WED)).toEqual(['1991', '1992']);
    expect(datesOf('The treaty was signed in 1995 and ratified two years later.', WED)).toEqual(['1995', '1997']);
    expect(datesOf('The plant opened in 1994, and the following year it doubled output.', WED)).toEqual(['1994', '1995']);
  });

  test('"the previous year", "the year before" look back from the year just named', () => {
    expect(datesOf('Exports rose 4 percent in 1996 after falling the previous year.', WED)).toEqual(['1995', '1996']);
    expect(datesOf('Exports rose 4 percent in 1996 after falling the year before.', WED)).toEqual(['1995', '1996']);
  });

  test('with no year named, "from a year earlier" is the year before publication; "a year later" stays undated', () => {
    expect(datesOf('Profit rose 20 percent from a year earlier.', WED)).toEqual(['1997']);
    expect(datesOf('The company reported on Tuesday that profit rose 8 percent from a year earlier.', FRI)).toEqual(['2012', '2013-03-19']);
    expect(one(timesOf('A year later, the plant closed.', WED), 'A year later')).toMatchObject({ date: null, kind: 'approximate' });
  });

  test('comparisons and vague counts are not dates: "a year earlier than planned", "about two years later", "the year-earlier quarter"', () => {
    expect(datesOf('The plant opened in 1996, a year earlier than planned.', WED)).toEqual(['1996']);
    expect(datesOf('The plant opened in 1996 and closed about two years later.', WED)).toEqual(['1996']);
    expect(datesOf('Profit rose 20 percent from the year-earlier quarter.', WED)).toEqual([]);
  });
});

describe('named days are not the nearest weekday', () => {
  test('"Black Monday", "Super Tuesday", "Bloody Sunday" do not resolve to a day of the publication week', () => {
    expect(datesOf('Markets have not seen such a drop since Black Monday.', WED)).toEqual([]);
    expect(datesOf('Markets have not seen such a drop since Black Monday in 1987.', WED)).toEqual(['1987']);
    expect(datesOf('The candidates campaigned hard before Super Tuesday.', WED)).toEqual([]);
    expect(datesOf('Thousands marched to mark the anniversary of Bloody Sunday.', WED)).toEqual([]);
    // a weekday after other capitalised words still is one ("on Wall Street Monday")
    expect(datesOf('Stocks fell on Wall Street Monday.', WED)).toEqual(['1998-02-09']);
  });
});

describe('deadlines and scheduled events point forward', () => {
  test('"the talks resume Tuesday", "the rules take effect Sept. 30", "the two houses convene Monday"', () => {
    expect(one(timesOf('The talks resume Tuesday at 4 p.m.', WED), 'Tuesday')).toMatchObject({ date: '1998-02-17', kind: 'plan' });
    expect(one(timesOf('The new rules take effect Sept. 30.', WED), 'Sept. 30')).toMatchObject({ date: '1998-09-30', kind: 'plan' });
    expect(one(timesOf('The two houses convene Monday to debate the budget.', WED), 'Monday')).toMatchObject({ date: '1998-02-16', kind: 'plan' });
  });

  test('"its launch in 2003", "the start of trading": nouns are not scheduled events', () => {
    expect(one(timesOf('More songs were sold since its launch in February than in all of 1997.', '1998-04-09'), 'February').date).toBe('1998-02');
  });

  test('a trip, a vote, a game or earnings in the present tense a few words before the day are ahead', () => {
    expect(one(timesOf('Clinton heads to Ohio on Friday for a fund-raiser.', WED), 'on Friday').date).toBe('1998-02-13');
    expect(one(timesOf('The Senate returns from recess Monday.', WED), 'Monday').date).toBe('1998-02-16');
    expect(one(timesOf('The company, which reports earnings Thursday, declined to comment.', WED), 'Thursday').date).toBe('1998-02-12');
    expect(one(timesOf('Voters go to the polls Sunday.', WED), 'Sunday').date).toBe('1998-02-15');
    expect(one(timesOf('The ceasefire takes effect at midnight Saturday.', WED), 'Saturday').date).toBe('1998-02-14');
    // a past verb nearer the day still wins ("News reports in Tokyo on Monday said …")
    expect(one(timesOf('The company reported earnings Thursday.', WED), 'Thursday').date).toBe('1998-02-05');
  });

  test('"is due in Washington on Thursday", "could end by Friday", "may take place Thursday" are ahead; "in May" is no modal', () => {
    expect(one(timesOf('The minister is due in Washington on Thursday.', WED), 'on Thursday').date).toBe('1998-02-12');
    expect(one(timesOf('The strike could end by Friday, union leaders said.', WED), 'Friday').date).toBe('1998-02-13');
    expect(one(timesOf('The meeting may take place Thursday.', WED), 'Thursday').date).toBe('1998-02-12');
    expect(one(timesOf('The officials could not confirm the report on Monday.', WED), 'on Monday').date).toBe('1998-02-09');
    expect(one(timesOf('On Monday, May sales figures showed a drop.', '1998-06-03'), 'On Monday').date).toBe('1998-06-01');
  });

  test('"has until Monday" is a deadline ahead', () => {
    expect(one(timesOf('Cyprus has until Monday to raise the money.', FRI), 'Monday')).toMatchObject({ date: '2013-03-25', kind: 'plan' });
  });

  test('"gave the bank until the end of June", "had until Feb. 20": a deadline ahead, whatever the tense of the giving', () => {
    expect(one(timesOf('The commission gave the bank until the end of June to raise capital.', FRI), 'the end of June').date).toBe('2013-06');
    expect(one(timesOf('Iraq had until Feb. 20 to comply, the diplomats said.', '1997-12-30'), 'Feb. 20').date).toBe('1998-02-20');
  });

  test('"sales for May", "the figures for January": a month after "for"', () => {
    expect(one(timesOf('GM reported sales for May that were down 29 percent.', '2009-06-02'), 'May').date).toBe('2009-05');
    expect(one(timesOf('The government will publish the trade figures for January next week.', WED), 'January').date).toBe('1998-01');
  });

  test('"scheduled for May", "set for June" name the month ahead', () => {
    expect(one(timesOf('Elections are scheduled for May.', WED), 'May')).toMatchObject({ date: '1998-05', kind: 'plan' });
    expect(one(timesOf('A vote on the merger is set for June, the company said.', WED), 'June')).toMatchObject({ date: '1998-06', kind: 'plan' });
  });
});

describe('a day named for an event of another year', () => {
  test('"the September 11 attacks" are of 2001; a "Sept. 11 deadline" is this year\'s', () => {
    expect(datesOf('Trading resumed on the first day after the September 11 attacks.', '2008-09-30')).toEqual(['2001-09-11']);
    expect(datesOf('Security was tightened after the Sept. 11 terrorist attacks.', FRI)).toEqual(['2001-09-11']);
    expect(datesOf('The Sept. 11 deadline will not be extended.', WED)).toEqual(['1998-09-11']);
    // the yearly memorial ceremony is on this year's day
    expect(datesOf('She left the Sept. 11 memorial ceremony early on Sunday.', '2016-09-12')).toEqual(['2016-09-11']);
  });
});

describe('numbers that look like years', () => {
  test('addresses, temperatures, military times and head counts are not years', () => {
    expect(datesOf('Protesters gathered outside 1600 Pennsylvania Avenue.', WED)).toEqual([]);
    expect(datesOf('The shooting happened in the 1900 block of Main Street.', WED)).toEqual([]);
    expect(datesOf('Temperatures reached 2000 degrees inside the reactor.', WED)).toEqual([]);
    expect(datesOf('The ship sank at 2000 GMT on Tuesday.', WED)).toEqual(['1998-02-10']);
    expect(datesOf('The company employs 1,850 people and 1850 contractors.', WED)).toEqual([]);
    expect(datesOf('Ford recalled its 1998 Taurus models built in 1997.', WED)).toEqual(['1997', '1998']);
  });

  test('both ends of a span of years written with a dash are dates; names with a dash are not', () => {
    expect(datesOf('He served two terms, 1989-1997, as governor.', WED)).toEqual(['1989', '1997']);
    expect(datesOf('In the 1996–1997 season, the club won the league.', WED)).toEqual(['1996', '1997']);
    expect(datesOf('The Boeing 747-2000 and the A-2010 were shown.', WED)).toEqual([]);
  });
});

describe('the tense of a passive', () => {
  test('"will be released in March": the participle is not a past tense', () => {
    const times = timesOf('Results for the year ended December 31, 1997, will be released in March.', WED);
    expect(one(times, 'March')).toMatchObject({ date: '1998-03', kind: 'plan' });
    expect(one(times, 'December 31, 1997').date).toBe('1997-12-31');
  });
});

describe('spans of months and days', () => {
  test('the end of a span comes after its start: "from June to September", "from Nov. 15 through Jan. 10"', () => {
    expect(datesOf('The shop is open from June to September.', WED)).toEqual(['1998-06', '1998-09']);
    expect(datesOf('The sale ran from Nov. 15 through Jan. 10.', WED)).toEqual(['1997-11-15', '1998-01-10']);
  });

  test('a year-less side takes the year of the stated one: "from June to September 1999", "from Dec. 15, 1996, to Jan. 10"', () => {
    expect(datesOf('The exhibition will run from June to September 1999.', WED)).toEqual(['1999-06', '1999-09']);
    expect(datesOf('The exhibition will run from December to March 1999.', WED)).toEqual(['1998-12', '1999-03']);
    expect(datesOf('The strike lasted from Dec. 15, 1996, to Jan. 10.', WED)).toEqual(['1996-12-15', '1997-01-10']);
  });
});

describe('clauses with no tense of their own', () => {
  test('"open until Friday", "remains open until March 15" look ahead; "lasted until Friday" looks back', () => {
    expect(one(timesOf('The offer is open until Friday.', WED), 'Friday')).toMatchObject({ date: '1998-02-13', kind: 'plan' });
    expect(one(timesOf('The exhibit remains open until March 15.', WED), 'March 15').date).toBe('1998-03-15');
    expect(one(timesOf('The talks lasted until Friday.', WED), 'Friday').date).toBe('1998-02-06');
  });

  test('"the deadline is this Friday" is the nearer Friday; "was this Monday" the Monday past', () => {
    expect(one(timesOf('The deadline is this Friday.', WED), 'this Friday').date).toBe('1998-02-13');
    expect(one(timesOf('The deadline was this Monday.', WED), 'this Monday').date).toBe('1998-02-09');
    // on a Sunday, "this Monday" is the next day
    expect(one(timesOf('The deadline is this Monday.', '1998-02-15'), 'this Monday').date).toBe('1998-02-16');
  });
});

describe('the anchor of "a year earlier"', () => {
  test('"since 1995" runs to now: "a year earlier" after it counts from publication', () => {
    expect(datesOf('Sales were the highest since 1995. Profit rose 8 percent from a year earlier.', WED)).toEqual(['1995', '1997']);
  });

  test('a year named paragraphs before is no anchor', () => {
    const text = 'The company was founded in 1951.\n\nIt now employs 3,000 people.\n\nIts plants are in Ohio.\n\nProfit rose 8 percent from a year earlier.';
    expect(datesOf(text, WED)).toEqual(['1951', '1997']);
  });
});

describe('short forms', () => {
  test('"in \'97", "since \'95" are years; "the \'90s" is a decade', () => {
    expect(datesOf("The company went public in '97 and has grown since.", WED)).toEqual(['1997']);
    expect(datesOf('Prices have doubled since ’95.', WED)).toEqual(['1995']);
    expect(datesOf("Crime fell in the '90s.", WED)).toEqual([]);
  });

  test('"Jan. 27 and 28" names two days; "Feb. 2 and 25 on Feb. 3" and "Jan. 5 and 3 percent" do not', () => {
    expect(datesOf('On Jan. 27 and 28, the committee met in Washington.', WED)).toEqual(['1998-01-27', '1998-01-28']);
    expect(datesOf('On Jan. 27 and 28, 1997, the committee met in Washington.', WED)).toEqual(['1997-01-27', '1997-01-28']);
    expect(datesOf('Police arrested 12 people on Feb. 2 and 25 on Feb. 3.', WED)).toEqual(['1998-02-02', '1998-02-03']);
    expect(datesOf('Sales rose 4 percent on Jan. 5 and 3 percent on Jan. 6.', WED)).toEqual(['1998-01-05', '1998-01-06']);
  });
});

describe('irregular past tenses', () => {
  test('"grew in July", "sank in June", "slid in May", "spent … in July" are past months, not the coming ones', () => {
    expect(one(timesOf('Exports grew sharply in July.', WED), 'July').date).toBe('1997-07');
    expect(one(timesOf('The company sank deeper into debt in June.', WED), 'June').date).toBe('1997-06');
    expect(one(timesOf('Prices slid in May.', WED), 'May').date).toBe('1997-05');
    expect(one(timesOf('The company spent $3 million on the campaign in July.', WED), 'July').date).toBe('1997-07');
    expect(one(timesOf('Exports will grow sharply in July.', WED), 'July').date).toBe('1998-07');
  });
});

describe('headlines', () => {
  test('a headline in the present tells what happened: "GM heads to bankruptcy court Monday" is the Monday past', () => {
    const title = 'GM heads to bankruptcy court Monday';
    const text = `${title}\n\nGeneral Motors filed for bankruptcy protection on Monday. The company heads to court again on Friday.`;
    const a = { ...article(text, '2009-06-02'), title };
    const times = extractArticle(a).times;
    expect(times.map((t) => t.date)).toEqual(['2009-06-01', '2009-06-01', '2009-06-05']);
  });
});

describe('recurring days', () => {
  test('"every Sunday", "each Tuesday", "every year in March" are not dates; "every day since Monday" has one', () => {
    expect(datesOf('The market is closed every Sunday.', WED)).toEqual([]);
    expect(datesOf('The committee meets each Tuesday.', WED)).toEqual([]);
    expect(datesOf('The report is published every year in March.', WED)).toEqual([]);
    expect(datesOf('The index has fallen every day since Monday.', WED)).toEqual(['1998-02-09']);
  });
});

describe('a date after "is"', () => {
  test('"the vote is Thursday", "the deadline is March 1" are ahead; "was on Saturday" is past', () => {
    expect(one(timesOf('The vote is Thursday.', WED), 'Thursday').date).toBe('1998-02-12');
    expect(one(timesOf('A spokesman said the deadline is March 1.', WED), 'March 1').date).toBe('1998-03-01');
    expect(one(timesOf('The funeral was on Saturday.', WED), 'on Saturday').date).toBe('1998-02-07');
  });

  test('an "is" that ends the words after the date belongs to the next clause', () => {
    expect(one(timesOf("As she put it in a statement to a reporter from a rival American network in July, RT is ''a voice for the voiceless.''", '2016-09-19'), 'July').date).toBe('2016-07');
  });
});

describe('index levels', () => {
  test('"rose 12.85 points to 1710", "finished lower at 1989" are index levels, not years', () => {
    expect(datesOf('The Nasdaq composite rose 12.85 points to 1710.', WED)).toEqual([]);
    expect(datesOf('The index finished lower at 1989.', FRI)).toEqual([]);
    expect(datesOf('Output rose 3 percent in 1997.', WED)).toEqual(['1997']);
  });
});

describe('a participle opening the sentence', () => {
  test('"Asked on Tuesday whether he would resign, …" is the Tuesday past; "United" is still a name', () => {
    expect(one(timesOf('Asked on Tuesday whether he would resign, the minister said no.', WED), 'on Tuesday').date).toBe('1998-02-10');
    expect(one(timesOf('Asked Tuesday if he would run again, the senator declined to answer.', WED), 'Tuesday').date).toBe('1998-02-10');
    expect(one(timesOf('The United Auto Workers will vote on Friday.', WED), 'on Friday').date).toBe('1998-02-13');
  });
});

describe('holidays', () => {
  test('a holiday after a cue word is its day in the year the tense points to', () => {
    expect(datesOf('The deal was signed on Christmas Eve.', WED)).toEqual(['1997-12-24']);
    expect(datesOf('The stores will be busy at Christmas.', WED)).toEqual(['1998-12-25']);
    expect(datesOf("The law takes effect on New Year's Day.", WED)).toEqual(['1999-01-01']);
    expect(datesOf('Unemployment has risen since Thanksgiving.', FRI)).toEqual(['2012-11-22']);
    expect(datesOf('The plant will reopen after Labor Day.', FRI)).toEqual(['2013-09-02']);
  });

  test('the days around Easter move with it: Palm Sunday, Good Friday, Easter in 2013', () => {
    expect(datesOf('The pope will celebrate Mass on Palm Sunday.', FRI)).toEqual(['2013-03-24']);
    expect(datesOf('Markets will be closed on Good Friday.', FRI)).toEqual(['2013-03-29']);
    expect(datesOf('The talks should end before Easter.', FRI)).toEqual(['2013-03-31']);
    expect(datesOf('The talks ended before Easter.', '1998-05-01')).toEqual(['1998-04-12']);
  });

  test('"Christmas sales", "the Christmas holiday", "Presidents\' Day weekend" name no day', () => {
    expect(datesOf('Christmas sales were weak.', WED)).toEqual([]);
    expect(datesOf('Sales rose during the Christmas holiday.', WED)).toEqual([]);
    expect(datesOf("Traffic was heavy over Presidents' Day weekend.", WED)).toEqual([]);
    expect(datesOf('Markets in Europe were closed for the Good Friday holiday.', FRI)).toEqual([]);
  });
});

describe('years before 1600', () => {
  test('"since Gregory XII in 1415." is a year; "in 1500 homes" is a count', () => {
    expect(datesOf('Benedict was the first pope to resign since Gregory XII in 1415.', '2013-03-23')).toEqual(['1415']);
    expect(datesOf('The storm damaged roofs in 1500 homes.', WED)).toEqual([]);
    expect(datesOf('Unemployment rose in 1200 of the 3000 counties.', WED)).toEqual([]);
  });
});
