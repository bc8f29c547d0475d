// Baseline for the build benchmark: read every article under a folder and make one regex pass over it
// (quoted passages and capitalised names), the cheapest extraction there is.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

let files = 0;
let found = 0;
const re = /["“][^"”\n]{2,}["”]|\b[A-Z][a-z]+(?: [A-Z][a-z]+)+/g;
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else {
      files++;
      found += (readFileSync(p, 'utf8').match(re) ?? []).length;
    }
  }
};
walk(process.argv[2]);
process.stdout.write(`${JSON.stringify({ files, found })}\n`);
