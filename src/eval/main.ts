// `npm run eval`: figure and actor scores on the seeds gold, GermEval dev, and the hand-made held-out figure set;
// attribution and hedging on the seeds gold, the German and English tuning sets and the held-out dev sets (eval/attribution/).
// `npm run eval -- attribution`: the attribution part only (with `tuned`: only the sets tuned on; `misses`: their misses); `npm run eval -- sources`: source metadata and boilerplate only; `-- links`: suggested links and figure groups only (`-- links nosynonyms`: without the thesaurus).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDetector } from '../core/detect/create';
import { loadNerModel } from '../core/detect/ner/model-file';
import { nodeGunzip } from '../platform/gunzip';
import { readThesaurus } from '../platform/node-thesaurus';
import { evaluateActors, formatActorReport } from './actors';
import { evaluateAttribution, formatAttributionReport } from './attribution';
import { evaluateFigures, formatFigureReport } from './figures';
import { evaluateSources, formatSourcesReport } from './sources';
import { evaluateLinks, formatLinksReport } from './links';
import { repoRoot } from './repo-root';

const only = new Set(process.argv.slice(2));
const root = repoRoot();
const lines: string[] = [];
if (only.has('sources')) {
  process.stdout.write(formatSourcesReport(evaluateSources(join(root, 'eval', 'sources', 'seeds-gold.json'), root)).join('\n') + '\n');
  process.exit(0);
}
lines.push(...formatSourcesReport(evaluateSources(join(root, 'eval', 'sources', 'seeds-gold.json'), root)), '');
if (!only.has('attribution')) lines.push(...formatFigureReport(evaluateFigures()), '', ...formatActorReport(evaluateActors()), '');
const detector = createDetector({ model: loadNerModel(readFileSync(join(root, 'media', 'ner', 'model.bin')), nodeGunzip) });
const links = (): string[] => formatLinksReport(evaluateLinks(detector, join(root, 'eval', 'links', 'seeds-gold.json'), root, join(root, 'eval', 'links', 'dev-gold.json'), only.has('nosynonyms') ? undefined : readThesaurus(root)));
if (only.has('links')) {
  process.stdout.write(links().join('\n') + '\n');
  process.exit(0);
}
lines.push(...links(), '');
// `-- tuned`: only the sets the rules are tuned on; `-- misses`: also their misses (never a held-out set's).
const tunedOnly = only.has('tuned');
for (const [name, file, tuned] of [
  ['seeds (eval/attribution/seeds-gold.json, tuned on)', 'seeds-gold.json', true],
  ['German tuning set, 40 GermEval 2014 train sentences (eval/attribution/tune-gold.json, tuned on)', 'tune-gold.json', true],
  ['held-out dev, 50 GermEval 2014 dev sentences (eval/attribution/dev-gold.json, not tuned on)', 'dev-gold.json', false],
  ['English tuning set, 40 Brown corpus press sentences (eval/attribution/en-tune-gold.json, tuned on)', 'en-tune-gold.json', true],
  ['English held-out dev, 40 Brown corpus press sentences (eval/attribution/en-dev-gold.json, not tuned on)', 'en-dev-gold.json', false],
] as const) {
  if (!existsSync(join(root, 'eval', 'attribution', file)) || (tunedOnly && !tuned)) continue;
  const scores = evaluateAttribution(detector, join(root, 'eval', 'attribution', file), root);
  lines.push(...formatAttributionReport(name, scores), '');
  if (tuned && only.has('misses')) lines.push(...scores.misses.map((m) => `  ${m}`), '');
}
process.stdout.write(lines.join('\n') + '\n');
