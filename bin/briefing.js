#!/usr/bin/env node
// The `briefing` command. The program itself is bundled into dist/ by `npm run build` (run by npm install).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('briefing: the program is not built yet; run `npm install` (or `npm run build`) in its folder\n');
  process.exit(1);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
