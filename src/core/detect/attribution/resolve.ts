// The document-wide pass: a source's canonical actor (the last actor named inside it, a person first), a pronoun's or
// description's referent (the nearest fitting actor before it), a bare quotation's speaker (the last source before it).
// Linear in cues plus a binary search per source, so that incremental detection can run it on every edit.
import type { ActorMention, AttributionSource, Cue, Entity, Hedge, TextSpan } from '../../model/entities';
import { movedAttribution, movedHedge, movedSource } from '../moving';
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
  /** The paragraph's own text: cues cut from it do not keep the whole text alive, as views into it would. */
  text?(i: number): string;
}

/**
 * What a source rests on beyond its own paragraph, per cue (ResolvedCues.refs), so that a later call can move a
 * paragraph's cues instead of resolving them again: nothing (OWN), the last source before (SPEAKER), an actor before
 * it (that actor's start, ≥ 0), or a search that found none and so depends on all it looked at (AGAIN).
 */
const OWN = -1;
const SPEAKER = -2;
const AGAIN = -3;

/** The pass's result, with what a later call needs to start after the first paragraphs instead of at the top. */
export interface ResolvedCues {
  cues: Cue[];
  /** How many cues the paragraphs up to each one hold. */
  counts: number[];
  /** The last source after each paragraph: the speaker of a bare quotation that follows. */
  speakers: (AttributionSource | null)[];
  /** Per cue, what its source rests on (OWN, SPEAKER, AGAIN or an actor's start). */
  refs: number[];
}

/** The paragraphs from `from` on: the prior call's last ones, `delta` further on, their entities moved alike. */
export interface MovedParagraphs {
  from: number;
  delta: number;
  /** Where the first of them started in the prior text. */
  oldStart: number;
}

/**
 * Cues of all paragraphs at their offsets, sources resolved. With `prior` (the last call's result), the first `kept`
 * paragraphs (their entities and offsets unchanged) keep its cues, and the paragraphs that `moved` names take its cues
 * moved, unless a source there rests on an actor before them.
 */
export function resolveCues(
  text: string, placed: readonly PlacedCues[] | PlacedCuesSource, entities: readonly Entity[], prior?: ResolvedCues, kept = 0, moved?: MovedParagraphs,
): ResolvedCues {
  const source: PlacedCuesSource = Array.isArray(placed) ? { length: placed.length, offset: (i) => placed[i].at, cues: (i) => placed[i] } : (placed as PlacedCuesSource);
  const from = prior ? Math.min(kept, prior.counts.length) : 0;
  const upTo = from ? prior!.counts[from - 1] : 0;
  const out: ResolvedCues = prior
    ? { cues: prior.cues.slice(0, upTo), counts: prior.counts.slice(0, from), speakers: prior.speakers.slice(0, from), refs: prior.refs.slice(0, upTo) }
    : { cues: [], counts: [], speakers: [], refs: [] };
  let lastSource: AttributionSource | null = from ? out.speakers[from - 1] : null;
  const movedFrom = prior && moved ? Math.max(from, moved.from) : source.length;
  for (let p = from; p < movedFrom; p++) lastSource = resolveParagraph(source.text?.(p) ?? text, source.text ? source.offset(p) : 0, source.offset(p), source.cues(p), entities, lastSource, out);
  if (movedFrom < source.length) {
    const shift = prior!.counts.length - source.length;
    for (let p = movedFrom; p < source.length; p++) {
      const first = p + shift ? prior!.counts[p + shift - 1] : 0;
      const last = prior!.counts[p + shift];
      lastSource = restsBefore(prior!.refs, first, last, moved!.oldStart)
        ? resolveParagraph(source.text?.(p) ?? text, source.text ? source.offset(p) : 0, source.offset(p), source.cues(p), entities, lastSource, out)
        : moveParagraph(prior!, first, last, moved!.delta, lastSource, out);
    }
  }
  return out;
}

/**
 * Appends the cues of the paragraph at `at`, their sources resolved; returns the last source after it. `text` is the
 * whole text (`base` 0) or the paragraph's own (`base` = `at`).
 */
