// esbuild plugin: ink's renderer gets src/ui/ink-output.ts (a drop-in for ink's Output that reuses unchanged rows
// from frame to frame) instead of ink/build/output.js, and the libraries that import the same string-width as the
// program (ink's widest-line, cli-truncate) get src/ui/fast-string-width.ts, which answers simple lines itself.
// Used by scripts/build.mjs and the benchmark's reader build.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPLACEMENT = path.join(ROOT, 'src', 'ui', 'ink-output.ts');
const INK_BUILD = /[\\/]node_modules[\\/]ink[\\/]build$/;
const STRING_WIDTH = path.join(ROOT, 'node_modules', 'string-width', 'index.js');
const FAST_STRING_WIDTH = path.join(ROOT, 'src', 'ui', 'fast-string-width.ts');

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
    build.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData?.inkOutput || !/[\\/]node_modules[\\/]/.test(args.resolveDir)) return undefined;
      const real = await build.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: { inkOutput: true } });
      // Only where the library gets the same string-width (others keep their own version).
      return real.path === STRING_WIDTH ? { path: FAST_STRING_WIDTH } : undefined;
    });
    build.onEnd(() => {
      // ink changed its layout: say so instead of silently shipping the slow path.
      if (inkSeen && !used) process.stderr.write('ink-output plugin: ink/build/output.js is no longer imported; ink’s own Output is used\n');
    });
  },
};
