// `npm run bench`: detection throughput, re-detection after an edit, model load, re-anchoring and live mapping.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadNerModel } from '../core/detect/ner/model-file';
import { L } from '../core/detect/ner/model';
import { benchReanchor } from './anchor-bench';
import { benchDetection } from './detect-bench';
import { benchHost } from './host-bench';
import { benchIndex } from './index-bench';
import { benchAnalysis } from './analysis-bench';
import { benchIncremental } from './incremental-bench';
import { timeMedian } from './stats';
import { germEvalTrainPath, variedSentences } from './varied-text';
import { nodeGunzip } from '../platform/gunzip';

const root = join(__dirname, '..');
const modelBytes = readFileSync(join(root, 'media', 'ner', 'model.bin'));

// Memory held by a loaded model: typed arrays (weights, caches) and JS heap (word lists, lexicon), after a full GC,
// measured before the timed loads leave garbage behind.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
gc();
const before = process.memoryUsage();
const model = loadNerModel(modelBytes, nodeGunzip);
gc();
const after = process.memoryUsage();
const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
const loadMs = timeMedian(() => loadNerModel(modelBytes, nodeGunzip), 5);
const memoryLine = `Model in memory: ${mb(after.arrayBuffers - before.arrayBuffers)} MB typed arrays (its weights as float32 would take ${mb(model.buckets * L * 4)} MB), ${mb(after.heapUsed - before.heapUsed)} MB JS heap`;

// `npm run bench -- detect index host analysis`: only those parts (detect: detection, model, anchoring, incremental).
const only = new Set(process.argv.slice(2));
const wanted = (part: 'detect' | 'index' | 'host' | 'analysis'): boolean => only.size === 0 || only.has(part);
const lines = [
  `# Source Annotator benchmark (${new Date().toISOString()}, node ${process.version})`,
  '',
];
if (wanted('detect')) lines.push(
  ...benchDetection({ seedsDir: join(root, 'seeds'), trainPath: germEvalTrainPath(root), loadModel: () => loadNerModel(modelBytes, nodeGunzip), loadMs }),
  memoryLine,
  '',
  ...benchReanchor(),
  '',
  ...benchIncremental(root, model),
);
process.stdout.write(lines.join('\n') + '\n');

// The corpus index at scale, through the real language server (dist/server.js), then the same corpus in a real
// VS Code host: minutes each (SA_BENCH_INDEX=0 / SA_BENCH_HOST=0 skip them).
const trainPath = germEvalTrainPath(root);
if (trainPath) {
  const sentences = variedSentences(trainPath);
  void (async () => {
    if (wanted('analysis')) process.stdout.write('\n' + benchAnalysis(root, sentences).join('\n') + '\n');
    if (wanted('index') && process.env.SA_BENCH_INDEX !== '0') process.stdout.write('\n' + (await benchIndex(root, sentences)).join('\n') + '\n');
    if (wanted('host') && process.env.SA_BENCH_HOST !== '0') process.stdout.write('\n' + (await benchHost(root, sentences)).join('\n') + '\n');
  })();
}
