// Entity-level scores of the discovery model on CoNLL-style sentences (exact token span and type).
import { spansOf, type Sentence } from './conll';
import type { PerceptronNer } from './model';
import { isReported, NER_LABELS } from './types';

export interface TypeScores {
  P: number;
  R: number;
  F1: number;
  gold: number;
}

export interface NerScores {
  P: number;
  R: number;
  F1: number;
  perType: Record<string, TypeScores>;
}

export function scoreTags(pairs: Iterable<{ gold: readonly string[]; pred: readonly string[] }>): NerScores {
  const c: Record<string, { tp: number; np: number; ng: number }> = {};
  for (const t of NER_LABELS) c[t] = { tp: 0, np: 0, ng: 0 };
  for (const { gold, pred } of pairs) {
    // OTH spans are neither credited nor counted as errors: the scores are over PER, ORG and LOC.
    const goldSpans = spansOf(gold).filter((s) => isReported(s.label));
    const g = new Set(goldSpans.map((s) => `${s.first}:${s.last}:${s.label}`));
    for (const s of goldSpans) c[s.label].ng++;
    for (const s of spansOf(pred).filter((x) => isReported(x.label))) {
      c[s.label].np++;
      if (g.has(`${s.first}:${s.last}:${s.label}`)) c[s.label].tp++;
    }
  }
  const prf = (tp: number, np: number, ng: number): TypeScores => {
    const P = np ? tp / np : 0, R = ng ? tp / ng : 0;
    return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0, gold: ng };
  };
  const all = Object.values(c).reduce((a, b) => ({ tp: a.tp + b.tp, np: a.np + b.np, ng: a.ng + b.ng }), { tp: 0, np: 0, ng: 0 });
  const perType: Record<string, TypeScores> = {};
  for (const t of NER_LABELS) perType[t] = prf(c[t].tp, c[t].np, c[t].ng);
  const { P, R, F1 } = prf(all.tp, all.np, all.ng);
  return { P, R, F1, perType };
}

export function evaluateNer(model: PerceptronNer, sentences: readonly Sentence[]): NerScores {
  return scoreTags(sentences.map((s) => ({ gold: s.tags, pred: model.tagTokens(s.tokens) })));
}
