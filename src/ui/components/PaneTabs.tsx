import React from 'react';
import { Text } from 'ink';
import { PANES } from '../view-model.js';
import { useTheme } from '../theme.js';
import { truncate } from '../text.js';

const SHORT = ['Act', 'Quo', 'Time', 'Src', 'Conf'];

/** The tab labels: "[1 Actors 47]" for the current pane; shorter names for the others when space is short. */
export function tabLabels(pane: number, counts: number[], width: number): string[] {
  const full = PANES.map((name, i) => (i === pane ? `[${i + 1} ${name} ${counts[i]}]` : ` ${i + 1} ${name} ${counts[i]} `));
  if (full.join(' ').length <= width) return full;
  const short = PANES.map((name, i) => (i === pane ? `[${i + 1} ${name} ${counts[i]}]` : `${i + 1} ${SHORT[i]} ${counts[i]}`));
  return short;
}

/** "[1 Actors 47]  2 Quotes 29 …": the current pane is bracketed (and inverse when colours are on). */
export const PaneTabs = React.memo(function PaneTabs({ pane, counts, width }: { pane: number; counts: number[]; width: number }) {
  const { mono } = useTheme();
  let used = 0;
  const parts: React.ReactNode[] = [];
  tabLabels(pane, counts, width).forEach((label, i) => {
    const text = truncate(label, Math.max(0, width - used));
    used += text.length + 1;
    if (!text) return;
    parts.push(
      <Text key={i} bold={i === pane} inverse={i === pane && !mono} color={i === pane && !mono ? 'cyan' : undefined}>
        {text}
      </Text>,
      <Text key={`${i}-gap`}> </Text>,
    );
  });
  return <Text wrap="truncate-end">{parts}</Text>;
});
