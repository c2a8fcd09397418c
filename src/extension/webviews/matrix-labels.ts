// The matrix page's words in the user's language: a webview has no vscode.l10n, so the extension sends them.
// One literal t() per string, so that the manifest test finds each German translation.
import * as vscode from 'vscode';
import type { MatrixLabels } from '../../webview/lib/matrix-messages';

const t = vscode.l10n.t;

export const matrixTitle = (): string => t('Claims × Sources');

export function matrixLabels(): MatrixLabels {
  return {
    title: matrixTitle(),
    claims: t('Claims'),
    unknownOutlet: t('unknown outlet'),
    hedged: t('hedged'),
    refresh: t('Refresh'),
    exportCsv: t('Export CSV…'),
    exportMarkdown: t('Export Markdown…'),
    hideUnlinked: t('Hide claims without links'),
    summary: t('Groups of claims: {0} · documents: {1}'),
    empty: t('No claims yet: tag passages as claims and link them across documents to fill the matrix.'),
    loading: t('Loading…'),
    readOnly: t('Restricted Mode: read-only'),
    stances: { asserts: t('asserts'), corroborates: t('corroborates'), contradicts: t('contradicts'), elaborates: t('elaborates') },
    statuses: { unverified: t('unverified'), corroborated: t('corroborated'), disputed: t('disputed'), refuted: t('refuted') },
  };
}
