// Writes the JSON Schemas of the sidecar and the registry file from their zod schemas (contributed via jsonValidation).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../src/core/model/json-schema';

for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(__dirname, '..', 'media', name), JSON.stringify(schema, null, 2) + '\n');
}
