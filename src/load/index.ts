import * as crypto from 'node:crypto';
import { closeSync, fstatSync, openSync, promises as fs, readSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Article, LoadProblem } from '../model.js';
import { lineStartsOf } from '../text/lines.js';
import { decodeBytes } from './decode.js';
import type * as HtmlReader from './html.js';
import { readMarkdownMetadata } from './markdown.js';
import { readPlainTextMetadata } from './plain-text.js';

/** Files larger than this are not read (a clear message says so). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** At most this many bytes are read in all; files past it are skipped with one message. */
export const MAX_TOTAL_BYTES = 256 * 1024 * 1024;
/** At most this many articles are read from the paths given. */
export const MAX_ARTICLES = 10_000;
/** Folders deeper than this are not descended into. */
export const MAX_DEPTH = 32;

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm']);

export interface LoadResult {
  articles: Article[];
  problems: LoadProblem[];
}

export interface LoadOptions {
  /** Read "-" from this stream (defaults to process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Lower limits (tests); the defaults are MAX_FILE_BYTES, MAX_TOTAL_BYTES, MAX_ARTICLES. */
  limits?: Partial<Limits>;
}

export interface Limits {
  fileBytes: number;
  totalBytes: number;
  articles: number;
}

/** A file to read: where it is on disk and the path shown for it. */
interface Candidate {
  file: string;
  shown: string;
}

export class InputError extends Error {}

/** The HTML reader (linkedom, Readability: most of the program's size) is loaded only when an HTML page is read. */
let htmlReader: typeof HtmlReader | null = null;
/** Load the HTML reader; call before articleFromText/articleFromBytes on HTML outside loadArticles (tests, fuzz). */
export async function loadHtmlReader(): Promise<void> {
  htmlReader ??= await import('./html.js');
}

const MB = 1024 * 1024;
const mb = (n: number) => `${n >= 10 * MB ? Math.round(n / MB) : (n / MB).toFixed(1)} MB`;

function errorReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'ELOOP': return 'symbolic link loop';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOTDIR': return 'not a folder';
    case 'ENAMETOOLONG': return 'file name too long';
    case 'EISDIR': return 'is a folder';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    case 'EIO': return 'input/output error';
    default: return `cannot read (${code ?? (e instanceof Error ? e.message : 'error')})`;
  }
}

/** The bytes of one input file as read, with their SHA-1 (hex). */
export interface InputFile {
  shown: string;
  bytes: Uint8Array;
  hash: string;
}

/**
 * What reading the inputs gave, before any file is parsed: the files in the order read, and the problems met in
 * that order, where `{ file: k }` marks the place of the problems that parsing files[k] may add.
 */
export interface InputFiles {
  files: InputFile[];
  events: Array<LoadProblem | { file: number }>;
}

/** Read every article under the given files and folders. Problems with single files are collected, not thrown. */
export async function loadArticles(inputs: string[], options: LoadOptions = {}): Promise<LoadResult> {
  return parseInputFiles(await readInputFiles(inputs, options));
}

/**
 * Read the bytes of every file under the given files and folders (the limits, links, devices and duplicates handled),
 * without parsing them: enough to tell whether a set of articles changed (see parseInputFiles for the articles).
 */
