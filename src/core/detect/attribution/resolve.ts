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

export function resolveCues(text: string, placed: readonly PlacedCues[], entities: readonly Entity[]): Cue[] {
  const actors = entities.filter((e): e is ActorMention => e.kind === 'actor');
  const out: Cue[] = [];
  let lastSource: AttributionSource | null = null;
  for (const { at, attributions, hedges } of placed) {
    let h = 0;
    for (const raw of attributions) {
      const start = raw.start + at;
      while (h < hedges.length && hedges[h].start + at < start) out.push(movedHedge(hedges[h++], at));
      const source: AttributionSource | null = raw.source ? resolveSource(text, raw.source.start + at, raw.source.end + at, raw.source.refer, actors, lastSource) : null;
      if (source && raw.source?.refer !== 'speaker') lastSource = source;
      const a: Attribution = {
        kind: 'attribution', start, end: raw.end + at, text: text.slice(start, raw.end + at), source,
        content: raw.content ? { start: raw.content.start + at, end: raw.content.end + at } : null, mode: raw.mode, stance: raw.stance, hedged: raw.hedged,
      };
      out.push(a);
    }
    while (h < hedges.length) out.push(movedHedge(hedges[h++], at));
  }
  return out;
}

const movedHedge = (x: Hedge, at: number): Hedge => ({ kind: 'hedge', start: x.start + at, end: x.end + at, text: x.text, type: x.type });

/** Index of the first actor starting at or after `pos`. */
function firstFrom(actors: readonly ActorMention[], pos: number): number {
  let lo = 0;
  let hi = actors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (actors[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function resolveSource(text: string, start: number, end: number, refer: Refer | undefined, actors: readonly ActorMention[], lastSource: AttributionSource | null): AttributionSource | null {
  if (refer === 'speaker') return lastSource ? { ...lastSource } : null;
  const span = { start, end, text: text.slice(start, end) };
  let k = firstFrom(actors, start);
  let inside: ActorMention | undefined;
  for (; k < actors.length && actors[k].end <= end; k++) if (!inside || inside.type !== 'person' || actors[k].type === 'person') inside = actors[k];
  if (inside) return { ...span, canonical: inside.canonical };
  if (!refer) return { ...span, canonical: null };
  // The nearest fitting actor before: a person for "er", "der Minister"; an organisation for "die Veröffentlichung".
  const want = refer === 'person' ? 'person' : 'organisation';
  for (let j = firstFrom(actors, start) - 1, seen = 0; j >= 0 && seen < 200; j--, seen++) if (actors[j].type === want) return { ...span, canonical: actors[j].canonical };
  return { ...span, canonical: null };
}
