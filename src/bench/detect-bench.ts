import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDetector } from '../core/detect/create';
import type { NerModel } from '../core/detect/ner/types';
import { fmt, timeMedian } from './stats';

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

export function benchDetection(seedsDir: string, model: NerModel | undefined, loadMs: number | undefined): string[] {
  const lines: string[] = ['## Detection (median of runs, one core)', '', '| input | detector | median ms | MB/s | × baseline |', '|---|---|---|---|---|'];
  const plain = createDetector();
  const full = model ? createDetector({ model }) : undefined;
  for (const mb of [1, 10]) {
    const text = seedsCorpus(seedsDir, mb * 1024 * 1024);
    const megabytes = Buffer.byteLength(text) / 1024 / 1024;
    const runs = mb === 1 ? 7 : 3;
    const base = timeMedian(() => baseline(text), runs);
    lines.push(`| ${mb} MB | baseline (word regex) | ${fmt(base)} | ${fmt(megabytes / (base / 1000))} | 1.0 |`);
    const t1 = timeMedian(() => plain.detect(text), runs);
    lines.push(`| ${mb} MB | figures + registry | ${fmt(t1)} | ${fmt(megabytes / (t1 / 1000))} | ${fmt(t1 / base)} |`);
    if (full) {
      const t2 = timeMedian(() => full.detect(text), runs);
      lines.push(`| ${mb} MB | figures + registry + model | ${fmt(t2)} | ${fmt(megabytes / (t2 / 1000))} | ${fmt(t2 / base)} |`);
    }
  }
  // Re-detection after a one-character edit: what the editor does (debounced) after a keystroke.
  const text = seedsCorpus(seedsDir, 1024 * 1024);
  const detector = full ?? plain;
  detector.detect(text);
  let i = 0;
  const edit = timeMedian(() => {
    const at = (text.length >> 1) + i++;
    detector.detect(text.slice(0, at) + 'x' + text.slice(at));
  }, 5);
  lines.push('', `Re-detect after a one-character edit in 1 MB (${full ? 'with' : 'without'} model): median ${fmt(edit)} ms`);
  if (loadMs !== undefined) lines.push(`Model load: median ${fmt(loadMs)} ms`);
  return lines;
}
