// Starts the Source Annotator language server (dist/server.js, its own process over IPC) and connects to it.
// The server owns the corpus: it answers hovers, code actions and the editor's navigation gestures (references,
// definition, symbols, highlights, code lens), fills the Problems panel, and makes every annotation edit.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { InitializationOptions } from '../server/annotator-server';
import { author, fileExtensions, maxBytes, modelEnabled } from './config';
import { Settings } from './constants';

export function serverSettings(cacheDir?: string): InitializationOptions {
  const section = vscode.workspace.getConfiguration(Settings.section);
  return {
    corpusFolders: section.get<string[]>(Settings.corpusFolders, ['seeds']),
    fileExtensions: fileExtensions(),
    maxFileSizeMB: maxBytes() / 1024 / 1024,
    registryFile: section.get<string>(Settings.registryFile, 'source-annotator.actors.json'),
    discoveryModel: modelEnabled(),
    author: author(),
    // Restricted Mode: everything is shown, nothing is written, and an edit says why.
    readOnly: vscode.workspace.isTrusted ? null : vscode.l10n.t('This folder is open in Restricted Mode: annotations are shown but nothing is saved. Trust the folder to annotate it.'),
    ...(cacheDir ? { cacheDir } : {}),
    l10nBundle: vscode.l10n.bundle,
  };
}

/** The client, and the file watchers it forwards to the server (the caller disposes both). */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): { client: LanguageClient; watchers: vscode.Disposable[] } {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const extensions = fileExtensions().map((e) => e.replace(/^\./, '')).join(',');
  const watchers = [`**/*.{${extensions}}`, '**/*.annotations.json', '**/source-annotator.actors.json'].map((glob) => vscode.workspace.createFileSystemWatcher(glob));
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', pattern: `**/*.{${extensions}}` },
      { scheme: 'vscode-remote', pattern: `**/*.{${extensions}}` },
    ],
    // The workspace's storage folder keeps the server's index between sessions.
    initializationOptions: serverSettings(context.storageUri?.scheme === 'file' ? context.storageUri.fsPath : undefined),
    outputChannel: output,
    synchronize: { fileEvents: watchers },
  };
  const client = new LanguageClient('sourceAnnotator', vscode.l10n.t('Source Annotator Language Server'), serverOptions, clientOptions);
  return { client, watchers };
}
