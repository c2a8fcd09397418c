// The node build's language server: dist/server.js as its own process over IPC, so that indexing the corpus never
// blocks the extension host.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import type { ClientFactory } from './language-client';
import { SERVER_NODE_FLAGS } from '../server/node-flags';

export function nodeClientFactory(extensionUri: vscode.Uri): ClientFactory {
  return (id, name, options) => {
    const module = vscode.Uri.joinPath(extensionUri, 'dist', 'server.js').fsPath;
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6019'] } },
    };
    return new LanguageClient(id, name, serverOptions, options);
  };
}
