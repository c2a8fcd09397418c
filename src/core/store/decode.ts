// Bytes → text for a sidecar, with precise messages for what is not UTF-8 JSON text at all.
import { lineColumn } from './json-locate';

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; message: string; line: number; column: number };

/** The byte offset of the first invalid UTF-8 sequence, or -1 (overlongs, surrogates, > U+10FFFF rejected). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let n: number, min: number, cp: number;
    if (b >= 0xc2 && b <= 0xdf) { n = 1; min = 0x80; cp = b & 0x1f; }
    else if (b >= 0xe0 && b <= 0xef) { n = 2; min = 0x800; cp = b & 0x0f; }
    else if (b >= 0xf0 && b <= 0xf4) { n = 3; min = 0x10000; cp = b & 0x07; }
    else return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

/** Decodes UTF-8 (no replacement characters: a bad byte is an error), drops a BOM, rejects binary content. */
export function decodeSidecarText(raw: string | Uint8Array): DecodeResult {
  let text: string;
  if (typeof raw === 'string') {
    text = raw;
  } else {
    const nul = raw.indexOf(0);
    if (nul !== -1) return { ok: false, message: binaryMessage, ...at(raw, nul) };
    const bad = firstInvalidUtf8(raw);
    if (bad !== -1) {
      return {
        ok: false,
        message: `Not valid UTF-8 text (byte 0x${raw[bad].toString(16).padStart(2, '0')} at byte offset ${bad}); save the file as UTF-8`,
        ...at(raw, bad),
      };
    }
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(raw);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\u0000');
  if (nul !== -1) return { ok: false, message: binaryMessage, ...lineColumn(text, nul) };
  if (text.trim().length === 0) return { ok: false, message: 'The file is empty; expected a JSON annotation file', line: 1, column: 1 };
  return { ok: true, text };
}

const binaryMessage = 'The file contains NUL bytes: binary content, not a JSON annotation file';

/** Line and column of byte `byteOffset`, counted in the decoded text before it (a BOM is not a column). */
function at(bytes: Uint8Array, byteOffset: number): { line: number; column: number } {
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, byteOffset));
  return lineColumn(prefix, prefix.length);
}
