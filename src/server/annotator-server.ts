// The Source Annotator language server: LSP handlers over the core, the same for node (IPC, stdio) and the
// browser (Web Worker). Domain state lives in AnnotatorWorkspace; this file only routes messages.
import {
  CodeLensRefreshRequest,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  WatchKind,
  type Connection,
  type Diagnostic,
  type FileEvent,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import * as l10n from '@vscode/l10n';
import { SIDECAR_SUFFIX } from '../core/model/annotation';
import { discoverDocuments, isUnderRoots } from '../core/corpus/discover';
import { givingWayTo } from '../core/event-loop';
import { basename } from '../core/paths';
import { fingerprint, sameFingerprint } from '../core/anchor/fingerprint';
import { withRecorded } from '../core/source/resolve';
import type { DocumentState } from '../core/corpus/document-state';
import { CorpusChangedNotification, DEFAULT_SETTINGS, DocumentsRequest, ImportRequest, type ImportResult, EntitiesChangedNotification, RescanRequest, EntitiesRequest, type CorpusDocument, type ServerSettings } from '../protocol/protocol';
import { AnnotationEditor } from './annotation-edits';
import { registerAnnotationRequests } from './annotation-requests';
import type { DocumentSummary } from './corpus-index';
import { ANNOTATOR_ACTION_KIND, codeActions } from './features/code-actions';
import { pathOf, UriMapper } from './documents';
import { claimLenses } from './features/code-lens';
import { fileDiagnostics } from './features/diagnostics';
import { figureDiagnostics } from './features/figures';
import { passageHints } from './features/passage-suggestions';
import { documentEntities } from './features/entities';
import { hoverAt } from './features/hover';
import { IndexRunner } from './index-runner';
import { definition, highlights, references } from './features/navigation';
import { documentSymbols, workspaceSymbols } from './features/symbols';
import type { ServerHost } from './host';
import { Locator } from './locator';
import { OpenDocuments } from './text-sync';
import { AnnotatorWorkspace } from './workspace';

/** Features a client may say it still provides itself (the VS Code extension, while it moves to this server). */
export interface InitializationOptions extends Partial<ServerSettings> {
  clientProvides?: Array<'hover' | 'diagnostics'>;
  /** The client's translations (VS Code's `l10n.bundle`), for hovers and lenses in the user's language. */
  l10nBundle?: Record<string, string>;
  /** A folder the client keeps for this workspace, where the server persists its index. */
  cacheDir?: string;
}

export function startServer(connection: Connection, host: ServerHost): void {
  let ws: AnnotatorWorkspace | undefined;
  let locator: Locator | undefined;
  let editor: AnnotationEditor | undefined;
  let options: InitializationOptions = {};
  let canWatch = false;
  let canShowDocument = false;
  let canRefreshLenses = false;
  /** The first scan has read every article. */
  let scanned = false;
  let publishedDiagnostics = new Set<string>();
  const open = new OpenDocuments();
  /** File changes being applied; requests wait for them, so an answer never predates a change already announced. */
  let settled: Promise<unknown> = Promise.resolve();
  const settle = <T>(work: () => Promise<T>): Promise<T> => {
    const next = settled.then(work, work);
    settled = next.catch(() => undefined);
    return next;
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (options.l10nBundle && typeof options.l10nBundle === 'object') l10n.config({ contents: options.l10nBundle });
    const rootUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    ws = new AnnotatorWorkspace(host, rootUri ? pathOf(rootUri) : undefined);
    ws.settings = { ...DEFAULT_SETTINGS, ...pick(options) };
    locator = new Locator(ws.corpus, UriMapper.fromWorkspace(rootUri));
    editor = new AnnotationEditor(ws, host.fs);
    canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canShowDocument = params.capabilities.window?.showDocument?.support === true;
    canRefreshLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    const clientProvides = new Set(options.clientProvides ?? []);
    return {
      capabilities: {
        // On save, claims that followed the typing are written with the text they now refer to.
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [ANNOTATOR_ACTION_KIND] },
        hoverProvider: !clientProvides.has('hover'),
        referencesProvider: true,
        definitionProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: { label: 'Source Annotator' },
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'source-annotator' },
    };
  });

  const state = (): { ws: AnnotatorWorkspace; locator: Locator; editor: AnnotationEditor } => {
    if (!ws || !locator || !editor) throw new Error('the server is not initialised');
    return { ws, locator, editor };
  };
  const docPath = (uri: string): string | undefined => {
    const path = pathOf(uri);
    return ws?.corpus.get(path)?.text !== undefined ? path : undefined;
  };

  // Notifications are batched: a corpus of thousands of articles must not send thousands of messages. Each row that
  // changes takes the next revision, and a client asks for the rows changed since the revision of its last answer,
  // in the order they changed. A cold start of 10,000 articles sent a client 14.6 MB of rows when a burst of changes
  // meant "ask for the whole list" (three whole lists while the titles were read), and 10.5 MB this way: the list
  // once, then each row as its title and as its counts come; the extension host parses all of it.
  // The map's order is the order of change: a row that changes again moves last.
  let revision = 0;
  const changedAt = new Map<string, number>();
  let corpusTimer: ReturnType<typeof setTimeout> | undefined;
  let listChanged = false;
  let rowsChanged = false;
  const corpusChanged = (paths?: readonly string[], now = false): void => {
    if (!paths) {
      listChanged = true;
      revision++;
    } else {
      for (const p of paths) {
        changedAt.delete(p);
        changedAt.set(p, ++revision);
      }
      rowsChanged ||= paths.length > 0;
    }
    if (now) {
      clearTimeout(corpusTimer);
      corpusTimer = undefined;
    }
    corpusTimer ??= setTimeout(() => {
      corpusTimer = undefined;
      if (listChanged) void connection.sendNotification(CorpusChangedNotification, { list: true, revision });
      else if (rowsChanged) void connection.sendNotification(CorpusChangedNotification, { revision });
      listChanged = rowsChanged = false;
    }, now ? 0 : 200);
  };
  /** Articles whose row changed after revision `since`, in the order they changed, at most `limit`; and the revision they bring a client to. */
  const changedSince = (w: AnnotatorWorkspace, since: number, limit = Infinity): { documents: DocumentState[]; revision: number } => {
    const documents: DocumentState[] = [];
    let last = revision;
    for (const [path, at] of changedAt) {
      if (at <= since) continue;
      if (documents.length >= limit) return { documents, revision: last };
      const doc = w.corpus.get(path);
      if (doc) documents.push(doc);
      else changedAt.delete(path); // Gone from the corpus: the list's change told the client.
      last = at;
    }
    return { documents, revision };
  };
  /** Resolves once a client has been sent the corpus list (the model waits for it). */
  let answeredListing!: () => void;
  const listingAnswered = new Promise<void>((resolve) => (answeredListing = resolve));
  const entitiesChanged = (uris: string[]): void => {
    if (uris.length > 0) void connection.sendNotification(EntitiesChangedNotification, { uris });
  };
  const openUris = (): string[] => open.all().map((d) => d.uri);

  let diagnosticsTimer: ReturnType<typeof setTimeout> | undefined;
  const publishDiagnostics = (): void => {
    if (options.clientProvides?.includes('diagnostics')) return;
    clearTimeout(diagnosticsTimer);
    diagnosticsTimer = setTimeout(() => {
      const { ws: w, locator: l } = state();
      const now = new Set<string>();
      const all = fileDiagnostics(w);
      // Open articles: their figures that other sources contradict, and passages that look like a claim elsewhere.
      for (const doc of open.all()) {
        const path = pathOf(doc.uri);
        if (w.corpus.get(path)?.text !== undefined) all.set(path, [...(all.get(path) ?? []), ...figureDiagnostics(w, l, path), ...passageHints(w, l, path)]);
      }
      for (const [path, diagnostics] of all) {
        const uri = l.uris.uri(path);
        now.add(uri);
        void connection.sendDiagnostics({ uri, diagnostics });
        for (const d of diagnostics) if (d.severity === DiagnosticSeverity.Error) announce(uri, d);
      }
      for (const uri of publishedDiagnostics) if (!now.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      publishedDiagnostics = now;
    }, 200);
  };
  /** A file that cannot be read is said once in a message too, with a way to it; the Problems panel keeps it. */
  const announced = new Set<string>();
  const announce = (uri: string, d: Diagnostic): void => {
    const key = `${uri}:${d.range.start.line}:${d.range.start.character}:${d.message}`;
    if (announced.has(key)) return;
    announced.add(key);
    const show = { title: l10n.t('Show Problem') };
    const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
    const text = typeof d.message === 'string' ? d.message : d.message.value;
    const message = l10n.t('{0} line {1}, column {2}: {3}', name, d.range.start.line + 1, d.range.start.character + 1, text);
    connection.window
      .showErrorMessage(message, ...(canShowDocument ? [show] : []))
      .then((choice) => (choice?.title === show.title ? connection.window.showDocument({ uri, selection: d.range, takeFocus: true }) : undefined))
      .catch((e: unknown) => host.log.warn(`[diagnostics] could not tell the user: ${(e as Error).message}`)); // A client without messages.
  };

  let indexer: IndexRunner | undefined;
  const runner = (): IndexRunner => (indexer ??= new IndexRunner(connection, host, state().ws, options.cacheDir));
  // An index being written when the editor closes is finished first: the next start would otherwise detect it again.
  connection.onShutdown(() => indexer?.persisted());
  const reindex = (): void => {
    runner().run(() => open.all().map((d) => pathOf(d.uri)), (documents) => {
      corpusChanged(documents);
      publishDiagnostics(); // Figures side by side grow with the index.
    });
  };

  const detectorChanged = (): void => {
    // Counts the new detector invalidates; the list itself is unchanged.
    corpusChanged(state().ws.rebuildDetector());
    entitiesChanged(openUris());
    reindex();
  };

  connection.onInitialized(async () => {
    const { ws: w } = state();
    if (canWatch) {
      const extensions = w.settings.fileExtensions.map((e) => e.replace(/^\./, '')).join(',');
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: `**/*.{${extensions}}` },
          { globPattern: `**/*${SIDECAR_SUFFIX}` },
          { globPattern: `**/${w.settings.registryFile.split('/').pop()}` },
          // A deleted folder is one event, for the folder: its articles leave the corpus with it. A created folder
          // is listed from its creation: the watcher misses files written into a new folder before it watches it.
          { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete },
        ],
      });
    }
    // Titles first: the list goes out as soon as the folders are listed. The model (a second of parsing on this
    // thread) loads once a client has the list, or a second later, while the articles are read; the index waits
    // for it, so the corpus is detected once, not twice.
    const started = Date.now();
    let listedMs = 0;
    await w.loadRegistry();
    let model: Promise<void> = Promise.resolve();
    await w.scan(() => {
      listedMs = Date.now() - started;
      corpusChanged(undefined, true);
      // The registry's matcher first, a step at a time: an article opened meanwhile is then analysed at once.
      model = Promise.race([listingAnswered, new Promise((r) => setTimeout(r, 1000))]).then(async () => {
        await w.prepareDetector(givingWayTo(host.heardFromClient));
        await w.loadModel();
      });
      // Nothing persisted: every article will be detected, and the pool's threads load the model while this one reads.
      if (w.corpus.documents().length > 0) void runner().hasPersisted().then((persisted) => persisted || w.warmUpPool()).catch(() => undefined);
    }, (paths) => corpusChanged(paths));
    scanned = true;
    await new Promise((r) => setTimeout(r, 0)); // Answers to the Documents list go out before the model and index take the thread.
    host.log.info(`[corpus] ${w.corpus.documents().length} article(s): listed in ${listedMs} ms, read in ${Date.now() - started} ms`);
    for (const doc of open.all()) adoptOpen(doc.uri, doc.getText());
    entitiesChanged(openUris());
    publishDiagnostics();
    // A restart: the persisted index covers what did not change, before the model is parsed.
    await w.learnModelKey();
    corpusChanged(await runner().restoreFirst());
    await model;
    detectorChanged();
    // Suggested links with synonyms from here on (a fifth of a second of parsing; the first suggestions may go without).
    void w.loadThesaurus();
  });

  const adoptOpen = (uri: string, text: string): void => {
    const { ws: w } = state();
    const path = pathOf(uri);
    if (!w.openText(path, text)) return;
    // Analysed first and at once: its row's counts, before the index would have reached it.
    w.index.refresh(path);
    corpusChanged([path]);
  };

  open.listen(connection, {
    opened: (doc) => {
      adoptOpen(doc.uri, doc.getText());
      entitiesChanged([doc.uri]);
      publishDiagnostics();
    },
    changed: (doc, changes) => {
      const { ws: w } = state();
      if (w.editText(pathOf(doc.uri), changes, doc.getText())) entitiesChanged([doc.uri]);
    },
    closed: (uri) => {
      state().ws.closeText(pathOf(uri));
      publishDiagnostics();
    },
    saved: (doc) =>
      void settle(async () => {
        const { ws: w } = state();
        const article = w.corpus.get(pathOf(doc.uri));
        if (!article || article.sidecarProblem || article.sidecar.annotations.length === 0 || w.settings.readOnly) return;
        // Already written against exactly this text (nothing was typed since the last annotation change): no I/O.
        if (sameFingerprint(article.sidecar.fingerprint, fingerprint(doc.getText()))) return;
        await w.corpus.update(article.path, (s) => s);
      }).catch((e: unknown) => host.log.error(`[save] ${doc.uri}: ${(e as Error).message}`)),
  });

  registerAnnotationRequests(connection, {
    state,
    settle,
    settled: () => settled,
    docPath,
    annotationsChanged: (document) => {
      const uri = state().locator.uris.uri(document);
      entitiesChanged(open.get(uri) ? [uri] : []);
      corpusChanged([document]);
      publishDiagnostics();
      if (canRefreshLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    },
    detectorChanged,
  });

  /** Reads an article's sidecar again; tells the views when its claims changed. */
  const reloadClaims = async (document: string): Promise<boolean> => {
    if ((await state().ws.corpus.reloadSidecar(document)) !== 'reloaded') return false;
    const uri = state().locator.uris.uri(document);
    entitiesChanged(open.get(uri) ? [uri] : []);
    return true;
  };

  connection.onDidChangeWatchedFiles(({ changes }) => settle(() => applyFileChanges(changes)));
  connection.onRequest(ImportRequest, ({ uris, folder }) => settle(async (): Promise<ImportResult> => {
    if (!host.importer) throw new Error(l10n.t('Importing web pages, PDFs and Word files needs the desktop build of Source Annotator (or its CLI).'));
    const { ws: w, locator: l } = state();
    if (w.settings.readOnly) throw new Error(w.settings.readOnly);
    const importIntoFolder = await host.importer();
    const failed: ImportResult['failed'] = [];
    const inputs: Array<{ name: string; bytes: Uint8Array }> = [];
    for (const uri of uris) {
      const path = pathOf(uri);
      const bytes = await host.fs.readFile(path).catch((e: unknown) => void failed.push({ from: path, error: (e as Error).message }));
      if (bytes) inputs.push({ name: path, bytes });
    }
    const imported: ImportResult['imported'] = [];
    for (const o of await importIntoFolder(host.fs, inputs, pathOf(folder))) {
      if ('error' in o) failed.push(o);
      else imported.push({ from: o.from, uri: l.uris.uri(o.path), title: o.title, outlet: o.outlet, published: o.published });
    }
    host.log.info(`[import] ${imported.length} imported into ${pathOf(folder)}, ${failed.length} failed`);
    // Listed at once, without waiting for the editor's file watcher.
    await applyFileChanges(imported.map((i) => ({ uri: i.uri, type: FileChangeType.Created })));
    return { imported, failed };
  }));
  const applyFileChanges = async (changes: FileEvent[]): Promise<void> => {
    const { ws: w } = state();
    const maxBytes = Math.max(1, w.settings.maxFileSizeMB) * 1024 * 1024;
    // The corpus folders, asked for once per batch and only when an article or a folder was created or changed.
    let roots: string[] | undefined;
    const underRoots = async (path: string, kind?: 'folder'): Promise<boolean> => isUnderRoots(path, (roots ??= await w.roots()), kind);
    let detector = false;
    const loadArticle = async (path: string, uri: string): Promise<void> => {
      const editor = open.get(uri);
      await w.corpus.load(path, maxBytes, editor?.getText());
      w.index.refresh(path);
      if (editor) entitiesChanged([uri]);
    };
    for (const change of changes) {
      const path = pathOf(change.uri);
      try {
        if (path === w.registryPath) {
          if (await w.loadRegistry()) detector = true;
        } else if (path.endsWith(SIDECAR_SUFFIX)) {
          await reloadClaims(path.slice(0, -SIDECAR_SUFFIX.length));
        } else if (w.settings.fileExtensions.some((e) => path.toLowerCase().endsWith(e.toLowerCase()))) {
          // Events can arrive late and twice (the client's watchers and the server's own): the disk decides.
          if (change.type === FileChangeType.Deleted || !(await host.fs.exists(path))) {
            w.corpus.forget(path);
            w.index.forget(path);
          } else if (await underRoots(path)) {
            await loadArticle(path, change.uri);
          }
        } else if (change.type === FileChangeType.Deleted) {
          for (const d of w.corpus.documents().filter((doc) => doc.path.startsWith(path + '/'))) {
            w.corpus.forget(d.path);
            w.index.forget(d.path);
          }
        } else if (change.type === FileChangeType.Created && (await underRoots(path, 'folder'))) {
          // A folder copied in (anything else lists nothing): its articles the watcher saw are loaded once.
          for (const article of await discoverDocuments(host.fs, [path], w.settings.fileExtensions)) {
            if (!w.corpus.get(article)) await loadArticle(article, state().locator.uris.uri(article));
          }
        }
      } catch (e) {
        host.log.error(`[watch] ${change.uri}: ${(e as Error).message}`);
      }
    }
    corpusChanged();
    publishDiagnostics();
    if (detector) detectorChanged();
  };

  connection.onDidChangeConfiguration(({ settings }) => {
    const next = (settings as { sourceAnnotator?: Partial<ServerSettings> } | undefined)?.sourceAnnotator;
    if (!next) return;
    const { ws: w } = state();
    const before = w.settings;
    w.settings = { ...before, ...pick(next) };
    const changed = (keys: Array<keyof ServerSettings>): boolean => keys.some((k) => JSON.stringify(before[k]) !== JSON.stringify(w.settings[k]));
    // The author or Restricted Mode changing re-reads nothing; the corpus folders do, the detector's inputs re-index.
    if (changed(['corpusFolders', 'fileExtensions', 'maxFileSizeMB'])) void settle(() => w.scan(() => corpusChanged(), (paths) => corpusChanged(paths))).then(detectorChanged);
    else if (changed(['registryFile', 'discoveryModel'])) void settle(async () => (await w.loadRegistry(), await w.loadModel())).then(detectorChanged);
  });

  /** Answers about a corpus article once announced file changes are applied; `none` for any other document. */
  const inDocument = async <T>(uri: string, none: T, answer: (w: AnnotatorWorkspace, l: Locator, path: string) => T | Promise<T>): Promise<T> => {
    await settled;
    const { ws: w, locator: l } = state();
    const path = docPath(uri);
    return path ? answer(w, l, path) : none;
  };
  connection.onHover(({ textDocument, position }) => inDocument(textDocument.uri, null, (w, l, path) => hoverAt(w, l, path, l.offset(path, position))));
  connection.onReferences(({ textDocument, position, context }) =>
    inDocument(textDocument.uri, [], (w, l, path) => references(w, l, path, l.offset(path, position), context.includeDeclaration)),
  );
  connection.onDefinition(({ textDocument, position }) => {
    const read = async (p: string): Promise<string | undefined> => new TextDecoder().decode(await host.fs.readFile(p));
    return inDocument(textDocument.uri, [], (w, l, path) => definition(w, l, path, l.offset(path, position), read));
  });
  connection.onDocumentHighlight(({ textDocument, position }) => inDocument(textDocument.uri, [], (w, l, path) => highlights(w, l, path, l.offset(path, position))));
  connection.onDocumentSymbol(({ textDocument }) => inDocument(textDocument.uri, [], (w, l, path) => documentSymbols(w, l, path)));
  connection.onWorkspaceSymbol(async ({ query }) => {
    await settled;
    const { ws: w, locator: l } = state();
    return workspaceSymbols(w, l, query);
  });
  connection.onCodeAction(({ textDocument, range }) =>
    inDocument(textDocument.uri, [], (w, l, path) => codeActions(w, l, path, l.offset(path, range.start), l.offset(path, range.end))),
  );
  connection.onCodeLens(({ textDocument }) => inDocument(textDocument.uri, [], (w, l, path) => claimLenses(w, l, path)));
  connection.onRequest(EntitiesRequest, ({ uri, window }) => inDocument(uri, null, (w, _l, path) => documentEntities(w, uri, path, open.get(uri)?.version ?? null, window)));
  connection.onRequest(RescanRequest, () => settle(() => state().ws.scan(() => corpusChanged(), (paths) => corpusChanged(paths))).then(() => reindex()));
  connection.onRequest(DocumentsRequest, async ({ filter, uris, from, limit, since }) => {
    await settled;
    const { ws: w, locator: l } = state();
    const f = filter?.toLocaleLowerCase();
    const max = limit !== undefined && limit > 0 ? limit : undefined;
    const changed = since !== undefined ? changedSince(w, since, max) : undefined;
    const all = changed?.documents ?? (uris ? uris.flatMap((u) => w.corpus.get(pathOf(u)) ?? []) : w.corpus.documents());
    const matching = f ? all.filter((d) => d.title.toLocaleLowerCase().includes(f) || d.path.toLocaleLowerCase().includes(f)) : all;
    const start = changed ? 0 : Math.max(0, from ?? 0);
    const documents = matching.slice(start, max !== undefined ? start + max : undefined).map((d) => listedRow(d, w.index.get(d.path), l.uris.uri(d.path)));
    if (w.corpus.documents().length > 0 && !uris) answeredListing();
    return { scanned, documents, total: matching.length, revision: changed?.revision ?? revision };
  });
}

