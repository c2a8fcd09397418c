import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { sidecarPathFor } from '../core/model/vocabulary';
import { basename } from '../core/paths';
import { OrphanSidecarsRequest } from '../protocol/protocol';
import type { CorpusView } from './corpus-view';
import { Disposable } from './disposable';

const t = vscode.l10n.t;

/**
 * Sidecars whose article is gone (renamed or deleted outside VS Code) are never deleted: the analyst is told
 * and can re-link one to an article; its claims are then re-anchored against that text.
 */
export class OrphanSidecars extends Disposable {
  private readonly reported = new Set<string>();
  private count = -1;

  constructor(private readonly corpus: CorpusView, private readonly client: Promise<LanguageClient>, private readonly toUri: (path: string) => vscode.Uri) {
    super();
    // Articles appearing or going is when a sidecar may lose (or find) its article.
    this._register(corpus.onDidChange(() => {
      if (corpus.documents().length === this.count) return;
      this.count = corpus.documents().length;
      void this.check();
    }));
  }

  /** The orphaned sidecars (as paths); each is said once, with a way to re-link it. */
  async check(): Promise<string[]> {
    const orphans = (await (await this.client).sendRequest(OrphanSidecarsRequest, {})).map((uri) => vscode.Uri.parse(uri).path);
    for (const sidecar of orphans.filter((o) => !this.reported.has(o))) {
      this.reported.add(sidecar);
      const relink = t('Re-link to an article…');
      void vscode.window
        .showWarningMessage(t('{0} has no article next to it (renamed or deleted?). Its annotations are kept.', basename(sidecar)), relink)
        .then((choice) => (choice === relink ? this.relink(sidecar) : undefined));
    }
    return orphans;
  }

  /** Moves an orphaned sidecar next to another article (one without annotations); the server re-anchors its claims there. */
  async relink(sidecar: string, target?: string): Promise<boolean> {
    let doc = target;
    if (!doc) {
      const candidates = this.corpus.documents().filter((d) => d.problem === undefined && d.claims === 0 && !d.sidecarProblem);
      doc = (await vscode.window.showQuickPick(candidates.map((d) => ({ label: d.title, description: basename(d.path), path: d.path })), { title: t('Which article do these annotations belong to?') }))?.path;
    }
    if (!doc) return false;
    const destination = this.toUri(sidecarPathFor(doc));
    try {
      await vscode.workspace.fs.stat(destination);
      void vscode.window.showErrorMessage(t('{0} already has annotations; not overwriting them.', basename(doc)));
      return false;
    } catch {
      // No sidecar there yet: the move can go ahead.
    }
    await vscode.workspace.fs.rename(this.toUri(sidecar), destination, { overwrite: false });
    this.reported.delete(sidecar);
    return true;
  }
}
