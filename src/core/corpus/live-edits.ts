import { mapOffsets, type ContentChange } from '../anchor/map-offsets';
import { reanchor } from '../anchor/reanchor';
import { makeSelectors } from '../anchor/selectors';
import type { Sidecar } from '../model/annotation';

/**
 * Moves a sidecar's claims through editor edits (before any save). A claim whose whole text was deleted
 * becomes orphaned with its quote kept; an orphaned claim whose exact quote reappears (undo) is placed again.
 */
export function followEdits(sidecar: Sidecar, changes: readonly ContentChange[], newText: string): Sidecar {
  if (sidecar.annotations.length === 0) return sidecar;
  const ranges = sidecar.annotations.map((a) => ({ start: a.target.selector[1].start, end: a.target.selector[1].end }));
  const mapped = mapOffsets(ranges, changes);
  const annotations = sidecar.annotations.map((a, i) => {
    const m = mapped[i]!;
    if (a.anchor === 'anchored' && !m.collapsed) return { ...a, target: { selector: makeSelectors(newText, m.start, m.end) } };
    const placed = reanchor(newText, a.target.selector);
    if (placed.status === 'anchored' && placed.method !== 'fuzzy') {
      return { ...a, anchor: 'anchored' as const, target: { selector: makeSelectors(newText, placed.start, placed.end) } };
    }
    return a.anchor === 'orphaned' ? a : { ...a, anchor: 'orphaned' as const };
  });
  return { ...sidecar, annotations };
}
