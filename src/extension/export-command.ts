import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, isBinaryExportFormat, type ExportFormat } from '../core/export/types';
import { exportedBytes, ExportRequest } from '../protocol/protocol';
import { Commands } from './constants';
import type { CorpusView } from './corpus-view';
import { Disposable } from './disposable';

const t = vscode.l10n.t;

// One literal call of t per label, so that the manifest test finds each label's German translation.
const formatLabel = (format: ExportFormat): string => {
  switch (format) {
    case 'json': return t('JSON bundle of the whole corpus');
    case 'w3c': return t('W3C Web Annotation (JSON-LD AnnotationCollection)');
    case 'csv': return t('CSV, one row per claim');
    case 'markdown': return t('Markdown report');
    case 'refi': return t('REFI-QDA project (.qdpx) for MAXQDA, ATLAS.ti, NVivo');
    case 'claimreview': return t('ClaimReview (schema.org JSON-LD), one review per claim');
  }
};

/** Export annotations…: format pick, save dialog, progress, then an offer to open the file. */
export class ExportCommand extends Disposable {
  constructor(private readonly corpus: CorpusView, private readonly client: Promise<LanguageClient>) {
    super();
    this._register(vscode.commands.registerCommand(Commands.exportAnnotations, (format?: ExportFormat, target?: vscode.Uri) => this.run(format, target)));
  }

  async run(format?: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const chosen = format ?? (await vscode.window.showQuickPick(EXPORT_FORMATS.map((f) => ({ label: formatLabel(f), format: f })), { title: t('Export annotations as…') }))?.format;
    if (!chosen) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri = target ?? (await vscode.window.showSaveDialog({
      title: t('Export annotations'),
      defaultUri: folder && vscode.Uri.joinPath(folder, `${chosen === 'claimreview' ? 'claimreview' : 'annotations'}.${EXPORT_EXTENSIONS[chosen]}`),
      filters: { [chosen.toUpperCase()]: [EXPORT_EXTENSIONS[chosen]] },
    }));
    if (!uri) return undefined;
    try {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('Exporting annotations…'), cancellable: false }, async (progress) => {
        await this.corpus.ready();
        progress.report({ message: t('{0} documents', this.corpus.documents().length) });
        const result = await (await this.client).sendRequest(ExportRequest, { format: chosen, baseUri: (folder ?? uri).toString() + '/' });
        await vscode.workspace.fs.writeFile(uri, exportedBytes(result));
        const message = t('Exported {0} claims from {1} documents.', result.claims, result.documents) + (result.skipped ? ' ' + t('{0} documents with unreadable annotation files were skipped (see Problems).', result.skipped) : '');
        // A .qdpx is a zip for a QDA program: there is nothing to open in the editor.
        if (isBinaryExportFormat(chosen)) {
          void vscode.window.showInformationMessage(message);
          return;
        }
        const open = t('Open');
        void vscode.window.showInformationMessage(message, open).then((c) => (c === open ? vscode.window.showTextDocument(uri) : undefined));
      });
      return uri;
    } catch (e) {
      void vscode.window.showErrorMessage(t('Export failed: {0}', (e as Error).message));
      return undefined;
    }
  }
}
