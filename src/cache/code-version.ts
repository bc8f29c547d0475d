import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../cli/package-root.js';

/** Injected by scripts/build.mjs: a hash of the sources and dependency versions the bundle was built from. */
declare const __BRIEFING_CODE_VERSION__: string | undefined;

let computed: string | undefined;

/**
 * A version for everything that shapes an extraction. The bundle gets it at build time; unbundled (tests, tsx)
 * it is a hash of src/ and package.json computed once, so any code change invalidates cached extractions.
 */
export function codeVersion(): string {
  if (typeof __BRIEFING_CODE_VERSION__ === 'string' && __BRIEFING_CODE_VERSION__) return __BRIEFING_CODE_VERSION__;
  if (computed) return computed;
  const root = packageRoot();
  const h = createHash('sha1');
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      const st = statSync(file);
      if (st.isDirectory()) walk(file);
      else if (/\.(ts|tsx|js|mjs|json)$/.test(name)) h.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
    }
  };
  walk(path.join(root, 'src'));
  try {
    h.update(readFileSync(path.join(root, 'package.json')));
  } catch {
    // no package.json: the source hash alone
  }
  computed = `src-${h.digest('hex').slice(0, 16)}`;
  return computed;
}
