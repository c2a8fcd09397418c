// Answers the file requests of a language server that has no file system of its own (the browser build's Web
// Worker) from the editor's workspace.fs. Registered before the client starts, so the server's first scan is answered.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Logger } from '../core/ports';
import {
  decodeBytes,
  encodeBytes,
  EXTENSION_FILES,
  ExtensionFileRequest,
  FsDeleteRequest,
  FsExistsRequest,
  FsReadDirectoryRequest,
  FsReadFileRequest,
  FsReadFileStampedRequest,
  FsWriteFileRequest,
} from '../protocol/fs-protocol';
import type { WorkspaceFileSystem } from './workspace-fs';

export function serveFileSystem(client: BaseLanguageClient, fs: WorkspaceFileSystem, extensionUri: vscode.Uri, log: Logger): vscode.Disposable[] {
  /** The server hears the reason; the log keeps what failed, except a file that simply does not exist. */
  const answer = <P extends { path: string }, R>(verb: string, work: (p: P) => Promise<R>) => async (p: P): Promise<R> => {
    try {
      return await work(p);
    } catch (e) {
      if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) log.warn(`[fs] the server could not ${verb} ${p.path}: ${(e as Error).message}`);
      throw e;
    }
  };
  return [
    client.onRequest(FsReadFileRequest, answer('read', async ({ path }) => ({ base64: encodeBytes(await fs.readFile(path)) }))),
    client.onRequest(FsReadFileStampedRequest, answer('read', async ({ path }) => {
      const { bytes, stamp } = await fs.readFileStamped(path);
      return { base64: encodeBytes(bytes), ...stamp };
    })),
    client.onRequest(FsWriteFileRequest, answer('write', ({ path, base64 }) => fs.writeFile(path, decodeBytes(base64)))),
    client.onRequest(FsExistsRequest, answer('check', ({ path }) => fs.exists(path))),
    client.onRequest(FsReadDirectoryRequest, answer('list', ({ path }) => fs.readDirectory(path))),
    client.onRequest(FsDeleteRequest, answer('delete', ({ path }) => fs.delete(path))),
    client.onRequest(ExtensionFileRequest, async ({ relativePath }) => {
      // Only the files the server is meant to have: the request must not read anything else of the extension.
      if (!(EXTENSION_FILES as readonly string[]).includes(relativePath)) throw new Error(`not a file the server may read: ${relativePath}`);
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...relativePath.split('/')));
      return { base64: encodeBytes(bytes) };
    }),
  ];
}
