import React, { useMemo } from 'react';
import { Box, Text } from 'ink';
import type { Card } from '../cards.js';
import { fit, wrapSegs, type Seg } from '../text.js';
import { useTheme } from '../theme.js';
import { List } from './List.js';
import { SegLine } from './SegLine.js';

const TAG_WIDTH = 9;

/** How the card's height is split between its information and its links. */
export function cardLayout(card: Card, width: number, height: number) {
  const info = card.info.flatMap((p) => wrapSegs(p, width - 2));
  const linkRows = card.links.length;
  let infoRows = info.length;
  if (linkRows) {
    const minLinks = Math.min(linkRows, Math.max(3, Math.ceil(height / 3)));
    infoRows = Math.max(1, Math.min(info.length, height - 1 - minLinks));
  } else infoRows = Math.min(info.length, height);
  const linksHeight = linkRows ? Math.max(1, height - infoRows - 1) : 0;
  return { info, infoRows, linksHeight };
}

/** A detail card: information on top, then the links (Enter follows the selected one). */
export function DetailCard({ card, sel, top, width, height }: { card: Card; sel: number; top: number; width: number; height: number }) {
  const { ascii } = useTheme();
  const { info, infoRows, linksHeight } = useMemo(() => cardLayout(card, width, height), [card, width, height]);
  const shown = info.slice(0, infoRows);
  if (info.length > infoRows && shown.length) shown[shown.length - 1] = [...shown[shown.length - 1]!, { text: ' …', dim: true }];
  const rule = ascii ? '-' : '─';
  return (
    <Box flexDirection="column" height={height} width={width} overflowY="hidden">
      {shown.map((segs, i) => (
        <SegLine key={i} segs={[{ text: '  ' }, ...segs]} width={width} />
      ))}
      {card.links.length > 0 && (
        <>
          <Text dimColor>{fit(`${rule.repeat(2)} Links: Enter follows ${rule.repeat(Math.max(0, width - 25))}`, width)}</Text>
          <List
            count={card.links.length}
            top={top}
            sel={sel}
            height={linksHeight}
            width={width}
            renderRow={(i, selected) => {
              const link = card.links[i]!;
              const segs: Seg[] = [{ text: selected ? (ascii ? '> ' : '› ') : '  ', bold: true }, { text: link.tag.padEnd(TAG_WIDTH), dim: true }, ...link.segs];
              return <SegLine segs={segs} width={width} selected={selected} />;
            }}
          />
        </>
      )}
      {card.links.length === 0 && shown.length < height && <Text dimColor>{fit('  (no links)', width)}</Text>}
    </Box>
  );
}
