// What differs between the node build (dist/extension.js) and the browser build (dist/browser/extension.js) of the
// extension; each entry passes its own to the one shared activation (main.ts). Nothing here may import node:*.
import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Logger } from '../core/ports';
import type { ClientFactory } from './language-client';
import type { WorkspaceFileSystem } from './workspace-fs';

export interface ExtensionPlatform {
  /** Makes the language client: a server process over IPC (node) or in a Web Worker (browser). */
  createClient: ClientFactory;
  /**
   * Serves the server's file access when it has none of its own (the Web Worker); called before the client
   * starts. The node server reads its files itself.
   */
  serveFiles?(client: BaseLanguageClient, fs: WorkspaceFileSystem, log: Logger): vscode.Disposable[];
  /** Commands only this build can run (git merge set-up needs a git process). */
  commands(): vscode.Disposable[];
}
