// The workspace actor registry file → validated RegistryFile, or an error at a line and column.
import { RegistryFileSchema, type RegistryFile } from '../model/registry';
import { decodeSidecarText } from './decode';
import { lineColumn, locate, scanJson } from './json-locate';

export type RegistryParseResult = { ok: true; registry: RegistryFile } | { ok: false; error: { message: string; line: number; column: number } };

export function parseRegistry(raw: string | Uint8Array): RegistryParseResult {
  const decoded = decodeSidecarText(raw);
  if (!decoded.ok) return { ok: false, error: { message: decoded.message, line: decoded.line, column: decoded.column } };
  const scan = scanJson(decoded.text);
  if (!scan.ok) return { ok: false, error: { message: `Invalid JSON: ${scan.message}`, ...lineColumn(decoded.text, scan.offset) } };
  const result = RegistryFileSchema.safeParse(JSON.parse(decoded.text));
  if (result.success) return { ok: true, registry: result.data };
  const issue = result.error.issues[0]!;
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  return { ok: false, error: { message: `${path.join('.') || '(root)'}: ${issue.message}`, ...lineColumn(decoded.text, locate(scan.locations, path)) } };
}
