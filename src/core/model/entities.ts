// Detections: recomputed from the text on demand, never stored.
// Offsets are UTF-16 code units (JavaScript string indices); `text === source.slice(start, end)`.

export const FIGURE_TYPES = ['money', 'quantity', 'date', 'duration', 'percent', 'ordinal', 'time', 'score'] as const;
export type FigureType = (typeof FIGURE_TYPES)[number];

export const QUALIFIERS = ['more_than', 'approx', 'less_than', 'up_to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export interface Figure {
  kind: 'figure';
  type: FigureType;
  start: number;
  end: number;
  text: string;
  /** Numbers for money/quantity/percent/ordinal/duration; ISO partial strings for dates ('--06-18', '2019-12'); 'HH:MM' for times; '2:1' for scores. */
  value: number | string | null;
  /** ISO 4217 code for money, a time unit for durations ('day', 'year'), '%' for percent, the counted noun's lemma for quantities, else null. */
  unit: string | null;
  qualifier: Qualifier | null;
}

export const ACTOR_TYPES = ['person', 'organisation', 'state', 'location'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export interface ActorMention {
  kind: 'actor';
  type: ActorType;
  start: number;
  end: number;
  text: string;
  /** Canonical name of the actor; for a model suggestion, the name as written. */
  canonical: string;
  /** 'registry': a known actor; 'model': a suggestion of the discovery model that the analyst has not accepted yet. */
  source: 'registry' | 'model';
  /** Registry id of the actor, when it comes from the registry. */
  actorId?: string;
  /** Model confidence in [0, 1] for suggestions. */
  confidence?: number;
}

export type Entity = Figure | ActorMention;

// Attribution and hedging (detect/attribution/): who says what, and how firmly. Cues, not entities: the Entity union
// stays figures and actors.
export const ATTRIBUTION_MODES = ['direct', 'indirect', 'according_to', 'reported'] as const;
export type AttributionMode = (typeof ATTRIBUTION_MODES)[number];
export const STANCES = ['asserts', 'accuses', 'denies'] as const;
export type Stance = (typeof STANCES)[number];
export const HEDGE_TYPES = ['reportative', 'adverb', 'modal', 'subjunctive', 'other'] as const;
export type HedgeType = (typeof HEDGE_TYPES)[number];
export interface TextSpan { start: number; end: number }
export interface AttributionSource extends TextSpan { text: string; /** canonical actor (for a pronoun/anaphor: its referent's) or null */ canonical: string | null }
export interface Attribution { kind: 'attribution'; start: number; end: number; /** the cue */ text: string; source: AttributionSource | null; content: TextSpan | null; mode: AttributionMode; stance: Stance; hedged: boolean }
export interface Hedge { kind: 'hedge'; start: number; end: number; text: string; type: HedgeType }
export type Cue = Attribution | Hedge;
