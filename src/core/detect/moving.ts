// Copies of the last call's entities and cues, `delta` further on: incremental detection makes thousands per edit (all
// those after the edit in a long document).
//
// They are made by constructors whose prototype is Object.prototype, not by object literals: plain objects to every
// reader (deepStrictEqual, JSON, spread), with their fields in the literals' order. V8 counts, per literal, how many
// of its objects survive a young-generation collection, and once nearly all do (the first detection of a document keeps
// every entity) it allocates that literal's objects in the old generation from then on. There each copy cost about
// 15 times as much (a 1 MB document: 4–7 ms per edit for its entities instead of 0.3), in some runs and not in others.
// Constructors are not tracked that way.
import type { ActorMention, Attribution, AttributionSource, Entity, Figure, Hedge, TextSpan } from '../model/entities';

type Make<A extends unknown[], T> = new (...args: A) => T;

/** A constructor of plain objects: `init` sets the fields on the new object. */
export function plain<A extends unknown[], T>(init: (this: T, ...args: A) => void): Make<A, T> {
  init.prototype = Object.prototype;
  return init as unknown as Make<A, T>;
}

const MovedFigure = plain(function (this: Figure, e: Figure, delta: number) {
  this.kind = 'figure';
  this.type = e.type;
  this.start = e.start + delta;
  this.end = e.end + delta;
  this.text = e.text;
  this.value = e.value;
  this.unit = e.unit;
  this.qualifier = e.qualifier;
});

const MovedRegistryActor = plain(function (this: ActorMention, e: ActorMention, delta: number) {
  this.kind = 'actor';
  this.type = e.type;
  this.start = e.start + delta;
  this.end = e.end + delta;
  this.text = e.text;
  this.canonical = e.canonical;
  this.source = e.source;
  this.actorId = e.actorId;
});

const MovedSuggestion = plain(function (this: ActorMention, e: ActorMention, delta: number) {
  this.kind = 'actor';
  this.type = e.type;
  this.start = e.start + delta;
  this.end = e.end + delta;
  this.text = e.text;
  this.canonical = e.canonical;
  this.source = e.source;
  this.confidence = e.confidence;
});

/** Appends the entities from `first` on, `delta` further on, as incremental.ts's movedBy makes them. */
export function moveEntities(entities: readonly Entity[], first: number, delta: number, out: Entity[]): void {
  for (let i = first; i < entities.length; i++) {
    const e = entities[i];
    out.push(e.kind === 'figure' ? new MovedFigure(e, delta) : e.source === 'registry' ? new MovedRegistryActor(e, delta) : new MovedSuggestion(e, delta));
  }
}

const MovedSpan = plain(function (this: TextSpan, s: TextSpan, delta: number) {
  this.start = s.start + delta;
  this.end = s.end + delta;
});

const MovedSource = plain(function (this: AttributionSource, s: AttributionSource, delta: number) {
  this.start = s.start + delta;
  this.end = s.end + delta;
  this.text = s.text;
  this.canonical = s.canonical;
});

const MovedAttribution = plain(function (this: Attribution, a: Attribution, delta: number, source: AttributionSource | null) {
  this.kind = 'attribution';
  this.start = a.start + delta;
  this.end = a.end + delta;
  this.text = a.text;
  this.source = source;
  this.content = a.content && new MovedSpan(a.content, delta);
  this.mode = a.mode;
  this.stance = a.stance;
  this.hedged = a.hedged;
});

const MovedHedge = plain(function (this: Hedge, h: Hedge, delta: number) {
  this.kind = 'hedge';
  this.start = h.start + delta;
  this.end = h.end + delta;
  this.text = h.text;
  this.type = h.type;
});

/** A source `delta` further on (0: a copy, as a bare quotation's speaker is). */
export const movedSource = (s: AttributionSource, delta: number): AttributionSource => new MovedSource(s, delta);

/** An attribution `delta` further on, with its source given (moved or taken anew). */
export const movedAttribution = (a: Attribution, delta: number, source: AttributionSource | null): Attribution => new MovedAttribution(a, delta, source);

export const movedHedge = (h: Hedge, delta: number): Hedge => new MovedHedge(h, delta);
