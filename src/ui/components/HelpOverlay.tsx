import type { Seg } from '../text.js';
import { helpLines } from '../keymap.js';

/** The help screen's lines, generated from the key table (KEYMAP). */
export function helpContent(ascii: boolean): Seg[][] {
  const out: Seg[][] = [];
  let group = '';
  for (const l of helpLines(ascii)) {
    if (l.group !== group) {
      if (group) out.push([]);
      group = l.group;
      out.push([{ text: `  ${group}`, bold: true }]);
    }
    out.push([{ text: `    ${l.keys.padEnd(22)}` }, { text: l.help, dim: true }]);
  }
  out.push([], [{ text: '  In the search box: type to filter · ↑/↓ move · Enter keep results · Esc clear', dim: true }]);
  out.push([{ text: "  Search syntax: fuzzy words · 'exact · ^prefix · suffix$ · !not · a | b", dim: true }]);
  return out;
}
