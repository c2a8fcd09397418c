// The set of documents, their sidecars and the cross-document index. All domain state lives here.
import { fingerprint, sameFingerprint } from '../anchor/fingerprint';
import { reanchorSidecar } from '../anchor/reanchor-sidecar';
import type { EntityDetector } from '../detect/detector';
import type { Annotation, Sidecar } from '../model/annotation';
import type { Cue, Entity } from '../model/entities';
import { resolveLinkTarget } from '../model/links';
import { basename, dirname, relative } from '../paths';
import { settledStamp, type FileStamp, type FileSystem, type Logger } from '../ports';
import { nextTurn, SLICE_MS } from '../event-loop';
import { BrokenSidecarError, SidecarStore } from '../store/sidecar-store';
import { decodeDocument, titleOf } from '../text';
import { discoverDocuments } from './discover';
import { articleTextOf } from './article-text';
import { emptySidecar, type DocumentState } from './document-state';
import { TextArena } from './text-arena';

export interface CorpusOptions {
  roots: string[];
  extensions: string[];
  maxBytes: number;
}

export interface ClaimLocation {
  document: string;
  annotation: Annotation;
}

export class ReadOnlySidecarError extends Error {
  constructor(readonly sidecarPath: string, detail: string) {
    super(`Annotations of this document are read-only: ${sidecarPath} could not be read (${detail}). Fix the file; it was not changed.`);
  }
}

/** Thrown instead of writing when the corpus is read-only (an untrusted workspace, or a reader such as the server). */
export class ReadOnlyCorpusError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ReadOnlyCorpusError';
  }
}

export class Corpus {
  /** When set, nothing is written: edits are refused with this reason and re-anchoring stays in memory. */
  readOnly: string | undefined;
  private readonly docs = new Map<string, DocumentState>();
  /** Keyed by the document's text; detection ran on `article`, the text with its boilerplate blanked. */
  private readonly detections = new Map<string, { text: string; article: string; entities: Entity[]; cues?: Cue[] }>();
  private readonly ownDetectors = new Map<string, EntityDetector>();
  private sorted: DocumentState[] | undefined;
  private readonly store: SidecarStore;

  constructor(
    private readonly fs: FileSystem,
    private readonly log: Logger,
    private detector: EntityDetector,
  ) {
    this.store = new SidecarStore(fs, log);
  }

  setDetector(detector: EntityDetector): void {
    this.detector = detector;
    this.detections.clear();
    this.ownDetectors.clear();
  }

  /**
   * A detector for one document instead of the corpus's (an open article's incremental detector, so that an edit
   * re-detects one paragraph); undefined goes back to the corpus's. A new corpus detector drops them all.
   */
  setDocumentDetector(path: string, detector: EntityDetector | undefined): void {
    if (detector) this.ownDetectors.set(path, detector);
    else this.ownDetectors.delete(path);
  }

  /** Finds every article under the roots and loads it with its sidecar. */
  async scan(options: CorpusOptions): Promise<void> {
    const paths = await discoverDocuments(this.fs, options.roots, options.extensions);
    for (const known of [...this.docs.keys()]) if (!paths.includes(known)) this.forget(known);
    for (const path of paths) await this.load(path, options.maxBytes);
  }

  /**
   * Makes the corpus exactly these documents, the new ones listed by name only (`pending`) until readAll
   * reads them: a view can show a large corpus before a single file has been read.
   */
  list(paths: readonly string[]): void {
    const keep = new Set(paths);
    for (const known of [...this.docs.keys()]) if (!keep.has(known)) this.forget(known);
    for (const path of paths) {
      if (this.docs.has(path)) continue;
      this.docs.set(path, { path, title: basename(path), text: undefined, problem: undefined, pending: true, sidecar: emptySidecar(basename(path)), sidecarProblem: undefined });
      this.sorted = undefined;
    }
  }

