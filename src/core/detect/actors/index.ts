// Actor detection: registry matches first, then discovery-model suggestions where the registry found nothing (or only
// parts of a longer, confident name).
import type { ActorMention, ActorType } from '../../model/entities';
import type { RegistryFile } from '../../model/registry';
import type { NerLabel, NerModel, NerSpan } from '../ner/types';
import { defaultRegistry } from './default-registry';
import { RegistryMatcher, type RegistryMatch, type Span } from './matcher';
import { buildRegistry as buildLayered, type LayeredRegistry } from './registry';

export type { LayeredRegistry, RegistryActor, RegistryLayer } from './registry';

// Built once per registry file, and matched by one matcher each: a detector is rebuilt when the model loads or a
// setting changes, and the shipped registry's matcher (its names' inflected forms) takes a tenth of a second to build.
let shippedOnly: LayeredRegistry | undefined;
const layered = new WeakMap<RegistryFile, LayeredRegistry>();
const matchers = new WeakMap<LayeredRegistry, RegistryMatcher>();

/** The shipped registry layered under an optional workspace registry file (the same object for the same file). */
export function buildRegistry(workspace?: RegistryFile): LayeredRegistry {
  const build = (): LayeredRegistry => {
    const d = defaultRegistry();
    return buildLayered(d.file, workspace, d.extras);
  };
  if (!workspace) return (shippedOnly ??= build());
  let registry = layered.get(workspace);
  if (!registry) layered.set(workspace, (registry = build()));
  return registry;
}

/** Builds the matcher of a registry ahead of its first use, with `turn()` awaited between steps. */
export async function prepareMatcher(registry: LayeredRegistry, turn: () => Promise<void>): Promise<void> {
  if (matchers.has(registry)) return;
  const matcher = await RegistryMatcher.inTurns(registry, turn);
  if (!matchers.has(registry)) matchers.set(registry, matcher);
}

/** The matcher of a registry, built on first use. */
export function matcherOf(registry: LayeredRegistry): RegistryMatcher {
  let matcher = matchers.get(registry);
  if (!matcher) matchers.set(registry, (matcher = new RegistryMatcher(registry)));
  return matcher;
}

const TYPE_OF: Record<NerLabel, ActorType> = { PER: 'person', ORG: 'organisation', LOC: 'location' };

const normKey = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('de');

/**
 * Suggestions below this confidence are dropped. Full detector on GermEval 2014 dev (`npm run eval`, model of
 * 2026-11, 2^20 buckets, 3 runs averaged): no threshold P 0.797 / R 0.718 / F1 0.755; ≥ 0.6 P 0.798 / R 0.713 /
 * F1 0.753; ≥ 0.7 P 0.832 / R 0.661 / F1 0.737. 0.6 removes the least certain noise for little recall.
 */
export const MIN_SUGGESTION_CONFIDENCE = 0.6;
/** A model name must be at least this confident to take in registry mentions (see enclosedByLongerNames). */
const ENCLOSING_CONFIDENCE = 0.8;

export class ActorDetector {
  readonly matcher: RegistryMatcher;
  private readonly notActors: Set<string>;

  constructor(
    readonly registry: LayeredRegistry = buildRegistry(),
    private readonly model?: NerModel,
    /** Model spans below this confidence are not suggested (see MIN_SUGGESTION_CONFIDENCE). */
    private readonly minConfidence = MIN_SUGGESTION_CONFIDENCE,
  ) {
    this.matcher = matcherOf(registry);
    this.notActors = new Set(registry.notActors.map(normKey));
  }

  detect(text: string): ActorMention[] {
    const { mentions, suggestions } = this.detectMatched(text, this.matcher.match(text));
    if (!this.model) return mentions;
    return [...mentions, ...clusterSuggestions(suggestions)].sort((a, b) => a.start - b.start);
  }

  /**
   * detect() up to the document-wide pass: the registry's mentions (once the document's evidence has resolved them)
   * and the model's suggestions before clusterSuggestions, so that a document can be detected block by block.
   */
  detectMatched(text: string, match: RegistryMatch): { mentions: ActorMention[]; suggestions: ActorMention[] } {
    const { mentions, suppressed } = match;
    if (!this.model) return { mentions, suggestions: [] };
    // The registry's mentions double as the model's registry hints, which saves it a second registry pass.
    const spans = this.model.tag(text, mentions);
    const registrySpans: Span[] = [...mentions, ...suppressed].sort((a, b) => a.start - b.start);
    const enclosed = this.enclosedByLongerNames(text, spans, registrySpans);
    const kept = enclosed.size ? mentions.filter((m) => !enclosed.has(m)) : mentions;
    const taken = enclosed.size ? registrySpans.filter((m) => !enclosed.has(m)) : registrySpans;
    return { mentions: kept, suggestions: this.suggest(text, spans, taken) };
  }

