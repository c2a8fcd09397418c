// The actor registry: a shipped default layered under a workspace file the analyst curates.
import { z } from 'zod';
import { ACTOR_TYPES } from './entities';

export const REGISTRY_SCHEMA_VERSION = 1;

export const ActorSchema = z.object({
  id: z.string().min(1),
  type: z.enum(ACTOR_TYPES),
  canonical: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
});

export const RegistryFileSchema = z.object({
  $schema: z.string().optional(),
  schemaVersion: z.literal(REGISTRY_SCHEMA_VERSION),
  actors: z.array(ActorSchema).default([]),
  /** Surface forms the analyst marked as not being an actor (suppresses registry and model matches). */
  notActors: z.array(z.string().min(1)).default([]),
});

export type Actor = z.infer<typeof ActorSchema>;
export type RegistryFile = z.infer<typeof RegistryFileSchema>;
