import React from 'react';
import { Box, Text } from 'ink';
import type { Briefing } from '../../model.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { fit } from '../text.js';
import { useTheme } from '../theme.js';
import { dateSpan, sourceCount } from '../view-model.js';

/** The briefing card: story title, date span, counts. Always 4 lines. */
export const Header = React.memo(function Header({ briefing, width, extra }: { briefing: Briefing; width: number; extra?: string }) {
  const { ascii, mono } = useTheme();
  const inner = Math.max(1, width - 4);
  const n = briefing.articles.length;
  const stats = [
    dateSpan(briefing.articles),
    `${n} article${n === 1 ? '' : 's'}`,
    `${sourceCount(briefing.articles)} source${sourceCount(briefing.articles) === 1 ? '' : 's'}`,
    `${briefing.conflicts.length} conflict${briefing.conflicts.length === 1 ? '' : 's'}`,
  ].join(' · ');
  return (
    <Box borderStyle={ascii ? 'classic' : 'round'} borderColor={mono ? undefined : 'cyan'} paddingX={1} width={width} flexShrink={0}>
      <Box flexDirection="column">
        <Text bold wrap="truncate-end">{fit(sanitizeLine(briefing.title), inner)}</Text>
        <Text dimColor wrap="truncate-end">{fit(extra ? `${stats} · ${extra}` : stats, inner)}</Text>
      </Box>
    </Box>
  );
});
