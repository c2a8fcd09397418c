// The shipped data files (the model, the synonym tables) are gzipped; a hand-unzipped copy loads as well. The core
// inflates with fflate, which runs in a web extension host too; Node callers pass node:zlib's (platform/gunzip.ts).
import { gunzipSync } from 'fflate';

export type Gunzip = (gz: Uint8Array) => Uint8Array;

/** `bytes` inflated when they are gzipped (by their magic number), else as they are. */
export function inflateIfGzipped(bytes: Uint8Array, gunzip: Gunzip = gunzipSync): Uint8Array {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzip(bytes) : bytes;
}
