// Runs the mutation suite over texts and tallies how re-anchoring fared (shared by the test and the bench).
import { reanchor } from '../../src/core/anchor/reanchor';
import { makeSelectors } from '../../src/core/anchor/selectors';
import { MUTATION_KINDS, mutate, sentenceSpans, type MutationKind } from './mutations';
import { rng } from './prng';

export interface Tally { trials: number; found: number; boundaryOff: number; orphaned: number; wrong: number }
export type Tallies = Record<MutationKind, Tally>;

export interface WrongCase { kind: MutationKind; quote: string; placed: string; expected: string | null }

export function runMutationSuite(texts: readonly string[], trialsPerSentence = 3, seed = 20240601): { tallies: Tallies; wrong: WrongCase[] } {
  const tallies = Object.fromEntries(MUTATION_KINDS.map((k) => [k, { trials: 0, found: 0, boundaryOff: 0, orphaned: 0, wrong: 0 }])) as Tallies;
  const wrong: WrongCase[] = [];
  const random = rng(seed);
  for (const text of texts) {
    for (const span of sentenceSpans(text)) {
      const selectors = makeSelectors(text, span.start, span.end);
      for (const kind of MUTATION_KINDS) {
        for (let n = 0; n < trialsPerSentence; n++) {
          const { text: edited, expected } = mutate(kind, text, span, random);
          const result = reanchor(edited, selectors);
          const t = tallies[kind];
          t.trials++;
          if (result.status === 'orphaned') { t.orphaned++; continue; }
          if (expected && result.start === expected.start && result.end === expected.end) { t.found++; continue; }
          if (expected && result.start < expected.end && expected.start < result.end) { t.boundaryOff++; continue; }
          t.wrong++;
          wrong.push({
            kind, quote: selectors[0].exact, placed: edited.slice(result.start, result.end),
            expected: expected ? edited.slice(expected.start, expected.end) : null,
          });
        }
      }
    }
  }
  return { tallies, wrong };
}

export const rate = (t: Tally): number => (t.trials === 0 ? 1 : t.found / t.trials);
