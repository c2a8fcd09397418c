// The core's FileSystem port for a server without a file system of its own (a Web Worker): every call is a
// request to the client, which answers from the editor's workspace.fs (src/extension/fs-provider.ts).
import type { Connection } from 'vscode-languageserver';
import { joinBytes, type FileStamp, type FileSystem } from '../core/ports';
import { PathMutex } from '../core/store/path-mutex';
import {
  decodeBytes,
  encodeBytes,
  FsDeleteRequest,
  FsExistsRequest,
  FsReadDirectoryRequest,
  FsReadFileRequest,
  FsReadFileStampedRequest,
  FsWriteFileRequest,
} from '../protocol/fs-protocol';

export class ClientFileSystem implements FileSystem {
  // workspace.fs has no lock: writes are serialised within this server only (see the README's browser notes).
  private readonly mutex = new PathMutex();

  constructor(private readonly connection: Connection) {}

  async readFile(path: string): Promise<Uint8Array> {
    const { base64 } = await this.ask(() => this.connection.sendRequest(FsReadFileRequest, { path }), 'read', path);
    return decodeBytes(base64);
  }

  async readFileStamped(path: string): Promise<{ bytes: Uint8Array; stamp: FileStamp }> {
    const { base64, size, mtime } = await this.ask(() => this.connection.sendRequest(FsReadFileStampedRequest, { path }), 'read', path);
    return { bytes: decodeBytes(base64), stamp: { size, mtime } };
  }

  writeFile(path: string, data: Uint8Array | readonly Uint8Array[]): Promise<void> {
    return this.ask(() => this.connection.sendRequest(FsWriteFileRequest, { path, base64: encodeBytes(joinBytes(data)) }), 'write', path);
  }

  exists(path: string): Promise<boolean> {
    return this.ask(() => this.connection.sendRequest(FsExistsRequest, { path }), 'check', path);
  }

  readDirectory(path: string): Promise<Array<[string, boolean]>> {
    return this.ask(() => this.connection.sendRequest(FsReadDirectoryRequest, { path }), 'list', path);
  }

  delete(path: string): Promise<void> {
    return this.ask(() => this.connection.sendRequest(FsDeleteRequest, { path }), 'delete', path);
  }

  withLock<T>(path: string, critical: () => Promise<T>): Promise<T> {
    return this.mutex.run(path, critical);
  }

  /** A failed request names the file and the verb: the client's error alone ("Unknown error") rarely says which. */
  private async ask<T>(request: () => Promise<T>, verb: string, path: string): Promise<T> {
    try {
      return await request();
    } catch (e) {
      throw new Error(`cannot ${verb} ${path} through the editor: ${(e as Error).message}`);
    }
  }
}
