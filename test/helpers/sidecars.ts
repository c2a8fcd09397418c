// Builders for valid sidecars and annotations in tests.
import { fingerprint } from '../../src/core/anchor/fingerprint';
import { makeSelectors } from '../../src/core/anchor/selectors';
import { SCHEMA_VERSION, type Annotation, type Sidecar } from '../../src/core/model/annotation';

export const DOC_TEXT = 'Putin und Kim trafen sich am Montag. Nordkorea liefere Munition, sagte das Pentagon. Der Kreml schwieg.';

export function claimOn(quote: string, id: string, over: Partial<Annotation> = {}, body: Partial<Annotation['body']> = {}): Annotation {
  const start = DOC_TEXT.indexOf(quote);
  return {
    id, kind: 'claim',
    target: { selector: makeSelectors(DOC_TEXT, start, start + quote.length) },
    anchor: 'anchored',
    body: { status: 'unverified', tags: [], ...body },
    links: [],
    created: '2024-06-18T09:00:00.000Z', modified: '2024-06-18T09:00:00.000Z', author: 'anna',
    ...over,
  };
}

export function sidecarOf(...annotations: Annotation[]): Sidecar {
  return { schemaVersion: SCHEMA_VERSION, document: 'doc.txt', fingerprint: fingerprint(DOC_TEXT), annotations };
}
