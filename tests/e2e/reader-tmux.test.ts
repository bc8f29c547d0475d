/**
 * End to end: the real `briefing` binary in a real terminal (tmux), driven by keys.
 * Skips when tmux is not installed. Uses its own tmux server (-L) so nothing else is touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, SAMPLE } from '../helpers.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const SOCKET = `briefing-e2e-${process.pid}`;

function tmux(...args: string[]): string {
  const r = spawnSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  return r.stdout ?? '';
}

function startSession(name: string, command: string, cwd = ROOT, size = { x: 100, y: 30 }) {
  tmux('new-session', '-d', '-s', name, '-x', String(size.x), '-y', String(size.y), '-c', cwd, `env NO_COLOR=1 ${command}; echo "EXIT:$?"; sleep 20`);
}

const capture = (name: string) => tmux('capture-pane', '-p', '-t', name);
const keys = (name: string, ...k: string[]) => tmux('send-keys', '-t', name, ...k);
const literal = (name: string, text: string) => tmux('send-keys', '-t', name, '-l', text);

async function waitFor(name: string, test: (screen: string) => boolean, ms = 8000): Promise<string> {
  const until = Date.now() + ms;
  let screen = '';
  while (Date.now() < until) {
    screen = capture(name);
    if (test(screen)) {
      // Only a settled frame counts: the terminal may be caught half-way through a redraw.
      await new Promise((r) => setTimeout(r, 80));
      const again = capture(name);
      if (again === screen) return screen;
      continue;
    }
    await new Promise((r) => setTimeout(r, 60));
  }
  throw new Error(`timed out; the screen was:\n${screen}`);
}

const selected = (screen: string) => screen.split('\n').find((l) => /^[›>] /.test(l)) ?? '';

afterAll(() => {
  if (hasTmux) tmux('kill-server');
});

describe.skipIf(!hasTmux)('the reader in a real terminal (tmux)', () => {
  it('starts, moves, searches, survives a resize and quits restoring the terminal', async () => {
    const s = 'main';
    startSession(s, `node ${JSON.stringify(BIN)} ${JSON.stringify(SAMPLE)}`);
    let screen = await waitFor(s, (x) => x.includes('[1 Actors'));
    expect(tmux('display', '-p', '-t', s, '#{alternate_on}').trim()).toBe('1');
    expect(screen).toMatch(/1–\d+ of \d+/);
    const first = selected(screen);
    expect(first).not.toBe('');

    keys(s, 'j');
    screen = await waitFor(s, (x) => selected(x) !== first);
    expect(screen).toMatch(/2–|1–/);

    keys(s, '2');
    await waitFor(s, (x) => x.includes('[2 Quotes'));
    keys(s, '/');
    literal(s, 'escalate');
    screen = await waitFor(s, (x) => x.includes('Search quotes /escalate'));
    expect(selected(screen).toLowerCase()).toContain('escalat');
    keys(s, 'Enter');
    keys(s, 'Enter');
    screen = await waitFor(s, (x) => x.includes('Quotes › Quote'));
    expect(screen).toContain('In context (');
    keys(s, 'Escape');
    await waitFor(s, (x) => x.includes('[2 Quotes'));

    tmux('resize-window', '-t', s, '-x', '70', '-y', '20');
    screen = await waitFor(s, (x) => x.split('\n').some((l) => l.startsWith('╰') && l.trimEnd().length === 70));
    const lines = screen.replace(/\n+$/, '').split('\n');
    expect(lines.length).toBeLessThanOrEqual(20);
    expect(screen).toContain('[2 Quotes');
    tmux('resize-window', '-t', s, '-x', '50', '-y', '12');
    await waitFor(s, (x) => x.includes('Terminal too small'));
    tmux('resize-window', '-t', s, '-x', '100', '-y', '30');
    await waitFor(s, (x) => x.includes('[2 Quotes') && x.includes('Search quotes /escalate'));

    keys(s, 'Escape');
    await waitFor(s, (x) => !x.includes('/escalate'));
    keys(s, 'q');
    screen = await waitFor(s, (x) => x.includes('EXIT:0'));
    expect(tmux('display', '-p', '-t', s, '#{alternate_on}').trim()).toBe('0');
    expect(screen).not.toContain('[2 Quotes');
    expect(screen).not.toContain('╭');
  }, 30_000);

  it('Ctrl-c from a card quits cleanly; with several stories a picker opens first', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'briefing-picker-'));
    for (const story of ['alpha-story', 'beta-story']) {
      mkdirSync(path.join(dir, 'briefings', story), { recursive: true });
      cpSync(SAMPLE, path.join(dir, 'briefings', story), { recursive: true });
    }
    // A stand-in pager that records how it was called.
    const pager = path.join(dir, 'less');
    writeFileSync(pager, `#!/bin/sh\necho "$@" > ${JSON.stringify(path.join(dir, 'pager-args'))}\n`, { mode: 0o755 });
    const s = 'picker';
    startSession(s, `env PAGER=${JSON.stringify(pager)} node ${JSON.stringify(BIN)}`, dir);
    let screen = await waitFor(s, (x) => x.includes('Choose a story'));
    expect(screen).toMatch(/alpha-story +5 articles · 2025-04-\d\d – 2025-04-\d\d · \S/);
    expect(screen).toContain('beta-story');
    keys(s, 'Enter');
    await waitFor(s, (x) => x.includes('[1 Actors'));
    keys(s, 'Enter');
    await waitFor(s, (x) => x.includes('Actors › Actor'));
    keys(s, 'o');
    await waitFor(s, (x) => x.includes('Back from less') && x.includes('Actors › Actor'));
    expect(readFileSync(path.join(dir, 'pager-args'), 'utf8')).toMatch(/^\+\d+ .*alpha-story\/\S+\.txt$/m);
    keys(s, 'C-c');
    screen = await waitFor(s, (x) => x.includes('EXIT:0'));
    expect(tmux('display', '-p', '-t', s, '#{alternate_on}').trim()).toBe('0');
    expect(screen).not.toContain('Actors › Actor');
  }, 30_000);
});
