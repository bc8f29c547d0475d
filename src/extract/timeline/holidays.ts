/**
 * Holidays news dates events by ("on Christmas Eve", "before Easter", "since Thanksgiving"): the day each falls on in a
 * given year. Fixed days, US holidays counted by weekday, and the days around Easter.
 */
import { addDays, daysInMonth, weekday, type Ymd } from './dates.js';

/** Easter Sunday (Gregorian; the anonymous algorithm). */
function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The n-th (1-based; -1 = last) weekday `wd` (0 = Sunday) of month m. */
function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const lastDay = { y, m, d: daysInMonth(y, m) };
  return addDays(lastDay, -((weekday(lastDay) - wd + 7) % 7));
}

const FIXED: Record<string, [number, number]> = {
  'christmas': [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1], "new year's eve": [12, 31],
  "valentine's day": [2, 14], 'halloween': [10, 31], 'independence day': [7, 4], 'the fourth of july': [7, 4], 'veterans day': [11, 11],
};
const FROM_EASTER: Record<string, number> = {
  'easter': 0, 'easter sunday': 0, 'easter monday': 1, 'palm sunday': -7, 'holy thursday': -3, 'maundy thursday': -3, 'good friday': -2, 'holy saturday': -1, 'ash wednesday': -46,
};

/** Names as written (lowercase, straight apostrophe), for the finder. */
export const HOLIDAY_NAMES = [...Object.keys(FIXED), ...Object.keys(FROM_EASTER), 'thanksgiving', 'thanksgiving day', 'labor day', 'memorial day', "presidents' day", 'presidents day'];

/** The day `name` (lowercase, straight apostrophe) falls on in year y, or null for an unknown name. */
export function holidayIn(name: string, y: number): Ymd | null {
  const fixed = FIXED[name];
  if (fixed) return { y, m: fixed[0], d: fixed[1] };
  const e = FROM_EASTER[name];
  if (e !== undefined) return addDays(easter(y), e);
  if (name.startsWith('thanksgiving')) return nthWeekday(y, 11, 4, 4);
  if (name === 'labor day') return nthWeekday(y, 9, 1, 1);
  if (name === 'memorial day') return nthWeekday(y, 5, 1, -1);
  if (name.startsWith('presidents')) return nthWeekday(y, 2, 1, 3);
  return null;
}
