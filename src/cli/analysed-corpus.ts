// The articles of a folder as the cross-source analysis sees them: text, sidecar, detections (boilerplate blanked).
import { existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import type { AnalysedDocument } from '../core/analysis/inputs';
import { discoverDocuments } from '../core/corpus/discover';
import { emptySidecar } from '../core/corpus/document-state';
import type { CorpusDetector } from '../core/detect/create';
import { sidecarPathFor, type Sidecar } from '../core/model/annotation';
import { detectBoilerplate, maskBoilerplate } from '../core/source/boilerplate';
import { formatSidecarError, parseSidecar } from '../core/store/parse';
import { decodeDocument } from '../core/text';
import { nodeFileSystem } from '../platform/node-fs';
import { InputError } from './usage';

const MAX_BYTES = 50 * 1024 * 1024;

export interface CorpusFolder { folder: string; articles: string[] }

export async function corpusFolder(arg: string): Promise<CorpusFolder> {
  const folder = resolve(arg);
  if (!(await stat(folder).catch(() => undefined))?.isDirectory()) throw new InputError(`${arg} is not a folder`);
  return { folder, articles: await discoverDocuments(nodeFileSystem, [folder], ['.txt', '.md']) };
}

/** The article's sidecar, or an empty one; a sidecar that does not parse is reported and read as empty. */
export function sidecarOf(article: string): Sidecar {
  const path = sidecarPathFor(article);
  const raw = existsSync(path) ? readFileSync(path) : undefined;
  if (!raw) return emptySidecar(article.split(sep).pop()!);
  const parsed = parseSidecar(raw, sidecarPathFor(article));
  if (parsed.ok) return parsed.sidecar;
  process.stderr.write(`source-annotator: ${formatSidecarError(parsed.error)} (its claims are left out)\n`);
  return emptySidecar(article.split(sep).pop()!);
}

/**
 * What `take` keeps of each article, read and detected, in path order; `keep` picks by sidecar which are worth reading at all. Reads are
 * synchronous: for 20,000 small files the thread pool's round trips cost more than the reads.
 */
export function analyseAll<T>(folder: string, articles: readonly string[], detector: CorpusDetector, options: { cues: boolean; keep?: (s: Sidecar) => boolean }, take: (d: AnalysedDocument) => T): T[] {
  // `take` keeps what the command needs of each article: 10,000 articles with their detections would fill memory.
  const out: T[] = [];
  for (const article of [...articles].sort()) {
    const sidecar = sidecarOf(article);
    if (options.keep && !options.keep(sidecar)) continue;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(article);
    } catch {
      continue; // Gone since it was listed.
    }
    const doc = analyse(folder, article, bytes, sidecar, detector, options.cues);
    if (doc) out.push(take(doc));
  }
  return out;
}

/** One article detected; undefined when it is not text. Paths in keys are relative to the folder, '/'-separated. */
function analyse(folder: string, article: string, bytes: Uint8Array, sidecar: Sidecar, detector: CorpusDetector, withCues: boolean): AnalysedDocument | undefined {
  const decoded = decodeDocument(bytes, MAX_BYTES);
  if (!decoded.ok) return undefined;
  const text = decoded.text;
  const masked = maskBoilerplate(text, detectBoilerplate(text, sidecar.meta));
  const entities = detector.detect(masked);
  return { path: relative(folder, article).split(sep).join('/'), text, sidecar, entities, cues: withCues ? detector.attribute(masked, entities) : [] };
}
