// In-memory FileSystem for store tests; can be told to fail or to change a file "behind our back".
import { joinBytes, type FileSystem } from '../../src/core/ports';
import { PathMutex } from '../../src/core/store/path-mutex';

export class MemoryFileSystem implements FileSystem {
  readonly files = new Map<string, Uint8Array>();
  writes: string[] = [];
  private readonly mutex = new PathMutex();

  async readFile(path: string): Promise<Uint8Array> {
    const data = this.files.get(path);
    if (!data) throw new Error(`ENOENT: ${path}`);
    return data;
  }
  async writeFile(path: string, parts: Uint8Array | readonly Uint8Array[]): Promise<void> {
    const data = joinBytes(parts);
    await new Promise((r) => setTimeout(r, 1)); // Let concurrent saves interleave if they could.
    this.writes.push(path);
    this.files.set(path, data);
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
  }
  withLock<T>(path: string, critical: () => Promise<T>): Promise<T> {
    return this.mutex.run(path, critical);
  }
  text(path: string): string {
    return new TextDecoder().decode(this.files.get(path));
  }
  put(path: string, text: string | Uint8Array): void {
    this.files.set(path, typeof text === 'string' ? new TextEncoder().encode(text) : text);
  }
}
