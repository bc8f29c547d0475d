// Reader benchmark: moving the selection in a 100,000-item list rendered by the reader's windowed List component.
// Bundled by scripts/bench.mjs; prints {p50, p95} in ms of rerender -> frame written.
import React from 'react';
import { render, Text } from 'ink';
import { Writable } from 'node:stream';
import { List } from '../../src/ui/components/List.js';

const N = 100_000;
const HEIGHT = 50;
const WIDTH = 100;
const items = Array.from({ length: N }, (_, i) => `${i + 1}. "We are reaching out to both parties," said speaker number ${i % 977} on day ${i % 31}`);

let onWrite: (() => void) | null = null;
const stdout = new Writable({
  write(_chunk, _enc, cb) {
    onWrite?.();
    cb();
  },
}) as unknown as NodeJS.WriteStream;
Object.assign(stdout, { columns: WIDTH, rows: HEIGHT + 5, isTTY: false });

const view = (sel: number, top: number) => (
  <List count={N} top={top} sel={sel} height={HEIGHT} width={WIDTH} renderRow={(i, selected) => <Text inverse={selected}>{items[i]!.slice(0, WIDTH)}</Text>} />
);

const app = render(view(0, 0), { stdout, debug: process.env.READER_DEBUG === "1", maxFps: 1000, patchConsole: false, exitOnCtrlC: false });
const times: number[] = [];
const cpu: number[] = [];
let sel = 0;
let top = 0;
const moves = Number(process.argv[2] ?? 300);
for (let k = 0; k < moves; k++) {
  // Mostly single steps, sometimes a page jump (both happen when reading).
  sel = k % 10 === 9 ? Math.min(N - 1, sel + HEIGHT) : sel + 1;
  if (sel >= top + HEIGHT) top = sel - HEIGHT + 1;
  const written = new Promise<void>((resolve) => {
    onWrite = resolve;
  });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  app.rerender(view(sel, top));
  await Promise.race([written, new Promise((r) => setTimeout(r, 1000))]);
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
  onWrite = null;
}
app.unmount();
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
process.stdout.write(`${JSON.stringify({ p50: q(times, 0.5), p95: q(times, 0.95), cpuP50: q(cpu, 0.5), cpuP95: q(cpu, 0.95), moves })}\n`);
process.exit(0);
