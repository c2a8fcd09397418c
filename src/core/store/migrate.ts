// Schema version 1, the previous sidecar format, and its migration to the current one.
// v1 kept flat fields and no fingerprint: {version: 1, document, annotations: [{id, kind, quote, start, end,
// status, claimant?, note?, links?: [{type, target}], created}]}.
import { z } from 'zod';
import { CLAIM_STATUSES, SCHEMA_VERSION, type Annotation, type LinkRelation, type Sidecar } from '../model/annotation';
import { fingerprint } from '../anchor/fingerprint';
import { CONTEXT_LENGTH } from '../anchor/selectors';

const V1_LINK_TYPES = ['same', 'supports', 'contradicts', 'elaborates'] as const;
const LINK_RELATION_FROM_V1: Record<(typeof V1_LINK_TYPES)[number], LinkRelation> = {
  same: 'same', supports: 'corroborates', contradicts: 'contradicts', elaborates: 'elaborates',
};

export const SidecarV1Schema = z.object({
  version: z.literal(1),
  document: z.string().min(1),
  annotations: z.array(z.object({
    id: z.string().min(1),
    kind: z.literal('claim'),
    quote: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    status: z.enum(CLAIM_STATUSES),
    claimant: z.string().optional(),
    note: z.string().optional(),
    links: z.array(z.object({ type: z.enum(V1_LINK_TYPES), target: z.string().regex(/^[^#]+#[^#]+$/) })).optional(),
    created: z.string(),
  })),
});
export type SidecarV1 = z.infer<typeof SidecarV1Schema>;

/** Author recorded on migrated annotations: v1 did not record one. */
export const UNKNOWN_AUTHOR = 'unknown';

/**
 * v1 → v2. With the document's text, the fingerprint and the quote's prefix/suffix are computed from it
 * (when the stored position still holds the quote). Without it, the fingerprint is that of the empty text,
 * which never matches a real document, so the annotations get re-anchored from their quotes on next open.
 */
export function migrateV1(v1: SidecarV1, documentText?: string): Sidecar {
  const text = documentText ?? '';
  const annotations = v1.annotations.map((a): Annotation => {
    const inPlace = text.slice(a.start, a.end) === a.quote;
    const end = Math.max(a.end, a.start);
    return {
      id: a.id,
      kind: 'claim',
      target: {
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: a.quote,
            prefix: inPlace ? text.slice(Math.max(0, a.start - CONTEXT_LENGTH), a.start) : '',
            suffix: inPlace ? text.slice(a.end, a.end + CONTEXT_LENGTH) : '',
          },
          { type: 'TextPositionSelector', start: a.start, end },
        ],
      },
      anchor: 'anchored',
      body: {
        status: a.status,
        ...(a.claimant !== undefined ? { claimant: a.claimant } : {}),
        ...(a.note !== undefined ? { note: a.note } : {}),
        tags: [],
      },
      links: (a.links ?? []).map((l) => ({ rel: LINK_RELATION_FROM_V1[l.type], target: l.target })),
      created: a.created,
      modified: a.created,
      author: UNKNOWN_AUTHOR,
    };
  });
  return { schemaVersion: SCHEMA_VERSION, document: v1.document, fingerprint: fingerprint(text), annotations };
}
