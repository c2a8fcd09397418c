// The extension's node entry (package.json `main`: dist/extension.js), for VS Code desktop and remote extension
// hosts: the language server runs as its own process (and reads the corpus itself, through node:fs).
import { userInfo } from 'node:os';
import type * as vscode from 'vscode';
import { useOsUserName } from './config';
import { GitSetupCommand } from './git-setup-command';
import { activateWith, type SourceAnnotatorApi } from './main';
import { nodeClientFactory } from './node-client';

export function activate(context: vscode.ExtensionContext): SourceAnnotatorApi {
  useOsUserName(() => userInfo().username);
  return activateWith(context, {
    createClient: nodeClientFactory(context.extensionUri),
    commands: () => [new GitSetupCommand(context.extensionUri)],
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
