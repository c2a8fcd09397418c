// Analyst decisions about actors, as pure edits of the workspace registry file.
import type { ActorType } from './model/entities';
import { REGISTRY_SCHEMA_VERSION, type RegistryFile } from './model/registry';

export const emptyRegistry = (): RegistryFile => ({ schemaVersion: REGISTRY_SCHEMA_VERSION, actors: [], notActors: [] });

const slug = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ß/g, 'ss').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'actor';

/** Adds a new actor; its id is derived from the name and made unique. */
export function addActor(file: RegistryFile, canonical: string, type: ActorType, aliases: string[] = []): RegistryFile {
  const ids = new Set(file.actors.map((a) => a.id));
  let id = `ws-${slug(canonical)}`;
  for (let n = 2; ids.has(id); n++) id = `ws-${slug(canonical)}-${n}`;
  const cleanAliases = [...new Set(aliases.filter((a) => a !== canonical))];
  return { ...file, actors: [...file.actors, { id, type, canonical, aliases: cleanAliases }], notActors: file.notActors.filter((n) => n !== canonical) };
}

/**
 * Adds an alias to an actor. For an actor of the shipped registry, the workspace file gets an entry with the
 * same id, which layers the alias over the default.
 */
export function addAlias(file: RegistryFile, actor: { id: string; type: ActorType; canonical: string }, alias: string): RegistryFile {
  const existing = file.actors.find((a) => a.id === actor.id);
  const actors = existing
    ? file.actors.map((a) => (a.id === actor.id ? { ...a, aliases: [...new Set([...a.aliases, alias])] } : a))
    : [...file.actors, { id: actor.id, type: actor.type, canonical: actor.canonical, aliases: [alias] }];
  return { ...file, actors, notActors: file.notActors.filter((n) => n !== alias) };
}

export function markNotActor(file: RegistryFile, surface: string): RegistryFile {
  return file.notActors.includes(surface) ? file : { ...file, notActors: [...file.notActors, surface] };
}

/** Git-friendly: actors sorted by id, not-actors sorted, 2-space indent, trailing newline. */
export function serializeRegistry(file: RegistryFile): string {
  const ordered = {
    ...(file.$schema ? { $schema: file.$schema } : {}),
    schemaVersion: file.schemaVersion,
    actors: [...file.actors]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((a) => ({ id: a.id, type: a.type, canonical: a.canonical, aliases: [...a.aliases].sort() })),
    notActors: [...file.notActors].sort(),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}
