// The claims × sources matrix of the corpus (core/analysis/claims-matrix.ts), from the same documents the exports
// read, with the URI of each column's document so that the client can open a passage.
import { buildMatrix } from '../../core/analysis/claims-matrix';
import { join } from '../../core/paths';
import type { MatrixResult } from '../../protocol/protocol';
import type { Locator } from '../locator';
import type { AnnotatorWorkspace } from '../workspace';
import { exportDocumentsOf } from './export-documents';

export function claimsMatrix(ws: AnnotatorWorkspace, locator: Locator): MatrixResult {
  const { documents, skipped } = exportDocumentsOf(ws);
  const matrix = buildMatrix(documents);
  const root = ws.root ?? '/';
  return { matrix, uris: matrix.columns.map((c) => locator.uris.uri(join(root, c.document))), skipped };
}
