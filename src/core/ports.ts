// What the core needs from its host. The extension implements these on `workspace.fs`, the CLI on `node:fs`.

export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
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
