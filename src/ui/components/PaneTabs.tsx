import React from 'react';
import { Text } from 'ink';
import { PANES } from '../view-model.js';
import { useTheme } from '../theme.js';
import { truncate } from '../text.js';

/** "[1 Actors 47]  2 Quotes 29 …": the current pane is bracketed (and inverse when colours are on). */
export const PaneTabs = React.memo(function PaneTabs({ pane, counts, width }: { pane: number; counts: number[]; width: number }) {
  const { mono } = useTheme();
  let used = 0;
  const parts: React.ReactNode[] = [];
  PANES.forEach((name, i) => {
    const label = i === pane ? `[${i + 1} ${name} ${counts[i]}]` : ` ${i + 1} ${name} ${counts[i]} `;
    const text = truncate(label, Math.max(0, width - used));
    used += text.length + 1;
    if (!text) return;
    parts.push(
      <Text key={name} bold={i === pane} inverse={i === pane && !mono} color={i === pane && !mono ? 'cyan' : undefined}>
        {text}
      </Text>,
      <Text key={`${name}-gap`}> </Text>,
    );
  });
  return <Text wrap="truncate-end">{parts}</Text>;
});
