// Reader benchmark, the whole reader: selection moves (j, sometimes PgDn) in the Quotes pane of a 100,000-quote
// briefing, key pressed -> frame written. Bundled by scripts/bench.mjs; prints {p50, p95, cpuP50, cpuP95} in ms.
import React from 'react';
import { render } from 'ink';
import { Writable } from 'node:stream';
import { EventEmitter } from 'node:events';
import { App } from '../../src/ui/App.js';
const n = 100_000;
const actors = Array.from({ length: 50 }, (_, i) => ({ id: `a${i}`, name: `Person ${i}`, kind: 'person' as const, aliases: [], roles: ['Minister'], mentions: [{ article: 'x1', line: 1 }] }));
const quotes = Array.from({ length: n }, (_, i) => ({ id: `q${i}`, text: `We are reaching out to both parties, said speaker number ${i % 977} on day ${i % 31} about the talks`, speaker: `a${i % 50}`, speakerName: `Person ${i % 50}`, partial: false, sources: [{ article: 'x1', line: 1, start: 0, end: 5 }] }));
const briefing: any = { schema: 'briefing/1', title: 'Big', articles: [{ id: 'x1', path: 'x.txt', title: 'X', source: 'Wire', published: '2025-01-01', publishedInferred: false }], actors, quotes, timeline: [], conflicts: [] };
let onWrite: (() => void) | null = null;
const stdout = new Writable({ write(_c, _e, cb) { onWrite?.(); cb(); } }) as any;
Object.assign(stdout, { columns: 120, rows: 60, isTTY: false });
const stdin = new EventEmitter() as any;
let data: string | null = null;
Object.assign(stdin, { isTTY: true, setRawMode() {}, setEncoding() {}, resume() {}, pause() {}, ref() {}, unref() {}, read() { const d = data; data = null; return d; } });
const app = render(<App briefing={briefing} articles={[]} width={120} height={60} />, { stdout, stdin, debug: true, patchConsole: false, exitOnCtrlC: false });
const press = async (k: string) => { const w = new Promise<void>((r) => (onWrite = r)); const c0 = process.cpuUsage(); const t0 = performance.now(); data = k; stdin.emit('readable'); await Promise.race([w, new Promise((r) => setTimeout(r, 1000))]); const c = process.cpuUsage(c0); onWrite = null; return [performance.now() - t0, (c.user + c.system) / 1000]; };
await new Promise((r) => setTimeout(r, 100));
await press('2'); await new Promise((r) => setTimeout(r, 50));
const t: number[] = [], cp: number[] = [];
const moves = Number(process.argv[2] ?? 300);
for (let k = 0; k < moves; k++) { const [w, c] = await press(k % 10 === 9 ? '\u001b[6~' : 'j'); t.push(w!); cp.push(c!); }
app.unmount();
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
process.stdout.write(`${JSON.stringify({ p50: q(t, 0.5), p95: q(t, 0.95), cpuP50: q(cp, 0.5), cpuP95: q(cp, 0.95), moves: t.length })}\n`);
process.exit(0);