  /** Reads the pending documents among `paths`, `concurrency` at a time; `onRead` hears of each batch. */
  async readAll(paths: readonly string[], maxBytes: number, concurrency: number, onRead: (paths: string[]) => void): Promise<void> {
    const queue = paths.filter((p) => this.docs.get(p)?.pending).reverse();
    // A file system that answers at once would never let timers and requests in: after each slice all readers
    // pause together (one reader pausing alone leaves the others running, and nothing else gets the thread).
    let lastYield = Date.now();
    let pause: Promise<void> | undefined;
    const breathe = (): Promise<void> | undefined => {
      if (!pause && Date.now() - lastYield > SLICE_MS) {
        pause = nextTurn().then(() => {
          pause = undefined;
          lastYield = Date.now();
        });
      }
      return pause;
    };
    const arena = new TextArena();
    const worker = async (): Promise<void> => {
      for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
        if (!this.docs.get(path)?.pending) continue; // Read meanwhile (opened in the editor), or gone.
        const state = await this.load(path, maxBytes);
        if (state.text !== undefined) arena.add(state, state.text);
        onRead([path]);
        await breathe();
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
    arena.flush();
  }

  /** Every document, by path. The order is kept until a document comes or goes: a corpus of 10,000 is asked often. */
  documents(): DocumentState[] {
    this.sorted ??= [...this.docs.values()].sort((a, b) => a.path.localeCompare(b.path));
    return this.sorted;
  }

  get(path: string): DocumentState | undefined {
    return this.docs.get(path);
  }

  forget(path: string): void {
    if (this.docs.delete(path)) this.sorted = undefined;
    this.detections.delete(path);
    this.ownDetectors.delete(path);
  }

  /** (Re)reads an article and its sidecar from disk; re-anchors the annotations if the text changed. */
  async load(path: string, maxBytes: number, liveText?: string): Promise<DocumentState> {
    let text = liveText;
    let problem: string | undefined;
    let stamp: FileStamp | undefined;
    if (text === undefined) {
      try {
        const read = await this.fs.readFileStamped(path);
        const decoded = decodeDocument(read.bytes, maxBytes);
        if (decoded.ok) [text, stamp] = [decoded.text, settledStamp(read.stamp, Date.now())];
        else problem = decoded.message;
      } catch (e) {
        problem = `cannot read file: ${(e as Error).message}`;
      }
    }
    // Updated in place: until the sidecar is read again, the document keeps the claims it had (a view or a
    // concurrent reload never sees them vanish and come back).
    const title = text ? titleOf(text, basename(path)) : basename(path);
    const state: DocumentState = this.docs.get(path) ?? { path, title, text, problem, sidecar: emptySidecar(basename(path)), sidecarProblem: undefined };
    Object.assign(state, { title, text, stamp, problem, pending: false });
    if (!this.docs.has(path)) this.sorted = undefined;
    this.docs.set(path, state);
    await this.loadSidecar(state);
    return state;
  }

  /** Reads the sidecar of a known document again (changed on disk by git, a colleague or another window). */
  async reloadSidecar(path: string): Promise<'reloaded' | 'unchanged'> {
    // The store merges by id on the next write, so adopting the file's state here never loses an edit.
    const state = this.docs.get(path);
    if (!state) return 'unchanged';
    return (await this.loadSidecar(state, false)) ? 'reloaded' : 'unchanged';
  }

  /**
   * Adopts the sidecar on disk. The store runs the adoption between its writes, so the in-memory sidecar
   * always derives from the version it will merge against; an unchanged file is skipped unless `force`.
   */
  private async loadSidecar(state: DocumentState, force = true): Promise<boolean> {
    let dirty = false;
    const loaded = await this.store.reload(state.path, state.text, (result) => {
      if (!result.ok) {
        state.sidecarProblem = { path: result.error.file, message: result.error.message, line: result.error.line, column: result.error.column };
        state.sidecar = emptySidecar(basename(state.path));
        return;
      }
      state.sidecarProblem = undefined;
      state.sidecar = result.sidecar ?? emptySidecar(basename(state.path));
      dirty = result.migrated;
      if (result.sidecar && state.text !== undefined && !sameFingerprint(result.sidecar.fingerprint, fingerprint(state.text))) {
        const reanchored = reanchorSidecar(state.text, result.sidecar);
        state.sidecar = reanchored.sidecar;
        if (reanchored.orphaned > 0) this.log.warn(`[corpus] ${state.path}: ${reanchored.orphaned} annotation(s) could not be placed and are detached`);
        dirty = true;
      }
    }, { force });
    if (!loaded) return false;
    if (dirty && !this.readOnly) await this.save(state.path, () => state.sidecar);
    return true;
  }

  /** Replaces the text of an open document (unsaved edits); detections are recomputed lazily. */
  setText(path: string, text: string): void {
    const state = this.docs.get(path);
    if (state) {
      state.text = text;
      state.stamp = undefined; // The editor's text, not the file's.
      state.problem = undefined;
    }
  }

  /** Detections for the document's current text, not cached: for indexing a corpus whose detections would not fit. */
  detectOnce(path: string): Entity[] {
    const state = this.docs.get(path);
    if (!state?.text) return [];
    const cached = this.detections.get(path);
    return cached && cached.text === state.text ? cached.entities : this.detector.detect(articleTextOf(state)!);
  }

  /** Detections for the document's current text, cached until the text changes. */
  entities(path: string): Entity[] {
    const state = this.docs.get(path);
    if (!state?.text) return [];
    const cached = this.detections.get(path);
    const article = articleTextOf(state)!;
    if (cached && cached.text === state.text && cached.article === article) return cached.entities;
    const entities = (this.ownDetectors.get(path) ?? this.detector).detect(article);
    this.detections.set(path, { text: state.text, article, entities });
    return entities;
  }

  /** Attributions and hedges for the document's current text, cached with its detections. */
  cues(path: string): Cue[] {
    const entities = this.entities(path);
    const cached = this.detections.get(path);
    if (!cached) return [];
    return (cached.cues ??= (this.ownDetectors.get(path) ?? this.detector).attribute?.(cached.article, entities) ?? []);
  }

  /**
   * Applies a pure edit to a document's sidecar and writes it at once. The edit runs when every earlier read
   * and write of the sidecar is done, on the state they left. Returns the states before and after.
   */
  async update(path: string, edit: (sidecar: Sidecar, text: string) => Sidecar): Promise<{ before: Sidecar; after: Sidecar }> {
    const state = this.docs.get(path);
    if (!state || state.text === undefined) throw new Error(`${path} is not an annotatable document of the corpus.`);
    if (state.sidecarProblem) throw new ReadOnlySidecarError(state.sidecarProblem.path, `line ${state.sidecarProblem.line}, column ${state.sidecarProblem.column}: ${state.sidecarProblem.message}`);
    let before: Sidecar | undefined;
    let edited: Sidecar | undefined;
    try {
      await this.save(path, () => {
        const text = state.text ?? '';
        before = state.sidecar;
        edited = state.sidecar = { ...edit(before, text), fingerprint: fingerprint(text) };
        return edited;
      });
    } catch (e) {
      if (before && state.sidecar === edited) state.sidecar = before;
      throw e;
    }
    return { before: before!, after: state.sidecar };
  }

  /**
   * Writes a sidecar through the store (one write at a time, merged by id if it changed on disk meanwhile,
   * never over a file that does not parse) and adopts what was written.
   */
  private async save(path: string, produce: () => Sidecar): Promise<void> {
    if (this.readOnly) throw new ReadOnlyCorpusError(this.readOnly);
    const state = this.docs.get(path);
    if (state?.sidecarProblem) throw new ReadOnlySidecarError(state.sidecarProblem.path, state.sidecarProblem.message);
    let produced: Sidecar | undefined;
    try {
      const written = await this.store.update(path, () => (produced = produce()));
      if (state && state.sidecar === produced) state.sidecar = written;
    } catch (e) {
      if (e instanceof BrokenSidecarError && state) {
        state.sidecarProblem = { path: e.error.file, message: e.error.message, line: e.error.line, column: e.error.column };
        throw new ReadOnlySidecarError(e.error.file, `line ${e.error.line}, column ${e.error.column}: ${e.error.message}`);
      }
      throw e;
    }
  }

  /** Every claim of the corpus with its document. */
  claims(): ClaimLocation[] {
    return this.documents().flatMap((d) => d.sidecar.annotations.map((annotation) => ({ document: d.path, annotation })));
  }

  findClaim(document: string, id: string): Annotation | undefined {
    return this.docs.get(document)?.sidecar.annotations.find((a) => a.id === id);
  }

  /** The stored form of a link target: the target document relative to the source's folder. */
  linkTarget(fromDocument: string, toDocument: string, id: string): string {
    return `${relative(dirname(fromDocument), toDocument)}#${id}`;
  }

  resolveLink(fromDocument: string, target: string): { document: string; id: string } {
    return resolveLinkTarget(fromDocument, target);
  }

  /** Links that point at a claim, from any document. */
  incomingLinks(document: string, id: string): Array<{ from: ClaimLocation; rel: string }> {
    const out: Array<{ from: ClaimLocation; rel: string }> = [];
    for (const c of this.claims()) {
      for (const l of c.annotation.links) {
        const t = this.resolveLink(c.document, l.target);
        if (t.document === document && t.id === id) out.push({ from: c, rel: l.rel });
      }
    }
    return out;
  }
}
