// What the analyst (or an import) recorded about a document as a source: who published it, when, in what
// language, and which lines are not the article. Stored in the sidecar's `meta`; a field that is absent is
// detected from the text (core/source/), a field set to null means "none", as decided by the analyst.
import { z } from 'zod';

import { LANGUAGES, PARTIAL_DATE, type Language, type MetaField } from './source-vocabulary';

export { LANGUAGES, META_FIELDS, PARTIAL_DATE, type Language, type MetaField } from './source-vocabulary';
export const PartialDateSchema = z.string().regex(PARTIAL_DATE, 'expected a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

export const SourceMetaSchema = z.object({
  title: z.string().min(1).optional(),
  /** The publisher whose copy this is ("Welt Nachrichten"). */
  outlet: z.string().min(1).nullable().optional(),
  /** The original source the text says it comes from ("The Telegraph", "AFP"). */
  source: z.string().min(1).nullable().optional(),
  published: PartialDateSchema.nullable().optional(),
  url: z.string().min(1).nullable().optional(),
  author: z.string().min(1).nullable().optional(),
  language: z.enum(LANGUAGES).optional(),
  /** Lines (trimmed text) the analyst marked as not the article, and as the article despite looking like boilerplate. */
  boilerplateLines: z.array(z.string().min(1)).optional(),
  articleLines: z.array(z.string().min(1)).optional(),
});

export type SourceMeta = z.infer<typeof SourceMetaSchema>;

/** A document as a source, every field answered: null where neither the text nor the analyst says it. */
export interface SourceFields {
  title: string;
  outlet: string | null;
  source: string | null;
  published: string | null;
  url: string | null;
  author: string | null;
  language: Language;
}

/** Metadata as shown and exported: every field resolved (recorded, else detected), with where it came from. */
export interface ResolvedSourceMeta extends SourceFields {
  /** Per field: 'recorded' (in the sidecar) or 'detected' (from the text). */
  origin: Record<MetaField, 'recorded' | 'detected'>;
  /** Line ranges that are not the article (navigation, comment prompts, teasers, leftover markup). */
  boilerplate: { start: number; end: number; reason: string }[];
}
