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

const lines = [
  `# Source Annotator benchmark (${new Date().toISOString()}, node ${process.version})`,
  '',
  ...benchDetection({ seedsDir: join(root, 'seeds'), trainPath: germEvalTrainPath(root), loadModel: () => loadNerModel(modelBytes, nodeGunzip), loadMs }),
  memoryLine,
  '',
  ...benchReanchor(),
  '',
  ...benchIncremental(root, model),
];
process.stdout.write(lines.join('\n') + '\n');

// The corpus index at scale, through the real language server (dist/server.js): minutes, so it can be skipped.
const trainPath = germEvalTrainPath(root);
// Then the same scale in a real VS Code host (SA_BENCH_HOST=0 skips it).
if (trainPath) {
  const sentences = variedSentences(trainPath);
  void (async () => {
    if (process.env.SA_BENCH_INDEX !== '0') process.stdout.write('\n' + (await benchIndex(root, sentences)).join('\n') + '\n');
    if (process.env.SA_BENCH_HOST !== '0') process.stdout.write('\n' + (await benchHost(root, sentences)).join('\n') + '\n');
  })();
}
