// `npm run bench`: detection throughput, re-detection after an edit, model load, re-anchoring and live mapping.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadNerModel } from '../core/detect/ner/model-file';
import { L } from '../core/detect/ner/model';
import { benchReanchor } from './anchor-bench';
import { benchDetection, benchVariedDetection } from './detect-bench';
import { benchHost } from './host-bench';
import { benchIndex } from './index-bench';
import { editorNode, nodeVersion } from './editor-node';
import { benchAnalysis } from './analysis-bench';
import { benchIncremental } from './incremental-bench';
import { timeMedian } from './stats';
import { germEvalTrainPath, variedSentences } from './varied-text';
import { nodeGunzip } from '../platform/gunzip';

const root = join(__dirname, '..');
const modelBytes = readFileSync(join(root, 'media', 'ner', 'model.bin'));

// `bench.js detect-rows`: the varied-text detection rows alone, which the detect part runs again in the Node that runs
// the language server in the editor (below).
if (process.argv[2] === 'detect-rows') {
  const trainPath = germEvalTrainPath(root);
  if (trainPath) process.stdout.write(benchVariedDetection(trainPath, () => loadNerModel(modelBytes, nodeGunzip)).join('\n') + '\n');
} else {
  main();
}

/** The varied-text detection rows again, in the Node that runs the language server in the editor (editor-node.ts). */
function serverRuntimeRows(): string[] {
  const node = editorNode(root);
  if (!node) return ['Detection in the editor\'s Node: skipped (no VS Code host; `npm run host:install` installs it)'];
  const r = spawnSync(node, [__filename, 'detect-rows'], { encoding: 'utf8', maxBuffer: 1 << 24, env: { ...process.env, NODE_OPTIONS: '' } });
  if (r.status !== 0) return [`Detection in the editor's Node failed: ${r.stderr.trim().split('\n').pop()}`];
  return [
    `## Detection in the language server's Node (${nodeVersion(node)}: the editor host's, which runs dist/server.js here), the same inputs`,
    '',
    r.stdout.trimEnd(),
  ];
}

function main(): void {
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
    ...serverRuntimeRows(),
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
}
