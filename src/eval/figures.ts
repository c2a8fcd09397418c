// Figure evaluation: the rule-based detector on the seeds gold (annotated regions only) and on the hand-made held-out set.
import { repoRoot } from './repo-root';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Figure } from '../core/model/entities';
import { detectFigures } from '../core/detect/figures/index';

const REPO = repoRoot();
const FIXTURES = path.join(REPO, 'test', 'fixtures', 'eval');

export interface GoldFigure {
  start: number;
  end: number;
  text: string;
  type: string;
  value: number | string | null;
  unit: string | null;
  qualifier: string | null;
}

export interface Metrics {
  gold: number;
  predicted: number;
  strictP: number;
  strictR: number;
  strictF1: number;
  overlapP: number;
  overlapR: number;
  overlapF1: number;
  /** Share of strict matches with the right type. */
  typeAccuracy: number;
  /** Share of strict matches with the right value, unit and qualifier. */
  valueAccuracy: number;
  strictMatches: number;
  /** Human-readable errors: misses, spurious predictions, wrong values. */
  errors: string[];
}

export interface FigureEvaluation {
  /** Seeds, predictions outside the annotated regions ignored (NOTES.md "Annotated regions"). */
  seeds: Metrics;
  /** Seeds, every prediction counted. */
  seedsAllText: Metrics;
  heldout: Metrics;
  /** The German (GermEval) part of the held-out set only. */
  heldoutGerman: Metrics;
  /** A second GermEval sample annotated after the detector was written and never tuned on. */
  blind: Metrics;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Spans of a seed text that are NOT annotated (NOTES.md "Annotated regions"): the tail after a source line
 * ("Quelle: …", "Lesen Sie mehr bei …"), the "Hinweise:" block, and boilerplate lines (teasers, Wikipedia links,
 * photo credits, "Jetzt beobachten", "Leave a Reply").
 */
export function unannotatedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const start = pos;
    const end = pos + line.length;
    pos = end + 1;
    const l = line.trim();
    if (/^(?:Quelle:|Lesen Sie mehr bei)/.test(l)) {
      spans.push({ start: end, end: text.length });
      break;
    }
    if (/^Hinweise:/.test(l)) {
      spans.push({ start, end: text.length });
      break;
    }
    if (/^(?:Siehe auch|Wikipedia-Seite:|Foto:|Jetzt beobachten|Leave a Reply|source-\d)/.test(l)) spans.push({ start, end });
  }
  return spans;
}

function sameValue(a: number | string | null, b: number | string | null): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  return a === b;
}

function describe(f: GoldFigure | Figure): string {
  return `"${f.text}"@${f.start} ${f.type} ${String(f.value)} ${f.unit ?? '-'} ${f.qualifier ?? '-'}`;
}

interface Counts {
  gold: number;
  predicted: number;
  strict: number;
  overlapGold: number;
  overlapPred: number;
  typeOk: number;
  valueOk: number;
  errors: string[];
}

function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, strict: 0, overlapGold: 0, overlapPred: 0, typeOk: 0, valueOk: 0, errors: [] };
}

