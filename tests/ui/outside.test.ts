import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagerCommand } from '../../src/ui/run-reader.js';
import { listStories } from '../../src/ui/stories.js';
import { themeFromEnv } from '../../src/ui/theme.js';
import { SAMPLE } from '../helpers.js';

describe('reader: what it asks of the system', () => {
  it('opens $PAGER, else $EDITOR, else less, at the line', () => {
    expect(pagerCommand('/a/b.txt', 12, { PAGER: 'less -R' })).toEqual({ cmd: 'less', args: ['-R', '+12', '/a/b.txt'] });
    expect(pagerCommand('/a/b.txt', 3, { EDITOR: '/usr/bin/vim' })).toEqual({ cmd: '/usr/bin/vim', args: ['+3', '/a/b.txt'] });
    expect(pagerCommand('/a/b.txt', 3, {})).toEqual({ cmd: 'less', args: ['+3', '/a/b.txt'] });
    // a pager that does not take +LINE just gets the file
    expect(pagerCommand('/a/b.txt', 3, { PAGER: 'bat --paging=always' })).toEqual({ cmd: 'bat', args: ['--paging=always', '/a/b.txt'] });
  });

  it('lists the story folders with title, article count and date span (folders without articles are skipped)', async () => {
    const root = path.join(mkdtempSync(path.join(os.tmpdir(), 'stories-')), 'briefings');
    cpSync(SAMPLE, path.join(root, 'kashmir'), { recursive: true });
    mkdirSync(path.join(root, 'empty'), { recursive: true });
    mkdirSync(path.join(root, 'small'), { recursive: true });
    writeFileSync(path.join(root, 'small', 'one.txt'), 'Rain in Lisbon\n\nPublished 2024-03-02\n\nIt rained all day in Lisbon on Saturday.\n');
    const stories = await listStories([root, path.join(root, 'missing')]);
    expect(stories.map((s) => s.name)).toEqual(['kashmir', 'small']);
    expect(stories[0]).toMatchObject({ articles: 5 });
    expect(stories[0]!.span).toMatch(/^2025-04-\d\d – 2025-04-\d\d$/);
    expect(stories[1]!.articles).toBe(1);
    expect(stories[1]!.title.length).toBeGreaterThan(0);
  });

  it('NO_COLOR and TERM=dumb give a monochrome theme; TERM=dumb also ASCII borders', () => {
    expect(themeFromEnv({ NO_COLOR: '1', TERM: 'xterm-256color' })).toEqual({ mono: true, ascii: false });
    expect(themeFromEnv({ TERM: 'dumb' })).toEqual({ mono: true, ascii: true });
    expect(themeFromEnv({ TERM: 'xterm' })).toEqual({ mono: false, ascii: false });
  });
});
