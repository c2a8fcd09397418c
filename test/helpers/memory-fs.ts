// In-memory FileSystem for store tests; can be told to fail or to change a file "behind our back".
import { joinBytes, type FileStamp, type FileSystem } from '../../src/core/ports';
import { PathMutex } from '../../src/core/store/path-mutex';

export class MemoryFileSystem implements FileSystem {
  readonly files = new Map<string, Uint8Array>();
  writes: string[] = [];
  /** Each file's modification time: a write makes it the clock's time, a test may set it. */
  readonly mtimes = new Map<string, number>();
  /** The clock of writes (ms); a test can move it. */
  now = Date.now() - 60_000;
  private readonly mutex = new PathMutex();

  async readFile(path: string): Promise<Uint8Array> {
    const data = this.files.get(path);
    if (!data) throw new Error(`ENOENT: ${path}`);
    return data;
  }
  async readFileStamped(path: string): Promise<{ bytes: Uint8Array; stamp: FileStamp }> {
    const bytes = await this.readFile(path);
    return { bytes, stamp: { size: bytes.length, mtime: this.mtimes.get(path) ?? 0 } };
  }
  async writeFile(path: string, parts: Uint8Array | readonly Uint8Array[]): Promise<void> {
    const data = joinBytes(parts);
    await new Promise((r) => setTimeout(r, 1)); // Let concurrent saves interleave if they could.
    this.writes.push(path);
    this.files.set(path, data);
    this.mtimes.set(path, this.now);
  }
  async exists(path: string): Promise<boolean> {
    return this.files.has(path);
  }
  async readDirectory(path: string): Promise<Array<[string, boolean]>> {
    const prefix = path.endsWith('/') ? path : path + '/';
    return [...this.files.keys()].filter((k) => k.startsWith(prefix)).map((k) => [k.slice(prefix.length), false]);
  }
  async delete(path: string): Promise<void> {
    this.files.delete(path);
    this.mtimes.delete(path);
  }
  withLock<T>(path: string, critical: () => Promise<T>): Promise<T> {
    return this.mutex.run(path, critical);
  }
  text(path: string): string {
    return new TextDecoder().decode(this.files.get(path));
  }
  put(path: string, text: string | Uint8Array): void {
    this.files.set(path, typeof text === 'string' ? new TextEncoder().encode(text) : text);
    this.mtimes.set(path, this.now);
  }
}
