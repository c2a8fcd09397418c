// The Source Annotator language client, the same for both builds: the node build starts the server as its own
// process over IPC (node-client.ts), the browser build in a Web Worker (browser-client.ts). The server owns the
// corpus: it answers hovers, code actions and the editor's navigation gestures (references, definition, symbols,
// highlights, code lens), fills the Problems panel, and makes every annotation edit.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import type { InitializationOptions } from '../server/annotator-server';
import { author, fileExtensions, maxBytes, modelEnabled } from './config';
import { Settings } from './constants';
import { keepOpenAcrossLanguageSwitch } from './language-switch';

export const CLIENT_ID = 'sourceAnnotator';

/** Makes (does not start) the client of one build for these options. */
export type ClientFactory = (id: string, name: string, options: LanguageClientOptions) => BaseLanguageClient;

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
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, factory: ClientFactory): { client: BaseLanguageClient; watchers: vscode.Disposable[] } {
  const extensions = fileExtensions().map((e) => e.replace(/^\./, '')).join(',');
  const watchers = [`**/*.{${extensions}}`, '**/*.annotations.json', '**/source-annotator.actors.json'].map((glob) => vscode.workspace.createFileSystemWatcher(glob));
  // Local and remote files, and whatever scheme the open folder has (vscode-vfs on github.dev, for one).
  const schemes = new Set(['file', 'vscode-remote', ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme)]);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...schemes].map((scheme) => ({ scheme, pattern: `**/*.{${extensions}}` })),
    // The workspace's storage folder keeps the server's index between sessions (a local folder: the node build).
    initializationOptions: serverSettings(context.storageUri?.scheme === 'file' ? context.storageUri.fsPath : undefined),
    outputChannel: output,
    synchronize: { fileEvents: watchers },
    middleware: keepOpenAcrossLanguageSwitch((m) => output.warn(m)),
  };
  const client = factory(CLIENT_ID, vscode.l10n.t('Source Annotator Language Server'), clientOptions);
  return { client, watchers };
}
