// Token trie: one hash lookup per token, longest match first.
import { aliasKeys } from './tokenize';
import { keyVariants } from './variants';

export type EntryKind = 'alias' | 'short' | 'not';

export interface TrieEntry {
  kind: EntryKind;
  /** Registry id; empty for 'not'. */
  actorId: string;
  /** True when the form is the alias as written (not an inflected variant). */
  exact: boolean;
}

export class TrieNode {
  readonly next = new Map<string, TrieNode>();
  entries: TrieEntry[] | undefined;
}

export class TokenTrie {
  readonly root = new TrieNode();

  add(surface: string, entry: Omit<TrieEntry, 'exact'>): void {
    const keys = aliasKeys(surface);
    if (!keys) return;
    keyVariants(keys).forEach((variant, vi) => {
      let node = this.root;
      for (const k of variant) {
        let child = node.next.get(k);
        if (!child) {
          child = new TrieNode();
          node.next.set(k, child);
        }
        node = child;
      }
      const e: TrieEntry = { ...entry, exact: vi === 0 };
      const list = (node.entries ??= []);
      if (!list.some((x) => x.kind === e.kind && x.actorId === e.actorId)) list.push(e);
    });
  }
}
