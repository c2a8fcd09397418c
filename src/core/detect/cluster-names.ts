// The clustered names of a document's model suggestions (clusteredNames), kept up to date when the suggestions of a
// run of paragraphs change: clustering looks at every suggestion in the document, which on a 1 MB document costs
// several milliseconds, while an edit usually changes nothing that a suggestion elsewhere depends on.
import type { ActorMention } from '../model/entities';
import { clusteredName, clusteredNames, fullerNames, type FullerNames } from './actors/index';

export class ClusterNames {
  /** The clustered name of each suggestion, in document order. */
  names: readonly string[] = [];
  /** How many suggestions have each name (before clustering). */
  private counts = new Map<string, number>();
  private full: FullerNames = new Map();

  /** Clusters all suggestions anew. */
  all(ms: readonly ActorMention[]): readonly string[] {
    this.counts = new Map();
    for (const m of ms) this.counts.set(m.canonical, (this.counts.get(m.canonical) ?? 0) + 1);
    this.full = fullerNames(ms);
    return (this.names = clusteredNames(ms));
  }

  /**
   * The suggestions `before` (after the first `head` ones) replaced by `after`, the rest unchanged. A name elsewhere
   * depends on the fuller names (all of them, in order: which one comes first) and on whether the document has the
   * name less a final s; when neither changes, only the new suggestions are named, else all anew (`all()` gives them).
   */
  replace(head: number, before: readonly ActorMention[], after: readonly ActorMention[], all: () => readonly ActorMention[]): readonly string[] {
    const fuller = (ms: readonly ActorMention[]): string => ms.filter((m) => m.canonical.includes(' ')).map((m) => `${m.type}|${m.canonical}\u0000`).join('');
    if (fuller(before) !== fuller(after)) return this.all(all());
    const flipped: string[] = [];
    const add = (name: string, by: number): void => {
      const n = (this.counts.get(name) ?? 0) + by;
      if (n === 0) this.counts.delete(name);
      else this.counts.set(name, n);
      if (n === 0 || n === by) flipped.push(name);
    };
    for (const m of before) add(m.canonical, -1);
    for (const m of after) add(m.canonical, 1);
    // A genitive ("Schoigus") is named by whether the document has the name without its s.
    if (flipped.some((name) => this.counts.has(`${name}s`))) return this.all(all());
    const has = (name: string): boolean => this.counts.has(name);
    const names = this.names;
    return (this.names = [...names.slice(0, head), ...after.map((m) => clusteredName(m, has, this.full)), ...names.slice(head + before.length)]);
  }
}
