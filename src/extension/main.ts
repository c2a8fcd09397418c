// The activation shared by both builds; the entries (node-main.ts, browser-main.ts) only pass their platform.
// It only composes: the language server owns the corpus; this host keeps editor UI (decorations, the tree,
// pickers) and asks the server for everything else.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ArticleLanguage } from './article-language';
import { ClaimCommands } from './claim-commands';
import { Commands, ContextKeys, Settings, VIEW_DOCUMENTS } from './constants';
import { CorpusView } from './corpus-view';
import { DecorationManager } from './decorations';
import { DocumentsTreeProvider } from './documents-tree';
import { ExportCommand } from './export-command';
import { ImportCommand } from './import-command';
import { createLanguageClient, serverSettings } from './language-client';
import { openLocation } from './locations';
import { createLogger } from './logger';
import { OrphanSidecars } from './orphan-sidecars';
import type { ExtensionPlatform } from './platform';
import { RegistryCommands } from './registry-commands';
import { ServerEntities } from './server-entities';
import { SourceCommands } from './source-commands';
import { documentsGrouping } from './config';
import { MatrixPanel } from './webviews/matrix-panel';
import { GraphPanel } from './webviews/graph-panel';
import { WorkspaceFileSystem } from './workspace-fs';

/** What activate() returns: the pieces integration tests (and other extensions) can inspect. */
export interface SourceAnnotatorApi {
  corpus: CorpusView;
  decorations: DecorationManager;
  tree: DocumentsTreeProvider;
  orphans: OrphanSidecars;
  /** The claims × sources matrix panel (its command opens it). */
  matrix: MatrixPanel;
  /** The claims graph panel (Show Claims Graph). */
  graph: GraphPanel;
  /** The URI of a core path (a URI's path) in this workspace. */
  toUri(path: string): vscode.Uri;
  /** Resolves when the language server has read every article of the corpus once. */
  ready(): Promise<void>;
  /** The language server's client; resolves once the server is running. */
  languageClient(): Promise<BaseLanguageClient>;
}

export function activateWith(context: vscode.ExtensionContext, platform: ExtensionPlatform): SourceAnnotatorApi {
  const log = context.subscriptions[context.subscriptions.push(createLogger()) - 1] as ReturnType<typeof createLogger>;
  const base = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/');
  const toUri = (path: string): vscode.Uri => base.with({ path });
  // The language server: its own process or a Web Worker, so indexing the corpus never blocks this extension host.
  const { client, watchers } = createLanguageClient(context, log.channel, platform.createClient);
  context.subscriptions.push(...(platform.serveFiles?.(client, new WorkspaceFileSystem(base), log) ?? []));
  const activated = Date.now();
  const started = client.start().then(() => (log.info(`[server] running, ${Date.now() - activated} ms after activation`), client));
  started.catch((e: unknown) => log.error(`[server] could not start the language server: ${(e as Error).message}`));
  const corpus = new CorpusView(started, log);
  const tree = new DocumentsTreeProvider(corpus, started, toUri);
  tree.setGrouping(documentsGrouping());
  const entities = new ServerEntities(started, log);
  const decorations = new DecorationManager(corpus, entities, context.extensionUri);
  const orphans = new OrphanSidecars(corpus, started, toUri);
  const matrix = new MatrixPanel(context.extensionUri, corpus, started, toUri, log);
  const graph = new GraphPanel(context.extensionUri, corpus, started, log);
  const view = vscode.window.createTreeView(VIEW_DOCUMENTS, { treeDataProvider: tree, showCollapseAll: true });
  const filter = (text: string): void => {
    tree.setFilter(text);
    view.description = tree.filter ? vscode.l10n.t('filtered: “{0}”', tree.filter) : undefined;
  };
  const settingsChanged = (): void => void started.then((c) => c.sendNotification('workspace/didChangeConfiguration', { settings: { sourceAnnotator: serverSettings() } }));
  context.subscriptions.push(
    client,
    ...watchers,
    corpus,
    entities,
    tree,
    decorations,
    orphans,
    matrix,
    graph,
    new ClaimCommands(corpus, started, toUri, log),
    new RegistryCommands(started, toUri, log),
    new SourceCommands(started, toUri, log),
    new ExportCommand(corpus, started),
    new ImportCommand(corpus, started),
    ...platform.commands(),
    new ArticleLanguage(corpus),
    view,
    vscode.commands.registerCommand(Commands.refreshDocuments, () => corpus.rescan()),
    vscode.commands.registerCommand(Commands.filterDocuments, async (text?: string) => {
      const next = text ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Filter the Documents view'), value: tree.filter, prompt: vscode.l10n.t('Part of a title or file name; empty shows every article.') }));
      if (next !== undefined) filter(next);
    }),
    vscode.commands.registerCommand(Commands.clearDocumentsFilter, () => filter('')),
    vscode.commands.registerCommand(Commands.openLocation, (path: string, start?: number, end?: number) => openLocation(toUri, path, start, end)),
    vscode.window.onDidChangeActiveTextEditor((e) => updateContext(e)),
    corpus.onDidChange(() => updateContext(vscode.window.activeTextEditor)),
    vscode.workspace.onDidGrantWorkspaceTrust(settingsChanged),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${Settings.section}.${Settings.documentsGroupBy}`)) tree.setGrouping(documentsGrouping());
      if (e.affectsConfiguration(Settings.section)) settingsChanged();
    }),
  );
  function updateContext(editor: vscode.TextEditor | undefined): void {
    void vscode.commands.executeCommand('setContext', ContextKeys.isCorpusDocument, !!editor && corpus.isCorpusDocument(editor.document.uri));
  }
  return { corpus, decorations, tree, orphans, matrix, graph, toUri, ready: () => corpus.ready(), languageClient: () => started };
}
