// Finds a stored annotation in a changed text: stored position, then exact quote, then fuzzy quote.
// Hypothesis-style, but with acceptance thresholds: an orphan is recoverable, a claim silently moved
// onto the wrong sentence is not, so every uncertain case ends orphaned.
import search from 'approx-string-match';
import type { Selectors } from './selectors';
import { similarity } from './similarity';

export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export type ReanchorResult =
  | { status: 'anchored'; start: number; end: number; method: AnchorMethod; score: number }
  | { status: 'orphaned' };

export interface ReanchorOptions {
  /** Context similarity (0..1) that confirms a candidate; below it, only strong quote evidence counts. */
  minContext?: number;
  /** Upper bound of the fuzzy error budget, whatever the quote's length. */
  maxErrors?: number;
}

/** A unique exact occurrence this long is the same text even when its context changed (paragraph moved). */
const SELF_EVIDENT_LENGTH = 30;
/** A fuzzy match this close to a quote this long is the same sentence even without its context (moved + typo). */
const SELF_EVIDENT_ERROR_RATE = 0.03;
/** Above this error rate, a fuzzy match needs both its prefix and its suffix to match. */
const LOOSE_CONTEXT_ERROR_RATE = 0.1;
/** Quotes shorter than this are never searched fuzzily: too many look-alikes. */
const MIN_FUZZY_LENGTH = 12;
/** Characters around the old position searched first; the whole text only if that finds nothing. */
const WINDOW_SLACK = 4096;
const MAX_EXACT_HITS = 1000;

export function reanchor(text: string, selectors: Selectors, opts: ReanchorOptions = {}): ReanchorResult {
  const [quote, position] = selectors;
  const exact = quote.exact;
  const minContext = opts.minContext ?? 0.6;
  if (exact.length === 0) return { status: 'orphaned' };

  // 1. Same place, same text, same surroundings: nothing to decide.
  if (text.startsWith(exact, position.start) && contextAt(text, position.start, position.start + exact.length, selectors) === 1) {
    return { status: 'anchored', start: position.start, end: position.start + exact.length, method: 'position', score: 1 };
  }

  // 2a. Shifted by edits elsewhere: the same text and surroundings near the old place settle it without
  // scanning the whole document (1,000 claims × 1 MB would otherwise dominate re-anchoring).
  const near = Math.max(0, position.start - WINDOW_SLACK);
  for (let i = text.indexOf(exact, near); i !== -1 && i <= position.start + WINDOW_SLACK; i = text.indexOf(exact, i + 1)) {
    if (contextAt(text, i, i + exact.length, selectors) === 1) {
      return { status: 'anchored', start: i, end: i + exact.length, method: 'exact', score: 1 };
    }
  }

  // 2b. Exact occurrences anywhere, told apart by context and then by distance to the old position.
  const hits = exactHits(text, exact);
  if (hits.length > 0) {
    let best = -1, bestCtx = 0, bestRank = -Infinity;
    for (const start of hits) {
      const ctx = contextAt(text, start, start + exact.length, selectors);
      const rank = ctx * 0.9 + 0.1 * positionScore(text, start, position.start);
      if (rank > bestRank) [best, bestCtx, bestRank] = [start, ctx, rank];
    }
    const atOldPlace = best === position.start;
    const unique = hits.length === 1;
    if (bestCtx >= minContext || atOldPlace || (unique && exact.length >= SELF_EVIDENT_LENGTH)) {
      return {
        status: 'anchored', start: best, end: best + exact.length,
        method: atOldPlace ? 'position' : 'exact', score: round(0.7 + 0.3 * bestCtx),
      };
    }
    // A repeated or short quote whose context no longer matches: fall through, a fuzzy hit may still be confirmed.
  }

  // 3. Approximate quote (a typo fixed, a word changed), confirmed by its context.
  if (exact.length < MIN_FUZZY_LENGTH) return { status: 'orphaned' };
  const budget = Math.min(opts.maxErrors ?? 32, Math.floor(exact.length / 4));
  const lo = Math.max(0, position.start - exact.length - WINDOW_SLACK);
  const hi = Math.min(text.length, position.end + exact.length + WINDOW_SLACK);
  const local = fuzzy(text, lo, hi, selectors, budget, minContext);
  if (local) return local;
  if (lo === 0 && hi === text.length) return { status: 'orphaned' };
  return fuzzy(text, 0, text.length, selectors, budget, minContext) ?? { status: 'orphaned' };
}

function fuzzy(
  text: string, lo: number, hi: number, selectors: Selectors, budget: number, minContext: number,
): ReanchorResult | undefined {
  const [quote, position] = selectors;
  const matches = search(text.slice(lo, hi), quote.exact, budget);
  let best: ReanchorResult | undefined;
  let bestScore = -Infinity;
  // Without confirming context, only a near-verbatim long quote found in one single place is accepted.
  const selfEvident = quote.exact.length >= SELF_EVIDENT_LENGTH && matches.length > 0 &&
    matches[0].errors <= Math.max(1, Math.floor(quote.exact.length * SELF_EVIDENT_ERROR_RATE)) &&
    matches[matches.length - 1].start - matches[0].start <= matches[0].errors;
  for (const m of matches) {
    const start = m.start + lo, end = m.end + lo;
    const { both: ctx, weaker } = contextSides(text, start, end, selectors);
    const quoteScore = 1 - m.errors / quote.exact.length;
    // Many errors need context on both sides: one matching side alone is common (look-alike headlines).
    const confirmed = ctx >= minContext && (weaker >= 0.5 || quoteScore >= 1 - LOOSE_CONTEXT_ERROR_RATE);
    if (!confirmed && !selfEvident) continue;
    const score = 0.6 * quoteScore + 0.35 * ctx + 0.05 * positionScore(text, start, position.start);
    if (score > bestScore) {
      bestScore = score;
      best = { status: 'anchored', start, end, method: 'fuzzy', score: round(score) };
    }
  }
  return best;
}

function exactHits(text: string, exact: string): number[] {
  const hits: number[] = [];
  for (let i = text.indexOf(exact); i !== -1 && hits.length < MAX_EXACT_HITS; i = text.indexOf(exact, i + 1)) hits.push(i);
  return hits;
}

/** How well the text around [start, end) matches the stored prefix and suffix, weighted by their lengths. */
export function contextAt(text: string, start: number, end: number, selectors: Selectors): number {
  return contextSides(text, start, end, selectors).both;
}

function contextSides(text: string, start: number, end: number, selectors: Selectors): { both: number; weaker: number } {
  const { prefix, suffix } = selectors[0];
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  const wp = Math.max(prefix.length, before.length);
  const ws = Math.max(suffix.length, after.length);
  const [sp, ss] = [similarity(prefix, before), similarity(suffix, after)];
  return { both: wp + ws === 0 ? 1 : (sp * wp + ss * ws) / (wp + ws), weaker: Math.min(sp, ss) };
}

function positionScore(text: string, start: number, oldStart: number): number {
  return 1 - Math.min(1, Math.abs(start - oldStart) / Math.max(1, text.length));
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
