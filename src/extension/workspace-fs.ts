import * as vscode from 'vscode';
import { basename, dirname } from '../core/paths';
import { joinBytes, type FileStamp, type FileSystem } from '../core/ports';
import { PathMutex } from '../core/store/path-mutex';

/**
 * The core's FileSystem on `workspace.fs`, for a language server that has no file system of its own (the
 * browser build's Web Worker: fs-provider.ts answers its requests with this). Core paths are URI paths; `toUri`
 * maps them back with the scheme and authority of the workspace.
 */
export class WorkspaceFileSystem implements FileSystem {
  private readonly mutex = new PathMutex();

  constructor(private readonly base: vscode.Uri) {}

  toUri(path: string): vscode.Uri {
    return this.base.with({ path });
  }

  readFile(path: string): Promise<Uint8Array> {
    return Promise.resolve(vscode.workspace.fs.readFile(this.toUri(path)));
  }

  /** stat before readFile: a write in between leaves a newer stamp than these bytes, so they are read again next time. */
  async readFileStamped(path: string): Promise<{ bytes: Uint8Array; stamp: FileStamp }> {
    const { size, mtime } = await vscode.workspace.fs.stat(this.toUri(path));
    return { bytes: await vscode.workspace.fs.readFile(this.toUri(path)), stamp: { size, mtime } };
  }

  /** Replace by a temporary file and a rename, so that no reader ever sees half a sidecar. */
  async writeFile(path: string, data: Uint8Array | readonly Uint8Array[]): Promise<void> {
    const tmp = this.toUri(`${dirname(path)}/.${basename(path)}.${Math.random().toString(16).slice(2, 14)}.sa-tmp`);
    await vscode.workspace.fs.writeFile(tmp, joinBytes(data));
    try {
      await vscode.workspace.fs.rename(tmp, this.toUri(path), { overwrite: true });
    } catch (e) {
      await Promise.resolve(vscode.workspace.fs.delete(tmp)).catch(() => undefined);
      throw e;
    }
  }

  async exists(path: string): Promise<boolean> {
    try {
      await vscode.workspace.fs.stat(this.toUri(path));
      return true;
    } catch {
      return false;
    }
  }

  async readDirectory(path: string): Promise<Array<[string, boolean]>> {
    const entries = await vscode.workspace.fs.readDirectory(this.toUri(path));
    return entries.map(([name, type]) => [name, (type & vscode.FileType.Directory) !== 0]);
  }

  /** `workspace.fs` has no lock: writes are serialised within this window only (the README says so). */
  withLock<T>(path: string, critical: () => Promise<T>): Promise<T> {
    return this.mutex.run(path, critical);
  }

  delete(path: string): Promise<void> {
    return Promise.resolve(vscode.workspace.fs.delete(this.toUri(path)));
  }
}
