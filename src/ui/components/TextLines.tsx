import React from 'react';
import { Box, Text } from 'ink';

/** Pre-rendered lines (the Markdown preview may carry its own styling), scrolled to `top`, cut to the width. */
export function TextLines({ lines, top, height, width }: { lines: string[]; top: number; height: number; width: number }) {
  return (
    <Box flexDirection="column" height={height} width={width} overflowY="hidden">
      {lines.slice(top, top + height).map((l, i) => (
        <Text key={top + i} wrap="truncate-end">
          {l === '' ? ' ' : l}
        </Text>
      ))}
    </Box>
  );
}
