// Generate benchmark corpora by varying the real sample articles (briefings/pahalgam-2025): names, numbers, dates
// and paragraph order change from one article to the next, so no two files share content (nothing is cached by accident).
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SYL = ['ka', 'ran', 'vi', 'mor', 'el', 'sha', 'dun', 'pe', 'tra', 'lo', 'mi', 'zen', 'ha', 'bar', 'qu', 'ist', 'no', 'var', 'ju', 'lek', 'sa', 'tor', 'ne', 'wen'];
const STOP = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'But', 'And', 'As', 'After', 'US', 'State', 'Secretary', 'President', 'Minister', 'Prime', 'Foreign', 'Department', 'Photo', 'Reuters', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/** Small deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticName(r) {
  const n = 2 + Math.floor(r() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += SYL[Math.floor(r() * SYL.length)];
  return s[0].toUpperCase() + s.slice(1);
}

export function sampleTexts(root) {
  const dir = path.join(root, 'briefings', 'pahalgam-2025');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

/** One varied article (text, and whether to write it as Markdown with front matter). */
export function variedArticle(samples, i) {
  const r = rng(i * 2654435761 + 17);
  const base = samples[i % samples.length];
  const other = samples[(i + 1 + Math.floor(r() * (samples.length - 1))) % samples.length];
  const paras = base.split('\n').filter((p) => p.trim());
  const extra = other.split('\n').filter((p) => p.trim() && p.length > 200);
  // Keep the lead, lightly shuffle the rest, add a paragraph of another article (~600 words on average).
  const rest = paras.slice(1);
  for (let k = rest.length - 1; k > 0; k--) if (r() < 0.3) { const j = Math.floor(r() * (k + 1)); [rest[k], rest[j]] = [rest[j], rest[k]]; }
  if (extra.length) rest.splice(Math.floor(r() * rest.length), 0, extra[Math.floor(r() * extra.length)]);
  let text = [paras[0], ...rest].join('\n');
  // Names: each capitalised word outside a small stop list is replaced by a synthetic one with probability 0.35.
  const renamed = new Map();
  text = text.replace(/\b[A-Z][a-z]{2,}\b/g, (w) => {
    if (STOP.has(w)) return w;
    if (!renamed.has(w)) renamed.set(w, r() < 0.35 ? syntheticName(r) : w);
    return renamed.get(w);
  });
  text = text.replace(/\b\d+\b/g, (d) => (d.length === 4 && /^(19|20)/.test(d) ? String(2000 + Math.floor(r() * 26)) : String(Math.floor(r() * 10 ** d.length))));
  text = text.replace(new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g'), () => MONTHS[Math.floor(r() * 12)]);
  const date = `20${String(10 + Math.floor(r() * 16))}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  const markdown = r() < 0.4;
  const title = paras[0].split(/[.!?]/)[0].slice(0, 90).replace(/"/g, '');
  if (markdown) text = `---\ntitle: "${title} (${i})"\ndate: ${date}\nsource: Wire ${1 + (i % 7)}\n---\n\n${text.split('\n').join('\n\n')}\n`;
  else text = `${text}\n`;
  return { name: `${String(i).padStart(6, '0')}.${markdown ? 'md' : 'txt'}`, text };
}

/** Write `count` varied articles into `dir` (reused when complete), in sub-folders of 1,000. Returns word count. */
export function generateCorpus(root, dir, count) {
  const stamp = path.join(dir, '.complete');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === String(count)) return JSON.parse(readFileSync(path.join(dir, '.words'), 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  const samples = sampleTexts(root);
  let words = 0;
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, `part-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const a = variedArticle(samples, i);
    words += a.text.split(/\s+/).length;
    writeFileSync(path.join(sub, a.name), a.text);
  }
  writeFileSync(path.join(dir, '.words'), JSON.stringify(words));
  writeFileSync(stamp, String(count));
  return words;
}
