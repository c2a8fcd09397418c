// The sidecar file format (`<article>.annotations.json`), defined once in zod; types are inferred from it.
import { z } from 'zod';
import { CLAIM_STATUSES, LINK_RELATIONS } from './vocabulary';
import { SourceMetaSchema } from './source-meta';

export const SCHEMA_VERSION = 3;

export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});

export const TextPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
}).refine((s) => s.end >= s.start, { message: 'end must not be before start' });

export { CLAIM_STATUSES, LINK_RELATIONS, SIDECAR_SUFFIX, sidecarPathFor, type ClaimStatus, type LinkRelation } from './vocabulary';

export const LinkSchema = z.object({
  rel: z.enum(LINK_RELATIONS),
  /** `<document path relative to this sidecar's folder, '/' separated>#<annotation id>` */
  target: z.string().regex(/^[^#]+#[^#]+$/, 'expected "<document>#<annotation id>"'),
});

export const ClaimBodySchema = z.object({
  status: z.enum(CLAIM_STATUSES),
  /** Canonical name of the actor who makes the claim. */
  claimant: z.string().optional(),
  note: z.string().optional(),
  tags: z.array(z.string()).default([]),
});

export const AnnotationSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('claim'),
  target: z.object({
    selector: z.tuple([TextQuoteSelectorSchema, TextPositionSelectorSchema]),
  }),
  /** 'orphaned' when re-anchoring could not place the quote with confidence; the quote is kept. */
  anchor: z.enum(['anchored', 'orphaned']).default('anchored'),
  body: ClaimBodySchema,
  links: z.array(LinkSchema).default([]),
  /** Suggested links the analyst rejected (targets as in links): never suggested again. */
  dismissed: z.array(LinkSchema.shape.target).optional(),
  created: z.string(),
  modified: z.string(),
  author: z.string(),
});

export const FingerprintSchema = z.object({
  length: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const SidecarSchema = z.object({
  $schema: z.string().optional(),
  /** v2 is v3 without `meta`: read and written as is, and written as v3 once it records metadata. */
  schemaVersion: z.literal([2, SCHEMA_VERSION]),
  /** File name of the annotated document, relative to the sidecar's folder. */
  document: z.string().min(1),
  fingerprint: FingerprintSchema,
  /** The document as a source (v3): outlet, date, language, … and the analyst's boilerplate decisions. */
  meta: SourceMetaSchema.optional(),
  annotations: z.array(AnnotationSchema),
});

export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type ClaimBody = z.infer<typeof ClaimBodySchema>;
export type Annotation = z.infer<typeof AnnotationSchema>;
export type Fingerprint = z.infer<typeof FingerprintSchema>;
export type Sidecar = z.infer<typeof SidecarSchema>;

