// Imports files into a corpus folder: each file becomes `<slug>.txt` and a sidecar that records where it came
// from. A file that fails leaves nothing behind; an existing file is never overwritten.
import { fingerprint } from '../anchor/fingerprint';
import { emptySidecar } from '../corpus/document-state';
import { sidecarPathFor } from '../model/annotation';
import { basename, join } from '../paths';
import type { FileSystem } from '../ports';
import { SidecarStore } from '../store/sidecar-store';
import { importDocument } from './import-document';
import { slugify } from './slug';

export interface ImportInput {
  /** As the user gave it (shown back in the result); its extension picks the converter. */
  name: string;
  bytes: Uint8Array;
}

export type ImportOutcome =
  | { from: string; path: string; outlet: string | null; published: string | null; title: string }
  | { from: string; error: string };

/** `<slug>.txt`, or `<slug>-2.txt`, `-3`, … when that name (or a sidecar left by an earlier article of that name) exists. */
async function freePath(fs: FileSystem, folder: string, slug: string): Promise<string> {
  for (let n = 1; ; n++) {
    const path = join(folder, `${slug}${n === 1 ? '' : `-${n}`}.txt`);
    if (!(await fs.exists(path)) && !(await fs.exists(sidecarPathFor(path)))) return path;
  }
}

async function importOne(fs: FileSystem, store: SidecarStore, file: ImportInput, folder: string): Promise<ImportOutcome> {
  const doc = await importDocument(file.name, file.bytes);
  const title = doc.meta.title ?? basename(file.name);
  const slug = slugify(title);
  const bytes = new TextEncoder().encode(doc.text);
  // Choosing the name and writing the file under one lock: two imports of the same title cannot pick one name.
  const path = await fs.withLock(join(folder, `${slug}.txt`), async () => {
    const free = await freePath(fs, folder, slug);
    await fs.writeFile(free, bytes);
    return free;
  });
  try {
    await store.save(path, { ...emptySidecar(basename(path)), fingerprint: fingerprint(doc.text), meta: doc.meta });
  } catch (e) {
    await fs.delete(path).catch(() => undefined); // No article without its source record.
    throw e;
  }
  return { from: file.name, path, outlet: doc.meta.outlet ?? null, published: doc.meta.published ?? null, title };
}

/** Imports each file in turn; the outcomes are in the order of `files`. */
export async function importIntoFolder(fs: FileSystem, files: readonly ImportInput[], folder: string): Promise<ImportOutcome[]> {
  const store = new SidecarStore(fs);
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    try {
      outcomes.push(await importOne(fs, store, file, folder));
    } catch (e) {
      outcomes.push({ from: file.name, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return outcomes;
}
