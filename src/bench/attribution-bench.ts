// What attribution and hedging add to detection: detection alone and detection + attribute() timed alternately in
// the same run (fresh detector and model each time), and attribute() alone on the entities, all as medians.
import { performance } from 'node:perf_hooks';
import { createDetector } from '../core/detect/create';
import type { PerceptronNer } from '../core/detect/ner/model';
import { fmt, median } from './stats';

export interface OverheadInput {
  name: string;
  docs: readonly string[];
  runs: number;
}

export function benchAttributionOverhead(inputs: readonly OverheadInput[], loadModel: (() => PerceptronNer) | undefined): string[] {
  const lines = [
    `## Attribution and hedging overhead (${loadModel ? 'with' : 'without'} the model; medians; detection alone and detection + attribution alternate in one run)`,
    '',
    '| input | detection ms | detection + attribution ms | ratio | attribution alone ms | attribution / detection |',
    '|---|---|---|---|---|---|',
  ];
  for (const input of inputs) {
    const detectOnly: number[] = [];
    const both: number[] = [];
    const alone: number[] = [];
    for (let r = 0; r < input.runs + 1; r++) {
      for (const withCues of [false, true]) {
        const detector = createDetector({ model: loadModel?.() });
        const t0 = performance.now();
        let attributeMs = 0;
        for (const d of input.docs) {
          const entities = detector.detect(d);
          if (withCues) {
            const a0 = performance.now();
            detector.attribute(d, entities);
            attributeMs += performance.now() - a0;
          }
        }
        const ms = performance.now() - t0;
        if (r === 0) continue; // warm-up
        (withCues ? both : detectOnly).push(ms);
        if (withCues) alone.push(attributeMs);
      }
    }
    const d = median(detectOnly);
    const b = median(both);
    const a = median(alone);
    lines.push(`| ${input.name} | ${fmt(d)} | ${fmt(b)} | ${fmt(b / d, 3)} | ${fmt(a)} | ${fmt(a / d, 3)} |`);
  }
  lines.push('', 'Target: attribution and hedging add at most 20 % (ratio ≤ 1.20). The last column is the cleaner measure: the ratio of two whole runs also carries the run-to-run noise of detection.');
  return lines;
}
