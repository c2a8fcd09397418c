// Layering of actor registries: the shipped defaults under the analyst's workspace file.
import type { Actor, RegistryFile } from '../../model/registry';

export type RegistryLayer = 'default' | 'workspace';

export interface RegistryActor extends Actor {
  /** The layer that defined the actor last (a workspace entry with a default's id overrides it). */
  layer: RegistryLayer;
  /**
   * Short forms that refer to this actor only when the document mentions it in full (a surname "Kim" after
   * "Kim Jong Un"), or that break a tie between actors sharing an alias ("Sicherheitsrat").
   */
  shortForms: string[];
}

/** Extra, non-schema data that the shipped registry carries for its actors. */
export interface DefaultExtras {
  shortForms?: Record<string, string[]>;
}

export interface LayeredRegistry {
  readonly actors: readonly RegistryActor[];
  readonly notActors: readonly string[];
  findById(id: string): RegistryActor | undefined;
  /** Case-insensitive lookup by canonical name (or, failing that, by alias). */
  findActor(canonical: string): RegistryActor | undefined;
}

const norm = (s: string): string => s.normalize('NFC').toLocaleLowerCase('de').replace(/\s+/g, ' ').trim();

/**
 * Surnames of persons: the last token unless it is a one- or two-letter syllable (the "In" of "Moon Jae In" would
 * turn every sentence-initial "In" into a mention), and the first token when it is a short East Asian family name
 * ("Kim", "Xi").
 */
export function derivedShortForms(actor: Actor): string[] {
  if (actor.type !== 'person') return [];
  const parts = actor.canonical.split(/\s+/).filter((p) => p.length > 0);
  if (parts.length < 2) return [];
  const last = parts[parts.length - 1];
  const out = last.length >= 3 ? [last] : [];
  if (parts[0].length <= 3) out.push(parts[0]);
  return out;
}

export function buildRegistry(defaults: RegistryFile, workspace?: RegistryFile, extras: DefaultExtras = {}): LayeredRegistry {
  const byId = new Map<string, RegistryActor>();
  const byCanonical = new Map<string, string>();
  const add = (a: Actor, layer: RegistryLayer): void => {
    const existingId = byId.has(a.id) ? a.id : byCanonical.get(`${a.type}|${norm(a.canonical)}`);
    const prev = existingId === undefined ? undefined : byId.get(existingId);
    const shortForms = [...(extras.shortForms?.[a.id] ?? []), ...derivedShortForms(a)];
    if (prev && layer === 'workspace') {
      // The analyst's entry wins for type and canonical name; aliases accumulate.
      const merged: RegistryActor = {
        ...prev,
        type: a.type,
        canonical: a.canonical,
        aliases: unique([...prev.aliases, prev.canonical, ...a.aliases].filter((s) => s !== a.canonical)),
        layer,
        shortForms: unique([...prev.shortForms, ...shortForms]),
      };
      byId.set(prev.id, merged);
      byCanonical.set(`${a.type}|${norm(a.canonical)}`, prev.id);
      return;
    }
    const actor: RegistryActor = { ...a, aliases: unique(a.aliases), layer, shortForms: unique(shortForms) };
    byId.set(a.id, actor);
    byCanonical.set(`${a.type}|${norm(a.canonical)}`, a.id);
  };
  for (const a of defaults.actors) add(a, 'default');
  for (const a of workspace?.actors ?? []) add(a, 'workspace');
  const actors = [...byId.values()];
  // The analyst's own actors override a shipped "not an actor" (e.g. an event they decide to track).
  const workspaceNames = new Set((workspace?.actors ?? []).flatMap((a) => [a.canonical, ...a.aliases]).map(norm));
  const notActors = unique([...defaults.notActors.filter((n) => !workspaceNames.has(norm(n))), ...(workspace?.notActors ?? [])]);
  const canonicalIndex = new Map<string, RegistryActor>();
  const aliasIndex = new Map<string, RegistryActor>();
  for (const a of actors) {
    if (!canonicalIndex.has(norm(a.canonical))) canonicalIndex.set(norm(a.canonical), a);
    for (const al of a.aliases) if (!aliasIndex.has(norm(al))) aliasIndex.set(norm(al), a);
  }
  return {
    actors,
    notActors,
    findById: (id) => byId.get(id),
    findActor: (name) => canonicalIndex.get(norm(name)) ?? aliasIndex.get(norm(name)),
  };
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}