function resolveParagraph(
  text: string, base: number, at: number, { attributions, hedges }: ReturnType<PlacedCuesSource['cues']>, entities: readonly Entity[], lastSource: AttributionSource | null, out: ResolvedCues,
): AttributionSource | null {
  let h = 0;
  for (const raw of attributions) {
    const start = raw.start + at;
    while (h < hedges.length && hedges[h].start + at < start) pushHedge(out, placedHedge(hedges[h++], at));
    let source: AttributionSource | null = null;
    if (raw.source) {
      const span = { start: raw.source.start + at, end: raw.source.end + at, text: text.slice(raw.source.start + at - base, raw.source.end + at - base) };
      source = resolveSource(span, raw.source.refer, entities, lastSource, out.refs);
      if (source && raw.source.refer !== 'speaker') lastSource = source;
    } else out.refs.push(OWN);
    const content = raw.content ? { start: raw.content.start + at, end: raw.content.end + at } : null;
    out.cues.push({ kind: 'attribution', start, end: raw.end + at, text: text.slice(start - base, raw.end + at - base), source, content, mode: raw.mode, stance: raw.stance, hedged: raw.hedged });
  }
  while (h < hedges.length) pushHedge(out, placedHedge(hedges[h++], at));
  out.counts.push(out.cues.length);
  out.speakers.push(lastSource);
  return lastSource;
}

/** Appends the prior call's cues `first` to `last` moved by `delta`, a bare quotation's speaker taken anew. */
function moveParagraph(prior: ResolvedCues, first: number, last: number, delta: number, lastSource: AttributionSource | null, out: ResolvedCues): AttributionSource | null {
  for (let c = first; c < last; c++) {
    const cue = prior.cues[c];
    const ref = prior.refs[c];
    if (cue.kind === 'hedge') {
      pushHedge(out, movedHedge(cue, delta));
      continue;
    }
    let source: AttributionSource | null = null;
    if (ref === SPEAKER) source = lastSource && movedSource(lastSource, 0);
    else if (cue.source) source = lastSource = movedSource(cue.source, delta);
    out.cues.push(movedAttribution(cue, delta, source));
    out.refs.push(ref >= 0 ? ref + delta : ref);
  }
  out.counts.push(out.cues.length);
  out.speakers.push(lastSource);
  return lastSource;
}

/** Whether a source among refs `first` to `last` rests on something before `start` other than the last source. */
function restsBefore(refs: readonly number[], first: number, last: number, start: number): boolean {
  for (let c = first; c < last; c++) if (refs[c] === AGAIN || (refs[c] >= 0 && refs[c] < start)) return true;
  return false;
}

function pushHedge(out: ResolvedCues, hedge: Hedge): void {
  out.cues.push(hedge);
  out.refs.push(OWN);
}

const placedHedge = (x: Hedge, at: number): Hedge => ({ kind: 'hedge', start: x.start + at, end: x.end + at, text: x.text, type: x.type });

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

/** A source's span and canonical actor; pushes what it rests on to `refs`. */
function resolveSource(span: TextSpan & { text: string }, refer: Refer | undefined, entities: readonly Entity[], lastSource: AttributionSource | null, refs: number[]): AttributionSource | null {
  if (refer === 'speaker') {
    refs.push(SPEAKER);
    return lastSource ? { ...lastSource } : null;
  }
  const { start, end } = span;
  let inside: ActorMention | undefined;
  for (let k = firstFrom(entities, start); k < entities.length && entities[k].end <= end; k++) {
    const e = entities[k];
    if (e.kind === 'actor' && (!inside || inside.type !== 'person' || e.type === 'person')) inside = e;
  }
  if (inside || !refer) {
    refs.push(OWN);
    return { ...span, canonical: inside ? inside.canonical : null };
  }
  // The nearest fitting actor before: a person for "er", "der Minister"; an organisation for "die Veröffentlichung".
  const want = refer === 'person' ? 'person' : 'organisation';
  for (let j = firstFrom(entities, start) - 1, seen = 0; j >= 0 && seen < 300; j--, seen++) {
    const e = entities[j];
    if (e.kind === 'actor' && e.type === want) {
      refs.push(e.start);
      return { ...span, canonical: e.canonical };
    }
  }
  refs.push(AGAIN);
  return { ...span, canonical: null };
}
