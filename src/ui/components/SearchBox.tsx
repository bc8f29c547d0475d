import React from 'react';
import { Text } from 'ink';
import { sanitizeLine } from '../../text/sanitize.js';
import { cells, fit, truncate } from '../text.js';

/** The line above the status: the search box (when open or holding a query) and the list position. */
export const SearchBox = React.memo(function SearchBox({ query, editing, label, right, width }: { query: string; editing: boolean; label: string; right: string; width: number }) {
  const r = ` ${right}`;
  const room = Math.max(0, width - cells(r));
  if (!editing && !query) return <Text wrap="truncate-end">{fit('', room)}<Text dimColor>{r}</Text></Text>;
  const box = `${label} /${sanitizeLine(query)}${editing ? '▏' : ''}`;
  return (
    <Text wrap="truncate-end">
      <Text bold>{fit(truncate(box, room), room)}</Text>
      <Text dimColor>{r}</Text>
    </Text>
  );
});
