import path from 'node:path';
import type { Article } from '../model.js';

/**
 * The story's title: the folder the articles share when its name says something
 * ("pahalgam-2025" -> "Pahalgam 2025"), otherwise the headline that shares the most words with the
 * other headlines (the most common headline words, in a form a reader can read), otherwise "Briefing".
 */

const GENERIC_FOLDERS = new Set(['', '.', '..', '/', 'articles', 'article', 'news', 'data', 'docs', 'input', 'inputs', 'files', 'texts', 'text', 'tmp', 'temp', 'downloads', 'download', 'stdin', 'src', 'corpus', 'sources', 'samples', 'sample', 'html', 'md', 'txt', 'raw', 'home', 'work', 'users', 'desktop', 'documents']);

const STOP = new Set('a an and are as at be by for from has have he her his in into is it its of on or over says said she that the their they this to up was were will with after amid new us vs'.split(' '));

function humanise(folder: string): string {
  const words = folder.replace(/[_\-.+]+/g, ' ').replace(/\s+/g, ' ').trim().split(' ');
  return words.map((w) => (/^[a-z]/.test(w) ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ');
}

/** A folder name worth showing: not generic, has letters, not a hash or a date-only name. */
function meaningfulFolder(name: string): boolean {
  const n = name.toLowerCase();
  if (GENERIC_FOLDERS.has(n)) return false;
  if (!/\p{L}{3,}/u.test(name)) return false;
  if (/^[0-9a-f]{8,}$/i.test(name)) return false;
  return name.length <= 60;
}

/** The directory all article paths share (null when they share none or come from stdin). */
function commonFolder(articles: Article[]): string | null {
  const dirs = articles.map((a) => (a.path === '-' || a.path.startsWith('<') ? null : path.dirname(path.resolve(a.path))));
  if (!dirs.length || dirs.some((d) => d === null)) return null;
  let common = dirs[0]!.split(path.sep);
  for (const d of dirs.slice(1)) {
    const parts = d!.split(path.sep);
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(path.sep) || null;
}

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP.has(w));

export function storyTitle(articles: Article[]): string {
  const folder = commonFolder(articles);
  if (folder && articles.length > 1) {
    const name = path.basename(folder);
    if (meaningfulFolder(name)) return humanise(name);
  }
  const titles = articles
    .filter((a) => a.title && a.title.trim())
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((a) => a.title!.replace(/\s+/g, ' ').trim());
  if (!titles.length) {
    if (folder && meaningfulFolder(path.basename(folder))) return humanise(path.basename(folder));
    return 'Briefing';
  }
  // Word -> number of headlines using it.
  const df = new Map<string, number>();
  for (const t of titles) for (const w of new Set(words(t))) df.set(w, (df.get(w) ?? 0) + 1);
  let best = titles[0]!;
  let bestScore = -1;
  for (const t of titles) {
    const ws = [...new Set(words(t))];
    if (!ws.length) continue;
    // Shared words count; long headlines are not favoured just for being long.
    const score = ws.reduce((s, w) => s + (df.get(w)! - 1), 0) / Math.sqrt(ws.length);
    if (score > bestScore + 1e-9) [best, bestScore] = [t, score];
  }
  return best;
}
