// The ranges the client draws as decorations (LSP has no message for themable inline highlights).
import type { DocumentEntities } from '../../protocol/protocol';
import type { AnnotatorWorkspace } from '../workspace';

export function documentEntities(ws: AnnotatorWorkspace, uri: string, document: string, version: number | null): DocumentEntities | null {
  const state = ws.corpus.get(document);
  if (!state?.text) return null;
  const out: DocumentEntities = { uri, version, figure: [], actor: [], suggestedActor: [], claim: [] };
  for (const e of ws.corpus.entities(document)) {
    if (e.kind === 'figure') out.figure.push([e.start, e.end]);
    else out[e.source === 'model' ? 'suggestedActor' : 'actor'].push([e.start, e.end]);
  }
  for (const a of state.sidecar.annotations) if (a.anchor === 'anchored') out.claim.push([a.target.selector[1].start, a.target.selector[1].end]);
  return out;
}
