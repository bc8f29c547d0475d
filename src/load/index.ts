import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Article, LoadProblem } from '../model.js';
import { lineStartsOf } from '../text/lines.js';
import { decodeBytes } from './decode.js';
import { readHtml } from './html.js';
import { readMarkdownMetadata } from './markdown.js';
import { readPlainTextMetadata } from './plain-text.js';

/** Files larger than this are not read (a clear message says so). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;
/** At most this many articles are read from the paths given. */
export const MAX_ARTICLES = 100_000;

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm']);

export interface LoadResult {
  articles: Article[];
  problems: LoadProblem[];
}

export interface LoadOptions {
  /** Read "-" from this stream (defaults to process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

/** A file to read: where it is on disk and the path shown for it. */
interface Candidate {
  file: string;
  shown: string;
}

export class InputError extends Error {}

/** Read every article under the given files and folders. Problems with single files are collected, not thrown. */
export async function loadArticles(inputs: string[], options: LoadOptions = {}): Promise<LoadResult> {
  const problems: LoadProblem[] = [];
  const raw: Array<Omit<Article, 'id'>> = [];
  const candidates: Candidate[] = [];
  for (const input of inputs) {
    if (input === '-') {
      const bytes = await readStream(options.stdin ?? process.stdin);
      const article = articleFromBytes('-', bytes, problems);
      if (article) raw.push(article);
      continue;
    }
    await collect(input, input, candidates, problems, new Set(), true);
  }
  for (const c of candidates.slice(0, MAX_ARTICLES)) {
    const bytes = await readFileLimited(c.file, c.shown, problems);
    if (!bytes) continue;
    const article = articleFromBytes(c.shown, bytes, problems);
    if (article) raw.push(article);
  }
  if (candidates.length > MAX_ARTICLES) {
    problems.push({ path: inputs.join(' '), reason: `more than ${MAX_ARTICLES} articles; only the first ${MAX_ARTICLES} were read` });
  }
  raw.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const articles = raw.map((a, i) => ({ id: `a${i + 1}`, ...a }));
  return { articles, problems };
}

async function collect(file: string, shown: string, out: Candidate[], problems: LoadProblem[], seen: Set<string>, explicit: boolean): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file or folder' : code === 'ELOOP' ? 'symbolic link loop' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'error'})`;
    problems.push({ path: shown, reason });
    return;
  }
  if (stat.isDirectory()) {
    let real: string;
    try {
      real = await fs.realpath(file);
    } catch {
      problems.push({ path: shown, reason: 'cannot resolve folder' });
      return;
    }
    if (seen.has(real)) return; // symlink loop or folder given twice
    seen.add(real);
    let entries: string[];
    try {
      entries = (await fs.readdir(file)).sort();
    } catch (e) {
      problems.push({ path: shown, reason: (e as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : 'cannot list folder' });
      return;
    }
    for (const name of entries) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const child = path.join(file, name);
      const childShown = path.join(shown, name);
      let lst;
      try {
        lst = await fs.lstat(child);
      } catch {
        continue;
      }
      if (lst.isDirectory() || lst.isSymbolicLink()) {
        await collect(child, childShown, out, problems, seen, false);
      } else if (lst.isFile() && ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase())) {
        out.push({ file: child, shown: childShown });
      }
    }
    return;
  }
  if (!stat.isFile()) {
    problems.push({ path: shown, reason: 'not a regular file (device, FIFO or socket); skipped' });
    return;
  }
  if (!explicit && !ARTICLE_EXTENSIONS.has(path.extname(file).toLowerCase())) return;
  out.push({ file, shown });
}

async function readFileLimited(file: string, shown: string, problems: LoadProblem[]): Promise<Uint8Array | null> {
  let handle: fs.FileHandle | undefined;
  try {
    // O_NONBLOCK so that a FIFO swapped in after the stat never blocks us.
    handle = await fs.open(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const stat = await handle.stat();
    if (!stat.isFile()) {
      problems.push({ path: shown, reason: 'not a regular file; skipped' });
      return null;
    }
    if (stat.size > MAX_FILE_BYTES) {
      problems.push({ path: shown, reason: `file is ${(stat.size / 1048576).toFixed(0)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit; skipped` });
      return null;
    }
    return await handle.readFile();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    problems.push({ path: shown, reason: code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'error'})` });
    return null;
  } finally {
    await handle?.close();
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > MAX_FILE_BYTES) throw new InputError(`standard input is over the ${MAX_FILE_BYTES / 1048576} MB limit`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

function formatOf(shown: string, text: string): Article['format'] {
  const ext = path.extname(shown).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (shown === '-') {
    if (/^\s*(<!doctype html|<html)/i.test(text)) return 'html';
    if (/^---\r?\n/.test(text)) return 'markdown';
  }
  return 'text';
}

/** Build an article from file bytes; null (with a problem recorded) when it holds no article. */
export function articleFromBytes(shown: string, bytes: Uint8Array, problems: LoadProblem[]): Omit<Article, 'id'> | null {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    problems.push({ path: shown, reason: decoded.reason });
    return null;
  }
  const hash = createHash('sha1').update(bytes).digest('hex');
  const article = articleFromText(shown, decoded.text, hash, problems);
  return article;
}

export function articleFromText(shown: string, text: string, hash: string, problems: LoadProblem[]): Omit<Article, 'id'> | null {
  const format = formatOf(shown, text);
  let base: Omit<Article, 'id' | 'lineStarts' | 'hash' | 'path' | 'format'>;
  if (format === 'html') {
    const page = readHtml(text);
    base = { ...page, publishedInferred: false, bodyStart: 0, bodyEnd: page.text.length };
  } else if (format === 'markdown') {
    const m = readMarkdownMetadata(text);
    if (m.warning) problems.push({ path: shown, reason: `${m.warning}; read without it` });
    base = { text, title: m.title, published: m.published, source: m.source, author: m.author, url: m.url, publishedInferred: false, bodyStart: m.bodyStart, bodyEnd: m.bodyEnd };
  } else {
    const m = readPlainTextMetadata(text);
    base = { text, title: m.title, published: m.published, source: m.source, author: m.author, url: null, publishedInferred: false, bodyStart: m.bodyStart, bodyEnd: m.bodyEnd };
  }
  if (!base.text.slice(base.bodyStart, base.bodyEnd).trim()) {
    problems.push({ path: shown, reason: 'no article text (empty file)' });
    return null;
  }
  return { ...base, path: shown, format, hash, lineStarts: lineStartsOf(base.text) };
}
