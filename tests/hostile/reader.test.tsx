/**
 * The reader shows article text (quotes, timeline, the article itself): an article full of escape
 * sequences must not reach the terminal raw on any screen.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBriefing } from '../../src/pipeline.js';
import { ROOT } from '../helpers.js';
import { KEY, start } from '../ui/helpers.js';

const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'bad', 'terminal-escapes.txt');
/** Ink's own colour codes (SGR) are allowed; anything else from the article is not. */
const SGR = /\u001b\[[0-9;]*m/g;
const DANGEROUS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

describe('the reader on a hostile article', () => {
  it('no screen carries the article\'s OSC 52, title change, cursor move, C1 or bidi characters', async () => {
    const opened = await openBriefing([FIXTURE], { cacheDir: null });
    const r = start(opened, { width: 90, height: 28 });
    const frames: string[] = [];
    const grab = () => frames.push(r.lastFrame() ?? '');
    grab();
    for (const pane of ['1', '2', '3', '4', '5']) {
      await r.press(pane);
      grab();
      await r.press(KEY.enter);
      grab();
      await r.press(KEY.enter);
      grab();
      await r.press(KEY.esc, KEY.esc);
    }
    expect(frames.join('\n')).toContain('We agreed');
    // The article text itself was on screen (its sources pane opens the text).
    expect(frames.some((f) => f.includes('gnp.exe') || f.includes('C1 sequence'))).toBe(true);
    for (const f of frames) {
      const rest = f.replace(SGR, '');
      expect(rest).not.toMatch(DANGEROUS);
      expect(rest).not.toContain('52;c;');
    }
    r.unmount();
  });
});
