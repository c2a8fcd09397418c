// Reads and writes sidecars through the FileSystem port. Writes to one path are serialized; a sidecar that
// failed to parse is never overwritten (the analyst's hand edit would be lost), and a sidecar that changed
// on disk since it was read is merged by id rather than clobbered.
import type { FileSystem, Logger } from '../ports';
import { silentLogger } from '../ports';
import { SidecarSchema, sidecarPathFor, type Sidecar } from '../model/annotation';
import { mergeById } from './merge-by-id';
import { formatSidecarError, parseSidecar, type SidecarError } from './parse';
import { serializeSidecar } from './serialize';

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
  /** Per sidecar path: the tail of its write queue. */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Per sidecar path: the last content read from or written to disk, the base for merging. */
  private readonly known = new Map<string, { raw: string; sidecar: Sidecar }>();
  private readonly broken = new Map<string, SidecarError>();

  constructor(private readonly fs: FileSystem, private readonly log: Logger = silentLogger) {}

  /** The parse problem that blocks writing this document's sidecar, if any. */
  problem(docPath: string): SidecarError | undefined {
    return this.broken.get(sidecarPathFor(docPath));
  }

  /** True when the sidecar on disk is what this store last read or wrote (e.g. the watcher echo of our own write). */
  async isUnchangedOnDisk(docPath: string): Promise<boolean> {
    const path = sidecarPathFor(docPath);
    const known = this.known.get(path);
    if (!known) return !(await this.fs.exists(path)) && !this.broken.has(path);
    if (!(await this.fs.exists(path))) return false;
    return new TextDecoder().decode(await this.fs.readFile(path)) === known.raw;
  }

  /** `sidecar` is undefined when the document has none yet. */
  async load(docPath: string, documentText?: string): Promise<LoadResult> {
    const path = sidecarPathFor(docPath);
    if (!(await this.fs.exists(path))) {
      this.broken.delete(path);
      this.known.delete(path);
      return { ok: true, sidecar: undefined, migrated: false };
    }
    const bytes = await this.fs.readFile(path);
    const parsed = parseSidecar(bytes, path, { documentText });
    if (!parsed.ok) {
      this.broken.set(path, parsed.error);
      this.log.warn(`[store] ${formatSidecarError(parsed.error)}`);
      return parsed;
    }
    this.broken.delete(path);
    this.known.set(path, { raw: new TextDecoder().decode(bytes), sidecar: parsed.sidecar });
    return parsed;
  }

  /**
   * Queues a write and resolves with what was written: `sidecar` itself, or its merge with a newer
   * version found on disk. Rejects with BrokenSidecarError if the file on disk does not parse.
   */
  save(docPath: string, sidecar: Sidecar): Promise<Sidecar> {
    const path = sidecarPathFor(docPath);
    const run = (this.queues.get(path) ?? Promise.resolve()).then(() => this.write(path, sidecar), () => this.write(path, sidecar));
    const tail = run.catch(() => undefined);
    this.queues.set(path, tail);
    void tail.then(() => {
      if (this.queues.get(path) === tail) this.queues.delete(path);
    });
    return run;
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
    } else if (this.broken.has(path)) {
      this.broken.delete(path); // Deleted by the analyst: a fresh start is allowed.
    }
    const text = serializeSidecar(toWrite);
    await this.fs.writeFile(path, new TextEncoder().encode(text));
    this.known.set(path, { raw: text, sidecar: toWrite });
    return toWrite;
  }
}
