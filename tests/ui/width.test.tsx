import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OpenedBriefing } from '../../src/pipeline.js';
import { KEY, sampleBriefing, start } from './helpers.js';

// The reader's boxes clip only vertically (a horizontal clip costs ink a re-slice of every line each frame):
// every screen must therefore fit the terminal's width by itself.
describe('reader: every screen fits the terminal width', () => {
  let opened: OpenedBriefing;
  beforeAll(async () => {
    opened = await sampleBriefing();
  });

  for (const [width, height] of [[60, 16], [137, 41]] as const) {
    it(`at ${width}×${height}: panes, cards, articles, help, preview and search`, async () => {
      const r = start(opened, { width, height, services: { renderMarkdown: async (md, w) => md.split('\n').map((l) => `\u001b[1m${l}\u001b[22m`.repeat(l.length > w ? 2 : 1)) } });
      const check = (what: string) => {
        for (const line of stripVTControlCharacters(r.lastFrame() ?? '').split('\n')) expect(stringWidth(line), `${what}: ${line}`).toBeLessThanOrEqual(width);
      };
      for (const pane of ['1', '2', '3', '4', '5']) {
        await r.press(pane);
        check(`pane ${pane}`);
        await r.press(KEY.enter);
        check(`card of pane ${pane}`);
        await r.press(KEY.esc);
      }
      await r.press('?');
      check('help');
      await r.press(KEY.esc, 'p');
      check('preview');
      await r.press(KEY.esc, '2', '/');
      await r.type('minister');
      check('search');
      r.unmount();
    });
  }
});
