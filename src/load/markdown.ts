import { readFrontMatter } from './front-matter.js';
import { parseMetadataDate } from './metadata-date.js';
import { readPlainTextMetadata } from './plain-text.js';

export interface MarkdownMetadata {
  title: string | null;
  published: string | null;
  source: string | null;
  author: string | null;
  url: string | null;
  bodyStart: number;
  bodyEnd: number;
  warning?: string;
}

function str(v: unknown): string | null {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (typeof v === 'number') return String(v);
  return null;
}

export function readMarkdownMetadata(text: string): MarkdownMetadata {
  const fm = readFrontMatter(text);
  const d = fm.data;
  const inText = readPlainTextMetadata(text, fm.bodyStart);
  const heading = /^#{1,2}\s+(.+?)\s*#*\s*$/m.exec(text.slice(fm.bodyStart, fm.bodyStart + 2000));
  const rawDate = d.date ?? d.published ?? d.pubDate ?? d.datePublished;
  const published = parseMetadataDate(rawDate) ?? inText.published;
  const warnings = [fm.error, rawDate !== undefined && !parseMetadataDate(rawDate) ? `front matter date "${String(rawDate).slice(0, 40)}" is not a date` : undefined].filter(Boolean);
  return {
    title: str(d.title) ?? (heading ? heading[1]!.trim() : inText.title),
    published,
    source: str(d.source) ?? str(d.publisher) ?? str(d.outlet) ?? inText.source,
    author: str(d.author) ?? inText.author,
    url: str(d.url) ?? str(d.link),
    bodyStart: inText.bodyStart,
    bodyEnd: inText.bodyEnd,
    ...(warnings.length ? { warning: warnings.join('; ') } : {}),
  };
}