  /**
   * Shipped-registry mentions inside a confident longer model name: "California" in "California Institute of
   * Technology", "Berlin" in "Berlin-Mitte" are part of one actor, not actors of their own (GermEval 2014 dev, full
   * detector: F1 +0.5). Mentions from the analyst's workspace registry always stand.
   */
  private enclosedByLongerNames(text: string, spans: readonly NerSpan[], sorted: readonly Span[]): Set<Span> {
    const out = new Set<Span>();
    for (const s of spans) {
      if (s.confidence < ENCLOSING_CONFIDENCE || !/[\s-]/.test(text.slice(s.start, s.end))) continue;
      const inside = overlapping(sorted, s.start, s.end);
      const strictlyInside = inside.every((m) => m.start >= s.start && m.end <= s.end && m.end - m.start < s.end - s.start);
      const fromWorkspace = inside.some((m) => 'actorId' in m && this.registry.findById(String(m.actorId))?.layer === 'workspace');
      // The name must add words of its own: "Pjöngjang Russland" read as one name is two known actors side by side.
      let uncovered = text.slice(s.start, s.end);
      for (const m of [...inside].reverse()) uncovered = uncovered.slice(0, m.start - s.start) + uncovered.slice(m.end - s.start);
      const addsWords = /\p{L}{2}/u.test(uncovered);
      if (inside.length && strictlyInside && addsWords && !fromWorkspace) for (const m of inside) out.add(m);
    }
    return out;
  }

  private suggest(text: string, spans: readonly NerSpan[], taken: readonly Span[]): ActorMention[] {
    const out: ActorMention[] = [];
    for (const s of spans) {
      const surface = text.slice(s.start, s.end);
      if (s.confidence < this.minConfidence || overlaps(taken, s.start, s.end) || this.notActors.has(normKey(surface))) continue;
      const known = this.registry.findActor(surface);
      const type = s.label === 'LOC' && known?.type === 'state' ? 'state' : TYPE_OF[s.label];
      out.push({ kind: 'actor', type, start: s.start, end: s.end, text: surface, canonical: surface.replace(/\s+/g, ' '), source: 'model', confidence: s.confidence });
    }
    return out;
  }
}

/** Gives a surname or a genitive the canonical name of a fuller suggestion in the same document ("Schoigus" → "Sergej Schoigu"). */
export function clusterSuggestions(ms: ActorMention[]): ActorMention[] {
  clusteredNames(ms).forEach((name, i) => (ms[i].canonical = name));
  return ms;
}

/**
 * The canonical name of each suggestion after clusterSuggestions, which leaves them as they are (incremental
 * detection keeps the names apart from its cached suggestions). A fuller name keeps its own.
 */
export function clusteredNames(ms: readonly ActorMention[]): string[] {
  const full = fullerNames(ms);
  const names = new Set<string>();
  for (const m of ms) names.add(m.canonical);
  const has = (name: string): boolean => names.has(name);
  return ms.map((m) => clusteredName(m, has, full));
}

/**
 * Per type and last word, the first fuller name (of more than one word) among suggestions and where it stands, so
 * that a long document is not searched once per mention. Maps by type, then word: a key joined of both would be a new
 * string to hash for every look-up.
 */
export type FullerNames = Map<string, Map<string, { at: number; canonical: string }>>;

export function fullerNames(ms: readonly ActorMention[]): FullerNames {
  const out: FullerNames = new Map();
  ms.forEach((m, at) => {
    const space = m.canonical.lastIndexOf(' ');
    if (space < 0) return;
    let byWord = out.get(m.type);
    if (!byWord) out.set(m.type, (byWord = new Map()));
    const word = m.canonical.slice(space + 1);
    if (!byWord.has(word)) byWord.set(word, { at, canonical: m.canonical });
  });
  return out;
}

/**
 * A suggestion's name after clustering, given which names the document's suggestions have (`has`) and its fuller names:
 * a single word, less a genitive s when the document has the word without it, takes the first fuller name that ends
 * with it (or with it less a final s).
 */
export function clusteredName(m: Pick<ActorMention, 'type' | 'canonical'>, has: (name: string) => boolean, full: FullerNames): string {
  if (m.canonical.includes(' ')) return m.canonical;
  const base = m.canonical.endsWith('s') && has(m.canonical.slice(0, -1)) ? m.canonical.slice(0, -1) : m.canonical;
  const stem = base.endsWith('s') ? base.slice(0, -1) : base;
  const byWord = full.get(m.type);
  const a = byWord?.get(base);
  const b = byWord?.get(stem);
  const owner = a && b ? (a.at <= b.at ? a : b) : (a ?? b);
  return owner ? owner.canonical : base;
}

/** Index of the first span (sorted by start, not overlapping) that ends after `start`. */
function firstEndingAfter(sorted: readonly Span[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function overlaps(sorted: readonly Span[], start: number, end: number): boolean {
  return overlapping(sorted, start, end).length > 0;
}

function overlapping(sorted: readonly Span[], start: number, end: number): Span[] {
  const out: Span[] = [];
  for (let i = firstEndingAfter(sorted, start); i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end > start) out.push(sorted[i]);
  return out;
}
