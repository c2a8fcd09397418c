// git merge driver for sidecars: `source-annotator merge-driver %O %A %B`.
// git expects the result in %A and exit code 0 for a clean merge, non-zero when conflicts remain.
import type { Sidecar } from '../core/model/annotation';
import { mergeSidecars } from '../core/store/merge';
import { formatSidecarError, parseSidecar } from '../core/store/parse';
import { serializeSidecar } from '../core/store/serialize';
import { nodeFileSystem } from '../platform/node-fs';

export async function mergeDriver(basePath: string, oursPath: string, theirsPath: string): Promise<number> {
  const read = async (path: string, label: string, allowEmpty: boolean): Promise<Sidecar | undefined | Error> => {
    let bytes: Uint8Array;
    try {
      bytes = await nodeFileSystem.readFile(path);
    } catch (e) {
      return new Error(`cannot read ${label} (${path}): ${(e as Error).message}`);
    }
    // git passes an empty ancestor when both branches added the file.
    if (allowEmpty && new TextDecoder().decode(bytes).trim() === '') return undefined;
    const parsed = parseSidecar(bytes, path);
    return parsed.ok ? parsed.sidecar : new Error(`${label} does not parse: ${formatSidecarError(parsed.error)}`);
  };
  const [base, ours, theirs] = await Promise.all([
    read(basePath, 'the common ancestor', true),
    read(oursPath, 'our version', false),
    read(theirsPath, 'their version', false),
  ]);
  const failures = [base, ours, theirs].filter((x): x is Error => x instanceof Error);
  if (failures.length > 0 || ours === undefined || theirs === undefined) {
    for (const f of failures) process.stderr.write(`source-annotator merge-driver: ${f.message}\n`);
    process.stderr.write('source-annotator merge-driver: files left unchanged; resolve this sidecar by hand\n');
    return 1;
  }
  const { merged, conflicts } = mergeSidecars(base as Sidecar | undefined, ours as Sidecar, theirs as Sidecar);
  await nodeFileSystem.writeFile(oursPath, new TextEncoder().encode(serializeSidecar(merged)));
  for (const c of conflicts) {
    process.stderr.write(`source-annotator merge-driver: conflict in ${c.id ?? '(sidecar)'} ${c.field}: ours ${c.ours}, theirs ${c.theirs}\n`);
  }
  if (conflicts.length > 0) {
    process.stderr.write(`source-annotator merge-driver: ${conflicts.length} conflict(s); annotations tagged "merge-conflict"\n`);
  }
  return conflicts.length > 0 ? 1 : 0;
}
