// A JSON file read for validation: decoded, scanned for exact error positions, parsed, with a path → line/column map.
import type { z } from 'zod';
import { decodeSidecarText } from './decode';
import { lineColumn, locate, pathKey, scanJson, type JsonPath } from './json-locate';

export interface LocatedError {
  message: string;
  /** 1-based line and column (UTF-16 code units). */
  line: number;
  column: number;
}

export interface JsonDocument {
  value: unknown;
  /** Line and column of the value at `path` (of its nearest existing parent if it is missing). */
  at(path: JsonPath): { line: number; column: number };
  /** The first schema issue as a located error: `annotations[3].body.status: …`, with a count of the others. */
  issue(issues: readonly z.core.$ZodIssue[]): LocatedError;
}

/** Bytes are checked for binary content and invalid UTF-8; text is scanned so that syntax errors have exact positions. */
export function readJsonDocument(raw: string | Uint8Array): { ok: true; doc: JsonDocument } | { ok: false; error: LocatedError } {
  const decoded = decodeSidecarText(raw);
  if (!decoded.ok) return { ok: false, error: { message: decoded.message, line: decoded.line, column: decoded.column } };
  const text = decoded.text;
  let scan: ReturnType<typeof scanJson>;
  try {
    scan = scanJson(text);
  } catch (e) {
    if (e instanceof RangeError) return { ok: false, error: { message: 'JSON nested too deeply', line: 1, column: 1 } };
    throw e;
  }
  if (!scan.ok) return { ok: false, error: { message: `Invalid JSON: ${scan.message}`, ...lineColumn(text, scan.offset) } };
  const locations = scan.locations;
  const at = (path: JsonPath): { line: number; column: number } => lineColumn(text, locate(locations, path));
  const issue = (issues: readonly z.core.$ZodIssue[]): LocatedError => {
    const first = issues[0]!;
    const path = first.path.filter((k): k is string | number => typeof k !== 'symbol');
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    // A missing property has no location of its own: say so, and point at the object that lacks it.
    const what = locations.has(pathKey(path)) ? first.message : 'required property is missing';
    return { message: `${dotPath(path)}: ${what}${more}`, ...at(path) };
  };
  return { ok: true, doc: { value: JSON.parse(text) as unknown, at, issue } };
}

/** `file:line:column: message`, the form editors and CI logs turn into links. */
export const formatLocated = (file: string, e: LocatedError): string => `${file}:${e.line}:${e.column}: ${e.message}`;

/** `annotations[3].body.status`, the way the analyst reads the file. */
export function dotPath(path: JsonPath): string {
  let s = '';
  for (const k of path) s += typeof k === 'number' ? `[${k}]` : s === '' ? k : `.${k}`;
  return s === '' ? '(document root)' : s;
}
