// The ranges the client draws as decorations (LSP has no message for themable inline highlights).
import type { DocumentEntities, OffsetRange } from '../../protocol/protocol';
import { boilerplateOf } from '../../core/corpus/article-text';
import type { AnnotatorWorkspace } from '../workspace';

/** The ranges of a document's figures, actors and claims; with a window, those that overlap it. */
export function documentEntities(ws: AnnotatorWorkspace, uri: string, document: string, version: number | null, window?: OffsetRange): DocumentEntities | null {
  const state = ws.corpus.get(document);
  if (!state?.text) return null;
  const valid = window && window[0] <= window[1] ? window : undefined;
  const [from, to] = valid ?? [0, Infinity];
  const out: DocumentEntities = { uri, version, figure: [], actor: [], suggestedActor: [], claim: [], attribution: [], hedge: [], boilerplate: [], window: valid ?? null };
  const entities = ws.corpus.entities(document);
  // Entities are sorted and do not overlap: start at the first one that ends inside the window.
  let lo = 0;
  for (let hi = entities.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.end < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < entities.length && entities[i]!.start <= to; i++) {
    const e = entities[i]!;
    if (e.kind === 'figure') out.figure.push([e.start, e.end]);
    else out[e.source === 'model' ? 'suggestedActor' : 'actor'].push([e.start, e.end]);
  }
  for (const c of ws.corpus.cues(document)) if (c.end >= from && c.start <= to) out[c.kind].push([c.start, c.end]);
  for (const a of state.sidecar.annotations) {
    const { start, end } = a.target.selector[1];
    if (a.anchor === 'anchored' && end >= from && start <= to) out.claim.push([start, end]);
  }
  for (const b of boilerplateOf(state)) if (b.end >= from && b.start <= to) out.boilerplate.push([b.start, b.end]);
  return out;
}
