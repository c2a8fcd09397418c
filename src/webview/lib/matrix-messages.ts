// The messages between the matrix webview and the extension. The webview gets data only this way (never as HTML),
// and names claims by document and id: the extension opens only passages of the matrix it sent.
import type { Matrix, MatrixStance } from '../../core/analysis/claims-matrix';
import type { ClaimStatus } from '../../core/model/vocabulary';

/** The page's words, translated by the extension (a webview has no vscode.l10n). */
export interface MatrixLabels {
  title: string;
  claims: string;
  unknownOutlet: string;
  hedged: string;
  refresh: string;
  exportCsv: string;
  exportMarkdown: string;
  hideUnlinked: string;
  /** "Groups of claims: {0} · documents: {1}" */
  summary: string;
  empty: string;
  loading: string;
  readOnly: string;
  stances: Record<MatrixStance, string>;
  statuses: Record<ClaimStatus, string>;
}

export type ToMatrixView =
  | { type: 'matrix'; matrix: Matrix; labels: MatrixLabels; readOnly: boolean }
  | { type: 'loading' }
  | { type: 'error'; message: string };

export type FromMatrixView =
  | { type: 'ready' }
  | { type: 'refresh' }
  | { type: 'open'; document: string; id: string }
  | { type: 'export'; format: 'csv' | 'markdown'; hideUnlinked: boolean };
