// Three-way merge of sidecars by annotation id (the git merge driver's core).
// A conflict never loses data: ours stays in the field, theirs is written into the note, and the
// annotation is tagged `merge-conflict`, so the result is schema-valid and the analyst sees what to decide.
import { SidecarSchema, type Annotation, type Link, type Sidecar } from '../model/annotation';
import { mergeMeta } from './merge-meta';
import { canonicalLinks, canonicalSidecar, compare } from './serialize';

export const CONFLICT_TAG = 'merge-conflict';

export interface Conflict {
  /** The annotation concerned, or null for the sidecar's own fields. */
  id: string | null;
  /** `body.status`, `target`, …, or `deleted` when one side deleted what the other edited. */
  field: string;
  ours: string;
  theirs: string;
}

export interface MergeResult {
  merged: Sidecar;
  conflicts: Conflict[];
}

/** `base` is undefined when the two sides share no ancestor (added on both branches). */
export function mergeSidecars(base: Sidecar | undefined, ours: Sidecar, theirs: Sidecar): MergeResult {
  const conflicts: Conflict[] = [];
  // Canonical key order first: fields are compared as serialized JSON.
  const byId = (s: Sidecar | undefined): Map<string, Annotation> =>
    new Map((s ? canonicalSidecar(s).annotations : []).map((a) => [a.id, a]));
  const [b, o, t] = [byId(base), byId(ours), byId(theirs)];
  const ids = [...new Set([...o.keys(), ...t.keys(), ...b.keys()])].sort(compare);
  const annotations: Annotation[] = [];
  for (const id of ids) {
    const [ba, oa, ta] = [b.get(id), o.get(id), t.get(id)];
    if (oa && ta) annotations.push(mergeAnnotation(ba, oa, ta, conflicts));
    else if (oa || ta) {
      const kept = (oa ?? ta) as Annotation;
      if (!ba) annotations.push(kept); // Added on one side.
      else if (same(ba, kept)) continue; // Deleted on one side, untouched on the other.
      else {
        // Deleted on one side, edited on the other: keep the edit, flag it.
        const c: Conflict = { id, field: 'deleted', ours: oa ? 'edited' : 'deleted', theirs: ta ? 'edited' : 'deleted' };
        conflicts.push(c);
        annotations.push(flag(kept, [`deleted on ${oa ? 'their' : 'our'} side, edited on ${oa ? 'ours' : 'theirs'}: kept`]));
      }
    }
    // Absent from both sides: deleted on both, nothing to keep.
  }

  // Sidecar fields. The fingerprint is only a cache key for re-anchoring: on disagreement ours is kept and
  // annotations get re-anchored against the real text on next load, so it is not an analyst-facing conflict.
  const document = pick(base?.document, ours.document, theirs.document);
  if (document.conflict) conflicts.push({ id: null, field: 'document', ours: ours.document, theirs: theirs.document });
  const fp = pick(base && json(base.fingerprint), json(ours.fingerprint), json(theirs.fingerprint));
  const schema = pick(base?.$schema, ours.$schema, theirs.$schema);
  const meta = mergeMeta(base?.meta, ours.meta, theirs.meta);
  for (const c of meta.conflicts) conflicts.push({ id: null, ...c });
  const merged: Sidecar = {
    ...(schema.value !== undefined ? { $schema: schema.value } : {}),
    schemaVersion: ours.schemaVersion,
    document: document.value ?? ours.document,
    fingerprint: fp.conflict ? ours.fingerprint : fp.value === json(theirs.fingerprint) ? theirs.fingerprint : ours.fingerprint,
    ...(meta.meta ? { meta: meta.meta } : {}),
    annotations,
  };
  return { merged: SidecarSchema.parse(merged), conflicts };
}

