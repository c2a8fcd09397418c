// The index persisted per workspace: each article's summary keyed by the stamp (size, mtime) of the file it was
// read from and by a hash of its text, and by the detector that made it, so that a restart re-detects only what
// changed, and reads nothing twice: an article whose file has the same stamp is taken without hashing its text.
// A cache is ours, derived and disposable: one that does not decode is logged and rebuilt, never trusted.
import type { FileStamp, FileSystem, Logger } from '../core/ports';
import type { DetectedMeta } from '../core/source/detect-meta';
import type { IndexedFigure } from '../core/analysis/figure-groups';
import type { DocumentSummary } from './corpus-index';
import { BinaryReader, BinaryWriter } from './index-codec';
import { intern } from './packed-mentions';

// 2: with each article's source metadata; 3: and its comparable figures; 4: their sentences as offsets;
// 5: binary (index-codec.ts), with each file's stamp, and contentKey over two code units at a time; 6: and the key
// of the sidecar's recorded metadata.
const FORMAT = 6;
const MAGIC = [0x53, 0x41, 0x49, 0x58]; // "SAIX"

export interface CachedSummary {
  /** contentKey() of the text the summary was made from. */
  key: string;
  /** The stamp of the file that text was read from, when it was (not the editor's text) and is one to trust. */
  stamp?: FileStamp;
  /**
   * sidecarMetaKey() of the sidecar's recorded metadata when the summary was made: the analyst's boilerplate lines
   * and source fields change what is detected (blanked lines) and the summary's source metadata.
   */
  metaKey: string;
  summary: DocumentSummary;
}

/** A key of a sidecar's recorded metadata ('' for none). */
export function sidecarMetaKey(meta: unknown): string {
  return meta === undefined ? '' : contentKey(JSON.stringify(meta));
}

interface Header {
  format: number;
  detector: string;
  documents: number;
  /** How many numbers the documents' packed mentions hold in all: they are read into one array. */
  mentionNumbers: number;
  strings: string[];
  shapes: string[][];
}

/**
 * A fast 64-bit hash (two 32-bit lanes, FNV-1a and a murmur-like mix) of the text plus its length, two UTF-16 code
 * units a step: a cache key, not a fingerprint for storage.
 */
export function contentKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  const even = text.length & ~1;
  for (let i = 0; i < even; i += 2) {
    const c = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  if (even < text.length) {
    const c = text.charCodeAt(even);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${text.length.toString(36)}-${(a >>> 0).toString(36)}-${(b >>> 0).toString(36)}`;
}

export async function loadIndexCache(fs: FileSystem, path: string, detectorKey: string, log: Logger): Promise<Map<string, CachedSummary>> {
  const out = new Map<string, CachedSummary>();
  if (!(await fs.exists(path))) return out;
  try {
    const bytes = await fs.readFile(path);
    if (bytes.length < 8 || MAGIC.some((m, i) => bytes[i] !== m)) return out; // An older format (JSON): rebuilt.
    const headerEnd = 8 + new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, headerEnd))) as Header;
    if (header.format !== FORMAT || header.detector !== detectorKey) return out;
    const r = new BinaryReader(bytes, headerEnd, header.strings, header.shapes);
    // Every document's mentions are views of one array: 20,000 small typed arrays, each with its own buffer, cost
    // a restart more in collection than in reading.
    const arena = new Uint32Array(header.mentionNumbers);
    let used = 0;
    const numbers = (): Uint32Array => {
      const n = r.uint();
      if (used + n > arena.length) throw new Error('the index holds more mentions than it says');
      const view = arena.subarray(used, (used += n));
      for (let i = 0; i < n; i++) view[i] = r.uint();
      return view;
    };
    for (let d = 0; d < header.documents; d++) {
      const document = r.string();
      const key = r.string();
      const metaKey = r.string();
      const size = r.uint();
      const stamp = size > 0 ? { size: size - 1, mtime: r.value() as number } : undefined;
      const figures = r.uint();
      const actors = r.uint();
      const names = new Array<string>(r.uint());
      for (let k = 0; k < names.length; k++) names[k] = intern(r.string());
      const bounds = numbers();
      const mentions = { names, bounds, offsets: numbers() };
      const meta = r.value() as DetectedMeta | undefined;
      const quantities = r.value() as IndexedFigure[] | undefined;
      out.set(document, { key, metaKey, stamp, summary: { figures, actors, mentions, meta, quantities } });
    }
    if (!r.done) throw new Error('the index has bytes after its last document');
  } catch (e) {
    log.warn(`[index] ignoring the index cache ${path}: ${(e as Error).message}`);
    out.clear();
  }
  return out;
}

/** Encoded into parts (no one buffer of the whole index) and written at once, replacing the old file. */
export async function saveIndexCache(fs: FileSystem, path: string, detectorKey: string, entries: ReadonlyMap<string, CachedSummary>): Promise<void> {
  const w = new BinaryWriter();
  let mentionNumbers = 0;
  for (const [document, { key, metaKey, stamp, summary }] of entries) {
    w.uniqueString(document);
    w.uniqueString(key);
    w.string(metaKey);
    w.uint(stamp ? stamp.size + 1 : 0);
    if (stamp) w.value(stamp.mtime);
    w.uint(summary.figures);
    w.uint(summary.actors);
    const { names, bounds, offsets } = summary.mentions;
    w.uint(names.length);
    for (const name of names) w.string(name);
    w.uints(bounds);
    w.uints(offsets);
    mentionNumbers += bounds.length + offsets.length;
    w.value(summary.meta);
    w.value(summary.quantities?.length ? summary.quantities : undefined);
  }
  const body = w.finish();
  const header: Header = { format: FORMAT, detector: detectorKey, documents: entries.size, mentionNumbers, strings: w.strings, shapes: w.shapes };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const prefix = new Uint8Array(8);
  prefix.set(MAGIC);
  new DataView(prefix.buffer).setUint32(4, json.length, true);
  await fs.withLock(path, () => fs.writeFile(path, [prefix, json, ...body]));
}
