/** Small calendar helpers over "YYYY-MM-DD" strings (UTC, no time zones). */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseYmd(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  return { y: +m[1]!, m: +m[2]!, d: +m[3]! };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function validDay(y: number, m: number, d: number): boolean {
  return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const pad = (n: number) => String(n).padStart(2, '0');

export function fmtDay(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${y}-${pad(m)}`;
}

export function fmtYmd(v: Ymd): string {
  return fmtDay(v.y, v.m, v.d);
}

/** Days since the epoch. */
export function dayNumber(v: Ymd): number {
  return Math.round(Date.UTC(v.y, v.m - 1, v.d) / 86_400_000);
}

export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * 86_400_000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(v: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(v) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(v: Ymd): number {
  return new Date(Date.UTC(v.y, v.m - 1, v.d)).getUTCDay();
}

/** Month arithmetic: (y, m) plus k months. */
export function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + k;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

/** Compare partial dates as strings ("2025" < "2025-04" < "2025-04-22" sort sensibly). */
export function comparePartial(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