function mergeAnnotation(base: Annotation | undefined, ours: Annotation, theirs: Annotation, conflicts: Conflict[]): Annotation {
  if (same(ours, theirs)) return ours;
  const notes: string[] = [];
  const scalar = <T>(field: string, get: (a: Annotation) => T): T | undefined => {
    const r = pick(base && json(get(base)), json(get(ours)), json(get(theirs)));
    if (r.conflict) {
      conflicts.push({ id: ours.id, field, ours: json(get(ours)) ?? '(none)', theirs: json(get(theirs)) ?? '(none)' });
      if (field !== 'body.note') notes.push(`${field}: ours ${json(get(ours)) ?? '(none)'}, theirs ${json(get(theirs)) ?? '(none)'}`);
      return get(ours);
    }
    return r.value === json(get(theirs)) ? get(theirs) : get(ours);
  };
  const target = scalar('target', (a) => a.target) ?? ours.target;
  const anchor = scalar('anchor', (a) => a.anchor) ?? ours.anchor;
  const status = scalar('body.status', (a) => a.body.status) ?? ours.body.status;
  const claimant = scalar('body.claimant', (a) => a.body.claimant);
  const conflictsBefore = conflicts.length;
  const note = scalar('body.note', (a) => a.body.note);
  if (conflicts.length > conflictsBefore) notes.push(`body.note, theirs: ${theirs.body.note ?? '(none)'}`);
  const author = scalar('author', (a) => a.author) ?? ours.author;
  const tags = mergeSets(base?.body.tags, ours.body.tags, theirs.body.tags, (x) => x);
  const links = canonicalLinks(mergeSets(base?.links, ours.links, theirs.links, (l: Link) => `${l.rel}\u0000${l.target}`));
  const dismissed = mergeSets(base?.dismissed, ours.dismissed ?? [], theirs.dismissed ?? [], (x) => x);
  const merged: Annotation = {
    ...ours,
    target, anchor, author,
    body: {
      status,
      ...(claimant !== undefined ? { claimant } : {}),
      ...(note !== undefined ? { note } : {}),
      tags,
    },
    links,
    ...(dismissed.length ? { dismissed } : {}),
    created: ours.created <= theirs.created ? ours.created : theirs.created,
    modified: ours.modified >= theirs.modified ? ours.modified : theirs.modified,
  };
  return notes.length === 0 ? merged : flag(merged, notes);
}

/** Marks an annotation as needing the analyst's decision, keeping the other side's values in its note. */
function flag(a: Annotation, lines: string[]): Annotation {
  const text = lines.map((l) => `[${CONFLICT_TAG}] ${l}`).join('\n');
  return {
    ...a,
    body: {
      ...a.body,
      note: a.body.note ? `${a.body.note}\n${text}` : text,
      tags: a.body.tags.includes(CONFLICT_TAG) ? a.body.tags : [...a.body.tags, CONFLICT_TAG],
    },
  };
}

/**
 * Three-way scalar merge on serialized values: one side changed → that side; both changed alike → it;
 * both changed differently → conflict. Without a base, any difference is a conflict.
 */
function pick(base: string | undefined, ours: string | undefined, theirs: string | undefined): { value: string | undefined; conflict: boolean } {
  if (ours === theirs) return { value: ours, conflict: false };
  if (base !== undefined || ours === undefined || theirs === undefined) {
    if (ours === base) return { value: theirs, conflict: false };
    if (theirs === base) return { value: ours, conflict: false };
  }
  return { value: ours, conflict: true };
}

/** Set merge in ours' order: an element removed on either side is removed, added on either side is added. */
function mergeSets<T>(base: readonly T[] | undefined, ours: readonly T[], theirs: readonly T[], key: (x: T) => string): T[] {
  const b = new Set((base ?? []).map(key));
  const o = new Set(ours.map(key));
  const t = new Set(theirs.map(key));
  const out = new Map<string, T>();
  for (const x of [...ours, ...theirs]) {
    const k = key(x);
    const keep = (o.has(k) && t.has(k)) || (!b.has(k) && (o.has(k) || t.has(k)));
    if (keep && !out.has(k)) out.set(k, x);
  }
  return [...out.values()];
}

const json = (v: unknown): string | undefined => (v === undefined ? undefined : JSON.stringify(v));
const same = (a: Annotation, b: Annotation): boolean => json(a) === json(b);
