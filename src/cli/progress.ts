import type { Progress } from '../pipeline.js';

/**
 * A one-line progress bar on stderr for long builds: articles done, articles per second and time left.
 * Only on a terminal (quiet when stderr is a pipe or file), only once a build has run for a moment (small inputs
 * never show it), at most ten redraws a second; `done()` erases it so the reader or the output starts clean.
 */
export interface ProgressBar {
  update: (p: Progress) => void;
  done: () => void;
}

export function createProgressBar(stream: NodeJS.WriteStream = process.stderr, options: { delayMs?: number; now?: () => number } = {}): ProgressBar {
  const now = options.now ?? (() => performance.now());
  const delay = options.delayMs ?? 400;
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  const start = now();
  let extractStart = 0;
  let extractFrom = 0;
  let lastDraw = 0;
  let shown = false;
  const draw = (line: string) => {
    const width = Math.max(20, (stream.columns || 80) - 1);
    stream.write(`\r${line.slice(0, width)}\x1b[K`);
    shown = true;
  };
  return {
    update(p) {
      const t = now();
      if (p.phase === 'extract' && extractStart === 0) {
        extractStart = t;
        extractFrom = p.done;
      }
      if (t - start < delay || (t - lastDraw < 100 && p.done < p.total)) return;
      lastDraw = t;
      if (p.phase === 'load') return draw('briefing: reading articles…');
      if (p.phase === 'merge') return draw(`briefing: ${p.total} articles read; merging…`);
      draw(formatProgress(p.done, p.total, (t - extractStart) / 1000, extractFrom, Math.max(20, (stream.columns || 80) - 1)));
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}

/** "[#####-----]  412/10000 articles  85/s  ETA 1:53" (extraction rate counts only articles extracted now, not cached ones). */
export function formatProgress(done: number, total: number, seconds: number, cached: number, width = 80): string {
  const rate = seconds > 0 ? (done - cached) / seconds : 0;
  const left = total - done;
  const eta = rate > 0 ? left / rate : NaN;
  const etaText = Number.isFinite(eta) ? `${Math.floor(eta / 60)}:${String(Math.round(eta % 60)).padStart(2, '0')}` : '–:––';
  const tail = `  ${done}/${total} articles  ${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s  ETA ${etaText}`;
  const barWidth = Math.max(10, Math.min(40, width - tail.length - 12));
  const filled = total > 0 ? Math.round((done / total) * barWidth) : 0;
  return `briefing [${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${tail}`;
}
