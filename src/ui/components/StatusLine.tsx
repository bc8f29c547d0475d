import React from 'react';
import { Text } from 'ink';
import { fit } from '../text.js';

/** The bottom line: a message when there is one, else the main keys. */
export const StatusLine = React.memo(function StatusLine({ message, hints, width }: { message: string | null; hints: string; width: number }) {
  if (message) return <Text bold wrap="truncate-end">{fit(message, width)}</Text>;
  return <Text dimColor wrap="truncate-end">{fit(hints, width)}</Text>;
});