/** An article's row in the Documents view, without what it does not have (CorpusDocument). */
function listedRow(d: DocumentState, summary: DocumentSummary | undefined, uri: string): CorpusDocument {
  const row: CorpusDocument = { uri, title: d.title, claims: d.sidecar.annotations.length, detached: d.sidecar.annotations.filter((a) => a.anchor === 'orphaned').length };
  if (d.problem) row.problem = d.problem;
  if (d.pending) row.pending = true;
  if (d.sidecarProblem) row.sidecarProblem = `${basename(d.sidecarProblem.path)}:${d.sidecarProblem.line}:${d.sidecarProblem.column}: ${d.sidecarProblem.message}`;
  if (!summary) return row;
  row.figures = summary.figures;
  row.actors = summary.actors;
  if (!summary.meta) return row;
  // What the index read from its text (off this thread, with its detections), under what the sidecar records.
  const { title, outlet, source, published, language, author } = withRecorded(summary.meta, d.sidecar.meta);
  if (title) row.title = title;
  if (outlet) row.outlet = outlet;
  if (source) row.source = source;
  if (published) row.published = published;
  if (language) row.language = language;
  if (author) row.author = author;
  return row;
}

/** Only the known settings, with their types checked: initializationOptions come from any client. */
function pick(raw: Partial<ServerSettings>): Partial<ServerSettings> {
  const out: Partial<ServerSettings> = {};
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (strings(raw.corpusFolders)) out.corpusFolders = raw.corpusFolders;
  if (strings(raw.fileExtensions)) out.fileExtensions = raw.fileExtensions;
  if (typeof raw.maxFileSizeMB === 'number' && raw.maxFileSizeMB > 0) out.maxFileSizeMB = raw.maxFileSizeMB;
  if (typeof raw.registryFile === 'string' && raw.registryFile) out.registryFile = raw.registryFile;
  if (typeof raw.discoveryModel === 'boolean') out.discoveryModel = raw.discoveryModel;
  if (typeof raw.author === 'string' && raw.author.trim()) out.author = raw.author.trim();
  if (raw.readOnly === null || typeof raw.readOnly === 'string') out.readOnly = raw.readOnly || null;
  return out;
}
