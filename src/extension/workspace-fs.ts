import * as vscode from 'vscode';
import { basename, dirname } from '../core/paths';
import type { FileSystem } from '../core/ports';
import { PathMutex } from '../core/store/path-mutex';

/**
 * The core's FileSystem on `workspace.fs` (so it also works for remote and virtual workspaces).
 * Core paths are URI paths; `toUri` maps them back with the scheme and authority of the workspace.
 */
export class WorkspaceFileSystem implements FileSystem {
  private readonly mutex = new PathMutex();

  /**
   * `local`: the node build's file system for `file:` workspaces (atomic rename(2), a lock across processes);
   * absent in the browser build, where every file goes through workspace.fs.
   */
  constructor(private readonly base: vscode.Uri, private readonly local?: FileSystem) {}

  /** The node file system when this workspace is on the local disk and the build has one. */
  private get localFs(): FileSystem | undefined {
    return this.base.scheme === 'file' ? this.local : undefined;
  }

  toUri(path: string): vscode.Uri {
    return this.base.with({ path });
  }

  readFile(path: string): Promise<Uint8Array> {
    return Promise.resolve(vscode.workspace.fs.readFile(this.toUri(path)));
  }

  /**
   * Atomic replace. Local files go through node:fs (temp file, fsync, rename(2)): `workspace.fs.rename` with
   * overwrite may delete before renaming, which a file watcher sees as the sidecar vanishing.
   */
  async writeFile(path: string, data: Uint8Array): Promise<void> {
    if (this.localFs) return this.localFs.writeFile(this.toUri(path).fsPath, data);
    const tmp = this.toUri(`${dirname(path)}/.${basename(path)}.${Math.random().toString(16).slice(2, 14)}.sa-tmp`);
    await vscode.workspace.fs.writeFile(tmp, data);
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

  /**
   * Local files: the lock across processes that the CLI and other windows take too. `workspace.fs` has no
   * lock, so elsewhere (remote, virtual, browser) writes are serialised within this window only.
   */
  withLock<T>(path: string, critical: () => Promise<T>): Promise<T> {
    if (this.localFs) return this.localFs.withLock(this.toUri(path).fsPath, critical);
    return this.mutex.run(path, critical);
  }

  delete(path: string): Promise<void> {
    return Promise.resolve(vscode.workspace.fs.delete(this.toUri(path)));
  }
}
