// Detection throughput. The headline is varied text (the GermEval train sentences, each used once): the model caches
// per word type, so repeated text looks several times faster than real text. Every timed run gets a fresh detector
// and a freshly loaded model (outside the timing), so that no cache warmed by an earlier run flatters the next.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDetector } from '../core/detect/create';
import type { PerceptronNer } from '../core/detect/ner/model';
import { benchAttributionOverhead, type OverheadInput } from './attribution-bench';
import { variedArticle, variedCorpus, variedSentences } from './varied-text';
import { fmt, timeFresh, timeMedian } from './stats';

export interface DetectBenchOptions {
  seedsDir: string;
  /** GermEval train file (varied-text.ts); undefined: the varied rows are skipped. */
  trainPath: string | undefined;
  /** Loads a fresh model; undefined: no model rows. */
  loadModel?: () => PerceptronNer;
  loadMs?: number;
}

/** The seeds concatenated and repeated until the text reaches `bytes` (UTF-8). */
export function seedsCorpus(seedsDir: string, bytes: number): string {
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedsDir, f), 'utf8')).join('\n\n');
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    parts.push(seeds);
    size += Buffer.byteLength(seeds) + 2;
  }
  return parts.join('\n\n');
}

/** Baseline: one Unicode word-tokenising regex pass over the text, the floor of any detector's cost. */
const baseline = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

interface Input {
  name: string;
  /** One detect() per document. */
  docs: readonly string[];
  runs: number;
  warmup: number;
}

const hitRate = (s: { hits: number; misses: number }): string => `${fmt((100 * s.hits) / (s.hits + s.misses))} %`;

/** Baseline, figures + registry, and figures + registry + model on one input: table rows. */
function inputRows(input: Input, loadModel: (() => PerceptronNer) | undefined): string[] {
  const mb = input.docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1e6;
  const each = (detect: (text: string) => unknown) => (): void => {
    for (const d of input.docs) detect(d);
  };
  const base = timeFresh(() => undefined, each(baseline), input.runs, input.warmup);
  const row = (detector: string, t: { ms: number; cpuMs: number }, hits = ''): string =>
    `| ${input.name} | ${detector} | ${fmt(t.ms)} | ${fmt(mb / (t.ms / 1000), 2)} | ${fmt(t.ms / base.ms)} | ${fmt(t.cpuMs)} | ${fmt(mb / (t.cpuMs / 1000), 2)} | ${fmt(t.cpuMs / base.cpuMs)} | ${hits} |`;
  const out = [row('baseline (word regex)', base)];
  const plain = timeFresh(createDetector, (d) => each((t) => d.detect(t))(), input.runs, input.warmup);
  out.push(row('figures + registry', plain));
  if (loadModel) {
    const fresh = (): { model: PerceptronNer; detect: (t: string) => unknown } => {
      const model = loadModel();
      const detector = createDetector({ model });
      return { model, detect: (t) => detector.detect(t) };
    };
    const full = timeFresh(fresh, (d) => each(d.detect)(), input.runs, input.warmup);
    out.push(row('figures + registry + model', full, hitRate(full.last.model.cacheStats)));
  }
  return out;
}

const TABLE_HEAD = [
  '| input | detector | median ms | MB/s | × baseline | CPU ms | MB/s of CPU | × baseline (CPU) | model cache hits |',
  '|---|---|---|---|---|---|---|---|---|',
];

/** The varied-text inputs: one 2.9 MB article, and 10,000 documents of 2.5 KB. */
function variedInputs(trainPath: string): Input[] {
  const sentences = variedSentences(trainPath);
  const article = variedArticle(sentences);
  return [
    { name: `varied article, ${fmt(Buffer.byteLength(article) / 1e6)} MB (GermEval train sentences, each once)`, docs: [article], runs: 5, warmup: 1 },
    { name: 'varied corpus, 10,000 documents of 2.5 KB (GermEval train sentences)', docs: variedCorpus(sentences, 10000, 2500), runs: 3, warmup: 0 },
  ];
}

/** The varied-text rows alone (`bench.js detect-rows`: what benchDetection runs again in the language server's Node). */
export function benchVariedDetection(trainPath: string, loadModel: () => PerceptronNer): string[] {
  return [...TABLE_HEAD, ...variedInputs(trainPath).flatMap((input) => inputRows(input, loadModel))];
}

export function benchDetection(options: DetectBenchOptions): string[] {
  const { seedsDir, trainPath, loadModel, loadMs } = options;
  const lines: string[] = [
    '## Detection (median of runs, one core; MB = 10^6 bytes of UTF-8; a fresh detector and model per run)',
    '',
    'Wall time and the process CPU time: on a machine shared with other work, wall time includes waiting for a core.',
    '',
    ...TABLE_HEAD,
  ];
  const inputs: Input[] = trainPath ? variedInputs(trainPath) : [];
  inputs.push({ name: 'REPEATED text: the five seeds over and over, 1 MB (cache-flattered, not a speed claim)', docs: [seedsCorpus(seedsDir, 1024 * 1024)], runs: 5, warmup: 1 });
  for (const input of inputs) lines.push(...inputRows(input, loadModel));
  if (!trainPath) lines.push('', 'GermEval train file not found (set SA_GERMEVAL_DIR): the varied-text rows were skipped.');
  // The small-document corpus is cut to 2,500 documents here: eight passes over all 10,000 with the model take minutes.
  const varied: OverheadInput[] = inputs
    .filter((x) => !x.name.startsWith('REPEATED'))
    .map((x) => (x.docs.length > 2500 ? { name: `${x.name.replace('10,000', 'the first 2,500 of')}`, docs: x.docs.slice(0, 2500), runs: 3 } : { name: x.name, docs: x.docs, runs: x.runs }));
  lines.push('', ...benchAttributionOverhead(varied.length ? varied : inputs, loadModel));

  // Re-detection after a one-character edit: what the editor does (debounced) after a keystroke.
  const text = seedsCorpus(seedsDir, 1024 * 1024);
  const detector = createDetector({ model: loadModel?.() });
  detector.detect(text);
  let i = 0;
  const edit = timeMedian(() => {
    const at = (text.length >> 1) + i++;
    detector.detect(text.slice(0, at) + 'x' + text.slice(at));
  }, 5);
  lines.push('', `Re-detect after a one-character edit in 1 MB of repeated text (${loadModel ? 'with' : 'without'} model): median ${fmt(edit)} ms`);
  if (loadMs !== undefined) lines.push(`Model load: median ${fmt(loadMs)} ms`);
  return lines;
}
