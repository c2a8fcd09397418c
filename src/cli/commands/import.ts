import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { importIntoFolder, type ImportInput } from '../../core/import/import-into-folder';

// The bundle of this file (dist/importer.js) also serves the node language server's imports.
export { importIntoFolder };
import { nodeFileSystem } from '../../platform/node-fs';

/** Reads a file to import, or says in one line why it cannot be read (never a URL: import reads saved files). */
async function readInput(file: string): Promise<ImportInput | { from: string; error: string }> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return { from: file, error: 'import reads saved files, not web addresses: save the page in the browser first' };
  try {
    if ((await stat(file)).isDirectory()) return { from: file, error: 'is a folder; name the files to import' };
    return { name: file, bytes: await readFile(file) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { from: file, error: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read it (${(e as Error).message})` };
  }
}

/**
 * `import <file>... --into <folder>`: exit 0 when all were imported, 1 when some failed, 3 when none could be (or the
 * folder cannot be made). main.ts has checked the arguments.
 */
export async function runImport(files: string[], into: string): Promise<number> {
  const folder = resolve(into);
  try {
    if ((await stat(folder).catch(() => undefined))?.isDirectory() === false) throw new Error('exists and is not a folder');
    await mkdir(folder, { recursive: true });
  } catch (e) {
    process.stderr.write(`source-annotator: ${into}: ${(e as Error).message}\n`);
    return 3;
  }

  const read = await Promise.all(files.map(readInput));
  const inputs = read.filter((r): r is ImportInput => 'bytes' in r);
  const outcomes = await importIntoFolder(nodeFileSystem, inputs, folder);
  // Outcomes in the order the files were given; unreadable files first failed in readInput.
  let i = 0;
  const all = read.map((r) => ('bytes' in r ? outcomes[i++]! : r));
  const imported = [];
  for (const o of all) {
    if ('error' in o) process.stderr.write(`source-annotator: ${o.from}: ${o.error}\n`);
    else imported.push({ from: o.from, path: join(into, basename(o.path)), outlet: o.outlet, published: o.published, title: o.title });
  }
  process.stdout.write(JSON.stringify({ imported }) + '\n');
  return imported.length === all.length ? 0 : imported.length === 0 ? 3 : 1;
}
