import React from 'react';
import { Box, Text } from 'ink';
import { fit } from '../text.js';

/**
 * A windowed list: only rows top … top+height-1 are rendered; `renderRow` draws one row.
 * Rows are keyed by index so moving the selection re-renders just the two rows that change.
 * The box clips only vertically: rows are Text already cut to the width, and a horizontal clip would make ink
 * re-slice every row's ANSI codes on every frame.
 */
export function List({ count, top, sel, height, width, renderRow, empty = '(nothing here)' }: {
  count: number;
  top: number;
  sel: number;
  height: number;
  width: number;
  renderRow: (index: number, selected: boolean) => React.ReactNode;
  empty?: string;
}) {
  const rows: React.ReactNode[] = [];
  const end = Math.min(count, top + height);
  for (let i = top; i < end; i++) rows.push(<React.Fragment key={i}>{renderRow(i, i === sel)}</React.Fragment>);
  for (let i = end - top; i < height; i++) rows.push(<Text key={`pad${i}`}>{i === 0 && count === 0 ? fit(`  ${empty}`, width) : ' '}</Text>);
  return (
    <Box flexDirection="column" height={height} width={width} overflowY="hidden" flexShrink={0}>
      {rows}
    </Box>
  );
}

/** "12–30 of 412" (1-based, inclusive). */
export function position(top: number, height: number, count: number, ascii = false): string {
  if (count === 0) return '0 of 0';
  return `${top + 1}${ascii ? '-' : '–'}${Math.min(count, top + height)} of ${count}`;
}
