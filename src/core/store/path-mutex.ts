// Serialises async work per path within one process. The node file system adds a lock across processes on
// top; where no such lock exists (workspace.fs in the browser), this is the whole guarantee.
export class PathMutex {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(path: string, critical: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(path) ?? Promise.resolve()).then(critical, critical);
    const tail = result.catch(() => undefined);
    this.tails.set(path, tail);
    void tail.then(() => {
      if (this.tails.get(path) === tail) this.tails.delete(path);
    });
    return result;
  }
}
