import { resolveLinkTarget } from '../model/links';
import type { ExportDocument } from './types';

/**
 * W3C Web Annotation Data Model (JSON-LD): one AnnotationCollection whose first page holds every claim.
 * Documents are identified by `baseUri` + their path, annotations by `<document uri>#<id>`.
 */
export function exportW3c(documents: readonly ExportDocument[], baseUri: string, exported: string): string {
  const base = baseUri.endsWith('/') ? baseUri : baseUri + '/';
  const uri = (path: string): string => base + path.split('/').map(encodeURIComponent).join('/');
  const items = [...documents]
    .sort((a, b) => a.path.localeCompare(b.path))
    .flatMap((doc) =>
      doc.sidecar.annotations.map((a) => {
        const body: object[] = [
          { type: 'TextualBody', purpose: 'classifying', value: 'claim' },
          { type: 'TextualBody', purpose: 'assessing', value: a.body.status },
        ];
        if (a.body.claimant) body.push({ type: 'TextualBody', purpose: 'identifying', value: a.body.claimant, 'dcterms:description': 'claimant' });
        if (a.body.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.body.note, format: 'text/plain' });
        for (const tag of a.body.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
        // Who the text cites for the passage, and how firmly, as detected at export.
        const cited = doc.attributions?.get(a.id);
        if (cited) {
          body.push({
            type: 'TextualBody', purpose: 'describing', format: 'text/plain', 'dcterms:description': 'attribution',
            value: [cited.source ?? '?', cited.cue, cited.mode, cited.stance, ...(cited.hedges.length ? [`hedged: ${cited.hedges.join(', ')}`] : [])].join(' · '),
            'sa:source': cited.source, 'sa:cue': cited.cue, 'sa:mode': cited.mode, 'sa:stance': cited.stance, 'sa:hedges': cited.hedges,
          });
        }
        for (const link of a.links) {
          const t = resolveLinkTarget(doc.path, link.target);
          body.push({ type: 'SpecificResource', purpose: 'linking', source: `${uri(t.document)}#${encodeURIComponent(t.id)}`, 'dcterms:relation': link.rel });
        }
        const [quote, position] = a.target.selector;
        return {
          id: `${uri(doc.path)}#${encodeURIComponent(a.id)}`,
          type: 'Annotation',
          motivation: 'assessing',
          created: a.created,
          modified: a.modified,
          creator: { type: 'Person', name: a.author },
          body,
          target: {
            // The annotated text, described as a source (Dublin Core terms): who published it, when, in what language.
            source: { id: uri(doc.path), type: 'Text', format: 'text/plain', ...describeSource(doc.source) },
            selector: [
              { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
              { type: 'TextPositionSelector', start: position.start, end: position.end },
            ],
          },
        };
      }),
    );
  const collection = {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { dcterms: 'http://purl.org/dc/terms/', sa: 'https://www.npmjs.com/package/source-annotator#' }],
    id: base + 'annotations',
    type: 'AnnotationCollection',
    label: 'Source Annotator claims',
    generated: exported,
    generator: { id: 'https://www.npmjs.com/package/source-annotator', type: 'Software', name: 'Source Annotator' },
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}

function describeSource(s: ExportDocument['source']): Record<string, string> {
  if (!s) return {};
  const out: Record<string, string> = { language: s.language, 'dcterms:title': s.title };
  if (s.outlet) out['dcterms:publisher'] = s.outlet;
  if (s.source) out['dcterms:source'] = s.source;
  if (s.published) out['dcterms:issued'] = s.published;
  if (s.author) out['dcterms:creator'] = s.author;
  if (s.url) out['sa:url'] = s.url;
  return out;
}