export async function readInputFiles(inputs: string[], options: LoadOptions = {}): Promise<InputFiles> {
  const limits: Limits = { fileBytes: MAX_FILE_BYTES, totalBytes: MAX_TOTAL_BYTES, articles: MAX_ARTICLES, ...options.limits };
  const problems: Array<LoadProblem | { file: number }> = [];
  const files: InputFile[] = [];
  const addFile = (shown: string, bytes: Uint8Array) => {
    problems.push({ file: files.length });
    files.push({ shown, bytes, hash: sha1Hex(bytes) });
  };
  const candidates: Candidate[] = [];
  const seenFolders = new Set<string>();
  let stdinRead = false;
  for (const input of inputs) {
    if (input === '-') {
      if (stdinRead) continue;
      stdinRead = true;
      const bytes = await readStream(options.stdin ?? process.stdin, problems as LoadProblem[], limits.fileBytes);
      if (bytes) addFile('-', bytes);
      continue;
    }
    await collect(input, input, candidates, problems as LoadProblem[], seenFolders, true, 0, limits.articles);
  }
  const seenFiles = new Set<string>();
  const slab = new Slab();
  let total = 0;
  let skippedForTotal = 0;
  let lastYield = performance.now();
  for (const c of candidates.slice(0, limits.articles)) {
    if (total >= limits.totalBytes) {
      skippedForTotal++;
      continue;
    }
    if (performance.now() - lastYield > YIELD_MS) {
      // The reads are synchronous: let timers and input (a progress bar, the reader re-reading a folder) run now and then.
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    }
    const bytes = readFileLimited(c.file, c.shown, problems as LoadProblem[], seenFiles, limits.totalBytes - total, limits.fileBytes, slab);
    if (bytes === 'total') {
      skippedForTotal++;
      continue;
    }
    if (!bytes) continue;
    total += bytes.length;
    addFile(c.shown, bytes);
  }
  if (skippedForTotal) {
    problems.push({ path: inputs.join(' '), reason: `over ${mb(limits.totalBytes)} of articles in all; ${skippedForTotal} more file(s) not read` });
  }
  if (candidates.length > limits.articles) {
    problems.push({ path: inputs.join(' '), reason: `more than ${limits.articles} articles; only the first ${limits.articles} (by path) were read` });
  }
  return { files, events: problems };
}

/** The problems of a read in order, with those of each file (by its index) put in its place. */
export function problemsInOrder(input: InputFiles, ofFile: (file: number) => LoadProblem[] | undefined): LoadProblem[] {
  const out: LoadProblem[] = [];
  for (const e of input.events) {
    if ('file' in e) {
      const more = ofFile(e.file);
      if (more) out.push(...more);
    } else out.push(e);
  }
  return out;
}

/** Parse the files read into articles (sorted by path, ids a1, a2, …) and the problems, in the order a read meets them. */
export async function parseInputFiles(input: InputFiles): Promise<LoadResult> {
  const { articles, problems } = await parseInputFilesDetailed(input);
  return { articles, problems };
}

export interface ParsedInput extends LoadResult {
  /** The index in input.files of each article's file. */
  fileOf: number[];
  /** The problems found in the text of each file (by index; absent when none). */
  fileProblems: Array<LoadProblem[] | undefined>;
}

export async function parseInputFilesDetailed(input: InputFiles): Promise<ParsedInput> {
  if (input.files.some((f) => f.shown === '-' || /\.html?$/i.test(f.shown))) await loadHtmlReader();
  const raw: Array<{ article: Omit<Article, 'id'>; file: number }> = [];
  const fileProblems: Array<LoadProblem[] | undefined> = [];
  input.files.forEach((f, k) => {
    const found: LoadProblem[] = [];
    const article = articleFromHashedBytes(f.shown, f.bytes, f.hash, found);
    if (article) raw.push({ article, file: k });
    fileProblems[k] = found.length ? found : undefined;
  });
  raw.sort((a, b) => (a.article.path < b.article.path ? -1 : a.article.path > b.article.path ? 1 : 0));
  const articles = raw.map(({ article }, i) => ({ id: `a${i + 1}`, ...article }));
  return { articles, problems: problemsInOrder(input, (k) => fileProblems[k]), fileOf: raw.map((r) => r.file), fileProblems };
}

