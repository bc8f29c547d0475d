// esbuild plugin: ink's renderer gets src/ui/ink-output.ts (a drop-in for ink's Output that reuses unchanged rows
// from frame to frame) instead of ink/build/output.js. Used by scripts/build.mjs and the benchmark's reader build.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPLACEMENT = path.join(ROOT, 'src', 'ui', 'ink-output.ts');
const INK_BUILD = /[\\/]node_modules[\\/]ink[\\/]build$/;

export const inkOutputPlugin = {
  name: 'ink-output',
  setup(build) {
    let inkSeen = false;
    let used = false;
    build.onResolve({ filter: /^\./ }, (args) => {
      if (!INK_BUILD.test(args.resolveDir)) return undefined;
      inkSeen = true;
      if (args.path !== './output.js') return undefined;
      used = true;
      return { path: REPLACEMENT };
    });
    build.onEnd(() => {
      // ink changed its layout: say so instead of silently shipping the slow path.
      if (inkSeen && !used) process.stderr.write('ink-output plugin: ink/build/output.js is no longer imported; ink’s own Output is used\n');
    });
  },
};
