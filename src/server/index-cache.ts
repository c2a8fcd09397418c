// The index persisted per workspace: each article's summary keyed by a hash of its text and by the detector
// that made it, so that a restart re-detects only what changed. A cache is ours, derived and disposable: one
// that does not parse is logged and rebuilt, never trusted.
import type { FileSystem, Logger } from '../core/ports';
import type { DetectedMeta } from '../core/source/detect-meta';
import type { IndexedFigure } from '../core/analysis/figure-groups';
import type { DocumentSummary } from './corpus-index';
import { flatEntries, packMentions } from './packed-mentions';

// 2: with each article's source metadata; 3: and its comparable figures; 4: their sentences as offsets.
const FORMAT = 4;

export interface CachedSummary {
  /** contentKey() of the text the summary was made from. */
  key: string;
  summary: DocumentSummary;
}

interface StoredDocument {
  key: string;
  figures: number;
  actors: number;
  /** canonical name → flat [start, end, start, end, …] */
  mentions: Record<string, number[]>;
  meta?: DetectedMeta;
  quantities?: IndexedFigure[];
}

/** A fast 64-bit hash (two 32-bit FNV-1a lanes) of the text plus its length: a cache key, not a fingerprint for storage. */
export function contentKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${text.length.toString(36)}-${(a >>> 0).toString(36)}-${(b >>> 0).toString(36)}`;
}

export async function loadIndexCache(fs: FileSystem, path: string, detectorKey: string, log: Logger): Promise<Map<string, CachedSummary>> {
  const out = new Map<string, CachedSummary>();
  if (!(await fs.exists(path))) return out;
  try {
    const raw = JSON.parse(new TextDecoder().decode(await fs.readFile(path))) as { format?: number; detector?: string; documents?: Record<string, StoredDocument> };
    if (raw.format !== FORMAT || raw.detector !== detectorKey || typeof raw.documents !== 'object' || raw.documents === null) return out;
    for (const [document, d] of Object.entries(raw.documents)) {
      out.set(document, { key: d.key, summary: { figures: d.figures, actors: d.actors, mentions: packMentions(Object.entries(d.mentions)), meta: d.meta, quantities: d.quantities } });
    }
  } catch (e) {
    log.warn(`[index] ignoring the index cache ${path}: ${(e as Error).message}`);
    out.clear();
  }
  return out;
}

/**
 * Encoded a document at a time and written in those parts: one JSON string of the whole index (15 MB for 10,000
 * articles, twice that as a two-byte string) plus its encoding raised the server's peak memory by some 90 MB.
 */
export async function saveIndexCache(fs: FileSystem, path: string, detectorKey: string, entries: ReadonlyMap<string, CachedSummary>): Promise<void> {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [encoder.encode(`{"format":${FORMAT},"detector":${JSON.stringify(detectorKey)},"documents":{`)];
  let first = true;
  for (const [document, { key, summary }] of entries) {
    const mentions = Object.fromEntries(flatEntries(summary.mentions));
    const stored: StoredDocument = { key, figures: summary.figures, actors: summary.actors, mentions, ...(summary.meta ? { meta: summary.meta } : {}), ...(summary.quantities?.length ? { quantities: [...summary.quantities] } : {}) };
    chunks.push(encoder.encode(`${first ? '' : ','}${JSON.stringify(document)}:${JSON.stringify(stored)}`));
    first = false;
  }
  chunks.push(encoder.encode('}}'));
  await fs.withLock(path, () => fs.writeFile(path, chunks));
}
