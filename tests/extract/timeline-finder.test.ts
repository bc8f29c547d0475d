import { describe, expect, test } from 'vitest';
import { findTimes } from '../../src/extract/timeline/find.js';

// The finder tries each pattern only where a match can start (numbers, month and weekday names, anchor words):
// these sentences put every kind of expression where that search could miss it (other letter cases, runs of
// spaces, expressions at the very start or end, next to other expressions, inside longer words).
const found = (s: string) => findTimes(s, 0, s.length).map((f) => f.text);

describe('time expressions wherever they stand', () => {
  test('numeric and written-out dates, at the start, the end and side by side', () => {
    expect(found('2008-03-01 was the day; on 7/8/07 too')).toEqual(['2008-03-01', '7/8/07']);
    expect(found('It began 11 December 2009, then April 22, 2003')).toEqual(['11 December 2009', 'April 22, 2003']);
    expect(found('Talks stalled in November 2006.')).toEqual(['November 2006']);
    expect(found('He left in 2019')).toEqual(['2019']);
    expect(found('June 16th of last year')).toEqual(['June 16th of last year']);
  });

  test('month names after cue words in any case, after a hyphen or a space', () => {
    expect(found('The plant closed IN FEBRUARY and reopened mid-March')).toEqual(['FEBRUARY', 'mid-March']);
    expect(found('Since early October sales fell')).toEqual(['early October']);
    expect(found('at the end of May')).toEqual(['the end of May']);
  });

  test('weekdays with and without cue words, with odd spacing', () => {
    expect(found('Friday was quiet')).toEqual(['Friday']);
    expect(found('They meet this coming  Friday')).toEqual(['this coming  Friday']);
    expect(found('She spoke on\tTuesday and Last Monday')).toEqual(['on\tTuesday', 'Last Monday']);
  });

  test('days named relative to today, in any case', () => {
    expect(found('Yesterday he said it')).toEqual(['Yesterday']);
    expect(found('the day before yesterday and THE DAY AFTER TOMORROW')).toEqual(['the day before yesterday', 'THE DAY AFTER TOMORROW']);
    expect(found('This Morning and last night')).toEqual(['This Morning', 'last night']);
    expect(found('Tonight.')).toEqual(['Tonight']);
  });

  test('days counted from the narration, periods, and spans ago', () => {
    expect(found('The next day, they left. Two days later, they returned.')).toEqual(['The next day', 'Two days later']);
    expect(found('more than 20 days later, it ended')).toEqual(['more than 20 days later']);
    expect(found('A day earlier it rained')).toEqual(['A day earlier']);
    expect(found('LAST WEEK and next month')).toEqual(['LAST WEEK', 'next month']);
    expect(found('by the end of the year')).toEqual(['by the end of the year']);
    expect(found('About three years ago')).toEqual(['About three years ago']);
    expect(found('some 12 months ago.')).toEqual(['some 12 months ago']);
  });

  test('words that only contain a time word are not times', () => {
    expect(found('Mayday, Sundays and nightly todays')).toEqual([]);
  });
});
