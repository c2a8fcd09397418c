// The core's FileSystem port on node:fs, for the CLI, the git merge driver and tests.
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { open, readdir, rename, rm, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { FileStamp, FileSystem } from '../core/ports';
import { isLockName, withFileLock } from './file-lock';

/** Temp files are hidden and end in `.sa-tmp`, so that no `*.annotations.json` glob ever picks one up. */
export const isTempFile = (name: string): boolean => name.startsWith('.') && name.endsWith('.sa-tmp');

/** Where readFileStamped looks past the size the file had (almost always finding its end at once). */
const scratch = Buffer.alloc(64 * 1024);

export class NodeFileSystem implements FileSystem {
  /**
   * A synchronous read behind the async port: the promise API costs about ten times as much per small file
   * (an article is a few KB; a corpus has thousands), and a read of a few MB blocks for a millisecond or two.
   */
  async readFile(path: string): Promise<Uint8Array> {
    return readFileSync(path);
  }

  /** One open, fstat and read (what readFileSync does anyway), synchronous for the same reason. */
  async readFileStamped(path: string): Promise<{ bytes: Uint8Array; stamp: FileStamp }> {
    const fd = openSync(path, 'r');
    try {
      const { size, mtimeMs } = fstatSync(fd);
      const bytes = Buffer.allocUnsafeSlow(size);
      let n = 0;
      for (let r = -1; r !== 0 && n < size; n += r) r = readSync(fd, bytes, n, size - n, null);
      // A file that grew since the fstat is read to its end, as readFileSync would (its stamp is then older than its bytes: read again next time).
      const more: Buffer[] = [];
      for (let r = -1; n === size && r !== 0; ) {
        r = readSync(fd, scratch, 0, scratch.length, null);
        if (r > 0) more.push(Buffer.from(scratch.subarray(0, r)));
      }
      if (more.length > 0) return { bytes: Buffer.concat([bytes, ...more]), stamp: { size, mtime: mtimeMs } };
      return { bytes: n === size ? bytes : bytes.subarray(0, n), stamp: { size, mtime: mtimeMs } };
    } finally {
      closeSync(fd);
    }
  }

  /**
   * Atomic replace: write a temp file in the same folder (same file system, so rename is atomic), fsync it,
   * rename it over the target, then fsync the folder so the rename itself survives a power cut.
   * A crash at any point leaves the old file or the new one, never a torn mix (at worst a stray temp file).
   */
  async writeFile(path: string, data: Uint8Array | readonly Uint8Array[]): Promise<void> {
    const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.sa-tmp`);
    const handle = await open(tmp, 'wx', 0o644);
    try {
      for (const part of data instanceof Uint8Array ? [data] : data) await handle.write(part);
      await handle.sync();
    } catch (e) {
      await handle.close();
      await unlink(tmp).catch(() => undefined);
      throw e;
    }
    await handle.close();
    try {
      await rename(tmp, path);
    } catch (e) {
      await unlink(tmp).catch(() => undefined);
      throw e;
    }
    await syncDirectory(dirname(path));
  }

  async exists(path: string): Promise<boolean> {
    return existsSync(path); // Synchronous for the same reason as readFile.
  }

  async readDirectory(path: string): Promise<Array<[name: string, isDirectory: boolean]>> {
    const entries = await readdir(path, { withFileTypes: true });
    return entries.filter((e) => !isTempFile(e.name) && !isLockName(e.name)).map((e) => [e.name, e.isDirectory()]);
  }

  async delete(path: string): Promise<void> {
    await rm(path); // Files only: a folder is never deleted wholesale by the annotator.
  }

  withLock<T>(path: string, critical: () => Promise<T>): Promise<T> {
    return withFileLock(path, critical);
  }
}

/** Some platforms (Windows) cannot open or fsync a folder; there the rename is as durable as it gets. */
async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Best effort, see above.
  } finally {
    await handle?.close();
  }
}

export const nodeFileSystem: FileSystem = new NodeFileSystem();
