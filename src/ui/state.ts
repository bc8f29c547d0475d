/**
 * The reader's state and its pure reducer (tested without Ink).
 * Actions carry the facts the reducer needs (list length, page height), so it never looks at the briefing.
 */
import type { Command } from './keymap.js';

export type CardKind = 'actor' | 'quote' | 'timeline' | 'conflict';

/** A screen over the panes: a detail card, an article, the summary preview or the help. */
export type View =
  | { kind: CardKind; id: string; sel: number; top: number }
  | { kind: 'article'; articleId: string; top: number; line: number | null }
  | { kind: 'preview'; top: number }
  | { kind: 'help'; top: number };

export type Prompt = { kind: 'export'; value: string } | { kind: 'overwrite'; file: string };

export interface UiState {
  pane: number;
  /** Selected row of each pane (index into the pane's shown list). */
  sel: number[];
  /** First shown row of each pane's window. */
  top: number[];
  /** The `/` query of each pane ('' = none). */
  queries: string[];
  /** The search box has the keyboard. */
  editing: boolean;
  /** Lists sorted by corroboration. */
  bySupport: boolean;
  stack: View[];
  prompt: Prompt | null;
  message: string | null;
  quit: boolean;
}

export const PANE_COUNT = 5;

export function initialState(): UiState {
  return {
    pane: 0,
    sel: Array(PANE_COUNT).fill(0),
    top: Array(PANE_COUNT).fill(0),
    queries: Array(PANE_COUNT).fill(''),
    editing: false,
    bySupport: false,
    stack: [],
    prompt: null,
    message: null,
    quit: false,
  };
}

export type Action =
  /** A key command; `count` = rows in the focused list or lines of the view, `page` = rows that fit. */
  | { type: 'command'; command: Command; count: number; page: number; key?: string }
  | { type: 'push'; view: View }
  | { type: 'showPane'; pane: number; sel?: number }
  | { type: 'type'; text: string }
  | { type: 'erase' }
  /** Enter in the search box: keep the results, give the keyboard back to the list. */
  | { type: 'submitSearch' }
  | { type: 'prompt'; prompt: Prompt | null }
  | { type: 'message'; text: string | null }
  /** After re-reading (--watch): new selections, by pane. */
  | { type: 'relocate'; sel: number[]; dropViews: boolean };

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

/** A selection moved by a command within `count` rows, `page` visible. */
export function moveSelection(sel: number, command: Command, count: number, page: number): number {
  if (count <= 0) return 0;
  const half = Math.max(1, Math.floor(page / 2));
  const step: Partial<Record<Command, number>> = { down: 1, up: -1, pageDown: Math.max(1, page), pageUp: -Math.max(1, page), halfDown: half, halfUp: -half };
  if (command === 'top') return 0;
  if (command === 'bottom') return count - 1;
  const d = step[command];
  return d === undefined ? clamp(sel, 0, count - 1) : clamp(sel + d, 0, count - 1);
}

/** The first row of a window of `page` rows over `count` that keeps `sel` visible, moving as little as possible. */
export function windowTop(top: number, sel: number, count: number, page: number): number {
  if (count <= page) return 0;
  let t = top;
  if (sel < t) t = sel;
  if (sel >= t + page) t = sel - page + 1;
  return clamp(t, 0, count - page);
}

const MOVES = new Set<Command>(['down', 'up', 'top', 'bottom', 'pageDown', 'pageUp', 'halfDown', 'halfUp']);

function setAt<T>(list: T[], i: number, v: T): T[] {
  if (list[i] === v) return list;
  const copy = list.slice();
  copy[i] = v;
  return copy;
}

function replaceTop(state: UiState, view: View): UiState {
  return { ...state, stack: [...state.stack.slice(0, -1), view] };
}