async function collect(file: string, shown: string, out: Candidate[], problems: LoadProblem[], seen: Set<string>, explicit: boolean, depth: number, maxArticles: number): Promise<void> {
  let stat;
  try {
    // stat, not open: a FIFO or device is never opened here.
    stat = await fs.stat(file);
  } catch (e) {
    // A link found in a folder that leads nowhere: reported only when its name says it is an article.
    if (!explicit && !ARTICLE_EXTENSIONS.has(path.extname(file).toLowerCase())) return;
    let reason = errorReason(e);
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !explicit) {
      // Reached through a folder: the entry exists, so it is a link to nothing.
      reason = 'broken symbolic link';
    }
    problems.push({ path: shown, reason });
    return;
  }
  if (stat.isDirectory()) {
    let real: string;
    try {
      real = await fs.realpath(file);
    } catch (e) {
      problems.push({ path: shown, reason: errorReason(e) });
      return;
    }
    if (seen.has(real)) return; // symlink loop or folder given twice
    seen.add(real);
    if (depth > MAX_DEPTH) {
      problems.push({ path: shown, reason: `folder nested more than ${MAX_DEPTH} deep; not read` });
      return;
    }
    let entries: Dirent[];
    try {
      entries = (await fs.readdir(file, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (e) {
      problems.push({ path: shown, reason: errorReason(e) === 'permission denied' ? 'permission denied' : `cannot list folder (${errorReason(e)})` });
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.') || name === 'node_modules') continue;
      if (out.length > maxArticles) return;
      const isArticle = ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase());
      // Plain files that are not articles are skipped without a stat (folders of photos stay fast).
      if (entry.isFile() && !isArticle) continue;
      const child = path.join(file, name);
      const childShown = path.join(shown, name);
      let lst: { isDirectory(): boolean; isSymbolicLink(): boolean; isFile(): boolean } = entry;
      const typed = entry.isFile() || entry.isDirectory() || entry.isSymbolicLink() || entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice();
      if (!typed) {
        try {
          lst = await fs.lstat(child);
        } catch (e) {
          problems.push({ path: childShown, reason: errorReason(e) });
          continue;
        }
      }
      if (lst.isDirectory() || lst.isSymbolicLink()) {
        await collect(child, childShown, out, problems, seen, false, depth + 1, maxArticles);
      } else if (isArticle) {
        if (lst.isFile()) out.push({ file: child, shown: childShown });
        else problems.push({ path: childShown, reason: 'not a regular file (device, FIFO or socket); skipped' });
      }
    }
    return;
  }
  if (!explicit && !ARTICLE_EXTENSIONS.has(path.extname(file).toLowerCase())) return;
  if (!stat.isFile()) {
    problems.push({ path: shown, reason: 'not a regular file (device, FIFO or socket); skipped' });
    return;
  }
  out.push({ file, shown });
}

const O_NOATIME: number = (fs.constants as Record<string, number>).O_NOATIME ?? 0;
/** The event loop gets a turn after this long of reading. */
const YIELD_MS = 25;

/**
 * Files are read with synchronous calls, one after the other: on this kind of machine that is 4-6 times faster than
 * the promise API, even with 32 reads in flight (each call of the promise API costs far more than the system call).
 */
function openForReading(file: string): number {
  // O_NONBLOCK so that a FIFO swapped in after the stat never blocks us; O_NOATIME (Linux, own files)
  // so that reading does not even touch the access time.
  const flags = fs.constants.O_RDONLY | fs.constants.O_NONBLOCK;
  if (O_NOATIME) {
    try {
      return openSync(file, flags | O_NOATIME);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EPERM') throw e;
    }
  }
  return openSync(file, flags);
}

/** SHA-1 (hex) of the bytes: crypto.hash (Node 20.12+) where there is one, twice as fast for small inputs. */
const oneShotHash = (crypto as { hash?: (algorithm: string, data: Uint8Array, encoding: 'hex') => string }).hash;
function sha1Hex(bytes: Uint8Array): string {
  return typeof oneShotHash === 'function' ? oneShotHash('sha1', bytes, 'hex') : crypto.createHash('sha1').update(bytes).digest('hex');
}

/**
 * Files are read into shared blocks of memory, one after the other, rather than each into its own buffer: thousands
 * of small buffers cost more to allocate and collect than the reading itself.
 */
class Slab {
  private static readonly SIZE = 1 << 22;
  private block = Buffer.alloc(0);
  private used = 0;

  /** Room for n bytes (a view of the current block, or of a new one). */
  room(n: number): Buffer {
    if (this.block.length - this.used < n) {
      this.block = Buffer.allocUnsafeSlow(Math.max(Slab.SIZE, n));
      this.used = 0;
    }
    return this.block.subarray(this.used, this.used + n);
  }

  /** The first n bytes of a view given by room() are taken. */
  keep(view: Buffer, n: number): void {
    if (view.buffer === this.block.buffer && view.byteOffset === this.block.byteOffset + this.used) this.used += n;
  }
}

function readFileLimited(file: string, shown: string, problems: LoadProblem[], seenFiles: Set<string>, budget: number, maxBytes: number, slab: Slab): Uint8Array | null | 'total' {
  let fd: number | undefined;
  try {
    fd = openForReading(file);
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      problems.push({ path: shown, reason: 'not a regular file (device, FIFO or socket); skipped' });
      return null;
    }
    const identity = `${stat.dev}:${stat.ino}`;
    if (seenFiles.has(identity)) return null; // the same file reached twice (a link, or given twice)
    seenFiles.add(identity);
    if (stat.size > maxBytes) {
      problems.push({ path: shown, reason: `file is ${mb(stat.size)}, over the ${mb(maxBytes)} limit; skipped` });
      return null;
    }
    if (stat.size > budget) return 'total';
    // Read at most the limit + 1 bytes, whatever the size said (files can grow while read): first a buffer of the
    // size fstat gave (+1, to see growth), then larger ones as long as bytes come.
    let buf = slab.room(stat.size + 1);
    let size = 0;
    for (;;) {
      if (size === buf.length) {
        const bigger = Buffer.allocUnsafeSlow(Math.min(Math.max(buf.length * 2, 64 * 1024), maxBytes + 1));
        buf.copy(bigger, 0, 0, size);
        buf = bigger;
      }
      const bytesRead = readSync(fd, buf, size, buf.length - size, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > maxBytes) {
        problems.push({ path: shown, reason: `file is over the ${mb(maxBytes)} limit; skipped` });
        return null;
      }
    }
    slab.keep(buf, size);
    return buf.subarray(0, size);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    problems.push({ path: shown, reason: code === 'EAGAIN' ? 'not a regular file (would block); skipped' : errorReason(e) });
    return null;
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // nothing to do: the bytes are read
      }
    }
  }
}

