// Git-friendly sidecar text: a fixed key order, annotations sorted by id, 2-space indent, trailing newline.
// Two analysts adding annotations then touch different lines, and git's line merge rarely even needs the driver.
import { SCHEMA_VERSION, type Annotation, type Link, type Sidecar } from '../model/annotation';
import { META_FIELDS, type SourceMeta } from '../model/source-meta';

/** Orders the keys explicitly (never relying on insertion order) and drops keys the schema doesn't know. */
export function canonicalSidecar(s: Sidecar): Sidecar {
  return {
    ...(s.$schema !== undefined ? { $schema: s.$schema } : {}),
    // A v2 file stays v2 until it records metadata (v3 is v2 plus `meta`): no version churn in the analysts' diffs.
    schemaVersion: s.meta && !isEmptyMeta(s.meta) ? SCHEMA_VERSION : s.schemaVersion,
    document: s.document,
    fingerprint: { length: s.fingerprint.length, sha256: s.fingerprint.sha256 },
    ...(s.meta && !isEmptyMeta(s.meta) ? { meta: canonicalMeta(s.meta) } : {}),
    annotations: [...s.annotations].sort((a, b) => compare(a.id, b.id)).map(canonicalAnnotation),
  };
}

export function canonicalAnnotation(a: Annotation): Annotation {
  const [q, p] = a.target.selector;
  return {
    id: a.id,
    kind: a.kind,
    target: {
      selector: [
        { type: q.type, exact: q.exact, prefix: q.prefix, suffix: q.suffix },
        { type: p.type, start: p.start, end: p.end },
      ],
    },
    anchor: a.anchor,
    body: {
      status: a.body.status,
      ...(a.body.claimant !== undefined ? { claimant: a.body.claimant } : {}),
      ...(a.body.note !== undefined ? { note: a.body.note } : {}),
      tags: [...a.body.tags],
    },
    links: canonicalLinks(a.links),
    ...(a.dismissed?.length ? { dismissed: [...new Set(a.dismissed)].sort(compare) } : {}),
    created: a.created,
    modified: a.modified,
    author: a.author,
  };
}

/** Fixed key order; undefined fields dropped (null is kept: the analyst said "none"); line lists sorted as sets. */
export function canonicalMeta(m: SourceMeta): SourceMeta {
  const out: SourceMeta = {};
  for (const key of META_FIELDS) {
    if (m[key] !== undefined) (out as Record<string, unknown>)[key] = m[key];
  }
  if (m.boilerplateLines?.length) out.boilerplateLines = [...new Set(m.boilerplateLines)].sort(compare);
  if (m.articleLines?.length) out.articleLines = [...new Set(m.articleLines)].sort(compare);
  return out;
}

export const isEmptyMeta = (m: SourceMeta | undefined): boolean => !m || Object.keys(canonicalMeta(m)).length === 0;

/** Links are a set: deduplicated and sorted, so their order never shows up in a diff. */
export function canonicalLinks(links: readonly Link[]): Link[] {
  const seen = new Map<string, Link>();
  for (const l of links) seen.set(`${l.rel}\u0000${l.target}`, { rel: l.rel, target: l.target });
  return [...seen.entries()].sort(([a], [b]) => compare(a, b)).map(([, l]) => l);
}

export function serializeSidecar(sidecar: Sidecar): string {
  return JSON.stringify(canonicalSidecar(sidecar), null, 2) + '\n';
}

/** Code-unit order: independent of locale, so every machine sorts alike. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
