// An indexed document's actor mentions, packed: 10,000 articles have some 200,000 (canonical name, offsets) pairs,
// and as arrays of arrays (or objects) they held some 30 MB of the server's memory while indexing. Packed, a
// document is one list of names and two typed arrays, and its names are shared strings across documents.
import type { Entity } from '../core/model/entities';

export interface Mention {
  document: string;
  start: number;
  end: number;
}

/** names[k]'s mentions are the [start, end] pairs offsets[bounds[k] … bounds[k + 1]). */
export interface PackedMentions {
  readonly names: readonly string[];
  readonly bounds: Uint32Array;
  readonly offsets: Uint32Array;
}

const interned = new Map<string, string>();
/** One string per canonical name in this thread: names that cross from a worker arrive as copies, one per document. */
export function intern(name: string): string {
  const hit = interned.get(name);
  if (hit !== undefined) return hit;
  interned.set(name, name);
  return name;
}

/** Packs (canonical name → flat [start, end, …]) entries. */
export function packMentions(entries: Iterable<readonly [string, readonly number[]]>): PackedMentions {
  const list = [...entries];
  const bounds = new Uint32Array(list.length + 1);
  let n = 0;
  list.forEach(([, flat], k) => (bounds[k + 1] = n += flat.length));
  const offsets = new Uint32Array(n);
  list.forEach(([, flat], k) => offsets.set(flat, bounds[k]));
  return { names: list.map(([name]) => intern(name)), bounds, offsets };
}

/** The actor mentions of detections, packed, with how many figures and actor mentions there are. */
export function packEntities(entities: readonly Entity[]): { figures: number; actors: number; mentions: PackedMentions } {
  const byName = new Map<string, number[]>();
  let figures = 0;
  for (const e of entities) {
    if (e.kind === 'figure') {
      figures++;
      continue;
    }
    const list = byName.get(e.canonical);
    if (list) list.push(e.start, e.end);
    else byName.set(e.canonical, [e.start, e.end]);
  }
  return { figures, actors: entities.length - figures, mentions: packMentions(byName) };
}

/** A packed list that crossed a thread: its names made this thread's shared strings. */
export const internedMentions = (p: PackedMentions): PackedMentions => ({ ...p, names: p.names.map(intern) });

/** The mentions of `canonical` in `document`. */
export function mentionsNamed(p: PackedMentions, document: string, canonical: string): Mention[] {
  const k = p.names.indexOf(canonical);
  return k < 0 ? [] : mentionsAt(p, document, k);
}

/** Each name with its mentions. */
export function* eachActor(p: PackedMentions, document: string): Generator<[string, Mention[]]> {
  for (let k = 0; k < p.names.length; k++) yield [p.names[k]!, mentionsAt(p, document, k)];
}

/** Each name with its flat [start, end, …] offsets (as persisted). */
export function* flatEntries(p: PackedMentions): Generator<[string, number[]]> {
  for (let k = 0; k < p.names.length; k++) yield [p.names[k]!, Array.from(p.offsets.subarray(p.bounds[k], p.bounds[k + 1]))];
}

function mentionsAt(p: PackedMentions, document: string, k: number): Mention[] {
  const out: Mention[] = [];
  for (let i = p.bounds[k]!; i + 1 < p.bounds[k + 1]!; i += 2) out.push({ document, start: p.offsets[i]!, end: p.offsets[i + 1]! });
  return out;
}
