import * as vscode from 'vscode';
import { createDetector, type CorpusDetector } from '../core/detect/create';
import type { NerModel } from '../core/detect/ner/types';
import { loadNerModel } from '../core/detect/ner/model-file';
import type { RegistryFile } from '../core/model/registry';
import type { Logger } from '../core/ports';
import { formatLocated } from '../core/store/json-document';
import { parseRegistry } from '../core/store/parse-registry';
import { BrokenRegistryError, editRegistryFile } from '../core/store/registry-store';
import { modelEnabled, registryPath } from './config';
import { Settings } from './constants';
import { Disposable } from './disposable';
import type { WorkspaceFileSystem } from './workspace-fs';

export const MODEL_FILE = ['media', 'ner', 'model.bin'] as const;

export interface RegistryProblem {
  path: string;
  message: string;
  line: number;
  column: number;
}

/**
 * Builds the detector from the shipped registry, the workspace registry file and the discovery model.
 * The model loads lazily, after activation; the registry file is watched so decisions apply at once.
 */
export class DetectorHost extends Disposable {
  private workspaceRegistry: RegistryFile | undefined;
  private model: NerModel | undefined;
  private modelLoading: Promise<void> | undefined;
  private registryLoading: Promise<void> = Promise.resolve();
  private detector: CorpusDetector = createDetector();
  problem: RegistryProblem | undefined;
  /** Why the registry file must not be written (Restricted Mode), if so. */
  readOnly: () => string | undefined = () => undefined;
  private readonly changed = this._register(new vscode.EventEmitter<CorpusDetector>());
  readonly onDidChange = this.changed.event;

  /** `gunzip`: the node build passes node:zlib's; undefined is the core's own (fflate), as in the browser. */
  constructor(private readonly fs: WorkspaceFileSystem, private readonly extensionUri: vscode.Uri, private readonly log: Logger, private readonly gunzip?: (gz: Uint8Array) => Uint8Array) {
    super();
    const path = registryPath();
    if (path) {
      const watcher = this._register(vscode.workspace.createFileSystemWatcher(fs.toUri(path).fsPath));
      const reload = (): void => void this.loadRegistry().then(() => this.rebuild(), (e: unknown) => log.error(`[registry] ${(e as Error).message}`));
      this._register(watcher.onDidChange(reload));
      this._register(watcher.onDidCreate(reload));
      this._register(watcher.onDidDelete(reload));
    }
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${Settings.section}.${Settings.modelEnabled}`)) void this.ensureModel().then(() => this.rebuild());
      if (e.affectsConfiguration(`${Settings.section}.${Settings.registryFile}`)) void this.loadRegistry().then(() => this.rebuild());
    }));
  }

  current(): CorpusDetector {
    return this.detector;
  }

  hasModel(): boolean {
    return this.model !== undefined && modelEnabled();
  }

  /** Reads the workspace registry file. Calls are serialised, so the last one always reflects the latest file. */
  loadRegistry(): Promise<void> {
    this.registryLoading = this.registryLoading.catch(() => undefined).then(() => this.readRegistry());
    return this.registryLoading;
  }

  private async readRegistry(): Promise<void> {
    const path = registryPath();
    let registry: RegistryFile | undefined;
    let problem: RegistryProblem | undefined;
    if (path) {
      try {
        const parsed = parseRegistry(await this.fs.readFile(path));
        if (parsed.ok) registry = parsed.registry;
        else problem = { path, ...parsed.error };
      } catch (e) {
        // A registry file that does not exist (yet) simply means no workspace decisions.
        if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) problem = { path, message: (e as Error).message, line: 1, column: 1 };
      }
    }
    if (problem) this.log.warn(`[registry] ${formatLocated(problem.path, problem)}`);
    this.workspaceRegistry = registry;
    this.problem = problem;
  }

  /** Loads the model off the activation path; resolves when it is ready (or disabled/unavailable). */
  ensureModel(): Promise<void> {
    if (!modelEnabled()) return Promise.resolve();
    this.modelLoading ??= (async () => {
      const started = Date.now();
      try {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, ...MODEL_FILE));
        this.model = loadNerModel(bytes, this.gunzip);
        this.log.info(`[model] loaded in ${Date.now() - started} ms`);
      } catch (e) {
        this.log.error(`[model] could not load the discovery model: ${(e as Error).message}`);
      }
    })();
    return this.modelLoading;
  }

  rebuild(): void {
    this.detector = createDetector({ workspaceRegistry: this.workspaceRegistry, model: modelEnabled() ? this.model : undefined });
    this.changed.fire(this.detector);
  }

  /** Applies an analyst decision to the workspace registry file; a file that does not parse is never overwritten. */
  async editRegistry(edit: (file: RegistryFile) => RegistryFile): Promise<void> {
    const path = registryPath();
    if (!path) throw new Error(vscode.l10n.t('Open a folder first: decisions are stored in its actor registry file.'));
    const refused = this.readOnly();
    if (refused) throw new Error(refused);
    let next: RegistryFile;
    try {
      next = await editRegistryFile(this.fs, path, edit);
    } catch (e) {
      if (!(e instanceof BrokenRegistryError)) throw e;
      this.problem = { path, ...e.error };
      throw new Error(vscode.l10n.t('{0} has an error at line {1}, column {2} ({3}); fix it first — it was not changed.', path, e.error.line, e.error.column, e.error.message));
    }
    this.workspaceRegistry = next;
    this.problem = undefined;
    this.rebuild();
  }
}
