// The server's domain state for one workspace: the corpus (articles, sidecars), the detector (registry + model)
// and the cross-document index. The LSP handlers read from here; AnnotationEditor writes through it.
import { Corpus } from '../core/corpus/corpus';
import { discoverDocuments, discoverSidecars } from '../core/corpus/discover';
import { SIDECAR_SUFFIX } from '../core/model/annotation';
import { followEdits } from '../core/corpus/live-edits';
import type { ContentChange } from '../core/anchor/map-offsets';
import { createDetector, type CorpusDetector } from '../core/detect/create';
import { buildRegistry, prepareMatcher } from '../core/detect/actors/index';
import type { EntityDetector } from '../core/detect/detector';
import { IncrementalDetector } from '../core/detect/incremental';
import type { NerModel } from '../core/detect/ner/types';
import type { Thesaurus } from '../core/analysis/thesaurus';
import { emptyRegistry, serializeRegistry } from '../core/registry-edits';
import type { RegistryFile } from '../core/model/registry';
import { join } from '../core/paths';
import { parseRegistry } from '../core/store/parse-registry';
import type { LocatedError } from '../core/store/json-document';
import { DEFAULT_SETTINGS, type ServerSettings } from '../protocol/protocol';
import { CorpusIndex, type IndexProgress } from './corpus-index';
import type { ServerHost } from './host';
import { contentKey, type CachedSummary } from './index-cache';

declare const SA_BUILD_ID: string | undefined;
/** Set by the build (version and time), so that a cache made by other detection code is never reused. */
const BUILD_ID = typeof SA_BUILD_ID === 'string' ? SA_BUILD_ID : 'dev';

export interface RegistryProblem extends LocatedError {
  path: string;
}

export class AnnotatorWorkspace {
  readonly corpus: Corpus;
  readonly index: CorpusIndex;
  private current: ServerSettings = DEFAULT_SETTINGS;
  registry: RegistryFile | undefined;
  registryProblem: RegistryProblem | undefined;
  private model: { model: NerModel; key: string } | undefined;
  /** The model's key before it is parsed (host.modelKey), so that the persisted index can be restored first. */
  private earlyModelKey: string | undefined;
  /** The detectorKey() the index was made with: a new detector with the same key keeps the index. */
  private indexKey: string | undefined;
  /** Built on first use: building one takes a fifth of a second or more, and the listing needs none. */
  private detector: CorpusDetector | undefined;
  private readonly open = new Set<string>();
  /** The synonym sets of suggested links, once loaded (loadThesaurus): suggestions made before go without. */
  thesaurus: Thesaurus | undefined;
  private thesaurusLoad: Promise<void> | undefined;

  constructor(private readonly host: ServerHost, readonly root: string | undefined) {
    this.corpus = new Corpus(host.fs, host.log, this.lazyDetector());
    this.index = new CorpusIndex(this.corpus);
  }

  get settings(): ServerSettings {
    return this.current;
  }

  /** New settings; a read-only reason (Restricted Mode) stops every write at once. */
  set settings(next: ServerSettings) {
    this.current = next;
    this.corpus.readOnly = next.readOnly ?? undefined;
  }

  get registryPath(): string | undefined {
    const file = this.settings.registryFile;
    return file.startsWith('/') ? file : this.root ? join(this.root, file) : undefined;
  }

  /** The current detector, built when first asked to detect. */
  private lazyDetector(): EntityDetector {
    return { detect: (text) => this.currentDetector().detect(text), attribute: (text, entities) => this.currentDetector().attribute(text, entities) };
  }

  /** Builds the registry's matcher ahead of the first detection, with `turn()` awaited between steps. */
  prepareDetector(turn: () => Promise<void>): Promise<void> {
    return prepareMatcher(buildRegistry(this.registry), turn);
  }

  currentDetector(): CorpusDetector {
    return (this.detector ??= createDetector({ workspaceRegistry: this.registry, model: this.settings.discoveryModel ? this.model?.model : undefined }));
  }

  /**
   * The corpus folders: each configured folder under the workspace; a workspace that has none of them is
   * itself the corpus (`npm start -- ~/my-articles`), as is a workspace opened on one of them.
   */
  async roots(): Promise<string[]> {
    if (!this.root) return [];
    const root = this.root;
    const configured = this.settings.corpusFolders.map((f) => (f.startsWith('/') ? f : join(root, f)));
    const existing: string[] = [];
    for (const folder of configured) if (await this.host.fs.exists(folder)) existing.push(folder);
    const openedOnOne = this.settings.corpusFolders.some((f) => root.endsWith('/' + f.replace(/\/+$/, '')));
    return existing.length > 0 && !openedOnOne ? existing : [root, ...existing.filter((f) => f !== root)];
  }

  /** Lists the articles (names first, so the Documents view fills at once), then reads them a few at a time. */
  async scan(onListed: () => void, onRead: (paths: string[]) => void): Promise<void> {
    const roots = await this.roots();
    const paths = await discoverDocuments(this.host.fs, roots, this.settings.fileExtensions);
    this.corpus.list(paths);
    onListed();
    const maxBytes = Math.max(1, this.settings.maxFileSizeMB) * 1024 * 1024;
    await this.corpus.readAll(paths, maxBytes, 32, onRead);
  }

