// The source's fingerprint: tells whether the text changed since the sidecar was written (then re-anchor).
import type { Fingerprint } from '../model/annotation';
import { sha256Hex } from './sha256';

const encoder = new TextEncoder();

/** `length` counts UTF-16 code units (like the selectors); the hash is over the UTF-8 bytes. */
export function fingerprint(text: string): Fingerprint {
  return { length: text.length, sha256: sha256Hex(encoder.encode(text)) };
}

export function sameFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  return a.length === b.length && a.sha256 === b.sha256;
}
