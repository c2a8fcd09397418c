import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createDetector, type CorpusDetector } from '../core/detect/create';
import { loadNerModel } from '../core/detect/ner/model-file';
import { parseRegistry } from '../core/store/parse-registry';
import { formatLocated } from '../core/store/json-document';
import { InputError } from './usage';
import { nodeGunzip } from '../platform/gunzip';

export const REGISTRY_FILE_NAME = 'source-annotator.actors.json';

/** The shipped model sits in media/ next to dist/ (bundle) or two folders up from src/cli (tsx). */
function modelPath(): string | undefined {
  for (const candidate of [join(__dirname, '..', 'media', 'ner', 'model.bin'), join(__dirname, '..', '..', 'media', 'ner', 'model.bin')]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The workspace registry: --registry, else the nearest source-annotator.actors.json from the document's folder up. */
function findRegistry(explicit: string | undefined, near: string): string | undefined {
  if (explicit) {
    if (!existsSync(explicit)) throw new InputError(`registry ${explicit} does not exist`);
    return explicit;
  }
  for (let dir = dirname(resolve(near)); ; dir = dirname(dir)) {
    const candidate = join(dir, REGISTRY_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

export function loadCliDetector(options: { registryPath?: string; model: boolean; near: string }): CorpusDetector {
  const registryFile = findRegistry(options.registryPath, options.near);
  let workspaceRegistry;
  if (registryFile) {
    const parsed = parseRegistry(readFileSync(registryFile));
    if (!parsed.ok) throw new InputError(formatLocated(registryFile, parsed.error));
    workspaceRegistry = parsed.registry;
  }
  const path = options.model ? modelPath() : undefined;
  if (options.model && !path) process.stderr.write('source-annotator: discovery model not found; detecting with the registry only\n');
  return createDetector({ workspaceRegistry, model: path ? loadNerModel(readFileSync(path), nodeGunzip) : undefined });
}
