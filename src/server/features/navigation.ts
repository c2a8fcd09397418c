// The editor's navigation gestures over the corpus: references, definition and highlights of actors and claims.
import type { DocumentHighlight, Location } from 'vscode-languageserver';
import type { Annotation } from '../../core/model/annotation';
import type { ActorMention } from '../../core/model/entities';
import type { Locator } from '../locator';
import type { AnnotatorWorkspace } from '../workspace';

export function actorAt(ws: AnnotatorWorkspace, document: string, offset: number): ActorMention | undefined {
  return ws.corpus.entities(document).find((e): e is ActorMention => e.kind === 'actor' && e.start <= offset && offset < e.end);
}

export function claimAt(ws: AnnotatorWorkspace, document: string, offset: number): Annotation | undefined {
  return ws.corpus.get(document)?.sidecar.annotations.find((a) => a.anchor === 'anchored' && a.target.selector[1].start <= offset && offset < a.target.selector[1].end);
}

/** The claims a claim links to, and those that link to it. */
function linkedClaims(ws: AnnotatorWorkspace, document: string, claim: Annotation, direction: 'out' | 'both'): Array<{ document: string; claim: Annotation }> {
  const out: Array<{ document: string; claim: Annotation }> = [];
  for (const link of claim.links) {
    const target = ws.corpus.resolveLink(document, link.target);
    const found = ws.corpus.findClaim(target.document, target.id);
    if (found) out.push({ document: target.document, claim: found });
  }
  if (direction === 'both') for (const i of ws.corpus.incomingLinks(document, claim.id)) out.push({ document: i.from.document, claim: i.from.annotation });
  return out;
}

const claimLocation = (locator: Locator, document: string, claim: Annotation): Location =>
  locator.location(document, claim.target.selector[1].start, claim.target.selector[1].end);

/** On an actor: every mention of it in the indexed corpus. On a claim: the claims linked to it (both ways). */
export function references(ws: AnnotatorWorkspace, locator: Locator, document: string, offset: number, includeDeclaration: boolean): Location[] {
  const actor = actorAt(ws, document, offset);
  if (actor) {
    ws.index.refresh(document); // The open text, as typed.
    return ws.index
      .mentionsOf(actor.canonical)
      .filter((m) => includeDeclaration || m.document !== document || m.start !== actor.start)
      .map((m) => locator.location(m.document, m.start, m.end));
  }
  const claim = claimAt(ws, document, offset);
  if (!claim) return [];
  const linked = linkedClaims(ws, document, claim, 'both').map((c) => claimLocation(locator, c.document, c.claim));
  return includeDeclaration ? [claimLocation(locator, document, claim), ...linked] : linked;
}

/** On an actor: its entry in the workspace registry file, else its first mention. On a claim: the claims it links to. */
export async function definition(ws: AnnotatorWorkspace, locator: Locator, document: string, offset: number, readFile: (path: string) => Promise<string | undefined>): Promise<Location[]> {
  const actor = actorAt(ws, document, offset);
  if (actor) {
    const registry = ws.registryPath;
    if (registry && actor.actorId && ws.registry?.actors.some((a) => a.id === actor.actorId)) {
      const text = await readFile(registry);
      const at = text?.indexOf(JSON.stringify(actor.actorId)) ?? -1;
      if (text && at >= 0) {
        const pos = locator.positions.range(registry, text, at, at + JSON.stringify(actor.actorId).length);
        return [{ uri: locator.uris.uri(registry), range: pos }];
      }
    }
    const first = ws.index.mentionsOf(actor.canonical).sort((a, b) => a.document.localeCompare(b.document) || a.start - b.start)[0];
    return [first ? locator.location(first.document, first.start, first.end) : locator.location(document, actor.start, actor.end)];
  }
  const claim = claimAt(ws, document, offset);
  return claim ? linkedClaims(ws, document, claim, 'out').map((c) => claimLocation(locator, c.document, c.claim)) : [];
}

/** Every mention, in this document, of the actor under the cursor. */
export function highlights(ws: AnnotatorWorkspace, locator: Locator, document: string, offset: number): DocumentHighlight[] {
  const actor = actorAt(ws, document, offset);
  if (!actor) return [];
  return ws.corpus
    .entities(document)
    .filter((e): e is ActorMention => e.kind === 'actor' && e.canonical === actor.canonical)
    .map((e) => ({ range: locator.range(document, e.start, e.end) }));
}
