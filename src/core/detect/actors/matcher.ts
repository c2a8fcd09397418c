// Registry matcher: longest token-sequence match over a trie of every alias and its inflected forms.
import type { ActorMention } from '../../model/entities';
import type { LayeredRegistry, RegistryActor } from './registry';
import { FNV_OFFSET, hash } from '../ner/features';
import { separatorKey, wordAt, words, type Words } from './tokenize';
import { TokenTrie, type TrieEntry, type TrieNode } from './trie';
import { chooseActor, honorificStart } from './context';

export interface Span {
  start: number;
  end: number;
}

export interface RegistryMatch {
  mentions: ActorMention[];
  /** Spans that a notActors entry claimed; the discovery model must not suggest anything there either. */
  suppressed: Span[];
}

/** Web addresses: a name inside one ("wiki/Kim_Jong_un") is not a mention. */
const URL = /\b(?:https?:\/\/|www\.)\S+/g;

interface RawMatch {
  first: number;
  last: number;
  entries: TrieEntry[];
}

/** Registry forms found in a text (RegistryMatcher.find), before the document's evidence picks their actors. */
export interface FoundForms {
  readonly text: string;
  readonly tokens: Words;
  readonly raw: readonly RawMatch[];
}

/** Bits of the filter of first words (ROOT_BITS bits: 32 KB, a few per cent of them set). */
const ROOT_BITS = 1 << 18;

export class RegistryMatcher {
  private readonly trie = new TokenTrie();
  /**
   * A bit per FNV-1a hash of each word that a form starts with (modulo ROOT_BITS): most of a text's words are no
   * name's first word, and the filter turns them away without a string or a look-up in the trie.
   */
  private readonly roots = new Uint8Array(ROOT_BITS >> 3);

  constructor(private readonly registry: LayeredRegistry, fill = true) {
    if (fill) for (const step = this.fill(); !step.next().done; );
  }

  /**
   * The same, a hundred actors at a time with `turn()` awaited in between (the shipped registry's inflected forms
   * take a tenth of a second): a language server builds it on the thread that answers requests.
   */
  static async inTurns(registry: LayeredRegistry, turn: () => Promise<void>): Promise<RegistryMatcher> {
    const matcher = new RegistryMatcher(registry, false);
    for (const step = matcher.fill(); !step.next().done; ) await turn();
    return matcher;
  }

  private *fill(): Generator<void> {
    const { actors, notActors } = this.registry;
    for (let i = 0; i < actors.length; i++) {
      const a = actors[i]!;
      for (const s of [a.canonical, ...a.aliases]) this.trie.add(s, { kind: 'alias', actorId: a.id });
      for (const s of a.shortForms) this.trie.add(s, { kind: 'short', actorId: a.id });
      if (i % 100 === 99) yield;
    }
    for (const s of notActors) this.trie.add(s, { kind: 'not', actorId: '' });
    for (const key of this.trie.root.next.keys()) {
      const b = hash(key) & (ROOT_BITS - 1);
      this.roots[b >> 3] |= 1 << (b & 7);
    }
  }

  match(text: string, tokens: Words = words(text)): RegistryMatch {
    const found = this.find(text, tokens);
    return this.resolve(found, evidenceOf(found));
  }

  /** The forms in a text, before any actor is chosen: text only, so that a document's blocks can be found one by one. */
  find(text: string, tokens: Words = words(text)): FoundForms {
    const urls = text.includes('://') || text.includes('www.') ? [...text.matchAll(URL)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
    let u = 0;
    const inUrl = (m: RawMatch): boolean => {
      const at = tokens.starts[m.first];
      while (u < urls.length && urls[u].end <= at) u++;
      return u < urls.length && urls[u].start <= at;
    };
    const raw = this.scan(text, tokens).filter((m) => urls.length === 0 || !inUrl(m));
    return { text, tokens, raw };
  }

  /** Chooses the actors of found forms; `evidence` may come from a whole document in which the text starts at `offset`. */
  resolve(found: FoundForms, evidence: ReadonlyMap<string, number[]>, offset = 0): RegistryMatch {
    const { text, tokens, raw } = found;
    const mentions: ActorMention[] = [];
    const suppressed: Span[] = [];
    for (const m of raw) {
      const start = tokens.starts[m.first];
      const end = tokens.ends[m.last];
      if (m.entries.some((e) => e.kind === 'not')) {
        suppressed.push({ start, end });
        continue;
      }
      const actor = chooseActor(m.entries, this.registry, evidence, text, tokens, m.first, m.last, offset);
      if (!actor) continue;
      const s = actor.type === 'person' ? honorificStart(text, tokens, m.first) : start;
      mentions.push(toMention(actor, text, s, end));
    }
    return { mentions, suppressed };
  }

  private scan(text: string, tokens: Words): RawMatch[] {
    const out: RawMatch[] = [];
    const { count, starts, ends } = tokens;
    const roots = this.roots;
    let i = 0;
    while (i < count) {
      let h = FNV_OFFSET;
      for (let k = starts[i], end = ends[i]; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
      const b = h & (ROOT_BITS - 1);
      if ((roots[b >> 3] & (1 << (b & 7))) === 0) {
        i++;
        continue;
      }
      let node: TrieNode | undefined = this.trie.root.next.get(wordAt(tokens, i));
      let best: RawMatch | undefined;
      let j = i;
      while (node) {
        if (node.entries) best = { first: i, last: j, entries: node.entries };
        if (++j >= count) break;
        const sep = separatorKey(text.slice(ends[j - 1], starts[j]));
        if (sep === null) break;
        node = node.next.get(sep + wordAt(tokens, j));
      }
      if (best) {
        out.push(best);
        i = best.last + 1;
      } else i++;
    }
    return out;
  }
}

/**
 * Evidence: where each actor is named unambiguously by a full alias (positions plus `offset`, added to `into`), which
 * short forms and ambiguous forms anywhere in the document rely on (chooseActor).
 */
export function evidenceOf(found: FoundForms, offset = 0, into = new Map<string, number[]>()): Map<string, number[]> {
  for (const m of found.raw) {
    const ids = new Set(m.entries.filter((e) => e.kind === 'alias').map((e) => e.actorId));
    if (ids.size === 1 && !m.entries.some((e) => e.kind === 'not')) {
      const id = [...ids][0];
      const list = into.get(id) ?? [];
      list.push(offset + found.tokens.starts[m.first]);
      into.set(id, list);
    }
  }
  return into;
}

function toMention(actor: RegistryActor, text: string, start: number, end: number): ActorMention {
  return {
    kind: 'actor',
    type: actor.type,
    start,
    end,
    text: text.slice(start, end),
    canonical: actor.canonical,
    source: 'registry',
    actorId: actor.id,
  };
}
