// The extension's browser entry (package.json `browser`: dist/browser/extension.js), for VS Code's web worker
// extension host (vscode.dev, code-server): the language server runs in a Web Worker and every file, the server's
// included, goes through workspace.fs.
import * as vscode from 'vscode';
import { Commands } from './constants';
import { serveFileSystem } from './fs-provider';
import { activateWith, type SourceAnnotatorApi } from './main';
import { browserClientFactory } from './browser-client';

export function activate(context: vscode.ExtensionContext): SourceAnnotatorApi {
  return activateWith(context, {
    createClient: browserClientFactory(context.extensionUri),
    serveFiles: (client, fs, log) => serveFileSystem(client, fs, context.extensionUri, log),
    commands: () => [
      // Configuring git's merge driver runs git; a browser has no process to run it in.
      vscode.commands.registerCommand(Commands.setupGitMerge, () => {
        void vscode.window.showErrorMessage(vscode.l10n.t('Setting up git merging needs VS Code on the desktop (or a remote window) with the folder in a local git repository.'));
        return false;
      }),
    ],
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