/** Compares predictions with gold for one text and adds to `c`. */
export function compareFigures(gold: GoldFigure[], pred: Figure[], c: Counts, label: string): void {
  c.gold += gold.length;
  c.predicted += pred.length;
  const key = (s: Span): string => `${s.start}:${s.end}`;
  const predBySpan = new Map(pred.map((p) => [key(p), p]));
  for (const g of gold) {
    const p = predBySpan.get(key(g));
    if (p === undefined) continue;
    c.strict++;
    if (p.type === g.type) c.typeOk++;
    if (p.type === g.type && sameValue(p.value, g.value) && p.unit === g.unit && p.qualifier === g.qualifier) c.valueOk++;
    else c.errors.push(`${label} VALUE gold ${describe(g)} | pred ${describe(p)}`);
  }
  const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
  const goldHit = gold.map((g) => pred.some((p) => overlaps(g, p)));
  const predHit = pred.map((p) => gold.some((g) => overlaps(g, p)));
  c.overlapGold += goldHit.filter(Boolean).length;
  c.overlapPred += predHit.filter(Boolean).length;
  gold.forEach((g, k) => {
    if (!predBySpan.has(key(g))) c.errors.push(`${label} ${goldHit[k] ? 'SPAN' : 'MISS'} gold ${describe(g)}${goldHit[k] ? ` | pred ${pred.filter((p) => overlaps(g, p)).map(describe).join('; ')}` : ''}`);
  });
  pred.forEach((p, k) => {
    if (!predHit[k]) c.errors.push(`${label} SPURIOUS ${describe(p)}`);
  });
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function toMetrics(c: Counts): Metrics {
  const sp = ratio(c.strict, c.predicted);
  const sr = ratio(c.strict, c.gold);
  const op = ratio(c.overlapPred, c.predicted);
  const or = ratio(c.overlapGold, c.gold);
  return {
    gold: c.gold,
    predicted: c.predicted,
    strictP: sp,
    strictR: sr,
    strictF1: f1(sp, sr),
    overlapP: op,
    overlapR: or,
    overlapF1: f1(op, or),
    typeAccuracy: ratio(c.typeOk, c.strict),
    valueAccuracy: ratio(c.valueOk, c.strict),
    strictMatches: c.strict,
    errors: c.errors,
  };
}

interface GoldFile {
  documents: { file: string; entities: (GoldFigure & { kind: string })[] }[];
}

export interface HeldoutFile {
  note: string;
  sentences: { source: string; text: string; figures: GoldFigure[] }[];
}

export function defaultGoldPath(): string {
  return process.env.SA_GOLD ?? path.join(FIXTURES, 'seeds-gold.json');
}

export function evaluateSeeds(goldPath = defaultGoldPath(), seedsDir = path.join(REPO, 'seeds')): { regions: Metrics; all: Metrics } {
  const gold = JSON.parse(fs.readFileSync(goldPath, 'utf8')) as GoldFile;
  const inRegion = emptyCounts();
  const all = emptyCounts();
  for (const doc of gold.documents) {
    const text = fs.readFileSync(path.join(seedsDir, doc.file), 'utf8');
    const g = doc.entities.filter((e) => e.kind === 'figure');
    const pred = detectFigures(text);
    const outside = unannotatedSpans(text);
    const kept = pred.filter((p) => !outside.some((s) => p.start < s.end && s.start < p.end));
    compareFigures(g, kept, inRegion, doc.file.slice(0, 3));
    compareFigures(g, pred, all, doc.file.slice(0, 3));
  }
  return { regions: toMetrics(inRegion), all: toMetrics(all) };
}

export function evaluateHeldout(file = path.join(FIXTURES, 'heldout-figures.json')): { all: Metrics; german: Metrics } {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as HeldoutFile;
  const all = emptyCounts();
  const german = emptyCounts();
  data.sentences.forEach((s, k) => {
    const pred = detectFigures(s.text);
    compareFigures(s.figures, pred, all, `#${k}`);
    if (s.source === 'germeval-dev') compareFigures(s.figures, pred, german, `#${k}`);
  });
  return { all: toMetrics(all), german: toMetrics(german) };
}

export function evaluateFigures(): FigureEvaluation {
  const seeds = evaluateSeeds();
  const heldout = evaluateHeldout();
  const blind = evaluateHeldout(path.join(FIXTURES, 'blind-figures.json'));
  return { seeds: seeds.regions, seedsAllText: seeds.all, heldout: heldout.all, heldoutGerman: heldout.german, blind: blind.all };
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

function metricLine(name: string, m: Metrics): string {
  return (
    `${name.padEnd(22)} gold ${String(m.gold).padStart(4)} pred ${String(m.predicted).padStart(4)} | ` +
    `strict P ${pct(m.strictP)} R ${pct(m.strictR)} F1 ${pct(m.strictF1)} | ` +
    `overlap P ${pct(m.overlapP)} R ${pct(m.overlapR)} F1 ${pct(m.overlapF1)} | ` +
    `type ${pct(m.typeAccuracy)} value ${pct(m.valueAccuracy)} (of ${m.strictMatches})`
  );
}

/** Printable report lines; with `withErrors`, the individual errors follow the table. */
export function formatFigureReport(e: FigureEvaluation, withErrors = false): string[] {
  const lines = [
    'FIGURES (rule-based detector)',
    metricLine('seeds (annotated)', e.seeds),
    metricLine('seeds (whole text)', e.seedsAllText),
    metricLine('held-out (all)', e.heldout),
    metricLine('held-out (German)', e.heldoutGerman),
    metricLine('blind (German)', e.blind),
  ];
  if (withErrors) {
    for (const [name, m] of [['seeds', e.seeds], ['held-out', e.heldout], ['blind', e.blind]] as const) {
      lines.push('', `${name} errors:`, ...m.errors.map((x) => `  ${x}`));
    }
  }
  return lines;
}
