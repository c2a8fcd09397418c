import type { FileSystem } from '../ports';
import { SIDECAR_SUFFIX } from '../model/annotation';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out']);
const MAX_DEPTH = 8;
const skipped = (folder: string): boolean => folder.startsWith('.') || SKIPPED_FOLDERS.has(folder);

/** Every file under the given folders (recursively) whose name passes `accept`, sorted; hidden and build folders are skipped. */
export async function discoverFiles(fs: FileSystem, roots: readonly string[], accept: (name: string) => boolean): Promise<string[]> {
  const found = new Set<string>();
  const walk = async (folder: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH) return;
    let entries: Array<[string, boolean]>;
    try {
      entries = await fs.readDirectory(folder);
    } catch {
      return; // A configured folder that does not exist simply contributes nothing.
    }
    for (const [name, isDirectory] of entries) {
      const path = `${folder}/${name}`;
      if (isDirectory) {
        if (!skipped(name)) await walk(path, depth + 1);
      } else if (accept(name)) {
        found.add(path);
      }
    }
  };
  for (const root of roots) await walk(root.replace(/(.)\/+$/, '$1'), 0);
  return [...found].sort();
}

/** Whether the walk above would reach the file, or walk into the folder, at `path` from one of the roots. */
export function isUnderRoots(path: string, roots: readonly string[], kind: 'file' | 'folder' = 'file'): boolean {
  return roots.some((root) => {
    const base = root.replace(/(.)\/+$/, '$1');
    if (!path.startsWith(base + '/')) return false;
    const names = path.slice(base.length + 1).split('/');
    const folders = kind === 'file' ? names.slice(0, -1) : names;
    return folders.length <= MAX_DEPTH && !folders.some(skipped);
  });
}

/** Articles: files with one of the extensions, never sidecars. */
export function discoverDocuments(fs: FileSystem, roots: readonly string[], extensions: readonly string[]): Promise<string[]> {
  const exts = extensions.map((e) => e.toLowerCase());
  return discoverFiles(fs, roots, (name) => !name.endsWith(SIDECAR_SUFFIX) && exts.some((e) => name.toLowerCase().endsWith(e)));
}

export function discoverSidecars(fs: FileSystem, roots: readonly string[]): Promise<string[]> {
  return discoverFiles(fs, roots, (name) => name.endsWith(SIDECAR_SUFFIX));
}
