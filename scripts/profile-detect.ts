// Times (and, under `node --cpu-prof --import tsx`, profiles) full detection with the model on the varied article,
// a fresh detector and model per run. Run: npx tsx scripts/profile-detect.ts [--runs N] [--no-model]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDetector } from '../src/core/detect/create';
import { loadNerModel } from '../src/core/detect/ner/model-file';
import { repoRoot } from '../src/eval/repo-root';
import { nodeGunzip } from '../src/platform/gunzip';
import { germEvalTrainPath, variedArticle, variedSentences } from '../src/bench/varied-text';
import { fmt, median, timeFresh } from '../src/bench/stats';

const root = repoRoot();
const train = germEvalTrainPath(root);
if (!train) throw new Error('GermEval train file not found (set SA_GERMEVAL_DIR)');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 5;
const withModel = !process.argv.includes('--no-model');
const bytes = readFileSync(join(root, 'media', 'ner', 'model.bin'));
const article = variedArticle(variedSentences(train));
const mb = Buffer.byteLength(article) / 1e6;
const fresh = (): ReturnType<typeof createDetector> => createDetector({ model: withModel ? loadNerModel(bytes, nodeGunzip) : undefined });
// CPU time beside wall time: on a machine shared with other work, wall time includes waiting for a core.
const cpu: number[] = [];
const { ms } = timeFresh(fresh, (d) => {
  const c0 = process.cpuUsage();
  d.detect(article);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}, runs);
const cpuMs = median(cpu.slice(1));
console.log(`varied article ${fmt(mb)} MB, ${withModel ? 'with' : 'without'} model: median ${fmt(ms)} ms wall (${fmt(mb / (ms / 1000), 2)} MB/s), ${fmt(cpuMs)} ms CPU (${fmt(mb / (cpuMs / 1000), 2)} MB/s)`);
