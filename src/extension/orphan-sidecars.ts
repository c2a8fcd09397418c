import * as vscode from 'vscode';
import { discoverSidecars } from '../core/corpus/discover';
import { SIDECAR_SUFFIX, sidecarPathFor } from '../core/model/annotation';
import { basename } from '../core/paths';
import { corpusRoots, maxBytes } from './config';
import type { CorpusService } from './corpus-service';
import { Disposable } from './disposable';

const t = vscode.l10n.t;

/**
 * Sidecars whose article is gone (renamed or deleted outside VS Code) are never deleted: the analyst is told
 * and can re-link one to an article; its claims are then re-anchored against that text.
 */
export class OrphanSidecars extends Disposable {
  private readonly reported = new Set<string>();

  constructor(private readonly service: CorpusService) {
    super();
    this._register(service.onDidChange((path) => {
      if (path === undefined) void this.check();
    }));
  }

  async check(): Promise<string[]> {
    const orphans: string[] = [];
    for (const sidecar of await discoverSidecars(this.service.fs, await corpusRoots(this.service.fs))) {
      const doc = sidecar.slice(0, -SIDECAR_SUFFIX.length);
      if (!(await this.service.fs.exists(doc))) orphans.push(sidecar);
    }
    for (const sidecar of orphans.filter((o) => !this.reported.has(o))) {
      this.reported.add(sidecar);
      const relink = t('Re-link to an article…');
      void vscode.window
        .showWarningMessage(t('{0} has no article next to it (renamed or deleted?). Its annotations are kept.', basename(sidecar)), relink)
        .then((choice) => (choice === relink ? this.relink(sidecar) : undefined));
    }
    return orphans;
  }

  /** Moves an orphaned sidecar next to another article (one without annotations) and loads it there. */
  async relink(sidecar: string, target?: string): Promise<boolean> {
    let doc = target;
    if (!doc) {
      const candidates = this.service.corpus.documents().filter((d) => d.text !== undefined && d.sidecar.annotations.length === 0 && !d.sidecarProblem);
      doc = (await vscode.window.showQuickPick(candidates.map((d) => ({ label: d.title, description: basename(d.path), path: d.path })), { title: t('Which article do these annotations belong to?') }))?.path;
    }
    if (!doc) return false;
    const destination = sidecarPathFor(doc);
    if (await this.service.fs.exists(destination)) {
      void vscode.window.showErrorMessage(t('{0} already has annotations; not overwriting them.', basename(doc)));
      return false;
    }
    await vscode.workspace.fs.rename(this.service.fs.toUri(sidecar), this.service.fs.toUri(destination), { overwrite: false });
    await this.service.corpus.load(doc, maxBytes());
    this.reported.delete(sidecar);
    this.service.notifyAll();
    return true;
  }
}
