// Three-way merge of a sidecar's `meta`, field by field: a field changed on one side only takes that change;
// boilerplate decisions are sets, so both sides' additions and removals apply.
import { META_FIELDS, type SourceMeta } from '../model/source-meta';
import { canonicalMeta, compare, isEmptyMeta } from './serialize';

export interface MetaConflict { field: string; ours: string; theirs: string }

/** On a field changed differently on both sides, ours wins and the conflict is reported. */
export function mergeMeta(base: SourceMeta | undefined, ours: SourceMeta | undefined, theirs: SourceMeta | undefined): { meta: SourceMeta | undefined; conflicts: MetaConflict[] } {
  const [b, o, t] = [base ?? {}, ours ?? {}, theirs ?? {}];
  const conflicts: MetaConflict[] = [];
  const merged: Record<string, unknown> = {};
  for (const field of META_FIELDS) {
    const [bv, ov, tv] = [b[field], o[field], t[field]];
    let value = ov;
    if (ov !== tv) {
      if (ov === bv) value = tv;
      else if (tv !== bv) conflicts.push({ field: `meta.${field}`, ours: JSON.stringify(ov) ?? '(none)', theirs: JSON.stringify(tv) ?? '(none)' });
    }
    if (value !== undefined) merged[field] = value;
  }
  for (const field of ['boilerplateLines', 'articleLines'] as const) {
    const lines = mergeSet(b[field] ?? [], o[field] ?? [], t[field] ?? []);
    if (lines.length) merged[field] = lines;
  }
  const meta = canonicalMeta(merged as SourceMeta);
  return { meta: isEmptyMeta(meta) ? undefined : meta, conflicts };
}

function mergeSet(base: readonly string[], ours: readonly string[], theirs: readonly string[]): string[] {
  const [b, o, t] = [new Set(base), new Set(ours), new Set(theirs)];
  const kept = [...new Set([...o, ...t])].filter((x) => !(b.has(x) && (!o.has(x) || !t.has(x))));
  return kept.sort(compare);
}
