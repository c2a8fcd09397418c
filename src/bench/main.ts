// `npm run bench`: detection throughput, re-detection after an edit, model load, re-anchoring and live mapping.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNerModel } from '../core/detect/ner/model-file';
import { benchReanchor } from './anchor-bench';
import { benchDetection } from './detect-bench';
import { timeMedian } from './stats';
import { nodeGunzip } from '../platform/gunzip';

const root = join(__dirname, '..');
const modelBytes = readFileSync(join(root, 'media', 'ner', 'model.bin'));
const loadMs = timeMedian(() => loadNerModel(modelBytes, nodeGunzip), 5);
const model = loadNerModel(modelBytes, nodeGunzip);

const lines = [
  `# Source Annotator benchmark (${new Date().toISOString()}, node ${process.version})`,
  '',
  ...benchDetection(join(root, 'seeds'), model, loadMs),
  '',
  ...benchReanchor(),
];
process.stdout.write(lines.join('\n') + '\n');
