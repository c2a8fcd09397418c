import type { Sidecar } from '../model/annotation';
import { fingerprint } from './fingerprint';
import { reanchor } from './reanchor';
import { makeSelectors } from './selectors';

/** Tag added to a claim whose quoted text changed when it was re-anchored; the analyst removes it after review. */
export const TEXT_CHANGED_TAG = 'text-changed';

/**
 * Re-anchors every annotation of a sidecar against the current text. Placed annotations get fresh selectors;
 * the others become orphaned and keep their stored quote, so nothing is lost or silently moved.
 */
export function reanchorSidecar(text: string, sidecar: Sidecar): { sidecar: Sidecar; orphaned: number; results: Array<{ id: string; status: 'anchored' | 'orphaned'; start: number; end: number }> } {
  let orphaned = 0;
  const results: Array<{ id: string; status: 'anchored' | 'orphaned'; start: number; end: number }> = [];
  const annotations = sidecar.annotations.map((a) => {
    const placed = reanchor(text, a.target.selector);
    if (placed.status === 'orphaned') {
      orphaned++;
      const [, position] = a.target.selector;
      results.push({ id: a.id, status: 'orphaned', start: position.start, end: position.end });
      return { ...a, anchor: 'orphaned' as const };
    }
    results.push({ id: a.id, status: 'anchored', start: placed.start, end: placed.end });
    const selector = makeSelectors(text, placed.start, placed.end);
    // A fuzzy placement means the claim's own words changed (a typo fix, or an added "nicht"): flag it for review.
    const changed = selector[0].exact !== a.target.selector[0].exact && !a.body.tags.includes(TEXT_CHANGED_TAG);
    const body = changed ? { ...a.body, tags: [...a.body.tags, TEXT_CHANGED_TAG] } : a.body;
    return { ...a, anchor: 'anchored' as const, body, target: { selector } };
  });
  return { sidecar: { ...sidecar, fingerprint: fingerprint(text), annotations }, orphaned, results };
}
