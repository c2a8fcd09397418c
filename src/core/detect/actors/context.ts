// Context rules of the registry matcher: which actor an ambiguous form means, and honorifics before a name.
import type { LayeredRegistry, RegistryActor } from './registry';
import { wordAt, type Words } from './tokenize';
import type { TrieEntry } from './trie';

const HONORIFICS = new Set(['Herr', 'Herrn', 'Frau', 'Mr', 'Mrs', 'Ms']);
const CITY_PREPOSITIONS = new Set(['in', 'In', 'nach', 'Nach']);
const CITY_NOUNS = new Set(['Innenstadt', 'Zentrum', 'Stadtzentrum', 'Stadtrand', 'Vororten', 'Straßen', 'Bürgermeister', 'Einwohner', 'Flughafen']);
const VISIT = /^(besuch|bereist|reist)/;

function word(text: string, tokens: Words, i: number, dir: -1 | 1): string | undefined {
  const j = i + dir;
  if (j < 0 || j >= tokens.count) return undefined;
  const { starts, ends } = tokens;
  const gap = dir < 0 ? text.slice(ends[j], starts[i]) : text.slice(ends[i], starts[j]);
  return /^[ \t\u00a0]{1,2}$/.test(gap) ? wordAt(tokens, j) : undefined;
}

/** True when a capital is meant as the city, not as its government ("Botschafter in Pjöngjang", "besuchte Pjöngjang"). */
export function cityReading(text: string, tokens: Words, first: number, last: number): boolean {
  const prev = word(text, tokens, first, -1);
  const next = word(text, tokens, last, 1);
  if (prev !== undefined && CITY_PREPOSITIONS.has(prev)) return true;
  if (prev === 'von' && CITY_NOUNS.has(word(text, tokens, first - 1, -1) ?? '')) return true;
  return (prev !== undefined && VISIT.test(prev)) || (next !== undefined && VISIT.test(next));
}

/** Start of a person mention, extended over a preceding honorific ("Herrn Kim"). */
export function honorificStart(text: string, tokens: Words, first: number): number {
  const { starts, ends } = tokens;
  if (first === 0) return starts[first];
  const gap = text.slice(ends[first - 1], starts[first]);
  return HONORIFICS.has(wordAt(tokens, first - 1)) && /^\.?[ \t\u00a0]{1,2}$/.test(gap) ? starts[first - 1] : starts[first];
}

/**
 * Picks the actor a matched form refers to. Short forms count only with evidence (the actor named in full somewhere
 * in the document) and then win over a plain alias ("Sicherheitsrat" in a text about Russia's security council);
 * between several candidates, the one named most recently before the mention wins; a capital shared by a state and
 * its city reads as the state unless the context points at the city.
 */
export function chooseActor(
  entries: readonly TrieEntry[],
  registry: LayeredRegistry,
  evidence: ReadonlyMap<string, number[]>,
  text: string,
  tokens: Words,
  first: number,
  last: number,
  /** Where `text` starts in the document that the evidence positions refer to. */
  offset = 0,
): RegistryActor | undefined {
  const pos = offset + tokens.starts[first];
  const ids = (kind: TrieEntry['kind']): string[] => [...new Set(entries.filter((e) => e.kind === kind).map((e) => e.actorId))];
  const withEvidence = ids('short').filter((id) => evidence.has(id));
  let pool = withEvidence.length > 0 ? withEvidence : ids('alias');
  if (pool.length === 0) return undefined;
  if (pool.length > 1) {
    const actors = pool.map((id) => registry.findById(id)).filter((a): a is RegistryActor => a !== undefined);
    const states = actors.filter((a) => a.type === 'state');
    const cities = actors.filter((a) => a.type === 'location');
    if (states.length > 0 && cities.length > 0 && states.length + cities.length === actors.length) {
      pool = (cityReading(text, tokens, first, last) ? cities : states).map((a) => a.id);
    }
    pool = [...pool].sort((a, b) => recency(evidence.get(b), pos) - recency(evidence.get(a), pos));
  }
  return registry.findById(pool[0]);
}

/** Can chooseActor's choice among these entries depend on the evidence (short forms, or several candidates)? */
export function usesEvidence(entries: readonly TrieEntry[]): boolean {
  if (entries.some((e) => e.kind === 'short')) return true;
  const first = entries.find((e) => e.kind === 'alias');
  return first !== undefined && entries.some((e) => e.kind === 'alias' && e.actorId !== first.actorId);
}

/** Higher is better: the latest evidence before pos; evidence only after pos ranks below; none ranks last. */
function recency(positions: number[] | undefined, pos: number): number {
  if (!positions || positions.length === 0) return -2e12;
  const before = positions.filter((p) => p < pos);
  return before.length > 0 ? Math.max(...before) : -1e12 - Math.min(...positions);
}
