import React, { useState } from 'react';
import { Box, Text, useApp } from 'ink';
import { sanitizeLine } from '../../text/sanitize.js';
import { commandFor } from '../keymap.js';
import { moveSelection, windowTop } from '../state.js';
import type { Story } from '../stories.js';
import { fit } from '../text.js';
import { useTheme } from '../theme.js';
import { useKeymap } from '../hooks/useKeymap.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { List, position } from './List.js';
import { SegLine } from './SegLine.js';

/** Choose one of several stories: title, article count and date span; Enter opens, q quits. */
export function Picker({ stories, onPick, width, height }: { stories: Story[]; onPick: (story: Story | null) => void; width?: number; height?: number }) {
  const size = useTerminalSize();
  const W = width ?? size.columns;
  const H = Math.max(3, (height ?? size.rows) - 1 - 4);
  const { ascii } = useTheme();
  const { exit } = useApp();
  const [sel, setSel] = useState(0);
  const nameWidth = Math.min(24, Math.max(8, ...stories.map((s) => s.name.length)));
  const [top, setTop] = useState(0);
  useKeymap(({ name }) => {
    const command = commandFor(name, 'list');
    if (command === 'open') {
      onPick(stories[sel] ?? null);
      exit();
    } else if (command === 'quit' || command === 'back') {
      onPick(null);
      exit();
    } else if (command) {
      const s = moveSelection(sel, command, stories.length, H);
      setSel(s);
      setTop(windowTop(top, s, stories.length, H));
    }
  });
  return (
    <Box flexDirection="column" width={W}>
      <Text bold>{fit('Choose a story', W)}</Text>
      <Text dimColor>{fit(`${stories.length} stories · j/k move · Enter open · q quit`, W)}</Text>
      <Text> </Text>
      <List
        count={stories.length}
        top={top}
        sel={sel}
        height={H}
        width={W}
        renderRow={(i, selected) => {
          const s = stories[i]!;
          return (
            <SegLine
              width={W}
              selected={selected}
              segs={[
                { text: selected ? (ascii ? '> ' : '› ') : '  ', bold: true },
                { text: `${fit(sanitizeLine(s.name), nameWidth)}  ` },
                { text: `${`${s.articles} article${s.articles === 1 ? '' : 's'}`.padStart(12)} · ${s.span.padEnd(23)} · `, dim: true },
                { text: sanitizeLine(s.title), bold: true },
              ]}
            />
          );
        }}
      />
      <Text dimColor>{fit(position(top, H, stories.length, ascii), W)}</Text>
    </Box>
  );
}
