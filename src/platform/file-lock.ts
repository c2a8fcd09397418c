// A lock across processes around read → merge → write of one file, on proper-lockfile: a lock directory
// created with mkdir (atomic on local and network file systems, Linux, macOS and Windows) whose mtime the
// holder refreshes; a lock whose holder was killed goes stale and is taken over after STALE_MS.
import { basename, dirname, join } from 'node:path';
import { lock } from 'proper-lockfile';
import { LockTimeoutError } from '../core/ports';
import { PathMutex } from '../core/store/path-mutex';

/** The lock of `x.json` is the hidden folder `.x.json.sa-lock` beside it: never listed, never committed (git keeps no empty folders). */
export const lockPathFor = (path: string): string => join(dirname(path), `.${basename(path)}.sa-lock`);
export const isLockName = (name: string): boolean => name.startsWith('.') && name.endsWith('.sa-lock');

/** A holder refreshes its lock every UPDATE_MS; one not refreshed for STALE_MS is taken to be dead. */
const STALE_MS = 10_000;
const UPDATE_MS = 2_000;
/** Long enough to outlast a dead holder's stale lock plus a queue of live writers. */
export const DEFAULT_LOCK_TIMEOUT_MS = 30_000;

const inProcess = new PathMutex();

export interface LockOptions {
  timeoutMs?: number;
  /** Told when the lock was taken over by another process while held (this process stalled past STALE_MS). */
  onCompromised?: (error: Error) => void;
}

export function withFileLock<T>(path: string, critical: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  // Queue in-process first: proper-lockfile would make two writers of one process poll for each other.
  return inProcess.run(path, async () => {
    let compromised: Error | undefined;
    const release = await acquire(path, options.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS, (e) => {
      compromised = e;
      options.onCompromised?.(e);
    });
    try {
      const result = await critical();
      if (compromised) throw new Error(`lost the lock on ${path} while writing (${compromised.message}); check the file`);
      return result;
    } finally {
      await release().catch(() => undefined); // Already released when compromised.
    }
  });
}

async function acquire(path: string, timeoutMs: number, onCompromised: (e: Error) => void): Promise<() => Promise<void>> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await lock(path, { realpath: false, lockfilePath: lockPathFor(path), stale: STALE_MS, update: UPDATE_MS, retries: 0, onCompromised });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw e;
      const waited = Date.now() - started;
      if (waited >= timeoutMs) throw new LockTimeoutError(path, waited);
      // Short, growing, jittered waits: a batch of writers spreads out instead of polling in step.
      await new Promise((r) => setTimeout(r, Math.min(250, 10 * 1.5 ** attempt) * (0.5 + Math.random())));
    }
  }
}
