import type { LinkRelation } from '../core/model/vocabulary';

/** How a link relation reads in pickers and the Documents view (translated with vscode.l10n.t). */
export const RELATION_LABELS: Record<LinkRelation, string> = {
  same: 'same claim',
  corroborates: 'corroborates',
  contradicts: 'contradicts',
  elaborates: 'elaborates',
};
