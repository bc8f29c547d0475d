// Bundle the program into dist/ with esbuild: one file starts much faster than hundreds of modules.
// Entry points: the CLI (code-split, so the reader UI and heavy readers load only when used) and the extraction
// worker (src/parallel/extract-worker.ts), which runs in worker threads on large inputs.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inkOutputPlugin } from './ink-output-plugin.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// --outdir DIR builds elsewhere (the benchmark and perf experiments use a private copy); default dist/.
const outArg = process.argv.indexOf('--outdir');
const outdir = path.resolve(root, outArg > 0 ? process.argv[outArg + 1] : 'dist');

/** A hash of the sources and locked dependencies: the extraction cache is keyed by it, so any change invalidates it. */
function codeVersion() {
  const h = createHash('sha1');
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else h.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  };
  walk(path.join(root, 'src'));
  for (const f of ['package.json', 'package-lock.json']) if (existsSync(path.join(root, f))) h.update(readFileSync(path.join(root, f)));
  return `b-${h.digest('hex').slice(0, 16)}`;
}

const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', 'extract-worker': 'src/parallel/extract-worker.ts' },
  outdir,
  metafile: true,
  // Less source to parse at start; identifiers kept, so stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  external: ['react-devtools-core'],
  // ink's Output replaced by src/ui/ink-output.ts (same frames; unchanged rows reused from frame to frame).
  plugins: [inkOutputPlugin],
  banner: {
    js: "import { createRequire as __briefingCreateRequire } from 'node:module'; const require = __briefingCreateRequire(import.meta.url);",
  },
  define: { 'process.env.DEV': '"false"', 'process.env.NODE_ENV': '"production"', __BRIEFING_CODE_VERSION__: JSON.stringify(codeVersion()) },
});

// Remove chunks of earlier builds (content-hashed names pile up). Only files older than ten minutes, so that a
// build running at the same time in the same tree keeps its fresh chunks.
const fresh = new Set(Object.keys(result.metafile.outputs).map((f) => path.resolve(root, f)));
for (const name of readdirSync(outdir)) {
  const file = path.join(outdir, name);
  if (fresh.has(file) || !/\.js(\.map)?$/.test(name)) continue;
  if (Date.now() - statSync(file).mtimeMs > 10 * 60 * 1000) rmSync(file, { force: true });
}
