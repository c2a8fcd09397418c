// Attribution and hedging scores against hand-made gold (eval/attribution/*.json): cue, source, content and hedge F1
// (spans match on overlap), mode and stance accuracy on matched cues.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CorpusDetector } from '../core/detect/create';
import type { Attribution, Cue, Hedge, TextSpan } from '../core/model/entities';

interface GoldAttribution extends TextSpan {
  text: string;
  source: (TextSpan & { text: string; canonical: string | null }) | null;
  content: TextSpan | null;
  mode: string;
  stance: string;
  hedged: boolean;
}
interface GoldDocument {
  file?: string;
  text?: string;
  attributions: GoldAttribution[];
  hedges: (TextSpan & { text: string; type: string })[];
}

export interface AttributionScores {
  documents: number;
  cue: Prf;
  source: Prf;
  content: Prf;
  hedge: Prf;
  mode: number;
  stance: number;
  hedged: number;
  misses: string[];
}
interface Prf { P: number; R: number; F1: number; gold: number; predicted: number }

const overlaps = (a: TextSpan, b: TextSpan): boolean => a.start < b.end && b.start < a.end;
const prf = (tp: number, predicted: number, gold: number, tpGold = tp): Prf => {
  const P = predicted ? tp / predicted : 1;
  const R = gold ? tpGold / gold : 1;
  return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0, gold, predicted };
};

/** One-to-one pairs of overlapping spans, in order. */
function pair<G extends TextSpan, P extends TextSpan>(gold: readonly G[], predicted: readonly P[]): [G, P][] {
  const used = new Set<number>();
  const out: [G, P][] = [];
  for (const g of gold) {
    const k = predicted.findIndex((p, i) => !used.has(i) && overlaps(g, p));
    if (k >= 0) {
      used.add(k);
      out.push([g, predicted[k]]);
    }
  }
  return out;
}

export function readAttributionGold(file: string): GoldDocument[] {
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { documents: GoldDocument[] }).documents;
}

export function evaluateAttribution(detector: CorpusDetector, goldFile: string, root: string): AttributionScores {
  const docs = readAttributionGold(goldFile);
  const t = { cue: 0, cueP: 0, cueG: 0, src: 0, srcP: 0, srcG: 0, con: 0, conP: 0, conG: 0, hed: 0, hedP: 0, hedG: 0, mode: 0, stance: 0, hedged: 0 };
  const misses: string[] = [];
  for (const doc of docs) {
    const text = doc.text ?? fs.readFileSync(path.join(root, doc.file!), 'utf8');
    const cues: Cue[] = detector.attribute(text, detector.detect(text));
    const predicted = cues.filter((c): c is Attribution => c.kind === 'attribution');
    const hedges = cues.filter((c): c is Hedge => c.kind === 'hedge');
    const pairs = pair(doc.attributions, predicted);
    t.cue += pairs.length;
    t.cueP += predicted.length;
    t.cueG += doc.attributions.length;
    t.srcP += predicted.filter((p) => p.source).length;
    t.srcG += doc.attributions.filter((g) => g.source).length;
    t.conP += predicted.filter((p) => p.content).length;
    t.conG += doc.attributions.filter((g) => g.content).length;
    for (const [g, p] of pairs) {
      const sourceOk = !!g.source && !!p.source && (overlaps(g.source, p.source) || (g.source.canonical !== null && g.source.canonical === p.source.canonical));
      if (sourceOk) t.src++;
      const contentOk = !!g.content && !!p.content && overlaps(g.content, p.content);
      if (contentOk) t.con++;
      if (g.mode === p.mode) t.mode++;
      if (g.stance === p.stance) t.stance++;
      if (g.hedged === p.hedged) t.hedged++;
      const where = `${doc.file ?? 'dev'}@${g.start} "${g.text}"`;
      if (g.source && !sourceOk) misses.push(`source ${where}: gold "${g.source.text}" got "${p.source?.text}"`);
      if (g.content && !contentOk) misses.push(`content ${where}: gold "${text.slice(g.content.start, g.content.end).slice(0, 60)}" got "${p.content ? text.slice(p.content.start, p.content.end).slice(0, 60) : null}"`);
      if (g.mode !== p.mode) misses.push(`mode ${where}: gold ${g.mode} got ${p.mode}`);
    }
    for (const g of doc.attributions) if (!pairs.some(([x]) => x === g)) misses.push(`missed cue ${doc.file ?? 'dev'}@${g.start} "${g.text}" in "${text.slice(Math.max(0, g.start - 40), g.end + 40).replace(/\n/g, ' ')}"`);
    for (const p of predicted) if (!pairs.some(([, x]) => x === p)) misses.push(`spurious cue ${doc.file ?? 'dev'}@${p.start} "${p.text}" in "${text.slice(Math.max(0, p.start - 40), p.end + 40).replace(/\n/g, ' ')}"`);
    const hedgePairs = pair(doc.hedges, hedges);
    t.hed += hedgePairs.length;
    t.hedP += hedges.length;
    t.hedG += doc.hedges.length;
    for (const g of doc.hedges) if (!hedgePairs.some(([x]) => x === g)) misses.push(`missed hedge "${g.text}" in "${text.slice(Math.max(0, g.start - 40), g.end + 30).replace(/\n/g, ' ')}"`);
    for (const p of hedges) if (!hedgePairs.some(([, x]) => x === p)) misses.push(`spurious hedge "${p.text}" in "${text.slice(Math.max(0, p.start - 40), p.end + 30).replace(/\n/g, ' ')}"`);
  }
  return {
    documents: docs.length,
    cue: prf(t.cue, t.cueP, t.cueG),
    source: prf(t.src, t.srcP, t.srcG),
    content: prf(t.con, t.conP, t.conG),
    hedge: prf(t.hed, t.hedP, t.hedG),
    mode: t.cue ? t.mode / t.cue : 1,
    stance: t.cue ? t.stance / t.cue : 1,
    hedged: t.cue ? t.hedged / t.cue : 1,
    misses,
  };
}

const f = (x: number): string => x.toFixed(3);
const row = (name: string, s: Prf): string => `| ${name} | ${f(s.P)} | ${f(s.R)} | ${f(s.F1)} | ${s.gold} | ${s.predicted} |`;

export function formatAttributionReport(name: string, s: AttributionScores): string[] {
  return [
    `## Attribution and hedging: ${name} (${s.documents} documents)`,
    '',
    '| measure | P | R | F1 | gold | predicted |',
    '|---|---|---|---|---|---|',
    row('attribution cue (overlap)', s.cue),
    row('source (overlap or canonical)', s.source),
    row('content (overlap)', s.content),
    row('hedge marker (overlap)', s.hedge),
    '',
    `On matched cues: mode accuracy ${f(s.mode)}, stance accuracy ${f(s.stance)}, hedged accuracy ${f(s.hedged)}`,
  ];
}
