import React, { useState } from 'react';
import { Box, Text, useApp, useInput } from 'ink';
import type { Briefing } from '../model.js';
import { sanitizeLine } from '../text/sanitize.js';

const PANES = ['Actors', 'Quotes', 'Timeline'] as const;

function rowsOf(b: Briefing, pane: (typeof PANES)[number]): string[] {
  if (pane === 'Actors') return b.actors.map((a) => `${a.name}${a.roles.length ? ` — ${a.roles[0]}` : ''}`);
  if (pane === 'Quotes') return b.quotes.map((q) => `“${q.text}” — ${q.speakerName ?? 'unattributed'}`);
  return b.timeline.map((t) => `${t.date}  ${t.text}`);
}

/** First reader: header, three panes switched with Tab, j/k to move, q to quit. */
export function App({ briefing, height = 20 }: { briefing: Briefing; height?: number }) {
  const { exit } = useApp();
  const [pane, setPane] = useState(0);
  const [selected, setSelected] = useState([0, 0, 0]);
  const rows = rowsOf(briefing, PANES[pane]!);
  const sel = selected[pane]!;
  const move = (d: number) => setSelected((s) => s.map((v, i) => (i === pane ? Math.max(0, Math.min(rows.length - 1, v + d)) : v)));
  useInput((input, key) => {
    if (input === 'q') exit();
    else if (key.tab) setPane((p) => (p + (key.shift ? PANES.length - 1 : 1)) % PANES.length);
    else if (input === 'j' || key.downArrow) move(1);
    else if (input === 'k' || key.upArrow) move(-1);
  });
  const visible = Math.max(1, height - 4);
  const top = Math.max(0, Math.min(sel - Math.floor(visible / 2), rows.length - visible));
  return (
    <Box flexDirection="column">
      <Text bold>{sanitizeLine(briefing.title)} · {briefing.articles.length} articles</Text>
      <Box>
        {PANES.map((p, i) => (
          <Text key={p} inverse={i === pane}>{` ${i + 1} ${p} `}</Text>
        ))}
      </Box>
      {rows.slice(top, top + visible).map((r, i) => (
        <Text key={top + i} wrap="truncate-end" inverse={top + i === sel}>
          {top + i === sel ? '› ' : '  '}
          {sanitizeLine(r)}
        </Text>
      ))}
      {rows.length === 0 && <Text dimColor>  (nothing here)</Text>}
    </Box>
  );
}
