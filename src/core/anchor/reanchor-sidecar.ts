import type { Sidecar } from '../model/annotation';
import { fingerprint } from './fingerprint';
import { reanchor } from './reanchor';
import { makeSelectors } from './selectors';

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
    return { ...a, anchor: 'anchored' as const, target: { selector: makeSelectors(text, placed.start, placed.end) } };
  });
  return { sidecar: { ...sidecar, fingerprint: fingerprint(text), annotations }, orphaned, results };
}
