import type { Cue, Entity } from '../../core/model/entities';
import { detectBoilerplate, maskBoilerplate } from '../../core/source/boilerplate';
import { loadCliDetector } from '../load-detector';
import { readArticle } from '../read-text';
import { recordedMeta } from '../recorded-meta';
import { UsageError } from '../usage';

export const DETECT_KINDS = ['figure', 'actor', 'attribution', 'hedge'] as const;
type DetectKind = (typeof DETECT_KINDS)[number];

/** The public `detect` contract: exactly these fields, in this order. */
function toContract(e: Entity | Cue): object {
  switch (e.kind) {
    case 'figure':
      return { kind: e.kind, type: e.type, start: e.start, end: e.end, text: e.text, value: e.value, unit: e.unit, qualifier: e.qualifier };
    case 'actor':
      return { kind: e.kind, type: e.type, start: e.start, end: e.end, text: e.text, canonical: e.canonical };
    case 'attribution': {
      const source = e.source && { start: e.source.start, end: e.source.end, text: e.source.text, canonical: e.source.canonical };
      const content = e.content && { start: e.content.start, end: e.content.end };
      return { kind: e.kind, start: e.start, end: e.end, text: e.text, source, content, mode: e.mode, stance: e.stance, hedged: e.hedged };
    }
    case 'hedge':
      return { kind: e.kind, start: e.start, end: e.end, text: e.text, type: e.type };
  }
}

/** Entities and cues in start order (an entity before a cue at the same offset); both lists are sorted. */
function mergeByStart(entities: readonly Entity[], cues: readonly Cue[]): (Entity | Cue)[] {
  const out: (Entity | Cue)[] = [];
  let j = 0;
  for (const e of entities) {
    while (j < cues.length && cues[j].start < e.start) out.push(cues[j++]);
    out.push(e);
  }
  while (j < cues.length) out.push(cues[j++]);
  return out;
}

function parseKinds(kinds: string | undefined): Set<DetectKind> {
  if (kinds === undefined) return new Set(DETECT_KINDS);
  const wanted = kinds.split(',').map((k) => k.trim()).filter(Boolean);
  for (const k of wanted) if (!(DETECT_KINDS as readonly string[]).includes(k)) throw new UsageError(`unknown kind "${k}" (expected ${DETECT_KINDS.join(', ')})`);
  return new Set(wanted as DetectKind[]);
}

export async function runDetect(files: string[], options: { registry?: string; model: boolean; kinds?: string }): Promise<number> {
  if (files.length === 0) throw new UsageError('detect needs at least one file');
  const kinds = parseKinds(options.kinds);
  const detector = loadCliDetector({ registryPath: options.registry, model: options.model, near: files[0]! });
  const documents = [];
  for (const path of files) {
    const text = await readArticle(path);
    // The contract's offsets index the file's text as read, so a BOM (which the editor hides) is kept here.
    const raw = text.length > 0 && (await hasBom(path)) ? '\uFEFF' + text : text;
    // Boilerplate (navigation, comment prompts, teasers) is blanked, not cut: offsets stay those of the file.
    const { meta, problem } = await recordedMeta(path);
    if (problem) process.stderr.write(`source-annotator: ${problem}\n`);
    const article = maskBoilerplate(raw, detectBoilerplate(raw, meta));
    const entities = detector.detect(article);
    const cues = kinds.has('attribution') || kinds.has('hedge') ? detector.attribute(article, entities) : [];
    documents.push({ path, entities: mergeByStart(entities, cues).filter((e) => kinds.has(e.kind)).map(toContract) });
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
