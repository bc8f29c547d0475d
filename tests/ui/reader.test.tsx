import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import type { OpenedBriefing } from '../../src/pipeline.js';
import type { Actor, Briefing } from '../../src/model.js';
import { KEYMAP, prettyKey } from '../../src/ui/keymap.js';
import { briefingToMarkdown } from '../../src/export/markdown.js';
import { KEY, sampleBriefing, start, tick } from './helpers.js';

let opened: OpenedBriefing;
let b: Briefing;
beforeAll(async () => {
  opened = await sampleBriefing();
  b = opened.briefing;
});

/** The actor with the most quotes (the sample has several speakers). */
function speaker(): Actor {
  const count = (a: Actor) => b.quotes.filter((q) => q.speaker === a.id).length;
  return [...b.actors].sort((x, y) => count(y) - count(x))[0]!;
}

describe('reader: the main screen', () => {
  it('shows the briefing card, the five panes and a windowed list with its position', async () => {
    const r = start(opened);
    await r.press('');
    const s = r.screen();
    expect(s).toContain(b.title);
    expect(s).toMatch(/2025-04-\d\d – 2025-04-\d\d · 5 articles · \d+ sources? · \d+ conflicts?/);
    expect(s).toContain(`[1 Actors ${b.actors.length}]`);
    for (const p of ['2 Quotes', '3 Timeline', '4 Sources', '5 Conflicts']) expect(s).toContain(p);
    expect(s).toContain(`1–22 of ${b.actors.length}`);
    expect(r.selected()).toContain(b.actors[0]!.name);
    // exactly height-1 lines, none wider than the terminal
    expect(r.lines().length).toBeLessThanOrEqual(29);
    for (const l of r.lines()) expect(stringWidth(l)).toBeLessThanOrEqual(100);
  });

  it('Tab, Shift-Tab and 1–5 switch panes', async () => {
    const r = start(opened);
    await r.press(KEY.tab);
    expect(r.screen()).toContain(`[2 Quotes ${b.quotes.length}]`);
    await r.press(KEY.tab);
    expect(r.screen()).toContain('[3 Timeline');
    await r.press(KEY.shiftTab, KEY.shiftTab, KEY.shiftTab);
    expect(r.screen()).toContain(`[5 Conflicts ${b.conflicts.length}]`);
    await r.press('4');
    expect(r.screen()).toContain('[4 Sources 5]');
    expect(r.selected()).toMatch(/2025-04-29/);
    await r.press('1');
    expect(r.screen()).toContain('[1 Actors');
  });

  it('j/k and the arrows move the selection; g/G/Home/End jump to the ends', async () => {
    const r = start(opened);
    await r.press('j');
    expect(r.selected()).toContain(b.actors[1]!.name);
    await r.press(KEY.down, KEY.down);
    expect(r.selected()).toContain(b.actors[3]!.name);
    await r.press('k', KEY.up);
    expect(r.selected()).toContain(b.actors[1]!.name);
    await r.press('G');
    expect(r.selected()).toContain(b.actors[b.actors.length - 1]!.name);
    expect(r.screen()).toContain(`of ${b.actors.length}`);
    expect(r.screen()).toMatch(new RegExp(`\\d+–${b.actors.length} of ${b.actors.length}`));
    await r.press('g');
    expect(r.selected()).toContain(b.actors[0]!.name);
    await r.press(KEY.end);
    expect(r.selected()).toContain(b.actors[b.actors.length - 1]!.name);
    await r.press(KEY.home);
    expect(r.selected()).toContain(b.actors[0]!.name);
  });

  it('PgDn/PgUp move a page, Ctrl-d/Ctrl-u half a page, and the selection stays on screen', async () => {
    const r = start(opened); // 22 list rows
    await r.press(KEY.pageDown);
    expect(r.selected()).toContain(b.actors[22]!.name);
    expect(r.screen()).toContain(`2–23 of ${b.actors.length}`);
    await r.press(KEY.pageUp);
    expect(r.selected()).toContain(b.actors[0]!.name);
    await r.press(KEY.ctrlD);
    expect(r.selected()).toContain(b.actors[11]!.name);
    await r.press(KEY.ctrlD, KEY.ctrlU);
    expect(r.selected()).toContain(b.actors[11]!.name);
    await r.press(KEY.ctrlU);
    expect(r.selected()).toContain(b.actors[0]!.name);
  });
});

