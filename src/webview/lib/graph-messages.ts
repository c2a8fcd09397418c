// The messages between the claims graph panel (extension) and its page (webview). The page gets the graph and
// every string it shows from the extension (vscode.l10n lives there); it sends back only node ids, which the
// extension looks up in the graph it sent, so a page can never name a file to open.
import type { ClaimGraph } from '../../core/analysis/claim-graph';
import type { ClaimStatus, LinkRelation } from '../../core/model/vocabulary';

export interface GraphStrings {
  relations: Record<LinkRelation, string>;
  statuses: Record<ClaimStatus, string>;
  /** The node kinds, plural (the toggles) and singular (the list's items). */
  kinds: { claimant: string; document: string };
  kind: { claimant: string; document: string };
  relationsLegend: string;
  actor: string;
  allActors: string;
  show: string;
  statusLegend: string;
  hedged: string;
  detectedClaimant: string;
  nodeList: string;
  graphLabel: string;
  /** Shown when no claim is visible. */
  empty: string;
  /** Shown under the graph in Restricted Mode (null: trusted). */
  readOnly: string | null;
  /** Documents whose annotation file could not be read (null: none). */
  skipped: string | null;
}

export type ToGraphPage = { type: 'graph'; graph: ClaimGraph; strings: GraphStrings };
export type FromGraphPage = { type: 'ready' } | { type: 'open'; node: string };
