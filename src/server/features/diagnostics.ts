// Problems for the Problems panel: sidecars and the registry file that cannot be read (errors at their exact line
// and column), links that lead outside the workspace or to missing claims (warnings at the link's line).
import * as l10n from '@vscode/l10n';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { checkLinks } from '../../core/corpus/link-check';
import { sidecarPathFor, type Sidecar } from '../../core/model/annotation';
import { lineColumn } from '../../core/store/json-locate';
import { serializeSidecar } from '../../core/store/serialize';
import type { AnnotatorWorkspace } from '../workspace';

const SOURCE = 'Source Annotator';

/** Diagnostics per file path (sidecars and the registry). */
export function fileDiagnostics(ws: AnnotatorWorkspace): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  const add = (path: string, line: number, column: number, message: string, severity: DiagnosticSeverity): void => {
    const at = { line: Math.max(0, line - 1), character: Math.max(0, column - 1) };
    const d: Diagnostic = { range: { start: at, end: { line: at.line, character: at.character + 1 } }, message, severity, source: SOURCE };
    byFile.set(path, [...(byFile.get(path) ?? []), d]);
  };
  for (const d of ws.corpus.documents()) {
    const p = d.sidecarProblem;
    if (p) add(p.path, p.line, p.column, `${p.message}. ${l10n.t('Annotations of this document are read-only until this is fixed; the file is left as it is.')}`, DiagnosticSeverity.Error);
  }
  const r = ws.registryProblem;
  if (r) add(r.path, r.line, r.column, `${r.message}. ${l10n.t('The workspace registry is ignored until this is fixed.')}`, DiagnosticSeverity.Error);
  const sidecars = new Map<string, Sidecar>(ws.corpus.documents().filter((d) => d.sidecar.annotations.length > 0).map((d) => [d.path, d.sidecar]));
  for (const p of ws.root ? checkLinks(sidecars, ws.root) : []) {
    const text = serializeSidecar(sidecars.get(p.document)!); // The stored, canonical form locates the link's line.
    const at = lineColumn(text, Math.max(0, text.indexOf(JSON.stringify(p.target))));
    add(sidecarPathFor(p.document), at.line, at.column, p.problem, DiagnosticSeverity.Warning);
  }
  return byFile;
}
