// Times (and, under `node --cpu-prof --import tsx`, profiles) full detection with the model on the varied article,
// a fresh detector and model per run; --corpus N: N documents of 2.5 KB through one detector instead; --model FILE:
// another model file than the shipped one (to compare two models in paired runs). Run:
// npx tsx scripts/profile-detect.ts [--runs N] [--no-model] [--corpus N] [--model FILE]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDetector } from '../src/core/detect/create';
import { loadNerModel } from '../src/core/detect/ner/model-file';
import { repoRoot } from '../src/eval/repo-root';
import { nodeGunzip } from '../src/platform/gunzip';
import { germEvalTrainPath, variedArticle, variedCorpus, variedSentences } from '../src/bench/varied-text';
import { fmt, median, timeFresh } from '../src/bench/stats';

const root = repoRoot();
const train = germEvalTrainPath(root);
if (!train) throw new Error('GermEval train file not found (set SA_GERMEVAL_DIR)');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 5;
const withModel = !process.argv.includes('--no-model');
const modelArg = process.argv.indexOf('--model');
const bytes = readFileSync(modelArg >= 0 ? process.argv[modelArg + 1]! : join(root, 'media', 'ner', 'model.bin'));
const corpusArg = process.argv.indexOf('--corpus');
const sentences = variedSentences(train);
const docs = corpusArg >= 0 ? variedCorpus(sentences, Number(process.argv[corpusArg + 1]), 2500) : [variedArticle(sentences)];
const mb = docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1e6;
const fresh = (): ReturnType<typeof createDetector> => createDetector({ model: withModel ? loadNerModel(bytes, nodeGunzip) : undefined });
// CPU time beside wall time: on a machine shared with other work, wall time includes waiting for a core.
const cpu: number[] = [];
const { ms } = timeFresh(fresh, (d) => {
  const c0 = process.cpuUsage();
  for (const doc of docs) d.detect(doc);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}, runs);
const cpuMs = median(cpu.slice(1));
console.log(`${corpusArg >= 0 ? `varied corpus of ${docs.length} documents` : 'varied article'} ${fmt(mb)} MB, ${withModel ? 'with' : 'without'} model: median ${fmt(ms)} ms wall (${fmt(mb / (ms / 1000), 2)} MB/s), ${fmt(cpuMs)} ms CPU (${fmt(mb / (cpuMs / 1000), 2)} MB/s)`);
