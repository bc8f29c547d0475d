import { describe, expect, it } from 'vitest';
import { initialState, moveSelection, reduce, windowTop, type UiState } from '../../src/ui/state.js';
import { readFileSync } from 'node:fs';
import { commandFor, keyName, KEYMAP, helpLines, keyTableMarkdown, type Command } from '../../src/ui/keymap.js';
import { ROOT } from '../helpers.js';
import { fit, truncate, wrapSegs, cells, highlightSegs } from '../../src/ui/text.js';

const cmd = (s: UiState, command: Command, count = 100, page = 20, key?: string) =>
  reduce(s, { type: 'command', command, count, page, key });

describe('reader state (pure)', () => {
  it('moves within bounds and keeps the selection inside the window', () => {
    let s = initialState();
    s = cmd(s, 'up');
    expect(s.sel[0]).toBe(0);
    s = cmd(s, 'pageDown');
    expect(s.sel[0]).toBe(20);
    expect(s.top[0]).toBe(1); // selection is the last visible row
    s = cmd(s, 'bottom');
    expect(s.sel[0]).toBe(99);
    expect(s.top[0]).toBe(80);
    s = cmd(s, 'halfUp');
    expect(s.sel[0]).toBe(89);
    expect(s.top[0]).toBe(80);
    s = cmd(s, 'top');
    expect([s.sel[0], s.top[0]]).toEqual([0, 0]);
  });

  it('keeps a selection per pane; Tab wraps around', () => {
    let s = cmd(initialState(), 'down');
    s = cmd(s, 'prevPane');
    expect(s.pane).toBe(4);
    s = cmd(s, 'nextPane');
    expect(s.pane).toBe(0);
    expect(s.sel[0]).toBe(1);
    s = cmd(s, 'pane3');
    expect(s.pane).toBe(2);
    expect(s.sel[2]).toBe(0);
  });

  it('search: typing narrows from the top, Esc clears, n/N wrap through results', () => {
    let s = cmd(cmd(initialState(), 'pane4'), 'search');
    expect(s.pane).toBe(1); // from Sources, / searches quotes
    expect(s.editing).toBe(true);
    s = reduce(s, { type: 'type', text: 'ab' });
    s = reduce(s, { type: 'erase' });
    expect(s.queries[1]).toBe('a');
    s = reduce(s, { type: 'submitSearch' });
    s = cmd(s, 'prevHit', 5);
    expect(s.sel[1]).toBe(4);
    s = cmd(s, 'nextHit', 5);
    expect(s.sel[1]).toBe(0);
    s = cmd(s, 'back', 5, 20, 'esc');
    expect(s.queries[1]).toBe('');
    expect(s.quit).toBe(false);
    expect(cmd(s, 'back', 5, 20, 'q').quit).toBe(true);
  });

  it('cards stack: back pops; moves inside a card do not move the list', () => {
    let s = reduce(initialState(), { type: 'push', view: { kind: 'actor', id: 'a', sel: 0, top: 0 } });
    s = cmd(s, 'down', 3);
    s = cmd(s, 'down', 3);
    s = cmd(s, 'down', 3);
    expect(s.stack[0]).toMatchObject({ sel: 2 });
    expect(s.sel[0]).toBe(0);
    s = cmd(s, 'help');
    expect(s.stack.map((v) => v.kind)).toEqual(['actor', 'help']);
    s = cmd(s, 'back', 0, 20, 'q');
    s = cmd(s, 'back', 0, 20, 'q');
    expect(s.stack).toEqual([]);
    expect(s.quit).toBe(false);
  });

  it('moveSelection and windowTop are O(1) and sane on empty lists', () => {
    expect(moveSelection(5, 'down', 0, 10)).toBe(0);
    expect(windowTop(0, 0, 0, 10)).toBe(0);
    expect(windowTop(50, 10, 100, 20)).toBe(10);
  });
});

describe('key table', () => {
  it('names keys as the table does and resolves them per context', () => {
    expect(keyName('\t', { tab: true, shift: true })).toBe('shift+tab');
    expect(keyName('d', { ctrl: true })).toBe('ctrl+d');
    expect(commandFor('G', 'list')).toBe('bottom');
    expect(commandFor('ctrl+c', 'card')).toBe('quit');
    expect(commandFor('tab', 'card')).toBeUndefined();
  });

  it('has no key bound twice in one context, and the help lists every binding', () => {
    for (const ctx of ['list', 'card'] as const) {
      const seen = new Map<string, string>();
      for (const b of KEYMAP) {
        if (!b.contexts.includes(ctx) && !b.contexts.includes('global')) continue;
        for (const k of b.keys) {
          expect(seen.get(k), `${k} in ${ctx}`).toBeUndefined();
          seen.set(k, b.command);
        }
      }
    }
    expect(helpLines()).toHaveLength(KEYMAP.length);
  });

  it('the README shows the key table as the code defines it', () => {
    expect(readFileSync(`${ROOT}/README.md`, 'utf8')).toContain(keyTableMarkdown());
  });
});

describe('text fitting', () => {
  it('never cuts a wide character in half and pads to the exact width', () => {
    expect(cells(fit('北京東京', 5))).toBe(5);
    expect(truncate('北京東京', 5)).toBe('北京…');
    expect(cells(fit('🙂🙂🙂', 4))).toBe(4);
    for (const line of wrapSegs([{ text: '日本語のテキスト '.repeat(10) }], 13)) expect(cells(line.map((s) => s.text).join(''))).toBeLessThanOrEqual(13);
  });

  it('highlights ranges and strips terminal controls from each piece', () => {
    const segs = highlightSegs('ab\u001b[31mcd', [[7, 9]]);
    expect(segs.map((s) => s.text).join('')).toBe('abcd');
    expect(segs.find((s) => s.hl)?.text).toBe('cd');
  });
});
