import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root, whether running from src/ (tsx) or from the dist/ bundle. */
export function repoRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}
