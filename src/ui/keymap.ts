/**
 * The one key table of the reader: it drives the key handling (useKeymap) and generates the `?` help.
 * Keys are named as `keyName` produces them: "j", "G", "down", "ctrl+d", "shift+tab", "enter", "esc", "pagedown"…
 */

export type Command =
  | 'quit'
  | 'back'
  | 'help'
  | 'nextPane'
  | 'prevPane'
  | 'pane1'
  | 'pane2'
  | 'pane3'
  | 'pane4'
  | 'pane5'
  | 'down'
  | 'up'
  | 'top'
  | 'bottom'
  | 'pageDown'
  | 'pageUp'
  | 'halfDown'
  | 'halfUp'
  | 'open'
  | 'search'
  | 'nextHit'
  | 'prevHit'
  | 'sort'
  | 'export'
  | 'copy'
  | 'openExternal'
  | 'preview';

/** Where a binding applies: everywhere, in the pane lists, in cards (detail, article, preview). */
export type KeyContext = 'global' | 'list' | 'card';

export interface Binding {
  command: Command;
  keys: string[];
  help: string;
  contexts: KeyContext[];
  group: 'Move' | 'Panes' | 'Open' | 'Search' | 'Actions' | 'General';
}

export const KEYMAP: readonly Binding[] = [
  { command: 'down', keys: ['j', 'down'], help: 'next item / scroll down', contexts: ['list', 'card'], group: 'Move' },
  { command: 'up', keys: ['k', 'up'], help: 'previous item / scroll up', contexts: ['list', 'card'], group: 'Move' },
  { command: 'top', keys: ['g', 'home'], help: 'first item', contexts: ['list', 'card'], group: 'Move' },
  { command: 'bottom', keys: ['G', 'end'], help: 'last item', contexts: ['list', 'card'], group: 'Move' },
  { command: 'pageDown', keys: ['pagedown', 'space'], help: 'page down', contexts: ['list', 'card'], group: 'Move' },
  { command: 'pageUp', keys: ['pageup', 'b'], help: 'page up', contexts: ['list', 'card'], group: 'Move' },
  { command: 'halfDown', keys: ['ctrl+d'], help: 'half a page down', contexts: ['list', 'card'], group: 'Move' },
  { command: 'halfUp', keys: ['ctrl+u'], help: 'half a page up', contexts: ['list', 'card'], group: 'Move' },
  { command: 'nextPane', keys: ['tab'], help: 'next pane', contexts: ['list'], group: 'Panes' },
  { command: 'prevPane', keys: ['shift+tab'], help: 'previous pane', contexts: ['list'], group: 'Panes' },
  { command: 'pane1', keys: ['1'], help: 'Actors', contexts: ['list'], group: 'Panes' },
  { command: 'pane2', keys: ['2'], help: 'Quotes', contexts: ['list'], group: 'Panes' },
  { command: 'pane3', keys: ['3'], help: 'Timeline', contexts: ['list'], group: 'Panes' },
  { command: 'pane4', keys: ['4'], help: 'Sources', contexts: ['list'], group: 'Panes' },
  { command: 'pane5', keys: ['5'], help: 'Conflicts', contexts: ['list'], group: 'Panes' },
  { command: 'open', keys: ['enter'], help: 'open the detail card / follow the link', contexts: ['list', 'card'], group: 'Open' },
  { command: 'back', keys: ['esc', 'q'], help: 'back (clears the search; q quits from the panes)', contexts: ['list', 'card'], group: 'Open' },
  { command: 'search', keys: ['/'], help: 'search quotes (filter Actors / Timeline) as you type', contexts: ['list'], group: 'Search' },
  { command: 'nextHit', keys: ['n'], help: 'next result', contexts: ['list'], group: 'Search' },
  { command: 'prevHit', keys: ['N'], help: 'previous result', contexts: ['list'], group: 'Search' },
  { command: 'sort', keys: ['s'], help: 'sort by corroboration / original order', contexts: ['list'], group: 'Actions' },
  { command: 'export', keys: ['e'], help: 'export the Markdown summary to a file', contexts: ['list', 'card'], group: 'Actions' },
  { command: 'copy', keys: ['y'], help: 'copy the quote with its citation (OSC 52)', contexts: ['list', 'card'], group: 'Actions' },
  { command: 'openExternal', keys: ['o'], help: 'open the source in $PAGER / $EDITOR at the line', contexts: ['list', 'card'], group: 'Actions' },
  { command: 'preview', keys: ['p'], help: 'preview the Markdown summary', contexts: ['list', 'card'], group: 'Actions' },
  { command: 'help', keys: ['?'], help: 'show / hide this help', contexts: ['global'], group: 'General' },
  { command: 'quit', keys: ['Q', 'ctrl+c'], help: 'quit from anywhere', contexts: ['global'], group: 'General' },
];

