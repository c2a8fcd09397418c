// Times (and, under `node --cpu-prof --import tsx`, profiles) full detection with the model on the varied article,
// a fresh detector and model per run. Run: npx tsx scripts/profile-detect.ts [--runs N] [--no-model]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDetector } from '../src/core/detect/create';
import { loadNerModel } from '../src/core/detect/ner/model-file';
import { nodeGunzip } from '../src/platform/gunzip';
import { germEvalTrainPath, variedArticle, variedSentences } from '../src/bench/varied-text';
import { fmt, timeFresh } from '../src/bench/stats';

const root = join(__dirname, '..');
const train = germEvalTrainPath(root);
if (!train) throw new Error('GermEval train file not found (set SA_GERMEVAL_DIR)');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 5;
const withModel = !process.argv.includes('--no-model');
const bytes = readFileSync(join(root, 'media', 'ner', 'model.bin'));
const article = variedArticle(variedSentences(train));
const mb = Buffer.byteLength(article) / 1e6;
const fresh = (): ReturnType<typeof createDetector> => createDetector({ model: withModel ? loadNerModel(bytes, nodeGunzip) : undefined });
const { ms } = timeFresh(fresh, (d) => d.detect(article), runs);
console.log(`varied article ${fmt(mb)} MB, ${withModel ? 'with' : 'without'} model: median ${fmt(ms)} ms, ${fmt(mb / (ms / 1000), 2)} MB/s`);
