// Sidecar text → validated Sidecar, or an error that points at the line and column to fix.
import type { z } from 'zod';
import { SCHEMA_VERSION, SidecarSchema, type Sidecar } from '../model/annotation';
import { decodeSidecarText } from './decode';
import { lineColumn, locate, pathKey, scanJson, type JsonPath } from './json-locate';
import { migrateV1, SidecarV1Schema } from './migrate';

export interface SidecarError {
  /** What is wrong, without the location (see `formatSidecarError`). */
  message: string;
  /** 1-based line and column (UTF-16 code units) of the problem. */
  line: number;
  column: number;
  /** The sidecar's path, as given to `parseSidecar`. */
  file: string;
}

export type ParseResult =
  | { ok: true; sidecar: Sidecar; migrated: boolean }
  | { ok: false; error: SidecarError };

export interface ParseOptions {
  /** The annotated document's text: lets a v1 migration compute the fingerprint and quote context. */
  documentText?: string;
}

export const formatSidecarError = (e: SidecarError): string => `${e.file}:${e.line}:${e.column}: ${e.message}`;

/** Parses a sidecar given as bytes (checked for binary content and invalid UTF-8) or as text. */
export function parseSidecar(raw: string | Uint8Array, path: string, opts: ParseOptions = {}): ParseResult {
  const fail = (message: string, line: number, column: number): ParseResult =>
    ({ ok: false, error: { message, line, column, file: path } });

  const decoded = decodeSidecarText(raw);
  if (!decoded.ok) return fail(decoded.message, decoded.line, decoded.column);
  const text = decoded.text;

  let scan: ReturnType<typeof scanJson>;
  try {
    scan = scanJson(text);
  } catch (e) {
    if (e instanceof RangeError) return fail('JSON nested too deeply', 1, 1);
    throw e;
  }
  if (!scan.ok) {
    const { line, column } = lineColumn(text, scan.offset);
    return fail(`Invalid JSON: ${scan.message}`, line, column);
  }
  const locations = scan.locations;
  const at = (path: JsonPath): { line: number; column: number } => lineColumn(text, locate(locations, path));
  const value: unknown = JSON.parse(text);

  const issueFail = (issues: readonly z.core.$ZodIssue[]): ParseResult => {
    const first = issues[0];
    const path = first.path.filter((k): k is string | number => typeof k !== 'symbol');
    const { line, column } = at(path);
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    // A missing property has no location of its own: say so, and point at the object that lacks it.
    const what = locations.has(pathKey(path)) ? first.message : 'required property is missing';
    return fail(`${dotPath(path)}: ${what}${more}`, line, column);
  };

  const record = isRecord(value) ? value : undefined;
  if (record && record.schemaVersion === undefined && record.version === 1) {
    const v1 = SidecarV1Schema.safeParse(value);
    if (!v1.success) return issueFail(v1.error.issues);
    return finish(migrateV1(v1.data, opts.documentText), true);
  }
  if (record && typeof record.schemaVersion === 'number' && record.schemaVersion > SCHEMA_VERSION) {
    const { line, column } = at(['schemaVersion']);
    return fail(`schemaVersion ${record.schemaVersion} was written by a newer Source Annotator (this one reads up to ${SCHEMA_VERSION}); update the extension`, line, column);
  }
  const v2 = SidecarSchema.safeParse(value);
  if (!v2.success) return issueFail(v2.error.issues);
  return finish(v2.data, false);

  function finish(sidecar: Sidecar, migrated: boolean): ParseResult {
    // Ids are what merging goes by: a duplicate would silently lose one of the two annotations.
    const seen = new Set<string>();
    for (const [n, a] of sidecar.annotations.entries()) {
      if (seen.has(a.id)) {
        const { line, column } = at(['annotations', n, 'id']);
        return fail(`annotations[${n}].id: duplicate annotation id "${a.id}"`, line, column);
      }
      seen.add(a.id);
    }
    return { ok: true, sidecar, migrated };
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `annotations[3].body.status`, the way the analyst reads the file. */
function dotPath(path: JsonPath): string {
  let s = '';
  for (const k of path) s += typeof k === 'number' ? `[${k}]` : s === '' ? k : `.${k}`;
  return s === '' ? '(document root)' : s;
}
