// Two-way reconciliation for the editor: the sidecar changed on disk (another window, git pull, a hand edit)
// while the analyst has unsaved annotation edits. Per annotation, the newer `modified` wins, so an older
// state is never written over a newer one; deletions are honoured unless the other side edited afterwards.
import type { Annotation, Sidecar } from '../model/annotation';
import { mergeMeta } from './merge-meta';
import { compare } from './serialize';

/**
 * `base` is the state both came from (what was last read or written), or undefined if unknown.
 * Document-level fields come from `mine`: they describe the text the editor holds. `meta` merges field by field.
 */
export function mergeById(base: Sidecar | undefined, mine: Sidecar, theirs: Sidecar): Sidecar {
  const b = new Map((base?.annotations ?? []).map((a) => [a.id, a]));
  const m = new Map(mine.annotations.map((a) => [a.id, a]));
  const t = new Map(theirs.annotations.map((a) => [a.id, a]));
  const annotations: Annotation[] = [];
  for (const id of [...new Set([...m.keys(), ...t.keys()])].sort(compare)) {
    const [ba, ma, ta] = [b.get(id), m.get(id), t.get(id)];
    if (ma && ta) annotations.push(newer(ta, ma) ? ta : ma);
    else if (ma) {
      // Not on disk: new in memory, or deleted on disk (kept only if edited here since).
      if (!ba || newer(ma, ba)) annotations.push(ma);
    } else if (ta) {
      // Not in memory: new on disk, or deleted here (kept only if edited on disk since).
      if (!ba || newer(ta, ba)) annotations.push(ta);
    }
  }
  const { meta } = mergeMeta(base?.meta, mine.meta, theirs.meta);
  const { meta: _mine, ...rest } = mine;
  return { ...rest, ...(meta ? { meta } : {}), annotations };
}

/** Strictly newer by `modified`; ISO-8601 timestamps, compared as instants when they parse. */
export function newer(a: Annotation, b: Annotation): boolean {
  const [x, y] = [Date.parse(a.modified), Date.parse(b.modified)];
  if (!Number.isNaN(x) && !Number.isNaN(y)) return x > y;
  return a.modified > b.modified;
}
