import type { Sidecar } from '../model/annotation';
import { serializeSidecar } from '../store/serialize';

interface Entry {
  path: string;
  label: string;
  before: Sidecar;
  after: Sidecar;
}

/** Undo for annotation changes: each entry restores a sidecar, but only if nobody changed it since. */
export class AnnotationHistory {
  private readonly entries: Entry[] = [];

  constructor(private readonly limit = 100) {}

  record(path: string, label: string, before: Sidecar, after: Sidecar): void {
    this.entries.push({ path, label, before, after });
    if (this.entries.length > this.limit) this.entries.shift();
  }

  peek(): { path: string; label: string } | undefined {
    const e = this.entries[this.entries.length - 1];
    return e && { path: e.path, label: e.label };
  }

  /** Pops the last entry if `current` is still the state it produced; otherwise refuses and keeps it. */
  pop(current: (path: string) => Sidecar | undefined): Entry | 'empty' | 'changed-since' {
    const e = this.entries[this.entries.length - 1];
    if (!e) return 'empty';
    const now = current(e.path);
    if (!now || serializeSidecar(now) !== serializeSidecar(e.after)) return 'changed-since';
    this.entries.pop();
    return e;
  }
}
