// `npm run eval`: figure and actor scores on the seeds gold, GermEval dev, and the hand-made held-out figure set;
// attribution and hedging on the seeds gold and the held-out dev gold (eval/attribution/).
// `npm run eval -- attribution`: the attribution part only; `npm run eval -- sources`: source metadata and boilerplate only; `-- links`: suggested links and figure groups only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDetector } from '../core/detect/create';
import { loadNerModel } from '../core/detect/ner/model-file';
import { nodeGunzip } from '../platform/gunzip';
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
if (only.has('links')) {
  process.stdout.write(formatLinksReport(evaluateLinks(detector, join(root, 'eval', 'links', 'seeds-gold.json'), root, join(root, 'eval', 'links', 'dev-gold.json'))).join('\n') + '\n');
  process.exit(0);
}
lines.push(...formatLinksReport(evaluateLinks(detector, join(root, 'eval', 'links', 'seeds-gold.json'), root, join(root, 'eval', 'links', 'dev-gold.json'))), '');
for (const [name, file] of [
  ['seeds (eval/attribution/seeds-gold.json, tuned on)', 'seeds-gold.json'],
  ['held-out dev, 50 GermEval 2014 dev sentences (eval/attribution/dev-gold.json, not tuned on)', 'dev-gold.json'],
  ['English tuning set, 40 Brown corpus press sentences (eval/attribution/en-tune-gold.json, tuned on)', 'en-tune-gold.json'],
  ['English held-out dev, 40 Brown corpus press sentences (eval/attribution/en-dev-gold.json, not tuned on)', 'en-dev-gold.json'],
] as const) {
  if (!existsSync(join(root, 'eval', 'attribution', file))) continue;
  lines.push(...formatAttributionReport(name, evaluateAttribution(detector, join(root, 'eval', 'attribution', file), root)), '');
}
process.stdout.write(lines.join('\n') + '\n');
