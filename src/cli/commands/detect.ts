import type { Entity } from '../../core/model/entities';
import { loadCliDetector } from '../load-detector';
import { readArticle } from '../read-text';
import { UsageError } from '../usage';

/** The public `detect` contract: exactly these fields, in this order. */
function toContract(e: Entity): object {
  return e.kind === 'figure'
    ? { kind: e.kind, type: e.type, start: e.start, end: e.end, text: e.text, value: e.value, unit: e.unit, qualifier: e.qualifier }
    : { kind: e.kind, type: e.type, start: e.start, end: e.end, text: e.text, canonical: e.canonical };
}

export async function runDetect(files: string[], options: { registry?: string; model: boolean }): Promise<number> {
  if (files.length === 0) throw new UsageError('detect needs at least one file');
  const detector = loadCliDetector({ registryPath: options.registry, model: options.model, near: files[0]! });
  const documents = [];
  for (const path of files) {
    const text = await readArticle(path);
    // The contract's offsets index the file's text as read, so a BOM (which the editor hides) is kept here.
    const raw = text.length > 0 && (await hasBom(path)) ? '\uFEFF' + text : text;
    documents.push({ path, entities: detector.detect(raw).map(toContract) });
  }
  process.stdout.write(JSON.stringify({ documents }) + '\n');
  return 0;
}

async function hasBom(path: string): Promise<boolean> {
  const { open } = await import('node:fs/promises');
  const handle = await open(path, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(3), 0, 3, 0);
    return bytesRead === 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  } finally {
    await handle.close();
  }
}
