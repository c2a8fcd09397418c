// The corpus's annotated documents as exporters see them (ExportDocument): the exports, the claims × sources matrix
// and the graph read the same thing, with paths relative to the workspace root.
import { claimAttribution, type ClaimAttribution } from '../../core/attribution-view';
import { sourceMetaOf } from '../../core/corpus/article-text';
import { exportedSource, type ExportDocument } from '../../core/export/types';
import { relative } from '../../core/paths';
import type { AnnotatorWorkspace } from '../workspace';

/** Who the text cites for each anchored claim of a document (detected only for documents with claims). */
function claimAttributions(ws: AnnotatorWorkspace, document: string): Map<string, ClaimAttribution | null> {
  const out = new Map<string, ClaimAttribution | null>();
  const anchored = ws.corpus.get(document)?.sidecar.annotations.filter((a) => a.anchor === 'anchored') ?? [];
  if (anchored.length === 0) return out;
  const cues = ws.corpus.cues(document);
  for (const a of anchored) out.set(a.id, claimAttribution(cues, a.target.selector[1].start, a.target.selector[1].end));
  return out;
}

/** Every readable document with a valid sidecar, and how many were skipped for a sidecar that does not parse. */
export function exportDocumentsOf(ws: AnnotatorWorkspace): { documents: ExportDocument[]; skipped: number } {
  const root = ws.root ?? '/';
  const all = ws.corpus.documents();
  const documents = all
    .filter((d) => d.text !== undefined && !d.sidecarProblem)
    .map((d) => ({ path: relative(root, d.path), sidecar: d.sidecar, text: d.text, attributions: claimAttributions(ws, d.path), source: exportedSource(sourceMetaOf(d)!) }));
  return { documents, skipped: all.filter((d) => d.sidecarProblem).length };
}
