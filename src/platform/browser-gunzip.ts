// Gunzip for the browser build, where node:zlib does not exist: the platform's native DecompressionStream when the
// host has one (every current browser and Web Worker), else fflate's pure-JavaScript inflate.
import { gunzipSync } from 'fflate';

export async function browserGunzip(gz: Uint8Array): Promise<Uint8Array> {
  if (typeof DecompressionStream !== 'function') return gunzipSync(gz);
  const stream = new Blob([gz as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
