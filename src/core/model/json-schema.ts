import { z } from 'zod';
import { SidecarSchema } from './annotation';
import { RegistryFileSchema } from './registry';

/** JSON Schemas generated from the zod schemas, so editor validation and load-time validation agree. */
export function jsonSchemas(): Record<string, unknown> {
  const gen = (schema: z.ZodType, title: string): unknown => ({ ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }), title });
  return {
    'annotations.schema.json': gen(SidecarSchema, 'Source Annotator sidecar (<article>.annotations.json)'),
    'actors.schema.json': gen(RegistryFileSchema, 'Source Annotator actor registry'),
  };
}
