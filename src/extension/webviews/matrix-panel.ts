// The claims × sources matrix panel: one webview, its data from the language server (MatrixRequest), refreshed
// when claims change. It only reads annotations, so it is the same in Restricted Mode; its exports write a file the
// user picks. The page names claims by document and id; only passages of the matrix sent are opened.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { Matrix } from '../../core/analysis/claims-matrix';
import { MATRIX_EXTENSIONS, renderMatrix, type MatrixFormat } from '../../core/export/matrix-formats';
import type { Logger } from '../../core/ports';
import { MatrixRequest, type MatrixResult } from '../../protocol/protocol';
import type { FromMatrixView, ToMatrixView } from '../../webview/lib/matrix-messages';
import { Commands } from '../constants';
import type { CorpusView } from '../corpus-view';
import { Disposable } from '../disposable';
import { openLocation } from '../locations';
import { matrixLabels, matrixTitle } from './matrix-labels';
import { webviewHtml, webviewOptions } from './webview-shell';

const t = vscode.l10n.t;
export const MATRIX_VIEW_TYPE = 'sourceAnnotator.matrix';
/** Claims change in bursts (a link is two edits, an undo several): one refresh after the burst. */
const REFRESH_DELAY_MS = 400;

export class MatrixPanel extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private result: MatrixResult | undefined;
  private stale = true;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly corpus: CorpusView,
    private readonly client: Promise<LanguageClient>,
    private readonly toUri: (path: string) => vscode.Uri,
    private readonly log: Logger,
  ) {
    super();
    this._register(vscode.commands.registerCommand(Commands.showMatrix, () => this.show()));
    this._register(corpus.onDidChange(() => this.claimsChanged()));
    this._register({ dispose: () => (clearTimeout(this.timer), this.panel?.dispose()) });
    // A matrix left open comes back after a reload or restart; its page asks for the matrix again.
    this._register(vscode.window.registerWebviewPanelSerializer(MATRIX_VIEW_TYPE, { deserializeWebviewPanel: async (panel) => this.adopt(panel) }));
  }

  show(): void {
    if (this.panel) {
      this.panel.reveal();
      return;
    }
    this.adopt(vscode.window.createWebviewPanel(MATRIX_VIEW_TYPE, matrixTitle(), vscode.ViewColumn.Active, webviewOptions(this.extensionUri)));
  }

  /** Makes `panel` the matrix's: a new one, or one VS Code restored after a reload. */
  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.title = matrixTitle();
    panel.webview.options = webviewOptions(this.extensionUri);
    panel.iconPath = new vscode.ThemeIcon('table');
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri, { script: 'matrix.js', style: 'matrix.css', title: matrixTitle() });
    const listener = panel.webview.onDidReceiveMessage((m: FromMatrixView) => void this.receive(m));
    panel.onDidDispose(() => {
      listener.dispose();
      if (this.panel === panel) this.panel = undefined;
    });
  }

  private async receive(message: FromMatrixView): Promise<void> {
    switch (message.type) {
      // The page loads again each time the panel is shown (no retained context): it asks for what it shows.
      case 'ready':
        return this.send(this.stale);
      case 'refresh':
        return this.send(true);
      case 'open':
        return this.open(message.document, message.id);
      case 'export':
        return void (await this.exportMatrix(message.format, message.hideUnlinked));
    }
  }

  private post(message: ToMatrixView): void {
    void this.panel?.webview.postMessage(message);
  }

  private async send(fresh: boolean): Promise<void> {
    try {
      if (fresh || !this.result) {
        this.post({ type: 'loading' });
        await this.corpus.ready();
        this.stale = false;
        this.result = await (await this.client).sendRequest(MatrixRequest, {});
        if (this.result.skipped) this.log.warn(`[matrix] ${this.result.skipped} document(s) left out: their annotation file does not parse`);
      }
      // Nothing on the page edits annotations; the note tells why the editor's claim commands are missing.
      this.post({ type: 'matrix', matrix: this.result.matrix, labels: matrixLabels(), readOnly: !vscode.workspace.isTrusted });
    } catch (e) {
      this.stale = true;
      this.log.error(`[matrix] ${(e as Error).stack ?? String(e)}`);
      this.post({ type: 'error', message: t('The matrix could not be built: {0}', (e as Error).message) });
    }
  }

  private claimsChanged(): void {
    this.stale = true;
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.panel?.visible) void this.send(true);
    }, REFRESH_DELAY_MS);
  }

  private async open(document: string, id: string): Promise<void> {
    const result = this.result;
    const column = result?.matrix.columns.findIndex((c) => c.document === document) ?? -1;
    const claim = result?.matrix.rows.flatMap((r) => r.cells[document] ?? []).find((c) => c.id === id);
    if (!result || column < 0 || !claim) return;
    // Beside the matrix, so that it stays in view while the passage is read.
    await openLocation(this.toUri, vscode.Uri.parse(result.uris[column]!).path, claim.start, claim.end, vscode.ViewColumn.Beside);
  }

  /**
   * Writes the matrix the page shows (without unlinked claims when it hides them) to `target`, else to a file the
   * user picks; resolves to the file written.
   */
  async exportMatrix(format: MatrixFormat, hideUnlinked: boolean, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    // Claims changed since: the page gets the fresh matrix too, so that the file is what it shows.
    if (this.stale || !this.result) await this.send(true);
    if (!this.result) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const extension = MATRIX_EXTENSIONS[format];
    const uri = target ?? (await vscode.window.showSaveDialog({
      title: format === 'csv' ? t('Export the matrix as CSV') : t('Export the matrix as Markdown'),
      defaultUri: folder && vscode.Uri.joinPath(folder, `claims-matrix.${extension}`),
      filters: { [format === 'csv' ? 'CSV' : 'Markdown']: [extension] },
    }));
    if (!uri) return undefined;
    const matrix: Matrix = hideUnlinked ? { ...this.result.matrix, rows: this.result.matrix.rows.filter((r) => r.linked) } : this.result.matrix;
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(renderMatrix(format, matrix)));
    } catch (e) {
      void vscode.window.showErrorMessage(t('Export failed: {0}', (e as Error).message));
      return undefined;
    }
    if (!target) {
      const open = t('Open');
      void vscode.window.showInformationMessage(t('Exported the matrix ({0} rows) to {1}.', matrix.rows.length, vscode.workspace.asRelativePath(uri)), open)
        .then((choice) => (choice === open ? vscode.window.showTextDocument(uri) : undefined));
    }
    return uri;
  }
}