describe('reader: detail cards and links', () => {
  it('Enter on an actor shows roles, their quotes and timeline entries; Enter on a quote link opens it', async () => {
    const who = speaker();
    const r = start(opened);
    await r.press('/');
    await r.type(who.name);
    await r.press(KEY.enter);
    expect(r.selected()).toContain(who.name);
    await r.press(KEY.enter);
    const s = r.screen();
    expect(s).toContain('Actors › Actor');
    expect(s).toContain(`Roles: ${who.roles[0]}`);
    const theirs = b.quotes.filter((q) => q.speaker === who.id);
    expect(s).toContain(`${theirs.length} quote(s)`);
    expect(r.selected()).toMatch(/quote +“/);
    await r.press(KEY.enter);
    expect(r.screen()).toContain('Actors › Actor › Quote');
    expect(r.screen()).toContain(`— ${who.name}`);
    await r.press(KEY.esc);
    expect(r.screen()).toContain('Actors › Actor');
    expect(r.screen()).not.toContain('› Quote');
    await r.press('q');
    expect(r.screen()).toContain('[1 Actors');
  });

  it('a quote card shows its speaker (Enter jumps to the actor), sources with outlet, date and line, and the paragraph', async () => {
    const q = b.quotes.find((x) => x.speaker && x.sources.length)!;
    const r = start(opened);
    await r.press('2');
    for (let i = 0; i < b.quotes.indexOf(q); i++) await r.press('j');
    await r.press(KEY.enter);
    const s = r.screen();
    expect(s).toContain('Quotes › Quote');
    expect(s).toContain('In context (');
    const ref = q.sources[0]!;
    const art = b.articles.find((a) => a.id === ref.article)!;
    expect(s).toMatch(new RegExp(`source +[^\\n]*, ${art.published ?? 'undated'}, line ${ref.line}`));
    expect(r.selected()).toMatch(/speaker +/);
    await r.press(KEY.enter);
    expect(r.screen()).toContain('Quotes › Quote › Actor');
    expect(r.screen()).toContain(b.actors.find((a) => a.id === q.speaker)!.name);
    // Follow a source link to the article at that line.
    await r.press(KEY.esc, 'j', KEY.enter);
    expect(r.screen()).toContain('Quote › Article');
    expect(r.screen()).toMatch(new RegExp(`\\n +${ref.line}▶ `));
  });

  it('a timeline card lists its sources and actors', async () => {
    const t = b.timeline.find((x) => (x.actors?.length ?? 0) > 0) ?? b.timeline[0]!;
    const r = start(opened);
    await r.press('3');
    for (let i = 0; i < b.timeline.indexOf(t); i++) await r.press('j');
    await r.press(KEY.enter);
    const s = r.screen();
    expect(s).toContain('Timeline › Timeline');
    expect(s).toContain(t.date);
    expect(s).toMatch(/source +.*line \d+/);
    if (t.actors?.length) expect(s).toMatch(/actor +\S/);
  });

  it('a source opens the article text, scrollable, with extracted quotes marked', async () => {
    const r = start(opened);
    await r.press('4', KEY.enter);
    let s = r.screen();
    expect(s).toContain('Sources › Article');
    expect(s).toMatch(/\n +2 {2}\S/); // line numbers
    expect(s).toMatch(/\d+» /); // a line holding a quote
    expect(s).toMatch(/lines 1–22 of \d+/);
    await r.press('j', 'j');
    s = r.screen();
    expect(s).toMatch(/lines 3–24 of \d+/);
    await r.press('G');
    expect(r.screen()).toMatch(/lines (\d+)–(\d+) of \2/);
    await r.press('q');
    expect(r.screen()).toContain('[4 Sources');
  });

  it('a conflict card shows each claim with its sources', async () => {
    const c = b.conflicts[0];
    if (!c) return;
    const r = start(opened);
    await r.press('5', KEY.enter);
    const s = r.screen();
    expect(s).toContain('Sources disagree about');
    for (const claim of c.claims) expect(s).toContain(claim.value);
  });
});

