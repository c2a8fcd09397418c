// Claims and an article's outline as the client shows them: the Documents view, quick picks.
import type { Annotation } from '../../core/model/annotation';
import { describeFigure } from '../../core/present';
import { preview } from '../../core/text';
import type { ClaimInfo, DocumentOutline, OffsetRange } from '../../protocol/protocol';
import type { Locator } from '../locator';
import { citedSources, claimAttribution } from '../../core/attribution-view';
import type { Cue } from '../../core/model/entities';
import type { AnnotatorWorkspace } from '../workspace';
import { suggestedLinks } from './suggestions';

/** Each anchored claim's three best suggested links, all of them best first. */
function suggestionsOf(ws: AnnotatorWorkspace, locator: Locator, document: string): DocumentOutline['suggestions'] {
  const anchored = (ws.corpus.get(document)?.sidecar.annotations ?? []).filter((a) => a.anchor === 'anchored');
  return anchored
    .flatMap((a) => suggestedLinks(ws, locator, document, a.id, 3).map((link) => ({ claim: a.id, from: preview(a.target.selector[0].exact, 200), link })))
    .sort((x, y) => y.link.score - x.link.score);
}

export function claimInfo(ws: AnnotatorWorkspace, locator: Locator, document: string, a: Annotation, cues?: readonly Cue[]): ClaimInfo {
  const [quote, pos] = a.target.selector;
  return {
    ...(cues && a.anchor === 'anchored' ? { attribution: claimAttribution(cues, pos.start, pos.end) } : {}),
    uri: locator.uris.uri(document),
    id: a.id,
    start: pos.start,
    end: pos.end,
    exact: quote.exact,
    anchored: a.anchor === 'anchored',
    status: a.body.status,
    claimant: a.body.claimant ?? null,
    note: a.body.note ?? null,
    tags: a.body.tags,
    title: ws.corpus.get(document)?.title ?? document,
  };
}

/** The claims of one document, in text order, or of the whole corpus. */
export function claimsOf(ws: AnnotatorWorkspace, locator: Locator, document?: string): ClaimInfo[] {
  if (document === undefined) return ws.corpus.claims().map((c) => claimInfo(ws, locator, c.document, c.annotation));
  return [...(ws.corpus.get(document)?.sidecar.annotations ?? [])]
    .sort((a, b) => a.target.selector[1].start - b.target.selector[1].start)
    .map((a) => claimInfo(ws, locator, document, a, ws.corpus.cues(document)));
}

export function outline(ws: AnnotatorWorkspace, locator: Locator, document: string): DocumentOutline | null {
  if (ws.corpus.get(document)?.text === undefined) return null;
  const entities = ws.corpus.entities(document);
  const byActor = new Map<string, { type: string; mentions: OffsetRange[] }>();
  for (const e of entities) {
    if (e.kind !== 'actor') continue;
    const actor = byActor.get(e.canonical) ?? byActor.set(e.canonical, { type: e.type, mentions: [] }).get(e.canonical)!;
    actor.mentions.push([e.start, e.end]);
  }
  return {
    claims: claimsOf(ws, locator, document),
    actors: [...byActor]
      .sort((a, b) => b[1].mentions.length - a[1].mentions.length || a[0].localeCompare(b[0]))
      .map(([canonical, a]) => ({ canonical, type: a.type, mentions: a.mentions })),
    figures: entities.flatMap((e) => (e.kind === 'figure' ? [{ text: e.text, type: e.type, description: describeFigure(e), start: e.start, end: e.end }] : [])),
    sources: citedSources(ws.corpus.cues(document)),
    suggestions: suggestionsOf(ws, locator, document),
  };
}
