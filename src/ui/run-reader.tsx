import React from 'react';
import { watch as fsWatch, type FSWatcher } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { render, type Instance } from 'ink';
import { openBriefing, type OpenedBriefing, type OpenOptions } from '../pipeline.js';
import { sanitizeLine } from '../text/sanitize.js';
import { App, type ReaderServices } from './App.js';
import { Picker } from './components/Picker.js';
import type { Story } from './stories.js';
import { ThemeContext, themeFromEnv } from './theme.js';
import { briefingKeys, buildData } from './view-model.js';

const ENTER_ALT = '\u001b[?1049h\u001b[H\u001b[2J';
const LEAVE_ALT = '\u001b[?25h\u001b[?1049l';

/**
 * Run `body` on the alternate screen and leave it on every exit path: normal end, Ctrl-c, signals, crash.
 */
async function onAlternateScreen<T>(body: () => Promise<T>): Promise<T> {
  const out = process.stdout;
  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    out.write(LEAVE_ALT);
    if (process.stdin.isTTY) {
      try {
        process.stdin.setRawMode(false);
      } catch {
        /* already closed */
      }
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    leave();
    process.exit(signal === 'SIGINT' ? 130 : 128 + (signal === 'SIGTERM' ? 15 : 1));
  };
  const onCrash = (e: unknown) => {
    leave();
    process.stderr.write(`briefing: ${sanitizeLine(e instanceof Error ? e.message : String(e))}\n`);
    if (process.env.BRIEFING_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exit(1);
  };
  const handlers: Array<[string, (...args: any[]) => void]> = [
    ['SIGINT', onSignal], ['SIGTERM', onSignal], ['SIGHUP', onSignal],
    ['uncaughtException', onCrash], ['unhandledRejection', onCrash],
  ];
  out.write(ENTER_ALT);
  process.once('exit', leave);
  for (const [event, handler] of handlers) process.on(event, handler);
  try {
    return await body();
  } finally {
    leave();
    process.off('exit', leave);
    for (const [event, handler] of handlers) process.off(event, handler);
  }
}

/** The command line that opens `file` at `line`: $PAGER, else $EDITOR, else less. */
export function pagerCommand(file: string, line: number, env: NodeJS.ProcessEnv = process.env): { cmd: string; args: string[] } {
  const chosen = (env.PAGER || env.EDITOR || 'less').trim().split(/\s+/);
  const [cmd, ...args] = chosen as [string, ...string[]];
  const name = path.basename(cmd);
  // less, more, most, vi, vim, nvim, nano, emacs, micro, kak, hx all take +LINE before the file.
  const takesLine = /^(less|more|most|vi|vim|nvim|view|nano|emacs|emacsclient|micro|kak|mg|jed|joe)$/.test(name);
  return { cmd, args: [...args, ...(takesLine ? [`+${line}`] : []), file] };
}

function services(getInstance: () => Instance | null): ReaderServices {
  const out = process.stdout;
  return {
    copy(text) {
      if (process.env.TERM === 'dumb' || !out.isTTY) return `No clipboard on this terminal; the quote: ${text}`;
      out.write(`\u001b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`);
      return 'Copied the quote with its citation (OSC 52; if nothing was copied, your terminal does not allow clipboard access)';
    },
    async openExternal(file, line) {
      const { cmd, args } = pagerCommand(file, line);
      const stdin = process.stdin;
      stdin.setRawMode?.(false);
      out.write(LEAVE_ALT);
      let result;
      try {
        result = spawnSync(cmd, args, { stdio: 'inherit' });
      } finally {
        out.write(`${ENTER_ALT}\u001b[?25l`);
        stdin.setRawMode?.(true);
        getInstance()?.clear();
      }
      if (result.error) return `Cannot run ${sanitizeLine(cmd)}: ${(result.error as NodeJS.ErrnoException).code ?? result.error.message} (set $PAGER or $EDITOR)`;
      return `Back from ${sanitizeLine(path.basename(cmd))} (${sanitizeLine(path.basename(file))}, line ${line})`;
    },
  };
}

export interface ReaderOptions {
  /** Re-read these paths when files in them are added or changed (--watch). */
  watch?: string[];
  /** How the command line asked the story to be opened (title, cache, quote marks): kept when re-reading. */
  openOptions?: OpenOptions;
}

/** Run the interactive reader on the terminal, on the alternate screen; resolves with the exit code. */
export async function runReader(opened: OpenedBriefing, options: ReaderOptions = {}): Promise<number> {
  const theme = themeFromEnv();
  return onAlternateScreen(async () => {
    let instance: Instance | null = null;
    const svc = services(() => instance);
    const baseline = options.watch ? briefingKeys(buildData(opened.briefing, opened.articles)) : null;
    let notice: { id: number; text: string } | null = null;
    const tree = (o: OpenedBriefing) => <App briefing={o.briefing} articles={o.articles} theme={theme} services={svc} baseline={baseline} notice={notice} />;
    instance = render(tree(opened), { exitOnCtrlC: false, patchConsole: true });
    const watchers = options.watch ? watchPaths(options.watch, async () => {
      try {
        const next = await openBriefing(options.watch!, options.openOptions);
        if (!next.articles.length) return;
        const fresh = briefingKeys(buildData(next.briefing, next.articles));
        let added = 0;
        for (const k of fresh) if (!baseline!.has(k)) added++;
        notice = { id: (notice?.id ?? 0) + 1, text: `Re-read ${next.articles.length} articles at ${new Date().toTimeString().slice(0, 8)}: ${added} item${added === 1 ? '' : 's'} new since opening (marked +)` };
        instance?.rerender(tree(next));
      } catch (e) {
        notice = { id: (notice?.id ?? 0) + 1, text: `Cannot re-read: ${sanitizeLine((e as Error).message)}` };
        instance?.rerender(tree(opened));
      }
    }) : [];
    try {
      await instance.waitUntilExit();
    } finally {
      for (const w of watchers) w.close();
      instance.unmount();
    }
    return 0;
  });
}

/** Watch files and folders (recursively); calls `onChange` once things settle (debounced). */
function watchPaths(paths: string[], onChange: () => Promise<void>): FSWatcher[] {
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  let again = false;
  const fire = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        await onChange();
      } finally {
        running = false;
        if (again) {
          again = false;
          fire();
        }
      }
    }, 300);
  };
  const watchers: FSWatcher[] = [];
  for (const p of paths) {
    if (p === '-') continue;
    try {
      watchers.push(fsWatch(p, { recursive: true }, (_event, name) => {
        if (name && /(^|[\\/])\.|~$|\.tmp$|\.swp$/.test(String(name))) return;
        fire();
      }));
    } catch {
      /* cannot watch this path */
    }
  }
  return watchers;
}

/** Show the story picker; resolves with the chosen folder (null when the user quits). */
export async function pickStory(stories: Story[]): Promise<string | null> {
  const theme = themeFromEnv();
  return onAlternateScreen(async () => {
    let chosen: Story | null = null;
    const instance = render(
      <ThemeContext.Provider value={theme}>
        <Picker stories={stories} onPick={(s) => (chosen = s)} />
      </ThemeContext.Provider>,
      { exitOnCtrlC: false },
    );
    await instance.waitUntilExit();
    instance.unmount();
    return (chosen as Story | null)?.dir ?? null;
  });
}
