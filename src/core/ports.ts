// What the core needs from its host. The extension implements these on `workspace.fs`, the CLI on `node:fs`.

/**
 * What changes when a file is written: its size and modification time (ms since the epoch). Like git's index and
 * ripgrep, the persisted index trusts a file whose stamp is the one it had when it was read, without reading it.
 */
export interface FileStamp {
  size: number;
  mtime: number;
}

export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  /**
   * The bytes with the file's stamp taken before them: a write during the read leaves a newer stamp on disk, so
   * the file is read again next time, never trusted with older bytes.
   */
  readFileStamped(path: string): Promise<{ bytes: Uint8Array; stamp: FileStamp }>;
  /**
   * Atomic replace: the file holds either the old or the new bytes, never a mix. Parts are written one after the
   * other (a large file need not be one buffer first).
   */
  writeFile(path: string, data: Uint8Array | readonly Uint8Array[]): Promise<void>;
  exists(path: string): Promise<boolean>;
  /** Names of the entries of a folder, with whether each is a folder. */
  readDirectory(path: string): Promise<Array<[name: string, isDirectory: boolean]>>;
  delete(path: string): Promise<void>;
  /**
   * Runs `critical` (read → merge → write of `path`) while holding an exclusive lock on `path` that every
   * writer of the product takes, in this process and in others. Rejects with LockTimeoutError, having run
   * nothing, when the lock cannot be had in time; a lock left by a killed process is recovered.
   */
  withLock<T>(path: string, critical: () => Promise<T>): Promise<T>;
}

/**
 * A stamp to trust in a later session: not one taken within the file system's timestamp granularity of the read
 * (a write in the same tick would keep the stamp: git's "racy" entries). Sub-second mtimes mean a fine clock;
 * whole seconds may mean a coarse one (FAT: 2 s).
 */
export function settledStamp(stamp: FileStamp, readAt: number): FileStamp | undefined {
  const granularity = stamp.mtime % 1000 === 0 ? 2000 : 100;
  return readAt - stamp.mtime > granularity ? stamp : undefined;
}

export const sameStamp = (a: FileStamp | undefined, b: FileStamp | undefined): boolean => a !== undefined && b !== undefined && a.size === b.size && a.mtime === b.mtime;

/** The bytes of writeFile's data as one array (for writers that take only one). */
export function joinBytes(data: Uint8Array | readonly Uint8Array[]): Uint8Array {
  if (data instanceof Uint8Array) return data;
  const out = new Uint8Array(data.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of data) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export class LockTimeoutError extends Error {
  constructor(readonly path: string, waitedMs: number) {
    super(`${path} is being written by another process (waited ${Math.round(waitedMs / 1000)} s for its lock); nothing was changed — try again`);
    this.name = 'LockTimeoutError';
  }
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
