import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { reanchorSidecar } from '../../core/anchor/reanchor-sidecar';
import { sidecarPathFor } from '../../core/model/annotation';
import { formatSidecarError, parseSidecar } from '../../core/store/parse';
import { serializeSidecar } from '../../core/store/serialize';
import { nodeFileSystem } from '../../platform/node-fs';
import { readArticle } from '../read-text';
import { InputError, UsageError } from '../usage';

export async function runReanchor(args: string[]): Promise<number> {
  if (args.length !== 1) throw new UsageError('reanchor needs exactly one document');
  const path = resolve(args[0]!);
  const text = await readArticle(path);
  const sidecarPath = sidecarPathFor(path);
  if (!existsSync(sidecarPath)) {
    process.stdout.write(JSON.stringify({ annotations: [] }) + '\n');
    return 0;
  }
  // Read and rewrite under the sidecar's lock, so that a claim another writer adds meanwhile is not lost.
  const result = await nodeFileSystem.withLock(sidecarPath, async () => {
    const parsed = parseSidecar(await readFile(sidecarPath, 'utf8'), sidecarPath);
    if (!parsed.ok) throw new InputError(`${formatSidecarError(parsed.error)} (file left unchanged)`);
    const reanchored = reanchorSidecar(text, parsed.sidecar);
    const after = serializeSidecar(reanchored.sidecar);
    if (after !== serializeSidecar(parsed.sidecar) || parsed.migrated) await nodeFileSystem.writeFile(sidecarPath, new TextEncoder().encode(after));
    return reanchored;
  });
  process.stdout.write(JSON.stringify({ annotations: result.results }) + '\n');
  if (result.orphaned > 0) process.stderr.write(`source-annotator: ${result.orphaned} annotation(s) could not be placed and are kept as orphaned\n`);
  return 0;
}
