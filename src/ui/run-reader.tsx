import React from 'react';
import { render } from 'ink';
import type { OpenedBriefing } from '../pipeline.js';
import { App } from './App.js';

/** Run the interactive reader on the terminal, on the alternate screen; resolves with the exit code. */
export async function runReader(opened: OpenedBriefing): Promise<number> {
  const out = process.stdout;
  out.write('\u001b[?1049h\u001b[H');
  const restore = () => out.write('\u001b[?1049l');
  process.once('exit', restore);
  try {
    const app = render(<App briefing={opened.briefing} height={out.rows ?? 24} />, { exitOnCtrlC: true });
    await app.waitUntilExit();
  } finally {
    restore();
    process.off('exit', restore);
  }
  return 0;
}
