/** String helpers shared by the actor modules: the same results as the regex forms they replace, faster. */

/** A character that /\s/ matches. */
export function isWhitespace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when s has whitespace other than single spaces (a run, a tab, a line break, a no-break space …). */
function hasOddSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (s.charCodeAt(i + 1) === 32) return true;
    } else if (c < 128 ? c >= 9 && c <= 13 : isWhitespace(c)) return true;
  }
  return false;
}

/** s.replace(/\s+/g, ' ') */
export function collapseSpaces(s: string): string {
  return hasOddSpace(s) ? s.replace(/\s+/g, ' ') : s;
}

/** s.split(/\s+/).filter(Boolean) */
export function splitWords(s: string): string[] {
  return (hasOddSpace(s) ? s.split(/\s+/) : s.split(' ')).filter(Boolean);
}

/** s.split(/\s+/) */
export function splitSpaces(s: string): string[] {
  return hasOddSpace(s) ? s.split(/\s+/) : s.split(' ');
}

/** /\s/.test(s) */
export function hasWhitespace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isWhitespace(s.charCodeAt(i))) return true;
  return false;
}

/** splitWords(s).length */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || (c < 128 ? c >= 9 && c <= 13 : isWhitespace(c));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