export function reduce(state: UiState, action: Action): UiState {
  switch (action.type) {
    case 'push':
      return { ...state, stack: [...state.stack, action.view], message: null };
    case 'showPane':
      return {
        ...state,
        pane: action.pane,
        stack: [],
        sel: action.sel === undefined ? state.sel : setAt(state.sel, action.pane, action.sel),
      };
    case 'type':
      if (state.prompt?.kind === 'export') return { ...state, prompt: { kind: 'export', value: state.prompt.value + action.text } };
      if (!state.editing) return state;
      return { ...state, queries: setAt(state.queries, state.pane, state.queries[state.pane] + action.text), sel: setAt(state.sel, state.pane, 0), top: setAt(state.top, state.pane, 0) };
    case 'erase':
      if (state.prompt?.kind === 'export') return { ...state, prompt: { kind: 'export', value: [...state.prompt.value].slice(0, -1).join('') } };
      if (!state.editing) return state;
      return { ...state, queries: setAt(state.queries, state.pane, [...state.queries[state.pane]!].slice(0, -1).join('')), sel: setAt(state.sel, state.pane, 0), top: setAt(state.top, state.pane, 0) };
    case 'submitSearch':
      return { ...state, editing: false };
    case 'prompt':
      return { ...state, prompt: action.prompt };
    case 'message':
      return { ...state, message: action.text };
    case 'relocate':
      return { ...state, sel: action.sel, stack: action.dropViews ? [] : state.stack };
    case 'command':
      return command(state, action);
  }
}

function command(state: UiState, a: Extract<Action, { type: 'command' }>): UiState {
  const { command: cmd, count, page } = a;
  const s = state.message ? { ...state, message: null } : state;
  if (cmd === 'quit') return { ...s, quit: true };
  const view = s.stack[s.stack.length - 1];
  if (cmd === 'help') {
    if (view?.kind === 'help') return { ...s, stack: s.stack.slice(0, -1) };
    return { ...s, stack: [...s.stack, { kind: 'help', top: 0 }] };
  }
  if (cmd === 'back') {
    if (view) return { ...s, stack: s.stack.slice(0, -1) };
    if (s.editing || s.queries[s.pane]) return { ...s, editing: false, queries: setAt(s.queries, s.pane, ''), sel: setAt(s.sel, s.pane, 0), top: setAt(s.top, s.pane, 0) };
    if (a.key === 'q') return { ...s, quit: true };
    return s;
  }
  if (view) {
    if (!MOVES.has(cmd)) return s;
    if (view.kind === 'article' || view.kind === 'preview' || view.kind === 'help') {
      // Scrolling: `count` lines, `page` visible.
      const max = Math.max(0, count - page);
      const half = Math.max(1, Math.floor(page / 2));
      const d: Partial<Record<Command, number>> = { down: 1, up: -1, pageDown: page, pageUp: -page, halfDown: half, halfUp: -half };
      const top = cmd === 'top' ? 0 : cmd === 'bottom' ? max : clamp(view.top + (d[cmd] ?? 0), 0, max);
      return top === view.top ? s : replaceTop(s, { ...view, top });
    }
    const sel = moveSelection(view.sel, cmd, count, page);
    return sel === view.sel ? s : replaceTop(s, { ...view, sel, top: windowTop(view.top, sel, count, page) });
  }
  const pane = s.pane;
  switch (cmd) {
    case 'nextPane':
    case 'prevPane':
      return { ...s, pane: (pane + (cmd === 'nextPane' ? 1 : PANE_COUNT - 1)) % PANE_COUNT, editing: false };
    case 'pane1':
    case 'pane2':
    case 'pane3':
    case 'pane4':
    case 'pane5':
      return { ...s, pane: Number(cmd.slice(4)) - 1, editing: false };
    case 'search': {
      // Actors and Timeline filter themselves; elsewhere `/` searches the quotes.
      const target = pane === 0 || pane === 2 ? pane : 1;
      return { ...s, pane: target, editing: true };
    }
    case 'nextHit':
    case 'prevHit': {
      if (!s.queries[pane]) return { ...s, message: 'No search: press / to search' };
      if (count === 0) return { ...s, message: 'No results' };
      const sel = (s.sel[pane]! + (cmd === 'nextHit' ? 1 : count - 1)) % count;
      return { ...s, sel: setAt(s.sel, pane, sel), top: setAt(s.top, pane, windowTop(s.top[pane]!, sel, count, page)) };
    }
    case 'sort':
      return { ...s, bySupport: !s.bySupport, sel: Array(PANE_COUNT).fill(0), top: Array(PANE_COUNT).fill(0), message: s.bySupport ? 'Original order' : 'Sorted by corroboration (most sources first)' };
    default:
      if (!MOVES.has(cmd)) return s;
      {
        const sel = moveSelection(s.sel[pane]!, cmd, count, page);
        const top = windowTop(s.top[pane]!, sel, count, page);
        if (sel === s.sel[pane] && top === s.top[pane]) return s;
        return { ...s, sel: setAt(s.sel, pane, sel), top: setAt(s.top, pane, top) };
      }
  }
}
