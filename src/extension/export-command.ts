import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, type ExportFormat } from '../core/export/types';
import { ExportRequest } from '../protocol/protocol';
import { Commands } from './constants';
import type { CorpusView } from './corpus-view';
import { Disposable } from './disposable';

const t = vscode.l10n.t;

const FORMAT_LABELS: Record<ExportFormat, string> = {
  json: 'JSON bundle of the whole corpus',
  w3c: 'W3C Web Annotation (JSON-LD AnnotationCollection)',
  csv: 'CSV, one row per claim',
  markdown: 'Markdown report',
};

/** Export annotations…: format pick, save dialog, progress, then an offer to open the file. */
export class ExportCommand extends Disposable {
  constructor(private readonly corpus: CorpusView, private readonly client: Promise<LanguageClient>) {
    super();
    this._register(vscode.commands.registerCommand(Commands.exportAnnotations, (format?: ExportFormat, target?: vscode.Uri) => this.run(format, target)));
  }

  async run(format?: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const chosen = format ?? (await vscode.window.showQuickPick(EXPORT_FORMATS.map((f) => ({ label: t(FORMAT_LABELS[f]), format: f })), { title: t('Export annotations as…') }))?.format;
    if (!chosen) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri = target ?? (await vscode.window.showSaveDialog({
      title: t('Export annotations'),
      defaultUri: folder && vscode.Uri.joinPath(folder, `annotations.${EXPORT_EXTENSIONS[chosen]}`),
      filters: { [chosen.toUpperCase()]: [EXPORT_EXTENSIONS[chosen]] },
    }));
    if (!uri) return undefined;
    try {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('Exporting annotations…'), cancellable: false }, async (progress) => {
        await this.corpus.ready();
        progress.report({ message: t('{0} documents', this.corpus.documents().length) });
        const { content, claims, documents, skipped } = await (await this.client).sendRequest(ExportRequest, { format: chosen, baseUri: (folder ?? uri).toString() + '/' });
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
        const open = t('Open');
        const message = t('Exported {0} claims from {1} documents.', claims, documents) + (skipped ? ' ' + t('{0} documents with unreadable annotation files were skipped (see Problems).', skipped) : '');
        void vscode.window.showInformationMessage(message, open).then((c) => (c === open ? vscode.window.showTextDocument(uri) : undefined));
      });
      return uri;
    } catch (e) {
      void vscode.window.showErrorMessage(t('Export failed: {0}', (e as Error).message));
      return undefined;
    }
  }
}
