// Actor evaluation: the registry/detector on the seeds gold, the discovery model on GermEval 2014 dev.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { evaluateDetectorOnGermEval } from './germeval-full';
import type { ActorMention } from '../core/model/entities';
import { ActorDetector, buildRegistry } from '../core/detect/actors/index';
import type { PerceptronNer } from '../core/detect/ner/model';
import { loadNerModel } from '../core/detect/ner/model-file';
import { evaluateNer, type NerScores } from '../core/detect/ner/evaluate';
import { readGermEvalTsv } from '../core/detect/ner/conll';
import { nodeGunzip } from '../platform/gunzip';

export interface Prf {
  P: number;
  R: number;
  F1: number;
}

export interface SeedScores {
  overlapP: number;
  overlapR: number;
  overlapF1: number;
  /** Overlap match that also requires the same actor type. */
  typedF1: number;
  /** Pairwise clustering over matched mentions, corpus-wide: a pair is "same" when both canonicals are equal. */
  clusteringP: number;
  clusteringR: number;
  clusteringF1: number;
  /** Share of matched mentions whose predicted canonical equals the gold canonical string. */
  canonicalAccuracy: number;
  gold: number;
  predicted: number;
  misses: string[];
  spurious: string[];
}

export interface ActorEvaluation {
  seeds: SeedScores;
  seedsRegistryOnly: SeedScores;
  germevalDev: (NerScores & { full: { scores: NerScores; subToken: number } }) | { skipped: string };
}

interface GoldEntity {
  kind: string;
  type: string;
  start: number;
  end: number;
  text: string;
  canonical?: string;
}
interface GoldFile {
  documents: { file: string; entities: GoldEntity[] }[];
}

interface Span {
  start: number;
  end: number;
}

/** The annotated regions of each seed (NOTES.md "Annotated regions"): everything minus the listed lines and tails. */
export function annotatedRegions(file: string, text: string): Span[] {
  const cut: Span[] = [];
  const lineSpan = (re: RegExp, toEnd = false): void => {
    const m = re.exec(text);
    if (m) cut.push({ start: m.index, end: toEnd ? text.length : m.index + m[0].length });
  };
  const id = file.slice(0, 3);
  if (id === '001') {
    lineSpan(/^Welt Nachrichten$/m);
    lineSpan(/^Siehe auch.*$/m);
    const q = text.indexOf('Quelle: The Telegraph');
    if (q >= 0) cut.push({ start: q + 'Quelle: The Telegraph'.length, end: text.length });
  } else if (id === '002') {
    for (const m of text.matchAll(/^Wikipedia-Seite:.*$/gm)) cut.push({ start: m.index, end: m.index + m[0].length });
    lineSpan(/^Hinweise:/m, true);
  } else if (id === '003') {
    const q = text.indexOf('Lesen Sie mehr bei Euractiv');
    if (q >= 0) cut.push({ start: q + 'Lesen Sie mehr bei Euractiv'.length, end: text.length });
  } else if (id === '004') {
    lineSpan(/^Jetzt beobachten$/m);
    lineSpan(/^Leave a Reply/m, true);
  }
  cut.sort((a, b) => a.start - b.start);
  const keep: Span[] = [];
  let pos = 0;
  for (const c of cut) {
    if (c.start > pos) keep.push({ start: pos, end: c.start });
    pos = Math.max(pos, c.end);
  }
  if (pos < text.length) keep.push({ start: pos, end: text.length });
  return keep;
}

const inside = (rs: Span[], s: Span): boolean => rs.some((r) => s.start >= r.start && s.end <= r.end);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function repoPath(...p: string[]): string {
  return path.resolve(process.cwd(), ...p);
}

