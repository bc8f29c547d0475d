/** Read a publication date written in article metadata into YYYY-MM-DD, or null. */
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export function parseMetadataDate(value: unknown): string | null {
  if (value instanceof Date) return isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const s = String(value).trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(s);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  // "Apr 30, 2025", "April 30 2025", "Wednesday, April 30, 2025"
  m = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(s);
  if (m && monthOf(m[1]!)) return ymd(+m[3]!, monthOf(m[1]!)!, +m[2]!);
  // "30 April 2025"
  m = /\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? (\d{4})\b/.exec(s);
  if (m && monthOf(m[2]!)) return ymd(+m[3]!, monthOf(m[2]!)!, +m[1]!);
  return null;
}

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  const key = w.startsWith('sept') ? 'sept' : w.slice(0, 3);
  if (w.length > 3 && !fullMonthName(w)) return undefined;
  return MONTHS[key];
}

function fullMonthName(w: string): boolean {
  return /^(january|february|march|april|may|june|july|august|september|sept|october|november|december)$/.test(w);
}

/** A valid calendar date in a sane range (1800-2200), formatted YYYY-MM-DD. */
export function ymd(y: number, m: number, d: number): string | null {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
