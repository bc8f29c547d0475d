// Bundle the program into dist/ with esbuild: one file starts much faster than hundreds of modules.
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  external: ['react-devtools-core'],
  banner: {
    js: "import { createRequire as __briefingCreateRequire } from 'node:module'; const require = __briefingCreateRequire(import.meta.url);",
  },
  define: { 'process.env.DEV': '"false"' },
});
