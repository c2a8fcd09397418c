import type { LayeredRegistry } from '../detect/actors/registry';
import { resolveLinkTarget } from '../model/links';
import type { ClaimantKind, ExportDocument, ExportOptions, ExportedSource } from './types';

/** A claimant's kind from the actor registry: persons are people; states, organisations and places speaking are organisations. */
export const claimantKindIn = (registry: Pick<LayeredRegistry, 'findActor'>) => (name: string): ClaimantKind | undefined => {
  const actor = registry.findActor(name);
  return actor && (actor.type === 'person' ? 'person' : 'organization');
};

/**
 * schema.org ClaimReview (JSON-LD), the format fact-checkers publish and search engines read: one ClaimReview per
 * claim in `@graph`. schema.org has no relation between claims, so the analyst's links follow in the same graph as
 * one W3C AnnotationCollection of `linking` annotations (with the Web Annotation context of its own), whose targets
 * and bodies are the claims' ids. A claim is `<document uri>#<claim id>` (as in the W3C export), its review that plus
 * `/review`.
 */
export function exportClaimReview(documents: readonly ExportDocument[], options: ExportOptions): string {
  const base = options.baseUri.endsWith('/') ? options.baseUri : options.baseUri + '/';
  const uri = (path: string): string => base + path.split('/').map(encodeURIComponent).join('/');
  const claimId = (path: string, id: string): string => `${uri(path)}#${encodeURIComponent(id)}`;
  const sorted = [...documents].sort((a, b) => a.path.localeCompare(b.path));
  const reviews: object[] = [];
  const links: object[] = [];
  for (const doc of sorted) {
    const appearance = creativeWork(uri(doc.path), doc.source);
    for (const a of doc.sidecar.annotations) {
      const id = claimId(doc.path, a.id);
      const claimant = a.body.claimant;
      const kind = claimant ? options.claimantKind?.(claimant) : undefined;
      reviews.push({
        '@type': 'ClaimReview',
        '@id': `${id}/review`,
        claimReviewed: a.target.selector[0].exact,
        itemReviewed: {
          '@type': 'Claim',
          '@id': id,
          // A claimant the registry does not know as a person is most often an institution or a state speaking.
          ...(claimant ? { author: { '@type': kind === 'person' ? 'Person' : 'Organization', name: claimant } } : {}),
          appearance,
          ...(doc.source?.published ? { datePublished: doc.source.published } : {}),
        },
        reviewRating: { '@type': 'Rating', alternateName: a.body.status },
        author: { '@type': 'Person', name: a.author },
        dateCreated: a.created,
        datePublished: a.modified,
        ...(a.body.note ? { reviewBody: a.body.note } : {}),
        ...(a.body.tags.length > 0 ? { keywords: a.body.tags.join(', ') } : {}),
      });
      for (const [n, link] of a.links.entries()) {
        const t = resolveLinkTarget(doc.path, link.target);
        links.push({
          id: `${id}/link/${n}`,
          type: 'Annotation',
          motivation: 'linking',
          created: a.modified,
          creator: { type: 'Person', name: a.author },
          // The same linking body as in the W3C export.
          body: { type: 'SpecificResource', purpose: 'linking', source: claimId(t.document, t.id), 'dcterms:relation': link.rel },
          target: id,
        });
      }
    }
  }
  const collection = {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { dcterms: 'http://purl.org/dc/terms/' }],
    id: base + 'claim-links',
    type: 'AnnotationCollection',
    label: 'Links between claims (Source Annotator)',
    generated: options.now,
    total: links.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: links },
  };
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': [...reviews, collection] }, null, 2) + '\n';
}

/** The article a claim appears in; its publisher is the outlet, and it is based on the original source where one is named. */
function creativeWork(documentUri: string, s: ExportedSource | undefined): object {
  return {
    '@type': 'CreativeWork',
    '@id': documentUri,
    url: s?.url ?? documentUri,
    ...(s ? { name: s.title, inLanguage: s.language } : {}),
    ...(s?.outlet ? { publisher: { '@type': 'Organization', name: s.outlet } } : {}),
    ...(s?.published ? { datePublished: s.published } : {}),
    ...(s?.author ? { author: { '@type': 'Person', name: s.author } } : {}),
    ...(s?.source ? { isBasedOn: { '@type': 'CreativeWork', name: s.source } } : {}),
  };
}
