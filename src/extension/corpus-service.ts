import * as vscode from 'vscode';
import { fingerprint, sameFingerprint } from '../core/anchor/fingerprint';
import { AnnotationHistory } from '../core/corpus/history';
import { Corpus } from '../core/corpus/corpus';
import { discoverDocuments } from '../core/corpus/discover';
import { followEdits } from '../core/corpus/live-edits';
import type { EntityDetector } from '../core/detect/detector';
import type { Sidecar } from '../core/model/annotation';
import { SIDECAR_SUFFIX } from '../core/model/annotation';
import type { Logger } from '../core/ports';
import { corpusRoots, fileExtensions, maxBytes } from './config';
import { Settings } from './constants';
import { Disposable } from './disposable';
import type { WorkspaceFileSystem } from './workspace-fs';

/** Owns the core Corpus for the window: scans, watches files, follows live edits, runs undoable edits. */
export class CorpusService extends Disposable {
  readonly corpus: Corpus;
  readonly history = new AnnotationHistory();
  private readonly changed = this._register(new vscode.EventEmitter<string | undefined>());
  /** Fires with a document path, or undefined when the whole corpus may have changed. */
  readonly onDidChange = this.changed.event;
  private readonly wrote = this._register(new vscode.EventEmitter<string>());
  /** Fires with a document path after this window wrote its sidecar. */
  readonly onDidWriteSidecar = this.wrote.event;
  private ready: Promise<void> = Promise.resolve();
  private watchers: vscode.Disposable[] = [];

  constructor(
    readonly fs: WorkspaceFileSystem,
    private readonly log: Logger,
    detector: EntityDetector,
  ) {
    super();
    this.corpus = new Corpus(fs, log, detector);
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)));
    this._register(vscode.workspace.onDidOpenTextDocument((d) => this.adoptEditorText(d)));
    this._register(vscode.workspace.onDidSaveTextDocument((d) => void this.onSave(d)));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${Settings.section}.${Settings.corpusFolders}`) || e.affectsConfiguration(`${Settings.section}.${Settings.fileExtensions}`)) void this.refresh();
    }));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh()));
    this._register({ dispose: () => this.watchers.forEach((w) => w.dispose()) });
  }

  /** Resolves when the latest scan is complete. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  refresh(): Promise<void> {
    this.ready = Promise.resolve(
      vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Source Annotator: reading the corpus…') }, () => this.scan()),
    );
    return this.ready;
  }

  private async scan(): Promise<void> {
    const roots = await corpusRoots(this.fs);
    // Names first, so the Documents view lists a large corpus at once; then the files, a few at a time.
    const paths = await discoverDocuments(this.fs, roots, fileExtensions());
    this.corpus.list(paths);
    this.changed.fire(undefined);
    let lastFire = Date.now();
    await this.corpus.readAll(paths, maxBytes(), 16, () => {
      if (Date.now() - lastFire < 500) return;
      lastFire = Date.now();
      this.changed.fire(undefined);
    });
    for (const doc of vscode.workspace.textDocuments) this.adoptEditorText(doc);
    this.watch(roots);
    this.log.info(`[corpus] ${this.corpus.documents().length} document(s) in ${roots.join(', ')}`);
    this.changed.fire(undefined);
  }

  /** Tells every view that all documents may have changed (e.g. a new detector). */
  notifyAll(): void {
    this.changed.fire(undefined);
  }

  isCorpusDocument(uri: vscode.Uri): boolean {
    return this.corpus.get(uri.path)?.text !== undefined;
  }

  /** Applies an annotation edit, records it for undo, and tells the views. */
  async edit(path: string, label: string, edit: (sidecar: Sidecar, text: string) => Sidecar): Promise<void> {
    const { before, after } = await this.corpus.update(path, edit);
    this.history.record(path, label, before, after);
    this.wrote.fire(path);
    this.changed.fire(path);
  }

  /** Undoes the last annotation edit; returns its label, or why it could not. */
  async undo(): Promise<{ undone: string } | { refused: 'empty' | 'changed-since' }> {
    const entry = this.history.pop((p) => this.corpus.get(p)?.sidecar);
    if (entry === 'empty' || entry === 'changed-since') return { refused: entry };
    await this.corpus.update(entry.path, () => entry.before);
    this.wrote.fire(entry.path);
    this.changed.fire(entry.path);
    return { undone: entry.label };
  }

  private adoptEditorText(doc: vscode.TextDocument): void {
    const state = this.corpus.get(doc.uri.path);
    if (!state) return;
    const text = doc.getText();
    if (state.text !== text) {
      this.corpus.setText(doc.uri.path, text);
      this.changed.fire(doc.uri.path);
    }
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    const path = e.document.uri.path;
    const state = this.corpus.get(path);
    if (!state || e.contentChanges.length === 0) return;
    const text = e.document.getText();
    state.sidecar = followEdits(state.sidecar, e.contentChanges, text);
    this.corpus.setText(path, text);
    this.changed.fire(path);
  }

  /** On save, the followed claim positions are written together with the text they now refer to. */
  private async onSave(doc: vscode.TextDocument): Promise<void> {
    const state = this.corpus.get(doc.uri.path);
    if (!state || state.sidecarProblem || state.sidecar.annotations.length === 0) return;
    // Already written against exactly this text (nothing was typed since the last annotation change): no I/O.
    if (sameFingerprint(state.sidecar.fingerprint, fingerprint(doc.getText()))) return;
    try {
      await this.corpus.update(doc.uri.path, (s) => s);
      this.wrote.fire(doc.uri.path);
    } catch (e) {
      this.log.error(`[corpus] saving annotations of ${doc.uri.path}: ${(e as Error).message}`);
    }
  }

  private watch(roots: string[]): void {
    this.watchers.forEach((w) => w.dispose());
    this.watchers = roots.map((root) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.fs.toUri(root), '**/*'));
      const onFile = (uri: vscode.Uri, kind: 'create' | 'change' | 'delete'): void => void this.onFileEvent(uri, kind);
      watcher.onDidCreate((u) => onFile(u, 'create'));
      watcher.onDidChange((u) => onFile(u, 'change'));
      watcher.onDidDelete((u) => onFile(u, 'delete'));
      return watcher;
    });
  }

  private async onFileEvent(uri: vscode.Uri, kind: 'create' | 'change' | 'delete'): Promise<void> {
    const path = uri.path;
    if (path.endsWith('.sa-tmp')) return;
    try {
      if (path.endsWith(SIDECAR_SUFFIX)) {
        const doc = path.slice(0, -SIDECAR_SUFFIX.length);
        if ((await this.corpus.reloadSidecar(doc)) === 'reloaded') this.changed.fire(doc);
        return;
      }
      if (!fileExtensions().some((ext) => path.toLowerCase().endsWith(ext.toLowerCase()))) return;
      if (kind === 'delete') {
        this.corpus.forget(path);
        this.changed.fire(undefined);
        return;
      }
      // An open editor's text wins over the file: its unsaved edits are what the analyst sees.
      const open = vscode.workspace.textDocuments.find((d) => d.uri.path === path);
      await this.corpus.load(path, maxBytes(), open?.isDirty ? open.getText() : undefined);
      this.changed.fire(kind === 'create' ? undefined : path);
    } catch (e) {
      this.log.error(`[corpus] ${kind} ${path}: ${(e as Error).message}`);
    }
  }
}
