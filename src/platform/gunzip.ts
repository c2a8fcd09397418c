// node:zlib's gunzip for loading the model file: about twice as fast as the pure-JavaScript default of the core.
import { gunzipSync } from 'node:zlib';

export const nodeGunzip = (gz: Uint8Array): Uint8Array => gunzipSync(gz);