/** The subset of Ink's Key used here (so tests and other callers need not build a full Key). */
export interface KeyFlags {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageDown?: boolean;
  pageUp?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  ctrl?: boolean;
  shift?: boolean;
  tab?: boolean;
  backspace?: boolean;
  delete?: boolean;
  meta?: boolean;
}

/** A stable name for one key press as Ink reports it. */
export function keyName(input: string, key: KeyFlags): string {
  if (key.tab) return key.shift ? 'shift+tab' : 'tab';
  if (key.return) return 'enter';
  if (key.escape) return 'esc';
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageDown) return 'pagedown';
  if (key.pageUp) return 'pageup';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.backspace || key.delete) return 'backspace';
  // Some terminals send Home/End as ESC [1~ / ESC [4~ which Ink may not name.
  if (input === '\u001b[1~' || input === '\u001b[7~' || input === '[1~' || input === '[7~') return 'home';
  if (input === '\u001b[4~' || input === '\u001b[8~' || input === '[4~' || input === '[8~') return 'end';
  if (key.ctrl && input.length === 1) return `ctrl+${input.toLowerCase()}`;
  if (input === ' ') return 'space';
  if (key.meta) return `meta+${input}`;
  return input;
}

const BY_CONTEXT = new Map<KeyContext, Map<string, Command>>();
for (const ctx of ['global', 'list', 'card'] as const) {
  const m = new Map<string, Command>();
  for (const b of KEYMAP) if (b.contexts.includes(ctx)) for (const k of b.keys) m.set(k, b.command);
  BY_CONTEXT.set(ctx, m);
}

/** The command a key runs in a context (global bindings first). */
export function commandFor(name: string, context: Exclude<KeyContext, 'global'>): Command | undefined {
  return BY_CONTEXT.get('global')!.get(name) ?? BY_CONTEXT.get(context)!.get(name);
}

const PRETTY: Record<string, string> = {
  down: '↓',
  up: '↑',
  left: '←',
  right: '→',
  enter: 'Enter',
  esc: 'Esc',
  tab: 'Tab',
  'shift+tab': 'Shift-Tab',
  pagedown: 'PgDn',
  pageup: 'PgUp',
  home: 'Home',
  end: 'End',
  space: 'Space',
};

/** How a key is written in the help ("ctrl+d" -> "Ctrl-d"). */
export function prettyKey(k: string, ascii = false): string {
  if (ascii && (k === 'down' || k === 'up')) return k === 'down' ? 'Down' : 'Up';
  if (PRETTY[k]) return PRETTY[k]!;
  if (k.startsWith('ctrl+')) return `Ctrl-${k.slice(5)}`;
  return k;
}

/** The help lines, grouped, generated from KEYMAP. */
export function helpLines(ascii = false): Array<{ group: string; keys: string; help: string }> {
  return KEYMAP.map((b) => ({ group: b.group, keys: b.keys.map((k) => prettyKey(k, ascii)).join(' / '), help: b.help }));
}

/** The key table as Markdown (for docs/reader.md). */
export function keyTableMarkdown(): string {
  const rows = helpLines().map((l) => `| ${l.keys.replace(/\|/g, '\\|')} | ${l.help} |`);
  return ['| Key | Does |', '| --- | --- |', ...rows].join('\n');
}
