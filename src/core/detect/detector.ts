import type { Cue, Entity } from '../model/entities';

/** Anything that turns text into detections. The corpus caches results per text, so detectors stay pure. */
export interface EntityDetector {
  detect(text: string): Entity[];
  /** Attributions and hedges of the text, given what detect() found in it; a detector without them finds none. */
  attribute?(text: string, entities: readonly Entity[]): Cue[];
}

/**
 * Merges the figure and actor streams into one sorted, non-overlapping list.
 * On overlap the earlier, then longer, span wins: a money figure such as "1,4 Milliarden US-Dollar" keeps its
 * currency, and a registry actor is never split by a figure inside a name.
 */
export function mergeEntities(...streams: Entity[][]): Entity[] {
  const all = streams.flat().sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Entity[] = [];
  for (const e of all) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) continue;
    out.push(e);
  }
  return out;
}