  /** Reads the workspace registry file; says whether what it decides changed (the detector must be rebuilt). */
  async loadRegistry(): Promise<boolean> {
    const before = this.registryKey();
    await this.readRegistry();
    return this.registryKey() !== before;
  }

  /** The registry as this server just wrote it: its own write, seen again by the file watcher, changes nothing. */
  adoptRegistry(file: RegistryFile): void {
    this.registry = file;
    this.registryProblem = undefined;
  }

  private registryKey(): string {
    return this.registry ? serializeRegistry(this.registry) : '';
  }

  private async readRegistry(): Promise<void> {
    const path = this.registryPath;
    this.registry = undefined;
    this.registryProblem = undefined;
    if (!path || !(await this.host.fs.exists(path))) return;
    try {
      const parsed = parseRegistry(await this.host.fs.readFile(path));
      if (parsed.ok) this.registry = parsed.registry;
      else this.registryProblem = { path, ...parsed.error };
    } catch (e) {
      this.registryProblem = { path, message: (e as Error).message, line: 1, column: 1 };
    }
    if (this.registryProblem) this.host.log.warn(`[registry] ${path}:${this.registryProblem.line}:${this.registryProblem.column}: ${this.registryProblem.message}`);
  }

  async loadModel(): Promise<void> {
    if (!this.settings.discoveryModel) return;
    this.model ??= await this.host.loadModel();
    // A model that could not be parsed makes no detections: nothing may be kept under its key.
    if (!this.model) this.earlyModelKey = undefined;
  }

  /** Loads the synonym tables once; suggested links use them from then on. */
  loadThesaurus(): Promise<void> {
    return (this.thesaurusLoad ??= (this.host.loadThesaurus?.() ?? Promise.resolve(undefined)).then((t) => void (this.thesaurus = t)));
  }

  /** Learns the model's key without parsing it, when the host can tell. */
  async learnModelKey(): Promise<void> {
    if (this.settings.discoveryModel && !this.model) this.earlyModelKey ??= await this.host.modelKey?.();
  }

  /** A new detector (registry or model changed): every detection starts over, and the index too unless its key is the same. */
  /** A new detector; returns the articles whose counts it dropped (none when the index stays valid). */
  rebuildDetector(): string[] {
    this.detector = undefined;
    this.corpus.setDetector(this.lazyDetector());
    for (const path of this.open) this.corpus.setDocumentDetector(path, new IncrementalDetector(this.currentDetector()));
    const key = this.detectorKey();
    const dropped = key === this.indexKey ? [] : [...this.index.entries()].map(([path]) => path);
    if (key !== this.indexKey) this.index.clear();
    this.indexKey = key;
    this.host.detectPool?.configure({ registry: this.registry, model: this.settings.discoveryModel && this.model !== undefined });
    return dropped;
  }

  /** Starts the detect pool's threads with the detector they will most likely be given (the model is not loaded yet). */
  warmUpPool(): void {
    this.host.detectPool?.configure({ registry: this.registry, model: this.settings.discoveryModel });
    this.host.detectPool?.warmUp();
  }

  /** Names what the detections depend on: this build of the code, the model and the workspace registry. */
  detectorKey(): string {
    const model = this.settings.discoveryModel ? (this.model?.key ?? this.earlyModelKey ?? 'none') : 'off';
    return `${BUILD_ID}|${model}|${contentKey(serializeRegistry(this.registry ?? emptyRegistry()))}`;
  }

  /** Sidecars whose article is gone (renamed or deleted outside the editor): kept, and reported. */
  async orphanSidecars(): Promise<string[]> {
    const orphans: string[] = [];
    for (const sidecar of await discoverSidecars(this.host.fs, await this.roots())) {
      if (!(await this.host.fs.exists(sidecar.slice(0, -SIDECAR_SUFFIX.length)))) orphans.push(sidecar);
    }
    return orphans;
  }

  /** Takes the persisted index's summaries of unchanged articles, before any detector is built. */
  async restoreIndex(cache: Map<string, CachedSummary>): Promise<string[]> {
    this.indexKey = this.detectorKey();
    this.index.restore(cache);
    return this.index.reuseAll();
  }

  buildIndex(first: readonly string[], progress: IndexProgress, onBatch: (documents: string[]) => void): Promise<number> {
    return this.index.build(first, progress, onBatch, this.host.detectPool);
  }

  /**
   * The editor's text of an open article (unsaved edits included) replaces the file's; while it is open, its
   * detection is incremental (an edit re-detects the paragraph it touched).
   */
  openText(path: string, text: string): boolean {
    const state = this.corpus.get(path);
    if (!state || state.problem) return false;
    if (state.text !== text) this.corpus.setText(path, text);
    this.open.add(path);
    this.corpus.setDocumentDetector(path, new IncrementalDetector(this.currentDetector()));
    return true;
  }

  closeText(path: string): void {
    this.open.delete(path);
    this.corpus.setDocumentDetector(path, undefined);
  }

  /** An edit in the editor: claims follow the changed offsets, detections are recomputed on request. */
  editText(path: string, changes: readonly ContentChange[], text: string): boolean {
    const state = this.corpus.get(path);
    if (!state || state.text === undefined) return false;
    state.sidecar = followEdits(state.sidecar, changes, text);
    this.corpus.setText(path, text);
    return true;
  }
}
