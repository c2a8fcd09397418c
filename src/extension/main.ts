// The activation shared by both builds; the entries (node-main.ts, browser-main.ts) only pass their platform.
// It only composes: it builds the core and registers a few top-level disposables.
import * as vscode from 'vscode';
import { z } from 'zod';
import { AnnotatorCodeActions } from './code-actions';
import { ClaimCommands } from './claim-commands';
import { Commands, ContextKeys, Settings, VIEW_DOCUMENTS } from './constants';
import { CorpusService } from './corpus-service';
import { DecorationManager } from './decorations';
import { DetectorHost } from './detector-host';
import { DocumentsTreeProvider } from './documents-tree';
import { ExportCommand } from './export-command';
import { openLocation } from './locations';
import { OrphanSidecars } from './orphan-sidecars';
import { createLogger } from './logger';
import { createLanguageClient, serverSettings } from './language-client';
import type { ExtensionPlatform } from './platform';
import { IndexCounts } from './index-counts';
import { ServerEntities } from './server-entities';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { SidecarWrittenNotification } from '../protocol/protocol';
import { RegistryCommands } from './registry-commands';
import { WorkspaceFileSystem } from './workspace-fs';

/** What activate() returns: the pieces integration tests (and other extensions) can inspect. */
export interface SourceAnnotatorApi {
  service: CorpusService;
  decorations: DecorationManager;
  detectors: DetectorHost;
  tree: DocumentsTreeProvider;
  orphans: OrphanSidecars;
  /** Resolves when the corpus is scanned and the discovery model (if enabled) is loaded. */
  ready(): Promise<void>;
  /** The language server's client; resolves once the server is running. */
  languageClient(): Promise<BaseLanguageClient>;
}

export function activateWith(context: vscode.ExtensionContext, platform: ExtensionPlatform): SourceAnnotatorApi {
  // zod's JIT probes `navigator`, which the extension host flags; validation speed does not need it.
  z.config({ jitless: true });
  const log = context.subscriptions[context.subscriptions.push(createLogger()) - 1] as ReturnType<typeof createLogger>;
  const base = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/');
  const fs = new WorkspaceFileSystem(base, platform.localFiles);
  const detectors = new DetectorHost(fs, context.extensionUri, log, platform.gunzip);
  const service = new CorpusService(fs, log, detectors.current());
  // Restricted Mode: everything is shown, nothing is written, and an edit says why.
  const restricted = (): string | undefined =>
    vscode.workspace.isTrusted ? undefined : vscode.l10n.t('This folder is open in Restricted Mode: annotations are shown but nothing is saved. Trust the folder to annotate it.');
  service.corpus.readOnly = restricted();
  detectors.readOnly = restricted;
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => (service.corpus.readOnly = undefined)));
  // The language server: its own process or a Web Worker, so indexing the corpus never blocks this extension host.
  const { client, watchers } = createLanguageClient(context, log.channel, platform.createClient);
  context.subscriptions.push(...(platform.serveFiles?.(client, fs, log) ?? []));
  const started = client.start().then(() => client);
  started.catch((e: unknown) => log.error(`[server] could not start the language server: ${(e as Error).message}`));
  const counts = new IndexCounts(started, log);
  const tree = new DocumentsTreeProvider(service, counts);
  const entities = new ServerEntities(started, log);
  const decorations = new DecorationManager(service, entities, context.extensionUri);
  const orphans = new OrphanSidecars(service);
  const selector: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'vscode-remote' }, { scheme: 'untitled' }];
  context.subscriptions.push(
    entities,
    detectors,
    service,
    tree,
    decorations,
    orphans,
    new ClaimCommands(service, log),
    new RegistryCommands(service, detectors, log),
    new ExportCommand(service),
    ...platform.commands(),
    vscode.window.createTreeView(VIEW_DOCUMENTS, { treeDataProvider: tree, showCollapseAll: true }),
    vscode.languages.registerCodeActionsProvider(selector, new AnnotatorCodeActions(service, entities), AnnotatorCodeActions.metadata),
    vscode.commands.registerCommand(Commands.refreshDocuments, () => service.refresh()),
    vscode.commands.registerCommand(Commands.openLocation, (path: string, start?: number, end?: number) => openLocation((p) => fs.toUri(p), path, start, end)),
    detectors.onDidChange((detector) => {
      service.corpus.setDetector(detector);
      service.notifyAll();
    }),
    vscode.window.onDidChangeActiveTextEditor((e) => updateContext(e)),
    service.onDidChange(() => updateContext(vscode.window.activeTextEditor)),
  );
  function updateContext(editor: vscode.TextEditor | undefined): void {
    void vscode.commands.executeCommand('setContext', ContextKeys.isCorpusDocument, !!editor && service.isCorpusDocument(editor.document.uri));
  }

  // The corpus is usable as soon as it is scanned; the model arrives a moment later and refines the actors.
  const scanned = detectors.loadRegistry().then(() => {
    detectors.rebuild();
    return service.refresh();
  });
  const ready = scanned.then(() => detectors.ensureModel()).then(() => {
    if (detectors.hasModel()) detectors.rebuild();
  });
  ready.catch((e: unknown) => log.error(`[activate] ${(e as Error).stack ?? String(e)}`));

  context.subscriptions.push(
    client,
    counts,
    ...watchers,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(Settings.section)) void client.sendNotification('workspace/didChangeConfiguration', { settings: { sourceAnnotator: serverSettings() } });
    }),
  );
  context.subscriptions.push(
    service.onDidWriteSidecar((path) => void started.then((c) => c.sendNotification(SidecarWrittenNotification, { uri: fs.toUri(path).toString() }))),
  );
  return { service, decorations, detectors, tree, orphans, ready: () => ready, languageClient: () => started };
}
