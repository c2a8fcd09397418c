import * as vscode from 'vscode';
import type { CorpusService } from './corpus-service';
import type { DetectorHost } from './detector-host';
import { Disposable } from './disposable';

/** Sidecars and the registry file that cannot be read show up in the Problems panel at the exact line and column. */
export class FileDiagnostics extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('source-annotator'));
  /** Problems already announced in a notification (the Problems panel keeps showing them). */
  private readonly announced = new Set<string>();

  constructor(private readonly service: CorpusService, private readonly detectors: DetectorHost) {
    super();
    this._register(service.onDidChange(() => this.update()));
    this._register(detectors.onDidChange(() => this.update()));
  }

  update(): void {
    this.collection.clear();
    const problems = this.service.corpus.documents().flatMap((d) => (d.sidecarProblem ? [{ ...d.sidecarProblem, hint: vscode.l10n.t('Annotations of this document are read-only until this is fixed; the file is left as it is.') }] : []));
    if (this.detectors.problem) problems.push({ ...this.detectors.problem, hint: vscode.l10n.t('The workspace registry is ignored until this is fixed.') });
    for (const p of problems) {
      const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
      const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), `${p.message}. ${p.hint}`, vscode.DiagnosticSeverity.Error);
      d.source = 'Source Annotator';
      this.collection.set(this.service.fs.toUri(p.path), [d]);
      const key = `${p.path}:${p.line}:${p.column}:${p.message}`;
      if (!this.announced.has(key)) {
        this.announced.add(key);
        const show = vscode.l10n.t('Show Problem');
        void vscode.window
          .showErrorMessage(vscode.l10n.t('{0} line {1}, column {2}: {3}. {4}', p.path.split('/').pop() ?? p.path, p.line, p.column, p.message, p.hint), show)
          .then((c) => (c === show ? vscode.window.showTextDocument(this.service.fs.toUri(p.path), { selection: new vscode.Range(pos, pos) }) : undefined));
      }
    }
  }
}
