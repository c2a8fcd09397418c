// Deterministic GUIDs for the REFI-QDA project: the same claim, code or document gets the same GUID in every
// export, so two exports of a corpus diff by what changed, and a re-import can match what it imported before.
import { sha256Hex } from '../../anchor/sha256';

const encoder = new TextEncoder();

/**
 * A name-based UUID (RFC 9562 version 8, the layout its appendix shows for SHA-256 names) from the kind of thing
 * and its key, e.g. guidFor('selection', 'seeds/a.txt', '01K…'). QDA-XML only asks for the 8-4-4-4-12 hex form.
 */
export function guidFor(kind: string, ...key: string[]): string {
  // NUL cannot occur in paths, ids or names, so ('a', 'b c') and ('a b', 'c') never collide.
  const hex = sha256Hex(encoder.encode(['source-annotator', kind, ...key].join('\u0000')));
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
