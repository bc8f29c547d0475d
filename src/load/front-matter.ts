import { parse as parseYaml } from 'yaml';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Offset where the body starts (after the closing ---). */
  bodyStart: number;
  /** Set when the block was there but could not be read. */
  error?: string;
}

const BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Read a YAML front-matter block at the top of a Markdown file. */
export function readFrontMatter(text: string): FrontMatter {
  const m = BLOCK.exec(text);
  if (!m) {
    if (/^---[ \t]*\r?\n/.test(text)) return { data: {}, bodyStart: 0, error: 'front matter is not closed (no second ---)' };
    return { data: {}, bodyStart: 0 };
  }
  try {
    const data = parseYaml(m[1]!, { maxAliasCount: 50, logLevel: 'error' }) as unknown;
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      return { data: data as Record<string, unknown>, bodyStart: m[0].length };
    }
    return { data: {}, bodyStart: m[0].length, error: 'front matter is not a YAML mapping' };
  } catch (e) {
    const why = /alias/i.test((e as Error)?.message ?? '') ? ' (too many aliases)' : '';
    return { data: {}, bodyStart: m[0].length, error: `front matter is not valid YAML${why}` };
  }
}
