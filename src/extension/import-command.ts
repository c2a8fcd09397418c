import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ImportRequest, type ImportResult } from '../protocol/protocol';
import { Commands, Settings } from './constants';
import type { CorpusView } from './corpus-view';
import { Disposable } from './disposable';

const t = vscode.l10n.t;

/**
 * Add to Corpus…: saved web pages, PDFs and Word files become plain-text articles of a corpus folder, each with
 * its source metadata in its sidecar. The language server converts them (offline, local files only).
 */
export class ImportCommand extends Disposable {
  constructor(private readonly corpus: CorpusView, private readonly client: Promise<LanguageClient>) {
    super();
    this._register(vscode.commands.registerCommand(Commands.addToCorpus, (files?: vscode.Uri[], folder?: vscode.Uri) => this.run(files, folder)));
  }

  async run(files?: vscode.Uri[], folder?: vscode.Uri): Promise<ImportResult | undefined> {
    const picked = files ?? (await vscode.window.showOpenDialog({
      title: t('Add to Corpus'), canSelectMany: true, openLabel: t('Import'),
      filters: { [t('Web pages, PDFs and Word files')]: ['html', 'htm', 'pdf', 'docx'] },
    }));
    if (!picked?.length) return undefined;
    const target = folder ?? (await this.pickFolder());
    if (!target) return undefined;
    try {
      const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('Importing {0} files…', picked.length) }, async () =>
        (await this.client).sendRequest(ImportRequest, { uris: picked.map((u) => u.toString()), folder: target.toString() }));
      this.report(result);
      return result;
    } catch (e) {
      void vscode.window.showErrorMessage(t('Import failed: {0}', (e as Error).message));
      return undefined;
    }
  }

  /** A corpus folder: the one there is, or the analyst's choice among those the corpus spans. */
  private async pickFolder(): Promise<vscode.Uri | undefined> {
    const folders = [...new Set(this.corpus.documents().map((d) => d.uri.slice(0, d.uri.lastIndexOf('/'))))].map((f) => vscode.Uri.parse(f));
    if (folders.length === 0) {
      const root = vscode.workspace.workspaceFolders?.[0]?.uri;
      const configured = vscode.workspace.getConfiguration(Settings.section).get<string[]>(Settings.corpusFolders, ['seeds'])[0] ?? 'seeds';
      if (!root) throw new Error(t('Open a folder first: imported articles are stored in its corpus folder.'));
      return vscode.Uri.joinPath(root, configured);
    }
    if (folders.length === 1) return folders[0];
    const pick = await vscode.window.showQuickPick(folders.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })), { title: t('Import into which corpus folder?') });
    return pick?.uri;
  }

  private report({ imported, failed }: ImportResult): void {
    const open = t('Open');
    if (imported.length > 0) {
      const message = failed.length === 0
        ? t('Imported {0} articles.', imported.length)
        : t('Imported {0} articles; {1} could not be read: {2}', imported.length, failed.length, failed.map((f) => `${f.from.split('/').pop()}: ${f.error}`).join('; '));
      void vscode.window.showInformationMessage(message, open).then((c) => (c === open ? vscode.window.showTextDocument(vscode.Uri.parse(imported[0]!.uri)) : undefined));
    } else {
      void vscode.window.showErrorMessage(t('Nothing was imported: {0}', failed.map((f) => `${f.from.split('/').pop()}: ${f.error}`).join('; ')));
    }
  }
}
