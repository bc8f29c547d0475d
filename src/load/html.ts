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

/** Text of a DOM subtree, one paragraph per block element. */
function blockText(root: any): string {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    current = '';
  };
  const walk = (node: any) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) current += n.textContent;
      else if (n.nodeType === 1) {
        const tag = String(n.tagName).toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'IFRAME' || tag === 'TEMPLATE') continue;
        if (tag === 'BR') { current += ' '; continue; }
        const block = BLOCKS.has(tag);
        if (block) flush();
        walk(n);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return out.join('\n\n');
}

function meta(document: any, ...names: string[]): string | null {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"]`) ?? document.querySelector(`meta[name="${name}"]`) ?? document.querySelector(`meta[itemprop="${name}"]`);
    const v = el?.getAttribute('content');
    if (v && v.trim()) return v.trim();
  }
  return null;
}

/** Read a saved web page: main text via Mozilla Readability, metadata from meta tags. */
export function readHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html.includes('<html') || html.includes('<HTML') ? html : `<!doctype html><html><body>${html}</body></html>`);
  const published = parseMetadataDate(
    meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'DC.date.issued', 'og:published_time') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
  );
  const siteName = meta(document, 'og:site_name', 'application-name', 'publisher');
  const author = meta(document, 'author', 'article:author', 'dc.creator');
  const url = meta(document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const metaTitle = meta(document, 'og:title', 'twitter:title') ?? (document.querySelector('title')?.textContent?.trim() || null);
  let text = '';
  let title: string | null = metaTitle;
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
  if (!text.trim()) {
    const { document: again } = parseHTML(html);
    text = again.body ? blockText(again.body) : '';
  }
  return { text, title, published, source: siteName, author: author ?? null, url };
}
