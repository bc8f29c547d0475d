import React, { useMemo } from 'react';
import type { Actor, BriefingArticle, Conflict, Quote } from '../../model.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { fit, highlightSegs, type Seg } from '../text.js';

const SPEAKER_WIDTH = 18;
import type { Ranges } from '../filter.js';
import { corroboration, outletOf, type PaneItem, type ReaderData, type TimelineItem } from '../view-model.js';
import { SegLine } from './SegLine.js';
import { useTheme } from '../theme.js';

/** fuse.js ranges are inclusive; highlightSegs wants [start, end). */
const toHalfOpen = (r: Ranges | undefined, shift = 0): Array<[number, number]> => (r ?? []).map(([s, e]) => [s + shift, e + 1 + shift]);

function support(n: number): Seg {
  return { text: `  ${n} src`, dim: true };
}

/** The cells of one pane row (no marker). */
export function rowSegs(data: ReaderData, pane: number, item: PaneItem, matches: Ranges | undefined): Seg[] {
  switch (pane) {
    case 0: {
      const a = item as Actor;
      const quotes = data.quotesBySpeaker.get(a.id)?.length ?? 0;
      return [
        ...highlightSegs(a.name, toHalfOpen(matches), { bold: true }),
        { text: a.roles.length ? ` — ${sanitizeLine(a.roles[0]!)}` : '' },
        { text: ` (${a.kind})`, dim: true },
        support(corroboration(a)),
        { text: quotes ? ` · ${quotes} quote${quotes === 1 ? '' : 's'}` : '', dim: true },
      ];
    }
    case 1: {
      const q = item as Quote;
      // The speaker in a column of its own, so it stays visible when the quote is cut.
      return [
        { text: `${fit(sanitizeLine(q.speakerName ?? 'unattributed'), SPEAKER_WIDTH)}  `, bold: true },
        ...highlightSegs(`“${q.text}”`, toHalfOpen(matches, 1)),
        support(corroboration(q)),
      ];
    }
    case 2: {
      const t = item as TimelineItem;
      return [{ text: `${(t.date ?? 'undated').padEnd(10)}  `, bold: true }, ...highlightSegs(t.text, toHalfOpen(matches)), support(corroboration(t))];
    }
    case 3: {
      const a = item as BriefingArticle;
      const quotes = data.quotesByArticle.get(a.id)?.length ?? 0;
      return [
        { text: `${outletOf(a)}`, bold: true },
        { text: ` · ${a.published ?? 'undated'}${a.publishedInferred ? '?' : ''} · `, dim: true },
        { text: sanitizeLine(a.title ?? a.path) },
        { text: `  ${quotes} quote${quotes === 1 ? '' : 's'}`, dim: true },
      ];
    }
    default: {
      const c = item as Conflict;
      return [{ text: `${sanitizeLine(c.about)}: `, bold: true }, { text: c.claims.map((cl) => `${sanitizeLine(cl.value)} (${cl.sources.length})`).join(' vs ') }];
    }
  }
}

/** One row of a pane list: a selection marker, a "new" marker, then the item. */
export const PaneRow = React.memo(function PaneRow({ data, pane, item, matches, selected, isNew, width }: {
  data: ReaderData;
  pane: number;
  item: PaneItem;
  matches: Ranges | undefined;
  selected: boolean;
  isNew: boolean;
  width: number;
}) {
  const { ascii } = useTheme();
  const segs = useMemo(() => rowSegs(data, pane, item, matches), [data, pane, item, matches]);
  const marker: Seg = { text: selected ? (ascii ? '> ' : '› ') : '  ', bold: true };
  const fresh: Seg = { text: isNew ? '+ ' : '', color: 'green', bold: true };
  return <SegLine segs={[marker, fresh, ...segs]} width={width} selected={selected} />;
});
