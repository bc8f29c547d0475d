import React from 'react';
import { Text } from 'ink';
import { fitSegs, type Seg } from '../text.js';
import { useTheme } from '../theme.js';

/** One screen line of segments, cut to `width` cells (never wraps). */
export const SegLine = React.memo(function SegLine({ segs, width, selected = false }: { segs: Seg[]; width: number; selected?: boolean }) {
  const { mono } = useTheme();
  const parts = fitSegs(segs, width);
  return (
    <Text wrap="truncate-end" inverse={selected && !mono}>
      {parts.length === 0 ? ' ' : parts.map((s, i) => (
        <Text key={i} bold={s.bold || (mono && s.hl)} dimColor={s.dim && !selected} color={mono ? undefined : s.hl ? 'yellow' : s.color} underline={s.hl && !mono}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
});
