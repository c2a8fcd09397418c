// Reads and writes sidecars through the FileSystem port. Each write holds the file's lock (shared with every
// other writer, in this process and others) from reading the file on disk to renaming the new one over it, so
// a sidecar that changed since it was read is merged by id, never clobbered; a sidecar that failed to parse
// is never overwritten (the analyst's hand edit would be lost).
import type { FileSystem, Logger } from '../ports';
import { silentLogger } from '../ports';
import { SidecarSchema, sidecarPathFor, type Sidecar } from '../model/annotation';
import { mergeById } from './merge-by-id';
import { PathMutex } from './path-mutex';
import { formatSidecarError, parseSidecar, type SidecarError } from './parse';
import { isEmptyMeta, serializeSidecar } from './serialize';

export type LoadResult =
  | { ok: true; sidecar: Sidecar | undefined; migrated: boolean }
  | { ok: false; error: SidecarError };

export class BrokenSidecarError extends Error {
  constructor(readonly error: SidecarError) {
    super(`${formatSidecarError(error)} — not overwriting it; fix or delete the file, then retry`);
    this.name = 'BrokenSidecarError';
  }
}

export class SidecarStore {
  /**
   * Per sidecar path, reads that are adopted and writes run one at a time, so that `known` is always the
   * version on disk that the caller's in-memory sidecar derives from: the right base for a three-way merge.
   */
  private readonly queue = new PathMutex();
  /** Per sidecar path: the last content read from or written to disk, the base for merging. */
  private readonly known = new Map<string, { raw: string; sidecar: Sidecar }>();
  private readonly broken = new Map<string, SidecarError>();

  constructor(private readonly fs: FileSystem, private readonly log: Logger = silentLogger) {}

  /** The parse problem that blocks writing this document's sidecar, if any. */
  problem(docPath: string): SidecarError | undefined {
    return this.broken.get(sidecarPathFor(docPath));
  }

  /** `sidecar` is undefined when the document has none yet. */
  load(docPath: string, documentText?: string): Promise<LoadResult> {
    return this.reload(docPath, documentText, () => undefined, { force: true }).then((r) => r ?? { ok: true, sidecar: undefined, migrated: false });
  }

  /**
   * Reads the sidecar and hands the result to `adopt` before any other read or write of it runs. Unless
   * `force`, a file identical to what this store last read or wrote (the echo of its own write) is skipped
   * and resolves undefined.
   */
  reload(docPath: string, documentText: string | undefined, adopt: (result: LoadResult) => void, options: { force?: boolean } = {}): Promise<LoadResult | undefined> {
    const path = sidecarPathFor(docPath);
    return this.queue.run(path, async () => {
      const result = await this.read(path, documentText, options.force ?? false);
      if (result) adopt(result);
      return result;
    });
  }

  private async read(path: string, documentText: string | undefined, force: boolean): Promise<LoadResult | undefined> {
    if (!(await this.fs.exists(path))) {
      if (!force && !this.known.has(path) && !this.broken.has(path)) return undefined;
      this.broken.delete(path);
      this.known.delete(path);
      return { ok: true, sidecar: undefined, migrated: false };
    }
    const bytes = await this.fs.readFile(path);
    const raw = new TextDecoder().decode(bytes);
    if (!force && raw === this.known.get(path)?.raw) return undefined;
    const parsed = parseSidecar(bytes, path, { documentText });
    if (!parsed.ok) {
      this.broken.set(path, parsed.error);
      this.log.warn(`[store] ${formatSidecarError(parsed.error)}`);
      return parsed;
    }
    this.broken.delete(path);
    this.known.set(path, { raw, sidecar: parsed.sidecar });
    return parsed;
  }

  /** Writes `sidecar` (see update). */
  save(docPath: string, sidecar: Sidecar): Promise<Sidecar> {
    return this.update(docPath, () => sidecar);
  }

  /**
   * Writes what `produce` returns, calling it only once every earlier read and write of this sidecar is done,
   * under the file's lock (shared with other processes). Resolves with what was written: the produced
   * sidecar, or its merge with a newer version found on disk. Rejects with BrokenSidecarError if the file on
   * disk does not parse, and with LockTimeoutError if another writer holds the lock too long; either way
   * nothing was written.
   */
  update(docPath: string, produce: () => Sidecar): Promise<Sidecar> {
    const path = sidecarPathFor(docPath);
    return this.queue.run(path, () => this.fs.withLock(path, () => this.write(path, produce())));
  }

  private async write(path: string, sidecar: Sidecar): Promise<Sidecar> {
    let toWrite = SidecarSchema.parse(sidecar); // Never write what we could not read back.
    const known = this.known.get(path);
    if (await this.fs.exists(path)) {
      const bytes = await this.fs.readFile(path);
      const raw = new TextDecoder().decode(bytes);
      if (raw !== known?.raw) {
        const onDisk = parseSidecar(bytes, path);
        if (!onDisk.ok) {
          this.broken.set(path, onDisk.error);
          throw new BrokenSidecarError(onDisk.error);
        }
        this.broken.delete(path);
        this.log.info(`[store] ${path} changed on disk; merging by annotation id`);
        toWrite = mergeById(known?.sidecar, toWrite, onDisk.sidecar);
      }
    } else {
      if (toWrite.annotations.length === 0 && isEmptyMeta(toWrite.meta)) return toWrite; // An article nobody annotated gets no file.
      this.broken.delete(path); // Deleted by the analyst (if it was broken): a fresh start is allowed.
    }
    const text = serializeSidecar(toWrite);
    await this.fs.writeFile(path, new TextEncoder().encode(text));
    this.known.set(path, { raw: text, sidecar: toWrite });
    return toWrite;
  }
}
