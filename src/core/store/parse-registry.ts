// The workspace actor registry file → validated RegistryFile, or an error at a line and column.
import { RegistryFileSchema, type RegistryFile } from '../model/registry';
import { readJsonDocument, type LocatedError } from './json-document';

export type RegistryParseResult = { ok: true; registry: RegistryFile } | { ok: false; error: LocatedError };

export function parseRegistry(raw: string | Uint8Array): RegistryParseResult {
  const read = readJsonDocument(raw);
  if (!read.ok) return read;
  const result = RegistryFileSchema.safeParse(read.doc.value);
  return result.success ? { ok: true, registry: result.data } : { ok: false, error: read.doc.issue(result.error.issues) };
}