describe('reader: search', () => {
  it('/ searches quotes as you type, best first; n/N move through results; Esc clears', async () => {
    const r = start(opened);
    await r.press('4', '/'); // from Sources (or Quotes, Conflicts) `/` searches the quotes
    expect(r.screen()).toContain('[2 Quotes');
    await r.type('escalate');
    const s = r.screen();
    expect(s).toContain('Search quotes /escalate');
    const shown = s.split('\n').filter((l) => /^[›> ] .*“/.test(l));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(b.quotes.length);
    expect(shown[0]!.toLowerCase()).toMatch(/escalat/);
    await r.press(KEY.enter);
    const first = r.selected();
    await r.press('n');
    const second = r.selected();
    if (shown.length > 1) expect(second).not.toBe(first);
    await r.press('N');
    expect(r.selected()).toBe(first);
    await r.press(KEY.esc);
    expect(r.screen()).not.toContain('/escalate');
    expect(r.screen()).toContain(`of ${b.quotes.length}`);
  });

  it('finds a quote by its speaker and understands the extended syntax', async () => {
    const who = speaker();
    const r = start(opened);
    await r.press('2', '/');
    await r.type(who.name.split(' ').pop()!);
    const rows = r.lines().filter((l) => /^[›> ] .*“/.test(l));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((l) => l.includes(who.name.slice(0, 16)))).toBe(true);
    // 'exact match on a word that appears in one quote only, and !not excludes it
    await r.press(KEY.esc, '/');
    await r.type("'dirty work");
    const exact = r.lines().filter((l) => /^[›> ] .*“/.test(l));
    expect(exact.length).toBeGreaterThan(0);
    for (const l of exact) expect(l.toLowerCase()).toContain('dirty work');
    await r.press(KEY.esc, '/');
    await r.type("!dirty");
    const not = r.lines().filter((l) => /^[›> ] .*“/.test(l));
    for (const l of not) expect(l.toLowerCase()).not.toContain('dirty');
  });

  it('/ in Actors and Timeline filters those lists', async () => {
    const who = speaker();
    const r = start(opened);
    await r.press('/');
    await r.type(who.name);
    expect(r.screen()).toContain(`Filter Actors /${who.name}`);
    expect(r.selected()).toContain(who.name);
    expect(r.screen()).toMatch(/\[1 Actors (\d+)\]/);
    const n = Number(/\[1 Actors (\d+)\]/.exec(r.screen())![1]);
    expect(n).toBeLessThan(b.actors.length);
    await r.press(KEY.esc, '3', '/');
    const t = b.timeline[0]!;
    const word = t.text.split(/\s+/).filter((w) => w.length > 4)[0]!;
    await r.type(word);
    expect(r.screen()).toContain(`Filter Timeline /${word}`);
    expect(r.selected().toLowerCase()).toContain(word.toLowerCase().replace(/[^a-z]/g, '').slice(0, 3));
    await r.type('zzqqxx');
    expect(r.screen()).toContain('no matches');
    await r.press(KEY.backspace);
    expect(r.screen()).toContain(`/${word}zzqqx`);
  });
});

