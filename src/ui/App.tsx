import React, { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { Box, Text, useApp } from 'ink';
import type { Article, Briefing, Quote } from '../model.js';
import { briefingToMarkdown } from '../export/markdown.js';
import { writeFileAtomic, WriteRefused } from '../export/write-file.js';
import { sanitizeLine, sanitizeText } from '../text/sanitize.js';
import { articleLines, buildCard, type ArticleLine, type Card } from './cards.js';
import { createLists, SEARCH_MAX, SEARCH_PAGE, type PaneList } from './filter.js';
import { commandFor, type Command } from './keymap.js';
import { initialState, reduce, windowTop, type Action, type UiState, type View } from './state.js';
import { fit, wrapSegs, type Seg } from './text.js';
import { renderMarkdownForTerminal } from './preview.js';
import { ThemeContext, type Theme } from './theme.js';
import { buildData, citation, itemKey, PANES, type PaneItem, type ReaderData } from './view-model.js';
import { useKeymap, type KeyPress } from './hooks/useKeymap.js';
import { useTerminalSize } from './hooks/useTerminalSize.js';
import { Header } from './components/Header.js';
import { PaneTabs } from './components/PaneTabs.js';
import { List, position } from './components/List.js';
import { PaneRow } from './components/PaneRow.js';
import { DetailCard, cardLayout } from './components/DetailCard.js';
import { ArticleView, GUTTER } from './components/ArticleView.js';
import { TextLines } from './components/TextLines.js';
import { helpContent } from './components/HelpOverlay.js';
import { SearchBox } from './components/SearchBox.js';
import { StatusLine } from './components/StatusLine.js';
import { SegLine } from './components/SegLine.js';

/** What the reader does outside the screen (replaced in tests). */
export interface ReaderServices {
  /** Put text on the clipboard; returns the message to show. */
  copy?: (text: string) => string;
  /** Open a file at a line in $PAGER/$EDITOR and come back; resolves with the message to show. */
  openExternal?: (file: string, line: number) => Promise<string>;
  /** Render Markdown for the terminal at a width, as lines (default: marked + marked-terminal). */
  renderMarkdown?: (markdown: string, width: number, mono: boolean) => Promise<string[]>;
  /** Where exports go by default (default: the current directory). */
  cwd?: string;
}

export interface AppProps {
  briefing: Briefing;
  articles: Article[];
  /** Fixed size (tests); by default the terminal's, following resizes. */
  width?: number;
  height?: number;
  theme?: Theme;
  services?: ReaderServices;
  /** Keys of the items present when the reader opened (--watch marks the others as new). */
  baseline?: Set<string> | null;
  /** A message from outside (e.g. "re-read: 2 new"); shown when its id changes. */
  notice?: { id: number; text: string } | null;
}

export const MIN_WIDTH = 60;
export const MIN_HEIGHT = 16;

export function App(props: AppProps) {
  const theme = props.theme ?? { mono: false, ascii: false };
  return (
    <ThemeContext.Provider value={theme}>
      {props.width !== undefined && props.height !== undefined ? <Reader {...props} width={props.width} height={props.height} /> : <SizedReader {...props} />}
    </ThemeContext.Provider>
  );
}

function SizedReader(props: AppProps) {
  const { columns, rows } = useTerminalSize();
  return <Reader {...props} width={columns} height={rows} />;
}

function slug(title: string): string {
  const s = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return `${s || 'briefing'}.md`;
}

function quoteCitation(data: ReaderData, q: Quote): string {
  const refs = q.sources.map((r) => `${citation(data, r)}, ${sanitizeLine(data.meta.get(r.article)?.path ?? r.article)}`);
  return `“${sanitizeLine(q.text)}” — ${sanitizeLine(q.speakerName ?? 'unattributed')} (${refs.join('; ')})`;
}

function Reader({ briefing, articles, width, height, services = {}, baseline = null, notice = null }: AppProps & { width: number; height: number }) {
  const { exit } = useApp();
  const theme = React.useContext(ThemeContext);
  // The state lives in a ref updated at dispatch time, so a key handled before React re-renders
  // (fast typing, pasted keys) already sees the previous key's effect.
  const stateRef = useRef<UiState | null>(null);
  stateRef.current ??= initialState();
  const [, bump] = useReducer((x: number) => x + 1, 0);
  const dispatch = useCallback((action: Action) => {
    const next = reduce(stateRef.current!, action);
    if (next !== stateRef.current) {
      stateRef.current = next;
      bump();
    }
  }, []);
  const state = stateRef.current;
  const data = useMemo(() => buildData(briefing, articles), [briefing, articles]);
  const listFn = useMemo(() => createLists(data), [data]);
  // Searching runs after the keystroke is drawn: each pane shows the results of its last *applied* query (and
  // limit) while the typed one waits for `runSearches`, which takes only the latest (stale queries are dropped).
  const applied = useRef<Array<{ query: string; limit: number }>>(PANES.map(() => ({ query: '', limit: SEARCH_PAGE })));
  const wantLimit = useRef<number[]>(PANES.map(() => SEARCH_PAGE));
  const shownList = (st: UiState, p: number): PaneList => {
    const typed = st.queries[p]!;
    // No query to run (cleared, or only spaces): the pane's own list, at once.
    if (!typed.trim()) applied.current[p] = { query: typed, limit: SEARCH_PAGE };
    const a = applied.current[p]!;
    return listFn(p, a.query, st.bySupport, a.limit);
  };
  const searchPending = useRef(false);
  const runSearches = () => {
    searchPending.current = false;
    const st = stateRef.current!;
    let changed = false;
    PANES.forEach((_, p) => {
      const typed = st.queries[p]!;
      const a = applied.current[p]!;
      if (a.query !== typed) {
        applied.current[p] = { query: typed, limit: SEARCH_PAGE };
        wantLimit.current[p] = SEARCH_PAGE;
        changed = true;
      } else if (wantLimit.current[p]! > a.limit) {
        applied.current[p] = { query: typed, limit: wantLimit.current[p]! };
        changed = true;
      }
    });
    if (changed) bump();
  };
  const scheduleSearches = () => {
    if (searchPending.current) return;
    searchPending.current = true;
    setImmediate(runSearches);
  };
  const lists = PANES.map((_, p) => shownList(state, p));
  const articleCache = useMemo(() => new Map<string, ArticleLine[]>(), [data]);
  const cardCache = useMemo(() => new Map<string, Card | null>(), [data]);
  const [preview, setPreview] = useState<{ width: number; briefing: Briefing; lines: string[] } | null>(null);
  const cwd = services.cwd ?? process.cwd();

  // Layout: header card (4) + tabs/title (1) + body + search/position (1) + status (1); one spare row
  // so the frame is never as tall as the terminal.
  const W = Math.max(1, width);
  const bodyHeight = Math.max(1, height - 1 - 4 - 1 - 2);
  const tooSmall = width < MIN_WIDTH || height < MIN_HEIGHT;

  const linesOf = (articleId: string): ArticleLine[] => {
    const key = `${articleId}:${W - GUTTER}`;
    let lines = articleCache.get(key);
    if (!lines) {
      lines = articleLines(data, articleId, W - GUTTER);
      articleCache.set(key, lines);
    }
    return lines;
  };

  const cardOf = (v: View | undefined): Card | null => {
    if (!v || !('id' in v)) return null;
    const key = `${v.kind}:${v.id}`;
    if (!cardCache.has(key)) cardCache.set(key, buildCard(data, v));
    return cardCache.get(key)!;
  };
  const help = useMemo(() => helpContent(theme.ascii).flatMap((l) => wrapSegs(l, W)), [theme.ascii, W]);

  const previewRef = useRef(preview);
  previewRef.current = preview;

  // ---- the focused list or view: its length and page height (what movement commands need)
  const derive = (st: UiState) => {
    const view = st.stack[st.stack.length - 1];
    const paneList = shownList(st, st.pane);
    const count = paneList.items.length;
    const sel = Math.max(0, Math.min(st.sel[st.pane]!, count - 1));
    const top = windowTop(st.top[st.pane]!, sel, count, bodyHeight);
    let viewCount = 0;
    let viewPage = bodyHeight;
    let articleView: { lines: ArticleLine[]; top: number } | null = null;
    let cardGeom: ReturnType<typeof cardLayout> | null = null;
    const card = cardOf(view);
    if (view?.kind === 'article') {
      const lines = linesOf(view.articleId);
      viewCount = lines.length;
      articleView = { lines, top: Math.max(0, Math.min(view.top, lines.length - bodyHeight)) };
    } else if (view?.kind === 'preview') viewCount = previewRef.current?.lines.length ?? 0;
    else if (view?.kind === 'help') viewCount = help.length;
    else if (card) {
      cardGeom = cardLayout(card, W, bodyHeight);
      viewCount = card.links.length;
      viewPage = Math.max(1, cardGeom.linksHeight);
    }
    return { st, view, paneList, count, sel, top, viewCount, viewPage, articleView, card, cardGeom };
  };
  const d = derive(state);
  const countsKey = lists.map((l) => l.items.length).join(',');
  const counts = useMemo(() => countsKey.split(',').map(Number), [countsKey]);
  const { view, paneList, count, sel, top, articleView, card, cardGeom } = d;

  // Re-read (--watch): keep each pane's selection on the same item; drop cards whose item is gone.
  const last = useRef<{ data: ReaderData; lists: PaneList[]; sel: number[] } | null>(null);
  useEffect(() => {
    const prev = last.current;
    last.current = { data, lists, sel: state.sel };
    if (!prev || prev.data === data) return;
    const sel = prev.lists.map((l, p) => {
      const item = l.items[Math.min(prev.sel[p]!, l.items.length - 1)];
      if (!item) return 0;
      const key = itemKey(p, item);
      const i = lists[p]!.items.findIndex((x) => itemKey(p, x) === key);
      return i < 0 ? Math.min(prev.sel[p]!, Math.max(0, lists[p]!.items.length - 1)) : i;
    });
    const gone = state.stack.some((v) => (v.kind === 'article' ? !data.articles.has(v.articleId) : 'id' in v && !buildCard(data, v)));
    dispatch({ type: 'relocate', sel, dropViews: gone });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);
  useEffect(() => {
    if (last.current && last.current.data === data) last.current.sel = state.sel;
  }, [state.sel, data]);

  useEffect(() => {
    if (notice) dispatch({ type: 'message', text: notice.text });
  }, [notice?.id]);

  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);

  // After each frame: run what the search boxes ask for, and fetch more results when the selection gets near the
  // end of a search's results.
  useEffect(() => {
    // The state this frame drew (keys typed since have a frame of their own coming, and search after it).
    const st = state;
    let due = PANES.some((_, p) => applied.current[p]!.query !== st.queries[p]);
    const p = st.pane;
    const shown = lists[p]!;
    const a = applied.current[p]!;
    if (!st.stack.length && shown.more && a.query === st.queries[p] && a.limit < SEARCH_MAX && st.sel[p]! >= shown.items.length - 2 * bodyHeight) {
      wantLimit.current[p] = Math.min(SEARCH_MAX, a.limit * 4);
      due = true;
    }
    if (due) scheduleSearches();
  });

  // The summary preview is rendered when shown, at the current width.
  const previewWidth = W - 2;
  useEffect(() => {
    if (view?.kind !== 'preview' || (preview && preview.width === previewWidth && preview.briefing === briefing)) return;
    let live = true;
    const md = sanitizeText(briefingToMarkdown(briefing));
    (services.renderMarkdown ?? renderMarkdownForTerminal)(md, previewWidth, theme.mono)
      .then((lines) => live && setPreview({ width: previewWidth, briefing, lines }))
      .catch((e: Error) => live && setPreview({ width: previewWidth, briefing, lines: [`Cannot render the preview: ${sanitizeLine(e.message)}`] }));
    return () => {
      live = false;
    };
  }, [view?.kind, previewWidth, briefing]);

  const open = (target: View) => {
    if (target.kind === 'article' && target.line !== null) {
      const lines = linesOf(target.articleId);
      const i = lines.findIndex((l) => l.line === target.line && l.lineNo !== null);
      dispatch({ type: 'push', view: { ...target, top: Math.max(0, Math.min(i - 3, lines.length - bodyHeight)) } });
    } else dispatch({ type: 'push', view: target });
  };

  type Derived = ReturnType<typeof derive>;
  const selectedItem = (f: Derived): PaneItem | undefined => f.paneList.items[f.sel];

  const selectedLinkTarget = ({ card, view }: Derived): View | null => {
    if (!card || !view || !('sel' in view)) return null;
    return card.links[Math.min(view.sel, card.links.length - 1)]?.target ?? null;
  };

  const openSelected = (f: Derived) => {
    const { view, st } = f;
    if (view) {
      const t = selectedLinkTarget(f);
      if (t) open(t);
      return;
    }
    const item = selectedItem(f);
    if (!item) return;
    const kinds = ['actor', 'quote', 'timeline', null, 'conflict'] as const;
    const kind = kinds[st.pane];
    if (kind) open({ kind, id: item.id, sel: 0, top: 0 });
    else open({ kind: 'article', articleId: item.id, top: 0, line: null });
  };

  const currentQuote = (f: Derived): Quote | undefined => {
    const { view } = f;
    if (!view) return f.st.pane === 1 ? (selectedItem(f) as Quote | undefined) : undefined;
    if (view.kind === 'quote') return data.quoteById.get(view.id);
    const t = selectedLinkTarget(f);
    return t?.kind === 'quote' ? data.quoteById.get(t.id) : undefined;
  };

  /** The article and line `o` opens. */
  const currentSource = (f: Derived): { article: string; line: number } | null => {
    const { view, articleView, card } = f;
    if (view?.kind === 'article') {
      const l = articleView?.lines.slice(articleView.top).find((x) => x.line > 0);
      return { article: view.articleId, line: l?.line ?? view.line ?? 1 };
    }
    if (view) {
      const t = selectedLinkTarget(f);
      if (t?.kind === 'article') return { article: t.articleId, line: t.line ?? 1 };
      const first = card?.links.map((l) => l.target).find((x) => x?.kind === 'article');
      return first?.kind === 'article' ? { article: first.articleId, line: first.line ?? 1 } : null;
    }
    const item = selectedItem(f);
    if (!item) return null;
    if (f.st.pane === 3) return { article: item.id, line: 1 };
    if ('sources' in item && item.sources[0]) return item.sources[0];
    if ('mentions' in item && item.mentions[0]) return item.mentions[0];
    if ('claims' in item) return item.claims[0]?.sources[0] ?? null;
    return null;
  };

  const say = (text: string | null) => dispatch({ type: 'message', text });

  const doExport = async (file: string, force: boolean) => {
    const shown = path.relative(cwd, file).startsWith('..') ? file : `./${path.relative(cwd, file)}`;
    try {
      await writeFileAtomic(file, briefingToMarkdown(briefing), { force });
      dispatch({ type: 'prompt', prompt: null });
      say(`Wrote ${sanitizeLine(shown)}`);
    } catch (e) {
      if (e instanceof WriteRefused && /already exists/.test(e.message) && !force) {
        dispatch({ type: 'prompt', prompt: { kind: 'overwrite', file } });
        return;
      }
      dispatch({ type: 'prompt', prompt: null });
      say(`Export failed: ${sanitizeLine(e instanceof WriteRefused ? e.message : `${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)}`);
    }
  };

  const runCommand = (command: Command, name: string, f: Derived) => {
    const { view } = f;
    switch (command) {
      case 'open':
        openSelected(f);
        return;
      case 'preview':
        if (view?.kind === 'preview') dispatch({ type: 'command', command: 'back', count: 0, page: 0 });
        else dispatch({ type: 'push', view: { kind: 'preview', top: 0 } });
        return;
      case 'export':
        dispatch({ type: 'prompt', prompt: { kind: 'export', value: `./${slug(briefing.title)}` } });
        return;
      case 'copy': {
        const q = currentQuote(f);
        if (!q) return say('Nothing to copy: select a quote (Quotes pane or a quote card)');
        const text = quoteCitation(data, q);
        return say(services.copy ? services.copy(text) : `Clipboard not available; the quote: ${text}`);
      }
      case 'openExternal': {
        const src = currentSource(f);
        const art = src ? data.articles.get(src.article) : undefined;
        if (!src || !art) return say('Nothing to open here');
        if (art.path === '-') return say('This article came from standard input; there is no file to open');
        if (!services.openExternal) return say(`Open ${sanitizeLine(art.path)} at line ${src.line}`);
        void services.openExternal(art.path, src.line).then(say, (e: Error) => say(`Cannot open: ${sanitizeLine(e.message)}`));
        return;
      }
      default:
        dispatch({ type: 'command', command, count: view ? f.viewCount : f.count, page: view ? f.viewPage : bodyHeight, key: name });
    }
  };

  useKeymap(({ name, input, key }: KeyPress) => {
    const state = stateRef.current!;
    const f = derive(state);
    const { view, count } = f;
    if (name === 'ctrl+c' || (name === 'Q' && !state.editing && state.prompt?.kind !== 'export')) {
      dispatch({ type: 'command', command: 'quit', count: 0, page: 0 });
      return;
    }
    if (tooSmall) {
      if (name === 'q' || name === 'esc') dispatch({ type: 'command', command: 'quit', count: 0, page: 0 });
      return;
    }
    const prompt = state.prompt;
    if (prompt?.kind === 'export') {
      if (name === 'esc') {
        dispatch({ type: 'prompt', prompt: null });
        say('Export cancelled');
      } else if (name === 'enter') {
        const value = prompt.value.trim() || `./${slug(briefing.title)}`;
        const file = path.resolve(cwd, /\.(md|markdown)$/i.test(value) ? value : `${value}.md`);
        void fs
          .stat(file)
          .then(() => dispatch({ type: 'prompt', prompt: { kind: 'overwrite', file } }))
          .catch(() => doExport(file, false));
      } else if (name === 'backspace') dispatch({ type: 'erase' });
      else if (input && !key.ctrl && !key.meta && sanitizeLine(input) === input) dispatch({ type: 'type', text: input });
      return;
    }
    if (prompt?.kind === 'overwrite') {
      if (name === 'y' || name === 'Y') void doExport(prompt.file, true);
      else {
        dispatch({ type: 'prompt', prompt: null });
        say('Not overwritten; nothing written');
      }
      return;
    }
    if (state.editing) {
      if (name === 'esc') dispatch({ type: 'command', command: 'back', count: 0, page: 0 });
      else if (name === 'enter') dispatch({ type: 'submitSearch' });
      else if (name === 'backspace') dispatch({ type: 'erase' });
      else if (name === 'down' || name === 'ctrl+n') dispatch({ type: 'command', command: 'down', count, page: bodyHeight });
      else if (name === 'up' || name === 'ctrl+p') dispatch({ type: 'command', command: 'up', count, page: bodyHeight });
      else if (name === 'pagedown' || name === 'pageup') dispatch({ type: 'command', command: name === 'pagedown' ? 'pageDown' : 'pageUp', count, page: bodyHeight });
      else if (input && !key.ctrl && !key.meta && !key.tab && sanitizeLine(input) === input) dispatch({ type: 'type', text: input });
      return;
    }
    const command = commandFor(name, view ? 'card' : 'list');
    if (command) runCommand(command, name, f);
  });

  if (tooSmall) {
    return (
      <Box flexDirection="column">
        <Text bold>Terminal too small</Text>
        <Text>{`${width}×${height}; the reader needs at least ${MIN_WIDTH}×${MIN_HEIGHT}.`}</Text>
        <Text dimColor>Enlarge the window, or press q to quit.</Text>
      </Box>
    );
  }

  // ---- the screen
  let title: React.ReactNode;
  let body: React.ReactNode;
  let right = '';
  let hints = 'j/k move · Enter open · Tab pane · / search · s sort · p preview · e export · ? help · q quit';
  if (!view) {
    title = <PaneTabs pane={state.pane} counts={counts} width={W} />;
    body = (
      <List
        count={count}
        top={top}
        sel={sel}
        height={bodyHeight}
        width={W}
        empty={state.queries[state.pane] ? 'no matches (Esc clears the search)' : 'nothing here'}
        renderRow={(i, selected) => {
          const item = paneList.items[i]!;
          return (
            <PaneRow
              data={data}
              pane={state.pane}
              item={item}
              matches={paneList.matches?.get(item)}
              selected={selected}
              isNew={!!baseline && !baseline.has(itemKey(state.pane, item))}
              width={W}
            />
          );
        }}
      />
    );
    right = `${position(top, bodyHeight, count, theme.ascii)}${paneList.more ? '+' : ''}${state.bySupport ? ' · by corroboration' : ''}`;
  } else {
    const crumbs = state.stack.map((v) => (v.kind === 'article' ? 'Article' : v.kind === 'preview' ? 'Summary preview' : v.kind === 'help' ? 'Keys' : v.kind[0]!.toUpperCase() + v.kind.slice(1)));
    let heading: Seg[] = [{ text: `${PANES[state.pane]} › ${crumbs.join(' › ')}`, bold: true }];
    hints = 'j/k move · Enter follow · Esc/q back · y copy · o open · ? help · Q quit';
    if (view.kind === 'article' && articleView) {
      const meta = data.meta.get(view.articleId);
      heading = [...heading, { text: `  ${sanitizeLine(meta?.title ?? meta?.path ?? '')}`, dim: true }];
      body = <ArticleView lines={articleView.lines} top={articleView.top} height={bodyHeight} width={W} mark={view.line} />;
      right = `lines ${position(articleView.top, bodyHeight, articleView.lines.length, theme.ascii)} · » quote`;
      hints = 'j/k scroll · PgDn/PgUp page · o open in $PAGER · Esc/q back · ? help · Q quit';
    } else if (view.kind === 'preview') {
      body = preview ? <TextLines lines={preview.lines} top={Math.max(0, Math.min(view.top, preview.lines.length - bodyHeight))} height={bodyHeight} width={W} /> : <Box height={bodyHeight}><Text dimColor>Rendering the summary…</Text></Box>;
      right = preview ? position(Math.max(0, Math.min(view.top, preview.lines.length - bodyHeight)), bodyHeight, preview.lines.length, theme.ascii) : '';
      hints = 'j/k scroll · e export this summary · Esc/q back · Q quit';
    } else if (view.kind === 'help') {
      const t = Math.max(0, Math.min(view.top, help.length - bodyHeight));
      body = (
        <Box flexDirection="column" height={bodyHeight} overflowY="hidden">
          {help.slice(t, t + bodyHeight).map((segs, i) => (
            <SegLine key={t + i} segs={segs} width={W} />
          ))}
        </Box>
      );
      right = position(t, bodyHeight, help.length, theme.ascii);
      hints = '? or Esc closes the help · Q quits';
    } else if (card && cardGeom && 'sel' in view) {
      const linkTop = windowTop(view.top, Math.min(view.sel, card.links.length - 1), card.links.length, cardGeom.linksHeight);
      body = <DetailCard card={card} sel={Math.min(view.sel, card.links.length - 1)} top={linkTop} width={W} height={bodyHeight} />;
      right = card.links.length ? `links ${position(linkTop, cardGeom.linksHeight, card.links.length, theme.ascii)}` : '';
    } else {
      body = (
        <Box height={bodyHeight}>
          <Text>This item is no longer in the briefing. Esc goes back.</Text>
        </Box>
      );
    }
    title = <SegLine segs={heading} width={W} />;
  }

  let bottom: React.ReactNode;
  if (state.prompt?.kind === 'export') {
    bottom = <Text bold wrap="truncate-end">{fit(`Export Markdown to: ${sanitizeLine(state.prompt.value)}▏  (Enter write · Esc cancel)`, W)}</Text>;
  } else if (state.prompt?.kind === 'overwrite') {
    bottom = <Text bold wrap="truncate-end">{fit(`${sanitizeLine(path.basename(state.prompt.file))} exists. Overwrite it? (y/N)`, W)}</Text>;
  } else {
    bottom = <StatusLine message={state.message} hints={state.editing ? 'type to search · ↑/↓ move · Enter keep results · Esc clear' : hints} width={W} />;
  }

  return (
    <Box flexDirection="column" width={W} height={height - 1} overflowY="hidden">
      <Header briefing={briefing} width={W} />
      {title}
      {body}
      <SearchBox
        query={view ? '' : state.queries[state.pane]!}
        editing={!view && state.editing}
        label={state.pane === 1 ? 'Search quotes' : `Filter ${PANES[state.pane]}`}
        right={right}
        width={W}
      />
      {bottom}
    </Box>
  );
}