async function readStream(stream: NodeJS.ReadableStream, problems: LoadProblem[], maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += b.length;
      if (size > maxBytes) {
        problems.push({ path: '-', reason: `standard input is over the ${mb(maxBytes)} limit; not read` });
        return null;
      }
      chunks.push(b);
    }
  } catch (e) {
    problems.push({ path: '-', reason: `cannot read standard input (${errorReason(e)})` });
    return null;
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
  return articleFromText(shown, decoded.text, sha1Hex(bytes), problems);
}

function articleFromHashedBytes(shown: string, bytes: Uint8Array, hash: string, problems: LoadProblem[]): Omit<Article, 'id'> | null {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    problems.push({ path: shown, reason: decoded.reason });
    return null;
  }
  return articleFromText(shown, decoded.text, hash, problems);
}

export function articleFromText(shown: string, text: string, hash: string, problems: LoadProblem[]): Omit<Article, 'id'> | null {
  const format = formatOf(shown, text);
  let base: Omit<Article, 'id' | 'lineStarts' | 'hash' | 'path' | 'format'>;
  // A warning is reported only for an article that is read: a refused file gets one line, its reason.
  let warning: string | undefined;
  if (format === 'html') {
    let page;
    try {
      if (!htmlReader) throw new Error('HTML reader not loaded');
      page = htmlReader.readHtml(text);
    } catch (e) {
      problems.push({ path: shown, reason: `cannot read the HTML page (${e instanceof RangeError ? 'nested too deeply' : 'malformed'})` });
      return null;
    }
    base = { ...page, publishedInferred: false, bodyStart: 0, bodyEnd: page.text.length };
  } else if (format === 'markdown') {
    const m = readMarkdownMetadata(text);
    if (m.warning) warning = `${m.warning}; read without it`;
    base = { text, title: m.title, published: m.published, source: m.source, author: m.author, url: m.url, publishedInferred: false, bodyStart: m.bodyStart, bodyEnd: m.bodyEnd };
  } else {
    const m = readPlainTextMetadata(text);
    base = { text, title: m.title, published: m.published, source: m.source, author: m.author, url: null, publishedInferred: false, bodyStart: m.bodyStart, bodyEnd: m.bodyEnd };
  }
  if (!base.text.slice(base.bodyStart, base.bodyEnd).trim()) {
    const reason = !text.trim() ? (text.length ? 'no article text (only white space)' : 'no article text (empty file)')
      : format === 'html' ? 'no readable article text in the page' : 'no article text (only metadata)';
    problems.push({ path: shown, reason });
    return null;
  }
  if (warning) problems.push({ path: shown, reason: warning });
  return { ...base, path: shown, format, hash, lineStarts: lineStartsOf(base.text) };
}
