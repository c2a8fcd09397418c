// Registry matcher: longest token-sequence match over a trie of every alias and its inflected forms.
import type { ActorMention } from '../../model/entities';
import type { LayeredRegistry, RegistryActor } from './registry';
import { separatorKey, tokenize, type Token } from './tokenize';
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
  readonly tokens: Token[];
  readonly raw: readonly RawMatch[];
}

export class RegistryMatcher {
  private readonly trie = new TokenTrie();

  constructor(private readonly registry: LayeredRegistry) {
    for (const a of registry.actors) {
      for (const s of [a.canonical, ...a.aliases]) this.trie.add(s, { kind: 'alias', actorId: a.id });
      for (const s of a.shortForms) this.trie.add(s, { kind: 'short', actorId: a.id });
    }
    for (const s of registry.notActors) this.trie.add(s, { kind: 'not', actorId: '' });
  }

  match(text: string, tokens: Token[] = tokenize(text)): RegistryMatch {
    const found = this.find(text, tokens);
    return this.resolve(found, evidenceOf(found));
  }

  /** The forms in a text, before any actor is chosen: text only, so that a document's blocks can be found one by one. */
  find(text: string, tokens: Token[] = tokenize(text)): FoundForms {
    const urls = text.includes('://') || text.includes('www.') ? [...text.matchAll(URL)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
    let u = 0;
    const inUrl = (m: RawMatch): boolean => {
      while (u < urls.length && urls[u].end <= tokens[m.first].start) u++;
      return u < urls.length && urls[u].start <= tokens[m.first].start;
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
      const start = tokens[m.first].start;
      const end = tokens[m.last].end;
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

  private scan(text: string, tokens: Token[]): RawMatch[] {
    const out: RawMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node: TrieNode | undefined = this.trie.root.next.get(tokens[i].text);
      let best: RawMatch | undefined;
      let j = i;
      while (node) {
        if (node.entries) best = { first: i, last: j, entries: node.entries };
        if (++j >= tokens.length) break;
        const sep = separatorKey(text.slice(tokens[j - 1].end, tokens[j].start));
        if (sep === null) break;
        node = node.next.get(sep + tokens[j].text);
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
      list.push(offset + found.tokens[m.first].start);
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
