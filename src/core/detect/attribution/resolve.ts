// The document-wide pass: a source's canonical actor (the last actor named inside it, a person first), a pronoun's or
// description's referent (the nearest fitting actor before it), a bare quotation's speaker (the last source before it).
// Linear in cues plus a binary search per source, so that incremental detection can run it on every edit.
import type { ActorMention, Attribution, AttributionSource, Cue, Entity, Hedge } from '../../model/entities';
import type { RawAttribution, Refer } from './paragraph';

/** A paragraph's cues at their offset in the document. */
export interface PlacedCues {
  at: number;
  attributions: readonly RawAttribution[];
  hedges: readonly Hedge[];
}

/** Paragraphs' cues read on demand: incremental detection looks up only those after an edit. */
export interface PlacedCuesSource {
  length: number;
  offset(i: number): number;
  cues(i: number): { attributions: readonly RawAttribution[]; hedges: readonly Hedge[] };
}

/** The pass's result, with what a later call needs to start after the first paragraphs instead of at the top. */
export interface ResolvedCues {
  cues: Cue[];
  /** How many cues the paragraphs up to each one hold. */
  counts: number[];
  /** The last source after each paragraph: the speaker of a bare quotation that follows. */
  speakers: (AttributionSource | null)[];
}

/**
 * Cues of all paragraphs at their offsets, sources resolved. With `prior` (the last call's result, for a text whose
 * first `kept` paragraphs, their entities and offsets are unchanged) those paragraphs' cues are taken as they were.
 */
export function resolveCues(text: string, placed: readonly PlacedCues[] | PlacedCuesSource, entities: readonly Entity[], prior?: ResolvedCues, kept = 0): ResolvedCues {
  const source: PlacedCuesSource = Array.isArray(placed) ? { length: placed.length, offset: (i) => placed[i].at, cues: (i) => placed[i] } : (placed as PlacedCuesSource);
  const from = prior ? Math.min(kept, prior.counts.length) : 0;
  const counts = prior ? prior.counts.slice(0, from) : [];
  const speakers = prior ? prior.speakers.slice(0, from) : [];
  const out: Cue[] = prior ? prior.cues.slice(0, from ? counts[from - 1] : 0) : [];
  let lastSource: AttributionSource | null = from ? speakers[from - 1] : null;
  for (let p = from; p < source.length; p++) {
    const at = source.offset(p);
    const { attributions, hedges } = source.cues(p);
    let h = 0;
    for (const raw of attributions) {
      const start = raw.start + at;
      while (h < hedges.length && hedges[h].start + at < start) out.push(movedHedge(hedges[h++], at));
      const source: AttributionSource | null = raw.source ? resolveSource(text, raw.source.start + at, raw.source.end + at, raw.source.refer, entities, lastSource) : null;
      if (source && raw.source?.refer !== 'speaker') lastSource = source;
      const a: Attribution = {
        kind: 'attribution', start, end: raw.end + at, text: text.slice(start, raw.end + at), source,
        content: raw.content ? { start: raw.content.start + at, end: raw.content.end + at } : null, mode: raw.mode, stance: raw.stance, hedged: raw.hedged,
      };
      out.push(a);
    }
    while (h < hedges.length) out.push(movedHedge(hedges[h++], at));
    counts.push(out.length);
    speakers.push(lastSource);
  }
  return { cues: out, counts, speakers };
}

const movedHedge = (x: Hedge, at: number): Hedge => ({ kind: 'hedge', start: x.start + at, end: x.end + at, text: x.text, type: x.type });

/** Index of the first entity starting at or after `pos`. */
function firstFrom(entities: readonly Entity[], pos: number): number {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function resolveSource(text: string, start: number, end: number, refer: Refer | undefined, entities: readonly Entity[], lastSource: AttributionSource | null): AttributionSource | null {
  if (refer === 'speaker') return lastSource ? { ...lastSource } : null;
  const span = { start, end, text: text.slice(start, end) };
  let inside: ActorMention | undefined;
  for (let k = firstFrom(entities, start); k < entities.length && entities[k].end <= end; k++) {
    const e = entities[k];
    if (e.kind === 'actor' && (!inside || inside.type !== 'person' || e.type === 'person')) inside = e;
  }
  if (inside) return { ...span, canonical: inside.canonical };
  if (!refer) return { ...span, canonical: null };
  // The nearest fitting actor before: a person for "er", "der Minister"; an organisation for "die Veröffentlichung".
  const want = refer === 'person' ? 'person' : 'organisation';
  for (let j = firstFrom(entities, start) - 1, seen = 0; j >= 0 && seen < 300; j--, seen++) {
    const e = entities[j];
    if (e.kind === 'actor' && e.type === want) return { ...span, canonical: e.canonical };
  }
  return { ...span, canonical: null };
}