export function readSeedsGold(): GoldFile {
  const local = repoPath('test/fixtures/eval/seeds-gold.json');
  const file = fs.existsSync(local) ? local : repoPath('../shared/eval/seeds-gold.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as GoldFile;
}

export function scoreSeeds(detect: (text: string) => ActorMention[]): SeedScores {
  const gold = readSeedsGold();
  let tp = 0, typedTp = 0, nGold = 0, nPred = 0, canonOk = 0;
  const matched: { g: string; p: string }[] = [];
  const misses: string[] = [];
  const spurious: string[] = [];
  for (const doc of gold.documents) {
    const text = fs.readFileSync(repoPath('seeds', doc.file), 'utf8');
    const regions = annotatedRegions(doc.file, text);
    const golds = doc.entities.filter((e) => e.kind === 'actor');
    const preds = detect(text).filter((m) => inside(regions, m));
    nGold += golds.length;
    nPred += preds.length;
    const used = new Set<number>();
    for (const g of golds) {
      const k = preds.findIndex((p, i) => !used.has(i) && p.start < g.end && g.start < p.end);
      if (k < 0) {
        misses.push(`${doc.file.slice(0, 3)} ${g.text} (${g.type}) @${g.start}`);
        continue;
      }
      used.add(k);
      tp++;
      if (preds[k].type === g.type) typedTp++;
      if (preds[k].canonical === g.canonical) canonOk++;
      matched.push({ g: `${g.canonical}`, p: `${preds[k].canonical}` });
    }
    preds.forEach((p, i) => {
      if (!used.has(i)) spurious.push(`${doc.file.slice(0, 3)} ${p.text} (${p.type}, ${p.source}) @${p.start}`);
    });
  }
  let both = 0, goldSame = 0, predSame = 0;
  for (let i = 0; i < matched.length; i++) {
    for (let j = i + 1; j < matched.length; j++) {
      const gs = matched[i].g === matched[j].g;
      const ps = matched[i].p === matched[j].p;
      if (gs) goldSame++;
      if (ps) predSame++;
      if (gs && ps) both++;
    }
  }
  const P = nPred ? tp / nPred : 0, R = nGold ? tp / nGold : 0;
  const cP = predSame ? both / predSame : 1, cR = goldSame ? both / goldSame : 1;
  return {
    overlapP: P, overlapR: R, overlapF1: f1(P, R),
    typedF1: f1(nPred ? typedTp / nPred : 0, nGold ? typedTp / nGold : 0),
    clusteringP: cP, clusteringR: cR, clusteringF1: f1(cP, cR),
    canonicalAccuracy: tp ? canonOk / tp : 0,
    gold: nGold, predicted: nPred, misses, spurious,
  };
}

export function shippedModelPath(): string {
  return repoPath('media/ner/model.bin');
}

export function loadShippedModel(): PerceptronNer | undefined {
  const p = shippedModelPath();
  return fs.existsSync(p) ? loadNerModel(fs.readFileSync(p), nodeGunzip) : undefined;
}

export function evaluateActors(): ActorEvaluation {
  const registry = buildRegistry();
  const model = loadShippedModel();
  const withModel = new ActorDetector(registry, model);
  const registryOnly = new ActorDetector(registry);
  const devPath = path.resolve(process.cwd(), process.env.SA_GERMEVAL_DEV ?? '../shared/eval/germeval/NER-de-dev.tsv');
  let germevalDev: ActorEvaluation['germevalDev'];
  if (!model) germevalDev = { skipped: `no model at ${shippedModelPath()}` };
  else if (!fs.existsSync(devPath)) germevalDev = { skipped: `GermEval dev not found at ${devPath} (set SA_GERMEVAL_DEV)` };
  else {
    const sentences = readGermEvalTsv(fs.readFileSync(devPath, 'utf8'));
    germevalDev = { ...evaluateNer(model, sentences), full: evaluateDetectorOnGermEval(withModel, sentences) };
  }
  return {
    seeds: scoreSeeds((t) => withModel.detect(t)),
    seedsRegistryOnly: scoreSeeds((t) => registryOnly.detect(t)),
    germevalDev,
  };
}

const pct = (x: number): string => (100 * x).toFixed(1);

function seedLines(name: string, s: SeedScores): string[] {
  return [
    `${name}: gold ${s.gold}, predicted ${s.predicted}`,
    `  overlap P ${pct(s.overlapP)} R ${pct(s.overlapR)} F1 ${pct(s.overlapF1)} (typed F1 ${pct(s.typedF1)})`,
    `  clustering (pairwise) P ${pct(s.clusteringP)} R ${pct(s.clusteringR)} F1 ${pct(s.clusteringF1)}; canonical exact ${pct(s.canonicalAccuracy)}`,
    ...s.misses.map((m) => `  miss: ${m}`),
    ...s.spurious.map((m) => `  spurious: ${m}`),
  ];
}

export function formatActorReport(ev: ActorEvaluation = evaluateActors()): string[] {
  const lines = [...seedLines('Seeds, registry + model', ev.seeds), ...seedLines('Seeds, registry only', ev.seedsRegistryOnly)];
  const g = ev.germevalDev;
  if ('skipped' in g) lines.push(`GermEval dev: skipped (${g.skipped})`);
  else {
    lines.push(`GermEval dev (PER/ORG/LOC outer, exact span+type): P ${pct(g.P)} R ${pct(g.R)} F1 ${pct(g.F1)}`);
    for (const [t, s] of Object.entries(g.perType)) lines.push(`  ${t}: P ${pct(s.P)} R ${pct(s.R)} F1 ${pct(s.F1)} (gold ${s.gold})`);
    const f = g.full.scores;
    lines.push(`GermEval dev, full detector (registry + model, state/location = LOC): P ${pct(f.P)} R ${pct(f.R)} F1 ${pct(f.F1)}; ${g.full.subToken} mentions inside a token (GermEval *part) not scored`);
    for (const [t, s] of Object.entries(f.perType)) lines.push(`  ${t}: P ${pct(s.P)} R ${pct(s.R)} F1 ${pct(s.F1)}`);
  }
  return lines;
}
