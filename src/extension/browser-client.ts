// The browser build's language server: dist/browser/server.js in a Web Worker, its file access served by this
// extension (fs-provider.ts) because a worker cannot reach the workspace's files.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/browser';
import type { ClientFactory } from './language-client';

// The web worker extension host's globals (tsconfig has no DOM/WebWorker lib: the shared code must not use them).
type ServerWorker = ConstructorParameters<typeof BrowserMessageReader>[0] & { terminate(): void };
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => object;
declare const URL: { createObjectURL(blob: object): string; revokeObjectURL(url: string): void };

export const SERVER_WORKER = ['dist', 'browser', 'server.js'] as const;

export function browserClientFactory(extensionUri: vscode.Uri): ClientFactory {
  return (id, name, options) => new WorkerLanguageClient(id, name, options, extensionUri);
}

/** A client whose server is a Web Worker it starts itself, and ends when it is disposed. */
class WorkerLanguageClient extends LanguageClient {
  private server: { worker: ServerWorker; blobUrl?: string } | undefined;

  constructor(id: string, name: string, options: LanguageClientOptions, extensionUri: vscode.Uri) {
    super(id, name, async (): Promise<MessageTransports> => {
      this.end();
      const server = (this.server = await startWorker(extensionUri, name));
      return { reader: new BrowserMessageReader(server.worker), writer: new BrowserMessageWriter(server.worker) };
    }, options);
  }

  override async dispose(timeout?: number): Promise<void> {
    try {
      await super.dispose(timeout);
    } finally {
      this.end();
    }
  }

  private end(): void {
    this.server?.worker.terminate();
    if (this.server?.blobUrl) URL.revokeObjectURL(this.server.blobUrl);
    this.server = undefined;
  }
}

/**
 * The web worker extension host starts a worker from an `http(s):` or `file:` URI, but refuses a `vscode-remote:`
 * one ("Creating workers from remote extensions is currently not supported"), which is where an extension lives in
 * code-server or a remote window. There the script is read through workspace.fs and started from a blob URL.
 */
async function startWorker(extensionUri: vscode.Uri, name: string): Promise<{ worker: ServerWorker; blobUrl?: string }> {
  const script = vscode.Uri.joinPath(extensionUri, ...SERVER_WORKER);
  if (['http', 'https', 'file'].includes(script.scheme)) return { worker: new Worker(script.toString(true), { name }) };
  // Kept until the worker ends: the host wraps it in a loader that fetches the URL once the worker runs.
  const blobUrl = URL.createObjectURL(new Blob([await vscode.workspace.fs.readFile(script)], { type: 'text/javascript' }));
  return { worker: new Worker(blobUrl, { name }), blobUrl };
}
