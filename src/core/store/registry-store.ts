// Writes analyst decisions into the workspace actor registry file: under the file's lock, the edit is applied
// to what is on disk right now (not to what was read earlier), so two writers' decisions both land.
import type { RegistryFile } from '../model/registry';
import type { FileSystem } from '../ports';
import { emptyRegistry, serializeRegistry } from '../registry-edits';
import type { LocatedError } from './json-document';
import { parseRegistry } from './parse-registry';

export class BrokenRegistryError extends Error {
  constructor(readonly path: string, readonly error: LocatedError) {
    super(`${path}:${error.line}:${error.column}: ${error.message} — not overwriting it; fix the file, then retry`);
    this.name = 'BrokenRegistryError';
  }
}

/** Applies `edit` to the registry file as it is on disk and writes the result; a file that does not parse is left untouched. */
export function editRegistryFile(fs: FileSystem, path: string, edit: (file: RegistryFile) => RegistryFile): Promise<RegistryFile> {
  return fs.withLock(path, async () => {
    let current = emptyRegistry();
    if (await fs.exists(path)) {
      const parsed = parseRegistry(await fs.readFile(path));
      if (!parsed.ok) throw new BrokenRegistryError(path, parsed.error);
      current = parsed.registry;
    }
    const next = edit(current);
    await fs.writeFile(path, new TextEncoder().encode(serializeRegistry(next)));
    return next;
  });
}
