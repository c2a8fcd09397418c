// What the analyst (or an import) recorded about a document as a source: who published it, when, in what
// language, and which lines are not the article. Stored in the sidecar's `meta`; a field that is absent is
// detected from the text (core/source/), a field set to null means "none", as decided by the analyst.
import { z } from 'zod';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A partial ISO date: `2024-06-18`, `2024-06` or `2024`. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
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

/** The fields that describe the source (as opposed to the boilerplate decisions). */
export const META_FIELDS = ['title', 'outlet', 'source', 'published', 'url', 'author', 'language'] as const;
export type MetaField = (typeof META_FIELDS)[number];

/** Metadata as shown and exported: every field resolved (recorded, else detected), with where it came from. */
export interface ResolvedSourceMeta {
  title: string;
  outlet: string | null;
  source: string | null;
  published: string | null;
  url: string | null;
  author: string | null;
  language: Language;
  /** Per field: 'recorded' (in the sidecar) or 'detected' (from the text). */
  origin: Record<MetaField, 'recorded' | 'detected'>;
  /** Line ranges that are not the article (navigation, comment prompts, teasers, leftover markup). */
  boilerplate: { start: number; end: number; reason: string }[];
}
