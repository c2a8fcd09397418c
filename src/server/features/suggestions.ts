// Suggested links for the editor: the link suggester over every claim of the corpus, rebuilt when a claim or the
// text of an annotated article changed, or the synonym tables arrived (a claim-tagging analyst asks again and again
// between such changes).
import { claimInputsOf, sentencesOf } from '../../core/analysis/inputs';
import { LinkSuggester, type LinkSuggestion } from '../../core/analysis/link-suggester';
import type { DocumentState } from '../../core/corpus/document-state';
import { preview } from '../../core/text';
import type { SuggestedLink } from '../../protocol/protocol';
import type { Locator } from '../locator';
import type { AnnotatorWorkspace } from '../workspace';

interface Built { from: ReadonlyArray<readonly [DocumentState, string, unknown]>; thesaurus: unknown; suggester: LinkSuggester }
const built = new WeakMap<AnnotatorWorkspace, Built>();

export function suggester(ws: AnnotatorWorkspace): LinkSuggester {
  const annotated = ws.corpus.documents().filter((d) => d.text !== undefined && !d.sidecarProblem && d.sidecar.annotations.some((a) => a.anchor === 'anchored'));
  const from = annotated.map((d) => [d, d.text!, d.sidecar] as const);
  const hit = built.get(ws);
  if (hit && hit.thesaurus === ws.thesaurus && hit.from.length === from.length && hit.from.every(([d, text, sidecar], k) => d === from[k]![0] && text === from[k]![1] && sidecar === from[k]![2])) return hit.suggester;
  const docs = annotated.map((d) => ({ path: d.path, text: d.text!, sidecar: d.sidecar, entities: ws.corpus.entities(d.path), cues: ws.corpus.cues(d.path) }));
  const next = new LinkSuggester(docs.flatMap(claimInputsOf), docs.flatMap((d) => sentencesOf(d.text)), { thesaurus: ws.thesaurus });
  built.set(ws, { from, thesaurus: ws.thesaurus, suggester: next });
  return next;
}

/** The claims of other documents that the claim `id` of `document` likely matches, best first. */
export function suggestedLinks(ws: AnnotatorWorkspace, locator: Locator, document: string, id: string, top = 5): SuggestedLink[] {
  return suggester(ws).suggest(`${document}#${id}`, top).flatMap((s) => toWire(ws, locator, s));
}

export function toWire(ws: AnnotatorWorkspace, locator: Locator, s: LinkSuggestion): SuggestedLink[] {
  const hash = s.to.lastIndexOf('#');
  const [document, id] = [s.to.slice(0, hash), s.to.slice(hash + 1)];
  const claim = ws.corpus.findClaim(document, id);
  if (!claim) return [];
  const [quote, at] = claim.target.selector;
  const title = ws.corpus.get(document)?.title ?? document;
  return [{ uri: locator.uris.uri(document), id, exact: preview(quote.exact, 200), title, start: at.start, end: at.end, score: s.score, rel: s.rel, reasons: s.reasons }];
}
