import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { parseMetadataDate } from './metadata-date.js';

export interface HtmlArticle {
  /** The readable text: paragraphs separated by blank lines. */
  text: string;
  title: string | null;
  published: string | null;
  source: string | null;
  author: string | null;
  url: string | null;
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'DIV', 'SECTION', 'ARTICLE', 'FIGCAPTION', 'DD', 'DT']);

const SKIP = new Set(['HEAD', 'TITLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'IFRAME', 'TEMPLATE', 'SVG', 'MATH', 'OBJECT', 'EMBED', 'CANVAS', 'FRAMESET', 'FRAME']);

/** Readability is run only on pages within these bounds (it slows down sharply on very deep trees). */
export const READABILITY_MAX_DEPTH = 120;
export const READABILITY_MAX_ELEMENTS = 30_000;

/**
 * Text of a DOM subtree, one paragraph per block element. Iterative (an explicit stack), so a page
 * nested 20,000 elements deep cannot overflow the call stack.
 */
function blockText(root: any): string {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    current = '';
  };
  // Each stack entry is a node to visit, or a marker saying a block element ends.
  const stack: any[] = [];
  const END = Symbol('end');
  // <q> is drawn with quote marks by browsers: “…”, and ‘…’ inside another <q>
  const END_Q = Symbol('end of q');
  let qDepth = 0;
  const pushChildren = (node: any) => {
    const kids: any[] = [];
    for (let n = node.firstChild; n; n = n.nextSibling) kids.push(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  };
  pushChildren(root);
  while (stack.length) {
    const n = stack.pop();
    if (n === END) {
      flush();
      continue;
    }
    if (n === END_Q) {
      current += --qDepth % 2 === 0 ? '”' : '’';
      continue;
    }
    if (n.nodeType === 3) current += n.textContent ?? '';
    else if (n.nodeType === 1) {
      const tag = String(n.tagName).toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') {
        current += ' ';
        continue;
      }
      if (BLOCKS.has(tag)) {
        flush();
        stack.push(END);
      }
      if (tag === 'Q') {
        current += qDepth++ % 2 === 0 ? '“' : '‘';
        stack.push(END_Q);
      }
      pushChildren(n);
    }
  }
  flush();
  return out.join('\n\n');
}

/** Depth and element count of a tree, without recursion. */
function treeShape(root: any): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: Array<[any, number]> = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    elements++;
    if (d > depth) depth = d;
    for (let c = n.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return { depth, elements };
}

/** Last resort for markup the DOM parser cannot take: drop tags, scripts and styles, keep the words. */
function strippedText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(?:p|div|h[1-6]|li|br|tr|section|article|blockquote)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

function meta(document: any, ...names: string[]): string | null {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"]`) ?? document.querySelector(`meta[name="${name}"]`) ?? document.querySelector(`meta[itemprop="${name}"]`);
    const v = el?.getAttribute('content');
    if (v && v.trim()) return v.trim();
  }
  return null;
}

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

/** Read a saved web page: main text via Mozilla Readability, metadata from meta tags. */
export function readHtml(html: string): HtmlArticle {
  let document: any;
  try {
    document = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`).document;
  } catch {
    return { text: strippedText(html), title: null, published: null, source: null, author: null, url: null };
  }
  const published = safe(() => parseMetadataDate(
    meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'DC.date.issued', 'og:published_time') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
  ), null);
  const siteName = safe(() => meta(document, 'og:site_name', 'application-name', 'publisher'), null);
  const author = safe(() => meta(document, 'author', 'article:author', 'dc.creator'), null);
  const url = safe(() => meta(document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null, null);
  const metaTitle = safe(() => meta(document, 'og:title', 'twitter:title') ?? (document.querySelector('title')?.textContent?.trim() || null), null);
  let text = '';
  let title: string | null = metaTitle;
  const root = document.documentElement ?? document;
  const shape = treeShape(root);
  if (shape.depth <= READABILITY_MAX_DEPTH && shape.elements <= READABILITY_MAX_ELEMENTS) {
    try {
      const parsed = new Readability(document as any, { charThreshold: 100 }).parse();
      if (parsed?.content) {
        const { document: inner } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
        text = blockText(inner.body);
        title = parsed.title?.trim() || title;
      }
    } catch {
      text = '';
    }
  }
  if (!text.trim()) {
    try {
      const { document: again } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
      text = again.body ? blockText(again.body) : blockText(again.documentElement ?? again);
    } catch {
      text = strippedText(html);
    }
  }
  return { text, title, published, source: siteName, author: author ?? null, url };
}
