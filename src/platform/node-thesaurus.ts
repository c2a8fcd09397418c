// The shipped synonym tables (media/thesaurus/) read with node:fs from the package's folder: the CLI, the eval and
// the node language server. Undefined when they are not there (links are then suggested without synonyms).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadThesaurus, THESAURUS_FILES, type Thesaurus } from '../core/analysis/thesaurus';
import type { Language } from '../core/analysis/stemmer';
import { nodeGunzip } from './gunzip';

/** `root`: the folder holding media/ (the package's, or the repository's). */
export function readThesaurus(root: string): Thesaurus | undefined {
  const files: Partial<Record<Language, Uint8Array>> = {};
  for (const [language, path] of Object.entries(THESAURUS_FILES) as Array<[Language, string]>) {
    if (existsSync(join(root, path))) files[language] = readFileSync(join(root, path));
  }
  return Object.keys(files).length > 0 ? loadThesaurus(files, nodeGunzip) : undefined;
}