describe('reader: actions', () => {
  it('s sorts by corroboration and back', async () => {
    const r = start(opened);
    await r.press('s');
    expect(r.screen()).toContain('by corroboration');
    const top = [...b.actors].map((a, i) => ({ a, i, c: a.corroboration ?? new Set(a.mentions.map((m) => m.article)).size })).sort((x, y) => y.c - x.c || x.i - y.i)[0]!.a;
    expect(r.selected()).toContain(top.name);
    await r.press('s');
    expect(r.screen()).not.toContain('by corroboration');
    expect(r.selected()).toContain(b.actors[0]!.name);
  });

  it('e exports the Markdown summary to a file, asking before it overwrites', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reader-export-'));
    const r = start(opened, { services: { cwd: dir } });
    await r.press('e');
    expect(r.screen()).toMatch(/Export Markdown to: \.\/[a-z0-9-]+/);
    for (let i = 0; i < 80; i++) r.stdin.write(KEY.backspace);
    await tick();
    await r.type('brief');
    await r.press(KEY.enter);
    await tick(100);
    expect(r.screen()).toContain('Wrote ./brief.md');
    const file = path.join(dir, 'brief.md');
    expect(readFileSync(file, 'utf8')).toContain(`# `);
    writeFileSync(file, 'mine');
    await r.press('e');
    for (let i = 0; i < 80; i++) r.stdin.write(KEY.backspace);
    await tick();
    await r.type('brief.md');
    await r.press(KEY.enter);
    await tick(50);
    expect(r.screen()).toContain('brief.md exists. Overwrite it? (y/N)');
    await r.press('n');
    expect(r.screen()).toContain('Not overwritten');
    expect(readFileSync(file, 'utf8')).toBe('mine');
    await r.press('e');
    for (let i = 0; i < 80; i++) r.stdin.write(KEY.backspace);
    await tick();
    await r.type('brief');
    await r.press(KEY.enter);
    await tick(50);
    await r.press('y');
    await tick(100);
    expect(r.screen()).toContain('Wrote ./brief.md');
    expect(readFileSync(file, 'utf8')).toBe(briefingToMarkdown(b));
    // Esc cancels and writes nothing
    await r.press('e', KEY.esc);
    expect(r.screen()).toContain('Export cancelled');
    expect(existsSync(path.join(dir, 'briefing.md'))).toBe(false);
  });

  it('y copies the selected quote with its citation', async () => {
    const copied: string[] = [];
    const r = start(opened, { services: { copy: (t) => (copied.push(t), 'Copied') } });
    await r.press('y');
    expect(r.screen()).toContain('Nothing to copy');
    await r.press('2', 'y');
    const q = b.quotes[0]!;
    expect(copied[0]).toContain(q.text.slice(0, 30));
    expect(copied[0]).toContain(`— ${q.speakerName}`);
    expect(copied[0]).toMatch(/line \d+/);
    expect(r.screen()).toContain('Copied');
    const plain = start(opened);
    await plain.press('2', 'y');
    expect(plain.screen()).toContain('Clipboard not available');
  });

  it('o opens the source article at the line in the pager and comes back', async () => {
    const calls: Array<[string, number]> = [];
    const r = start(opened, { services: { openExternal: async (f, l) => (calls.push([f, l]), `Back from less`) } });
    await r.press('2', 'o');
    await tick(30);
    const q = b.quotes[0]!;
    const art = b.articles.find((a) => a.id === q.sources[0]!.article)!;
    expect(calls[0]).toEqual([art.path, q.sources[0]!.line]);
    expect(r.screen()).toContain('Back from less');
    expect(r.screen()).toContain('[2 Quotes');
  });

  it('p previews the Markdown summary rendered for the terminal at the current width', async () => {
    const r = start(opened);
    await r.press('p');
    for (let i = 0; i < 40 && r.screen().includes('Rendering'); i++) await tick(50);
    const s = r.screen();
    expect(s).toContain('Summary preview');
    expect(s).toContain('Actors');
    expect(s).not.toMatch(/^\s*## /m); // rendered, not raw Markdown
    await r.press('G');
    expect(r.screen()).toMatch(/(\d+)–(\d+) of \2/);
    await r.press(KEY.esc);
    expect(r.screen()).toContain('[1 Actors');
  });

  it('? shows every binding of the key table', async () => {
    const r = start(opened, { height: 60 });
    await r.press('?');
    const s = r.screen();
    for (const binding of KEYMAP) {
      expect(s).toContain(binding.help);
      expect(s).toContain(binding.keys.map((k) => prettyKey(k)).join(' / '));
    }
    await r.press('?');
    expect(r.screen()).toContain('[1 Actors');
  });
});

