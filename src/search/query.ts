/**
 * fuse.js extended-search query parsing, mirrored from fuse.js 7 (src/search/extended/parseQuery.ts and matchers.ts)
 * so that the index can tell which documents a query can possibly match. The query is lowercased first, as fuse does.
 */

export type TermType =
  | 'exact'
  | 'include'
  | 'prefix-exact'
  | 'inverse-prefix-exact'
  | 'inverse-suffix-exact'
  | 'suffix-exact'
  | 'inverse-exact'
  | 'fuzzy';

export interface Term {
  type: TermType;
  pattern: string;
}

const MATCHERS: Array<{ type: TermType; multi: RegExp; single: RegExp }> = [
  { type: 'exact', multi: /^="(.*)"$/, single: /^=(.*)$/ },
  { type: 'include', multi: /^'"(.*)"$/, single: /^'(.*)$/ },
  { type: 'prefix-exact', multi: /^\^"(.*)"$/, single: /^\^(.*)$/ },
  { type: 'inverse-prefix-exact', multi: /^!\^"(.*)"$/, single: /^!\^(.*)$/ },
  { type: 'inverse-suffix-exact', multi: /^!"(.*)"\$$/, single: /^!(.*)\$$/ },
  { type: 'suffix-exact', multi: /^"(.*)"\$$/, single: /^(.*)\$$/ },
  { type: 'inverse-exact', multi: /^!"(.*)"$/, single: /^!(.*)$/ },
  { type: 'fuzzy', multi: /^"(.*)"$/, single: /^(.*)$/ },
];

function tokenize(pattern: string): string[] {
  const tokens: string[] = [];
  const len = pattern.length;
  let i = 0;
  while (i < len) {
    while (i < len && pattern[i] === ' ') i++;
    if (i >= len) break;
    let j = i;
    while (j < len && pattern[j] !== ' ' && pattern[j] !== '"') j++;
    if (j < len && pattern[j] === '"') {
      j++;
      while (j < len) {
        if (pattern[j] === '"') {
          const next = j + 1;
          if (next >= len || pattern[next] === ' ') {
            j++;
            break;
          }
          if (pattern[next] === '$' && (next + 1 >= len || pattern[next + 1] === ' ')) {
            j += 2;
            break;
          }
        }
        j++;
      }
      tokens.push(pattern.substring(i, j));
      i = j;
    } else {
      while (j < len && pattern[j] !== ' ') j++;
      tokens.push(pattern.substring(i, j));
      i = j;
    }
  }
  return tokens;
}

function match(token: string, re: RegExp): string | null {
  const m = token.match(re);
  return m ? m[1]! : null;
}

/** OR-groups of AND-terms, as fuse.js reads an extended-search query. */
export function parseQuery(query: string): Term[][] {
  return query
    .toLowerCase()
    .replace(/\\\|/g, '\0')
    .split('|')
    .map((item) => {
      const tokens = tokenize(item.replace(/\0/g, '|').trim()).filter((t) => t && !!t.trim());
      const terms: Term[] = [];
      for (const token of tokens) {
        let found: Term | null = null;
        for (const def of MATCHERS) {
          const p = match(token, def.multi);
          if (p) {
            found = { type: def.type, pattern: p };
            break;
          }
        }
        if (!found) {
          for (const def of MATCHERS) {
            const p = match(token, def.single);
            if (p) {
              found = { type: def.type, pattern: p };
              break;
            }
          }
        }
        if (found) terms.push(found);
      }
      return terms;
    });
}

function termOf(token: string): Term | null {
  for (const re of ['multi', 'single'] as const)
    for (const def of MATCHERS) {
      const p = match(token, def[re]);
      if (p) return { type: def.type, pattern: p };
    }
  return null;
}

/**
 * A query of one AND-group holding !not terms, split into the rest of the query and the excluded terms; null for
 * any other query. fuse.js applies a group to each field on its own and drops a quote whose fields do not all
 * pass, so `'terror !army` found nothing (the speaker field never holds "terror") and `!army` dropped every
 * quote without a speaker: the search applies exclusions itself, to the quote as a whole.
 */
export function splitExclusions(query: string): { rest: string; excluded: Term[] } | null {
  if (query.includes('|')) return null;
  const rest: string[] = [];
  const excluded: Term[] = [];
  for (const token of tokenize(query.toLowerCase().trim())) {
    const term = token.startsWith('!') ? termOf(token) : null;
    if (term && term.type.startsWith('inverse')) excluded.push(term);
    else rest.push(token);
  }
  return excluded.length ? { rest: rest.join(' '), excluded } : null;
}

/** Whether `value` (lowercased) has what an excluding term rules out. */
export function isExcluded(term: Term, value: string): boolean {
  if (term.type === 'inverse-prefix-exact') return value.startsWith(term.pattern);
  if (term.type === 'inverse-suffix-exact') return value.endsWith(term.pattern);
  return value.includes(term.pattern);
}
