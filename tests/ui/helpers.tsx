import React from 'react';
import { stripVTControlCharacters } from 'node:util';
import { render } from 'ink-testing-library';
import { App, type AppProps } from '../../src/ui/App.js';
import { openBriefing, type OpenedBriefing } from '../../src/pipeline.js';
import { SAMPLE } from '../helpers.js';

export const KEY = {
  up: '\u001b[A',
  down: '\u001b[B',
  enter: '\r',
  esc: '\u001b',
  tab: '\t',
  shiftTab: '\u001b[Z',
  pageDown: '\u001b[6~',
  pageUp: '\u001b[5~',
  home: '\u001b[H',
  end: '\u001b[F',
  ctrlD: '\u0004',
  ctrlU: '\u0015',
  ctrlC: '\u0003',
  backspace: '\u007f',
};

let sample: Promise<OpenedBriefing> | null = null;
/** The sample briefing, built once per test file. */
export function sampleBriefing(): Promise<OpenedBriefing> {
  sample ??= openBriefing([SAMPLE]);
  return sample;
}

export const tick = (ms = 8) => new Promise((r) => setTimeout(r, ms));

/** Wait until `check` passes (a busy machine draws late), failing with its last error after `ms`. */
export async function waitFor(check: () => void, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      check();
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
      await tick(10);
    }
  }
}

/** Render the reader at a fixed size; `press` sends keys one by one, `screen` is the last frame without colours. */
export function start(opened: OpenedBriefing, props: Partial<AppProps> = {}) {
  const width = props.width ?? 100;
  const height = props.height ?? 30;
  const tree = (p: Partial<AppProps> = {}) => <App briefing={opened.briefing} articles={opened.articles} width={width} height={height} {...props} {...p} />;
  const r = render(tree());
  return {
    ...r,
    screen: () => stripVTControlCharacters(r.lastFrame() ?? ''),
    lines: () => stripVTControlCharacters(r.lastFrame() ?? '').split('\n'),
    /** The selected row (the one with the marker). */
    selected: () => stripVTControlCharacters(r.lastFrame() ?? '').split('\n').find((l) => l.startsWith('› ') || l.startsWith('> ')) ?? '',
    async press(...keys: string[]) {
      for (const k of keys) {
        r.stdin.write(k);
        await tick();
      }
      await tick();
    },
    async type(text: string) {
      for (const ch of text) {
        r.stdin.write(ch);
        await tick(5);
      }
      await tick();
    },
    rerenderWith: (p: Partial<AppProps>) => r.rerender(tree(p)),
  };
}