describe('reader: leaving', () => {
  it('q at the top quits; Q quits from a card; Ctrl-c quits from the search box', async () => {
    for (const keys of [['q'], [KEY.enter, 'Q'], ['/', 'a', KEY.ctrlC]]) {
      const r = start(opened);
      await r.press(...keys);
      const before = r.screen();
      await r.press('2', 'j', KEY.tab);
      expect(r.screen()).toBe(before); // the app has exited: keys no longer change the screen
    }
  });

  it('Esc at the top does not quit', async () => {
    const r = start(opened);
    await r.press(KEY.esc, '2');
    expect(r.screen()).toContain('[2 Quotes');
  });
});

describe('reader: the terminal', () => {
  it('redraws at a new size, is usable at 60×16 and says when the terminal is too small', async () => {
    const r = start(opened);
    await r.press('');
    r.rerenderWith({ width: 60, height: 16 });
    await tick(30);
    const lines = r.lines();
    expect(lines.length).toBeLessThanOrEqual(15);
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(60);
    expect(r.screen()).toContain('[1 Actors');
    expect(r.screen()).toContain(`5 Conf ${b.conflicts.length}`); // all five panes still named
    await r.press('j');
    expect(r.selected()).toContain(b.actors[1]!.name.slice(0, 20));
    r.rerenderWith({ width: 50, height: 12 });
    await tick(30);
    expect(r.screen()).toContain('Terminal too small');
    r.rerenderWith({ width: 100, height: 30 });
    await tick(30);
    expect(r.selected()).toContain(b.actors[1]!.name);
  });

  it('wide characters (CJK, emoji) and escape sequences in articles do not break the frame', async () => {
    const wide: OpenedBriefing = {
      ...opened,
      briefing: {
        ...b,
        title: '北京 ☕ 東京 '.repeat(12),
        actors: [
          { id: 'w1', name: '習近平🙂'.repeat(10), kind: 'person', aliases: [], roles: ['主席'], mentions: [{ article: 'a1', line: 1 }] },
          { id: 'w2', name: 'Evil\u001b[2J\u001b]0;pwned\u0007Name', kind: 'person', aliases: [], roles: [], mentions: [{ article: 'a1', line: 1 }] },
          ...b.actors,
        ],
      },
    };
    const r = start(wide, { width: 70, height: 20 });
    await r.press('');
    const raw = r.lastFrame() ?? '';
    expect(raw).not.toContain('\u001b[2J');
    expect(raw).not.toContain('pwned\u0007');
    const lines = r.lines();
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(70);
    // the header box's right border lines up on every row
    const box = lines.slice(0, 4);
    for (const l of box) expect(stringWidth(l)).toBe(70);
    expect(r.screen()).toContain('EvilName');
  });

  it('monochrome (NO_COLOR, TERM=dumb) shows the selection with a marker', async () => {
    const r = start(opened, { theme: { mono: true, ascii: true } });
    await r.press('j');
    const lines = r.lines();
    expect(lines.some((l) => l.startsWith('> ') && l.includes(b.actors[1]!.name))).toBe(true);
    expect(r.screen()).toContain('+---');
  });

  it('--watch: a re-read briefing keeps the selection and marks what is new', async () => {
    const r = start(opened, { baseline: null });
    await r.press('2', 'j', 'j');
    const picked = b.quotes[2]!;
    expect(r.selected()).toContain(picked.text.slice(0, 20));
    const { buildData, briefingKeys } = await import('../../src/ui/view-model.js');
    const baseline = briefingKeys(buildData(b, opened.articles));
    const added = { ...b.quotes[0]!, id: 'qnew', text: 'A brand new statement about the talks', speakerName: 'Somebody New' };
    const next: Briefing = { ...b, quotes: [added, ...b.quotes] };
    r.rerenderWith({ briefing: next, baseline, notice: { id: 1, text: 'Re-read 6 articles: 1 item new' } });
    await tick(50);
    expect(r.selected()).toContain(picked.text.slice(0, 20));
    expect(r.screen()).toMatch(/^  \+ Somebody New +“A brand new statement/m);
    expect(r.screen()).toContain('Re-read 6 articles');
  });
});
