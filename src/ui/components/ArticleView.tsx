import React from 'react';
import { Box } from 'ink';
import type { ArticleLine } from '../cards.js';
import type { Seg } from '../text.js';
import { useTheme } from '../theme.js';
import { SegLine } from './SegLine.js';

export const GUTTER = 7;

/** The article text, scrolled to `top`; line numbers, `»` on rows holding an extracted quote, `▶` on the cited line. */
export function ArticleView({ lines, top, height, width, mark }: { lines: ArticleLine[]; top: number; height: number; width: number; mark: number | null }) {
  const { ascii } = useTheme();
  const rows = lines.slice(top, top + height);
  return (
    <Box flexDirection="column" height={height} width={width} overflowY="hidden">
      {rows.map((l, i) => {
        const num = l.lineNo === null ? '' : String(l.lineNo);
        const flag = mark !== null && l.line === mark && l.lineNo !== null ? (ascii ? '>' : '▶') : l.quote ? '»' : ' ';
        const gutter: Seg = { text: `${num.padStart(GUTTER - 2)}${flag} `, dim: true };
        return <SegLine key={top + i} segs={[gutter, ...l.segs]} width={width} />;
      })}
    </Box>
  );
}
