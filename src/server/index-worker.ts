// A worker thread of the node server's detect pool: builds the detector it is told to and summarises texts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { createDetector, type CorpusDetector } from '../core/detect/create';
import { loadNerModel } from '../core/detect/ner/model-file';
import type { NerModel } from '../core/detect/ner/types';
import { nodeGunzip } from '../platform/gunzip';
import { summarise } from './corpus-index';
import type { DetectorConfig, PoolArticle, WireSummary } from './detect-pool';
import { detectBoilerplate, maskBoilerplate } from '../core/source/boilerplate';
import { detectSourceMeta } from '../core/source/detect-meta';

type Message = { type: 'configure'; config: DetectorConfig } | { type: 'warmUp' } | { type: 'summarise'; id: number; articles: PoolArticle[] };

let model: NerModel | undefined;
let config: DetectorConfig | undefined;
/** Built when the first texts come: a configure that the next one replaces costs nothing. */
let detector: CorpusDetector | undefined;

// Below normal priority like the whole server (node-entry.ts): on Linux a thread takes its creator's nice value.

/** A new detector unless it is configured as before (warmUp() configures early with what the server expects). */
function configure(next: DetectorConfig): void {
  if (config && JSON.stringify(next) === JSON.stringify(config)) return;
  config = next;
  detector = undefined;
}

function currentDetector(): CorpusDetector {
  if (config?.model) model ??= loadNerModel(readFileSync(join(__dirname, '..', 'media', 'ner', 'model.bin')), nodeGunzip);
  return (detector ??= createDetector({ workspaceRegistry: config?.registry, model: config?.model ? model : undefined }));
}

parentPort?.on('message', (m: Message) => {
  if (m.type === 'configure') {
    configure(m.config);
    return;
  }
  if (m.type === 'warmUp') {
    try {
      currentDetector();
    } catch {
      // Said by the first summarise, which builds it again.
    }
    return;
  }
  try {
    const detect = currentDetector();
    const summaries: WireSummary[] = m.articles.map(({ text, lines }) => {
      // Boilerplate blanked for detection (offsets kept); the source metadata read from the whole text.
      const boilerplate = detectBoilerplate(text, lines);
      const entities = detect.detect(maskBoilerplate(text, boilerplate));
      // The server thread's own summary (corpus-index.ts), so that both threads index alike.
      return summarise('', entities, detectSourceMeta(text, boilerplate), text);
    });
    parentPort?.postMessage({ id: m.id, summaries });
  } catch (e) {
    parentPort?.postMessage({ id: m.id, error: (e as Error).message });
  }
});
