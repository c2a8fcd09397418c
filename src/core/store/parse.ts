// Sidecar text → validated Sidecar, or an error that points at the line and column to fix.
import { SCHEMA_VERSION, SidecarSchema, type Sidecar } from '../model/annotation';
import { formatLocated, readJsonDocument } from './json-document';
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

export const formatSidecarError = (e: SidecarError): string => formatLocated(e.file, e);

/** Parses a sidecar given as bytes (checked for binary content and invalid UTF-8) or as text. */
export function parseSidecar(raw: string | Uint8Array, path: string, opts: ParseOptions = {}): ParseResult {
  const fail = (e: { message: string; line: number; column: number }): ParseResult => ({ ok: false, error: { ...e, file: path } });
  const read = readJsonDocument(raw);
  if (!read.ok) return fail(read.error);
  const { value, at, issue } = read.doc;

  const record = isRecord(value) ? value : undefined;
  if (record && record.schemaVersion === undefined && record.version === 1) {
    const v1 = SidecarV1Schema.safeParse(value);
    if (!v1.success) return fail(issue(v1.error.issues));
    return finish(migrateV1(v1.data, opts.documentText), true);
  }
  if (record && typeof record.schemaVersion === 'number' && record.schemaVersion > SCHEMA_VERSION) {
    return fail({
      message: `schemaVersion ${record.schemaVersion} was written by a newer Source Annotator (this one reads up to ${SCHEMA_VERSION}); update the extension`,
      ...at(['schemaVersion']),
    });
  }
  const current = SidecarSchema.safeParse(value);
  if (!current.success) return fail(issue(current.error.issues));
  return finish(current.data, false);

  function finish(sidecar: Sidecar, migrated: boolean): ParseResult {
    // Ids are what merging goes by: a duplicate would silently lose one of the two annotations.
    const seen = new Set<string>();
    for (const [n, a] of sidecar.annotations.entries()) {
      if (seen.has(a.id)) return fail({ message: `annotations[${n}].id: duplicate annotation id "${a.id}"`, ...at(['annotations', n, 'id']) });
      seen.add(a.id);
    }
    return { ok: true, sidecar, migrated };
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
