// Live tracking: moves annotation ranges through editor edits without re-anchoring from the quotes.

/** The shape of VS Code's TextDocumentContentChangeEvent (offsets in UTF-16 code units). */
export interface ContentChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

export interface MappedRange {
  start: number;
  end: number;
  /** The range's whole text was deleted (or replaced): re-anchor it from its quote or mark it orphaned. */
  collapsed: boolean;
}

/**
 * Maps [start, end) ranges through edits applied one after the other, in the order given (VS Code reports
 * one event's changes so that applying them in sequence is correct). Text typed at either boundary stays
 * outside the range, so typing next to a claim does not grow it; text typed strictly inside grows it.
 */
export function mapOffsets(ranges: readonly OffsetRange[], changes: readonly ContentChange[]): MappedRange[] {
  const out = ranges.map((r) => ({ start: r.start, end: r.end, collapsed: r.end <= r.start }));
  for (const change of changes) {
    for (const r of out) if (!r.collapsed) mapOne(r, change);
  }
  return out;
}

function mapOne(r: MappedRange, { rangeOffset: from, rangeLength, text }: ContentChange): void {
  const to = from + rangeLength;
  const delta = text.length - rangeLength;
  if (to <= r.start) {
    // Entirely before (an insertion exactly at the start lands before the range).
    r.start += delta;
    r.end += delta;
    return;
  }
  if (from >= r.end) return; // Entirely after, including an insertion exactly at the end.
  if (from <= r.start && to >= r.end) {
    // The whole range was deleted or replaced.
    r.start = r.end = from + text.length;
    r.collapsed = true;
    return;
  }
  if (from >= r.start && to <= r.end) {
    r.end += delta; // Inside: the claim's text itself was edited.
  } else if (from < r.start) {
    // Overlaps the start: the surviving part begins after the inserted text.
    r.start = from + text.length;
    r.end += delta;
  } else {
    r.end = from; // Overlaps the end: the range is cut where the edit begins.
  }
  if (r.end <= r.start) {
    r.end = r.start;
    r.collapsed = true;
  }
}
