import * as vscode from 'vscode';
import { checkLinks } from '../core/corpus/link-check';
import { sidecarPathFor, type Sidecar } from '../core/model/annotation';
import { lineColumn } from '../core/store/json-locate';
import { serializeSidecar } from '../core/store/serialize';
import type { CorpusService } from './corpus-service';
import type { DetectorHost } from './detector-host';
import { Disposable } from './disposable';

const t = vscode.l10n.t;
const DEBOUNCE_MS = 300;

/**
 * The Problems panel: sidecars and the registry file that cannot be read (errors, at their exact line and
 * column, announced once), and links that lead outside the workspace or to missing claims (warnings).
 */
export class FileDiagnostics extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('source-annotator'));
  /** Problems already announced in a notification (the Problems panel keeps showing them). */
  private readonly announced = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly service: CorpusService, private readonly detectors: DetectorHost) {
    super();
    const schedule = (): void => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.update(), DEBOUNCE_MS);
    };
    this._register(service.onDidChange(schedule));
    this._register(detectors.onDidChange(schedule));
    this._register({ dispose: () => clearTimeout(this.timer) });
  }

  update(): void {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    const add = (path: string, line: number, column: number, message: string, severity: vscode.DiagnosticSeverity): vscode.Position => {
      const pos = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
      const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), message, severity);
      d.source = 'Source Annotator';
      byFile.set(path, [...(byFile.get(path) ?? []), d]);
      return pos;
    };
    const errors = this.service.corpus.documents().flatMap((d) => (d.sidecarProblem ? [{ ...d.sidecarProblem, hint: t('Annotations of this document are read-only until this is fixed; the file is left as it is.') }] : []));
    if (this.detectors.problem) errors.push({ ...this.detectors.problem, hint: t('The workspace registry is ignored until this is fixed.') });
    for (const p of errors) {
      const pos = add(p.path, p.line, p.column, `${p.message}. ${p.hint}`, vscode.DiagnosticSeverity.Error);
      this.announce(p, pos);
    }
    const sidecars = new Map<string, Sidecar>(this.service.corpus.documents().filter((d) => d.sidecar.annotations.length > 0).map((d) => [d.path, d.sidecar]));
    const root = vscode.workspace.workspaceFolders?.[0]?.uri.path;
    for (const p of root ? checkLinks(sidecars, root) : []) {
      // The sidecar as stored (canonical form) locates the link's line.
      const text = serializeSidecar(sidecars.get(p.document)!);
      const at = lineColumn(text, Math.max(0, text.indexOf(JSON.stringify(p.target))));
      add(sidecarPathFor(p.document), at.line, at.column, p.problem, vscode.DiagnosticSeverity.Warning);
    }
    this.collection.clear();
    for (const [path, diagnostics] of byFile) this.collection.set(this.service.fs.toUri(path), diagnostics);
  }

  private announce(p: { path: string; line: number; column: number; message: string; hint: string }, pos: vscode.Position): void {
    const key = `${p.path}:${p.line}:${p.column}:${p.message}`;
    if (this.announced.has(key)) return;
    this.announced.add(key);
    const show = t('Show Problem');
    void vscode.window
      .showErrorMessage(t('{0} line {1}, column {2}: {3}. {4}', p.path.split('/').pop() ?? p.path, p.line, p.column, p.message, p.hint), show)
      .then((c) => (c === show ? vscode.window.showTextDocument(this.service.fs.toUri(p.path), { selection: new vscode.Range(pos, pos) }) : undefined));
  }
}
