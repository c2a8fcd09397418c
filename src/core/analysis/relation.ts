// The relation a suggested link probably has: a denial or disagreeing figures point to `contradicts`; the same
// passage to `same`; a passage that adds figures or actors to `elaborates`; otherwise another source saying it
// `corroborates`. A guess the analyst confirms or changes, with its reason.
import type { LinkRelation } from '../model/vocabulary';
import type { ClaimFeatures } from './claim-features';

export function guessRelation(from: ClaimFeatures, to: ClaimFeatures, signals: { similarity: number; disagreeing?: string }, reasons: string[]): LinkRelation {
  if (from.denies !== to.denies) {
    reasons.push(`one denies what the other states`);
    return 'contradicts';
  }
  if (signals.disagreeing) return 'contradicts';
  if (signals.similarity >= 0.8) return 'same';
  const adds = (x: ClaimFeatures, y: ClaimFeatures): boolean =>
    x.figures.length > y.figures.length || x.actors.filter((a) => !y.actors.includes(a)).length >= 2 || x.text.length > 1.6 * y.text.length;
  if (adds(to, from)) {
    reasons.push('it adds detail');
    return 'elaborates';
  }
  if (from.claimant && to.claimant && from.claimant !== to.claimant) reasons.push(`another source: ${to.claimant}`);
  return 'corroborates';
}
