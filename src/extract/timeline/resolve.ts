/**
 * Resolving a found time expression against a reference date (publication date, or when the
 * words were spoken) with the tense of its clause. Dates are only as precise as the text:
 * a year stays YYYY, a month YYYY-MM; weeks and vague periods resolve to null (no fake day).
 */
import type { FoundTime } from './find.js';
import type { Tense } from './tense.js';
import { holidayIn } from './holidays.js';
import { addDays, addMonths, dayNumber, fmtDay, fmtMonth, fmtYmd, validDay, weekday, type Ymd } from './dates.js';

export interface Resolution {
  date: string | null;
  /** True when the value needed the reference date (weekday, "yesterday", "last month", year-less day). */
  relative: boolean;
}

const DAYS_SLACK = 60;

export function resolveTime(t: FoundTime, ref: Ymd | null, tense: Tense): Resolution {
  switch (t.type) {
    case 'day': {
      if (t.y !== null) return { date: validDay(t.y, t.m, t.d) ? fmtDay(t.y, t.m, t.d) : null, relative: false };
      if (!ref) return { date: null, relative: true };
      if (t.yOffset !== undefined) {
        const y = ref.y + t.yOffset;
        return { date: validDay(y, t.m, t.d) ? fmtDay(y, t.m, t.d) : null, relative: true };
      }
      // The year that puts the day nearest the reference date, then the tense for far cases.
      let best: Ymd | null = null;
      let bestDist = Infinity;
      for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
        if (!validDay(y, t.m, t.d)) continue;
        const dist = Math.abs(dayNumber({ y, m: t.m, d: t.d }) - dayNumber(ref));
        if (dist < bestDist) {
          best = { y, m: t.m, d: t.d };
          bestDist = dist;
        }
      }
      if (!best) return { date: null, relative: true };
      const diff = dayNumber(best) - dayNumber(ref);
      if (tense === 'past' && diff > DAYS_SLACK && validDay(best.y - 1, t.m, t.d)) best = { ...best, y: best.y - 1 };
      else if (tense === 'future' && diff < -DAYS_SLACK && validDay(best.y + 1, t.m, t.d)) best = { ...best, y: best.y + 1 };
      return { date: fmtYmd(best), relative: false }; // the year is near-certain: not a guess
    }
    case 'month': {
      if (t.y !== null) return { date: fmtMonth(t.y, t.m), relative: false };
      if (!ref) return { date: null, relative: true };
      if (t.yOffset !== undefined) return { date: fmtMonth(ref.y + t.yOffset, t.m), relative: true };
      const delta = t.m - ref.m; // same year
      let k: number;
      if (t.dir === -1) k = delta < 0 ? delta : delta - 12;
      else if (t.dir === 1) k = delta > 0 ? delta : delta + 12;
      else if (t.dir === 0) k = delta;
      else if (t.near) k = delta > 6 ? delta - 12 : delta < -6 ? delta + 12 : delta;
      else if (tense === 'future') k = delta >= 0 ? delta : delta + 12;
      else if (tense === 'past') k = delta <= 0 ? delta : delta - 12;
      else k = delta > 6 ? delta - 12 : delta < -6 ? delta + 12 : delta;
      const r = addMonths(ref.y, ref.m, k);
      return { date: fmtMonth(r.y, r.m), relative: t.dir !== null };
    }
    case 'year':
      return { date: String(t.y), relative: false };
    case 'weekday': {
      if (!ref) return { date: null, relative: true };
      const wd = weekday(ref);
      const back = (wd - t.wd + 7) % 7; // days back to the most recent such weekday (0 = today)
      const fwd = (t.wd - wd + 7) % 7;
      let offset: number;
      if (t.dir === -1) offset = -(back === 0 ? 7 : back);
      else if (t.dir === 1) offset = fwd === 0 ? 7 : fwd;
      else if (tense === 'future') offset = fwd;
      // "the deadline is this Friday": the nearer of the two (ahead on a tie)
      else if (t.dir === 0 && tense === 'present') offset = fwd <= back ? fwd : -back;
      else offset = -back;
      return { date: fmtYmd(addDays(ref, offset)), relative: true };
    }
    case 'anaphoric':
      // resolved against the day the narration last named (index.ts passes it as `ref`)
      return { date: ref ? fmtYmd(addDays(ref, t.offset)) : null, relative: true };
    case 'holiday': {
      if (!ref) return { date: null, relative: true };
      const r = dayNumber(ref);
      const days = [ref.y - 1, ref.y, ref.y + 1].map((y) => holidayIn(t.name, y)).filter((d): d is Ymd => d !== null);
      // "last Christmas", "next Easter", else the tense: the one ahead in a future clause, the one before in a past
      // clause, the nearest otherwise
      let best: Ymd | undefined;
      if (t.dir === -1) best = days.filter((d) => dayNumber(d) < r).pop();
      else if (t.dir === 1) best = days.find((d) => dayNumber(d) > r);
      else if (tense === 'future' || t.dir === 0) best = days.find((d) => dayNumber(d) >= r);
      else if (tense === 'past') best = days.filter((d) => dayNumber(d) <= r).pop();
      else best = [...days].sort((a, b) => Math.abs(dayNumber(a) - r) - Math.abs(dayNumber(b) - r))[0];
      return { date: best ? fmtYmd(best) : null, relative: true };
    }
    case 'relperiod': {
      // against the year or month the narration last named (index.ts passes a day of it as `ref`)
      if (!ref) return { date: null, relative: true };
      if (t.unit === 'year') return { date: String(ref.y + t.offset), relative: true };
      const r = addMonths(ref.y, ref.m, t.offset);
      return { date: fmtMonth(r.y, r.m), relative: true };
    }
    case 'relday':
      return { date: ref ? fmtYmd(addDays(ref, t.offset)) : null, relative: true };
    case 'relunit': {
      if (!ref || t.unit === 'week' || t.unit === 'weekend') return { date: null, relative: true };
      if (t.unit === 'year') return { date: String(ref.y + t.offset), relative: true };
      const r = addMonths(ref.y, ref.m, t.offset);
      return { date: fmtMonth(r.y, r.m), relative: true };
    }
    case 'ago': {
      if (!ref || t.n <= 0) return { date: null, relative: true };
      if (t.unit === 'day') return { date: fmtYmd(addDays(ref, -t.n)), relative: true };
      if (t.unit === 'month') {
        const r = addMonths(ref.y, ref.m, -t.n);
        return { date: fmtMonth(r.y, r.m), relative: true };
      }
      if (t.unit === 'year') return { date: String(ref.y - t.n), relative: true };
      return { date: null, relative: true };
    }
  }
}

/** True when `date` (any precision) lies after the reference day at its own precision. */
export function isAfter(date: string, ref: Ymd): boolean {
  const r = fmtYmd(ref).slice(0, date.length);
  return date > r;
}

export function isSame(date: string, ref: Ymd): boolean {
  return fmtYmd(ref).slice(0, date.length) === date;
}
