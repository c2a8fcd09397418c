// The analyst's decisions about a document as a source: pure edits of the sidecar's `meta`.
import type { Sidecar } from '../model/annotation';
import type { MetaField, SourceMeta } from '../model/source-meta';
import { canonicalMeta, isEmptyMeta } from '../store/serialize';

/** A value per field: a string records it, null records "none", undefined forgets it (detected again). */
export type MetaFields = Partial<Record<MetaField, string | null | undefined>>;

export function setMetaFields(s: Sidecar, fields: MetaFields): Sidecar {
  const meta: Record<string, unknown> = { ...(s.meta ?? {}) };
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) delete meta[field];
    else meta[field] = typeof value === 'string' ? value.trim() : value;
  }
  return withMeta(s, meta as SourceMeta);
}

/** Marks a line (its trimmed text) as not the article, or as the article despite looking like boilerplate. */
export function markLine(s: Sidecar, line: string, article: boolean): Sidecar {
  const text = line.trim();
  const meta = s.meta ?? {};
  const without = (list: string[] | undefined): string[] => (list ?? []).filter((l) => l !== text);
  return withMeta(s, {
    ...meta,
    boilerplateLines: article ? without(meta.boilerplateLines) : [...without(meta.boilerplateLines), text],
    articleLines: article ? [...without(meta.articleLines), text] : without(meta.articleLines),
  });
}

function withMeta(s: Sidecar, meta: SourceMeta): Sidecar {
  const { meta: _old, ...rest } = s;
  const clean = canonicalMeta(meta);
  return isEmptyMeta(clean) ? rest : { ...rest, meta: clean };
}
