// Incremental re-detection (entities, attributions and hedges) after one-character edits in a 1 MB article of varied
// text, beside full re-detection.
import { isDeepStrictEqual } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createDetector } from '../core/detect/create';
import { IncrementalDetector } from '../core/detect/incremental';
import type { NerModel } from '../core/detect/ner/types';
import { mulberry32 } from '../core/random';
import { fmt, median, timeMedian } from './stats';
import { germEvalTrainPath, variedArticle, variedSentences } from './varied-text';

const EDITS = 201;

/** The GermEval article cut at the last paragraph break before `chars`. */
function article(root: string, chars: number): string | undefined {
  const train = germEvalTrainPath(root);
  if (!train) return undefined;
  const text = variedArticle(variedSentences(train));
  return text.slice(0, text.lastIndexOf('\n\n', chars));
}

export function benchIncremental(root: string, model: NerModel | undefined): string[] {
  const text = article(root, 1_000_000);
  if (!text) return ['Incremental detection: skipped (no GermEval train file; set SA_GERMEVAL_DIR)'];
  const detector = createDetector({ model });
  // The machine's speed in this run: one Unicode word-regex pass over the text (detect-bench's baseline).
  const baseMs = timeMedian(() => text.match(/[\p{L}\p{N}]+/gu)?.length, 7);
  const fullMs = timeMedian(() => detector.detect(text), 3);
  const inc = new IncrementalDetector(detector);
  let t0 = performance.now();
  inc.update(text);
  const firstMs = performance.now() - t0;
  // Typing: one character at a time at positions spread over the document, each edit on top of the last.
  const random = mulberry32(8);
  let doc = text;
  const times: number[] = [];
  const flatten: number[] = [];
  let hits = 0;
  let paragraphs = 0;
  let redetected = 0;
  for (let i = 0; i < EDITS; i++) {
    const at = Math.floor(random() * doc.length);
    doc = doc.slice(0, at) + 'abcdefghijklmnopqrstuvwxyz '[Math.floor(random() * 27)] + doc.slice(at);
    // The edited text is a rope until read; whoever reads it first makes it flat (timed apart, see below).
    t0 = performance.now();
    doc.charCodeAt(0);
    flatten.push(performance.now() - t0);
    t0 = performance.now();
    const r = inc.update(doc);
    times.push(performance.now() - t0);
    hits += r.hits;
    paragraphs += r.paragraphs;
    redetected += r.redetected.length;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const last = inc.update(doc);
  const entities = detector.detect(doc);
  const same = isDeepStrictEqual(last.entities, entities);
  const sameCues = isDeepStrictEqual(last.cues, detector.attribute(doc, entities));
  const words = model ? 'with' : 'without';
  return [
    `## Incremental detection (${fmt(text.length / 1e6, 2)} M chars of GermEval sentences, ${words} model, ${EDITS} one-character edits)`,
    '',
    '| what | ms |',
    '|---|---|',
    `| baseline: one word-regex pass over the text (median of 7) | ${fmt(baseMs)} |`,
    `| full detection (median of 3, after one warm-up) | ${fmt(fullMs)} |`,
    `| incremental, first call (empty cache) | ${fmt(firstMs)} |`,
    `| incremental after an edit: median (× baseline) | ${fmt(median(times), 2)} (${fmt(median(times) / baseMs, 3)}) |`,
    `| incremental after an edit: 90th percentile / max | ${fmt(sorted[Math.floor(0.9 * sorted.length)], 2)} / ${fmt(sorted[sorted.length - 1], 2)} |`,
    `| making the edited text flat (any reader pays it once): median | ${fmt(median(flatten), 2)} |`,
    '',
    `Cache hits ${fmt((100 * hits) / paragraphs, 2)} % of ${fmt(paragraphs / EDITS, 0)} paragraphs per edit; ${fmt(redetected / EDITS, 2)} paragraphs re-detected per edit; equal to full detection after the edits: ${same ? 'yes' : 'NO'}; attributions and hedges (computed on every edit, ${last.cues.length} in the text) equal to full attribute(): ${sameCues ? 'yes' : 'NO'}`,
  ];
}
