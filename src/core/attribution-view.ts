// Attributions as the analyst meets them: the one a passage or a claim belongs to, the hedges in it, who is cited
// in an article. Pure functions over the detector's cues, shared by hovers, claims, the Documents view and exports.
import type { Attribution, AttributionMode, Cue, Hedge, Stance } from './model/entities';

/** Who the text cites for a claim's passage, and how firmly (the hedge markers as written). */
export interface ClaimAttribution {
  source: string | null;
  cue: string;
  mode: AttributionMode;
  stance: Stance;
  hedges: string[];
}

const overlap = (a: { start: number; end: number }, start: number, end: number): number => Math.max(0, Math.min(a.end, end) - Math.max(a.start, start));

/** The attribution whose cue, source or content lies under `offset` (the cue first, then the source, then the content). */
export function attributionAt(cues: readonly Cue[], offset: number): Attribution | undefined {
  const attributions = cues.filter((c): c is Attribution => c.kind === 'attribution');
  const inside = (s: { start: number; end: number } | null): boolean => !!s && s.start <= offset && offset < s.end;
  return attributions.find((a) => inside(a)) ?? attributions.find((a) => inside(a.source)) ?? attributions.find((a) => inside(a.content));
}

/**
 * The attribution a passage (a claim) belongs to: the one whose content overlaps it most, else one whose cue lies
 * inside it ("Kirby sagte, …" tagged whole). Undefined: nobody is cited for it.
 */
export function attributionFor(cues: readonly Cue[], start: number, end: number): Attribution | undefined {
  let best: Attribution | undefined;
  let most = 0;
  for (const c of cues) {
    if (c.kind !== 'attribution') continue;
    const o = c.content ? overlap(c.content, start, end) : 0;
    if (o > most) [best, most] = [c, o];
  }
  return best ?? cues.find((c): c is Attribution => c.kind === 'attribution' && c.start >= start && c.end <= end);
}

/** The hedge markers inside a stretch of text. */
export function hedgesIn(cues: readonly Cue[], start: number, end: number): Hedge[] {
  return cues.filter((c): c is Hedge => c.kind === 'hedge' && c.start >= start && c.end <= end);
}

/** Who an attribution names: the canonical actor, else the source as written. */
export function sourceName(a: Attribution): string | undefined {
  return a.source ? (a.source.canonical ?? a.source.text) : undefined;
}

export interface CitedSource {
  name: string;
  /** Attributions to this source. */
  count: number;
  /** How many of them carry a hedge in their content. */
  hedged: number;
  /** The first attribution's cue. */
  start: number;
  end: number;
}

/** Who an article cites, most cited first; attributions with no source are left out. */
export function citedSources(cues: readonly Cue[]): CitedSource[] {
  const byName = new Map<string, CitedSource>();
  for (const c of cues) {
    if (c.kind !== 'attribution') continue;
    const name = sourceName(c);
    if (!name) continue;
    const known = byName.get(name) ?? { name, count: 0, hedged: 0, start: c.start, end: c.end };
    known.count++;
    if (c.hedged) known.hedged++;
    byName.set(name, known);
  }
  return [...byName.values()].sort((a, b) => b.count - a.count || a.start - b.start);
}

/** The attribution a claim's passage lies in, with the hedges of what is attributed (or of the claim itself); null: nobody is cited. */
export function claimAttribution(cues: readonly Cue[], start: number, end: number): ClaimAttribution | null {
  const a = attributionFor(cues, start, end);
  if (!a) return null;
  const from = Math.min(start, a.content?.start ?? start);
  const to = Math.max(end, a.content?.end ?? end);
  return { source: sourceName(a) ?? null, cue: a.text, mode: a.mode, stance: a.stance, hedges: hedgesIn(cues, from, to).map((h) => h.text) };
}
