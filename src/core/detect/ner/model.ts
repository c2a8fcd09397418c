// The discovery model: an averaged structured perceptron over hashed features, decoded with a BIOES-constrained Viterbi.
// The file format is in model-file.ts.
import { sentenceFeatures } from './features';
import type { Gazetteer } from './gazetteer';
import { spansOf } from './conll';
import type { NerModel, NerSpan } from './types';
import { nerSentences } from './tokenize';

export const LABELS = ['O', 'B-PER', 'I-PER', 'E-PER', 'S-PER', 'B-ORG', 'I-ORG', 'E-ORG', 'S-ORG', 'B-LOC', 'I-LOC', 'E-LOC', 'S-LOC'] as const;
export const L = LABELS.length;

export interface ModelHeader {
  format: 'sa-ner';
  version: 1;
  featureVersion: number;
  buckets: number;
  labels: string[];
  trainedOn: string;
  /** 'registry': the features include hints from the shipped registry (ner/gazetteer.ts). */
  gazetteer?: 'registry';
  /** Training-data name lexicon ('TYPE<tab>tokens'), hint layer 1. */
  lexicon?: string[];
  /** Training-data word label counts ('word<tab>O<tab>PER<tab>ORG<tab>LOC'), hint layer 2. */
  words?: string[];
}

/** allowed[p * L + y]: may label y follow label p (p = L is the sentence start)? */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    for (let y = 0; y < L; y++) {
      const prev = p === L ? 'O' : LABELS[p];
      const cur = LABELS[y];
      const open = prev[0] === 'B' || prev[0] === 'I';
      const cont = cur[0] === 'I' || cur[0] === 'E';
      a[p * L + y] = (open ? cont && cur.slice(2) === prev.slice(2) : !cont) ? 1 : 0;
    }
  }
  return a;
})();

const CLOSING = (y: number): boolean => LABELS[y] === 'O' || LABELS[y][0] === 'E' || LABELS[y][0] === 'S';

export class PerceptronNer implements NerModel {
  constructor(
    readonly weights: Float32Array | Float64Array,
    readonly transitions: Float32Array | Float64Array,
    readonly buckets: number,
    /** Hint layers in the order the model was trained with (an undefined layer gives no hints). */
    readonly hinters: readonly (Gazetteer | undefined)[] = [],
  ) {}

  features(tokens: readonly string[]): Uint32Array[] {
    return sentenceFeatures(tokens, this.buckets, this.hinters.map((h) => h?.(tokens)));
  }

  /** Emission scores, one row of L per token. */
  emissions(feats: readonly Uint32Array[]): Float64Array {
    const out = new Float64Array(feats.length * L);
    const w = this.weights;
    for (let i = 0; i < feats.length; i++) {
      const row = i * L;
      for (const f of feats[i]) {
        const base = f * L;
        for (let y = 0; y < L; y++) out[row + y] += w[base + y];
      }
    }
    return out;
  }

  /** Best label sequence under the BIOES constraints. */
  viterbi(em: Float64Array, n: number): number[] {
    if (n === 0) return [];
    const score = new Float64Array(n * L);
    const back = new Int16Array(n * L);
    const t = this.transitions;
    for (let y = 0; y < L; y++) score[y] = ALLOWED[L * L + y] ? em[y] + t[L * L + y] : -Infinity;
    for (let i = 1; i < n; i++) {
      for (let y = 0; y < L; y++) {
        let best = -Infinity;
        let arg = 0;
        for (let p = 0; p < L; p++) {
          if (!ALLOWED[p * L + y]) continue;
          const s = score[(i - 1) * L + p] + t[p * L + y];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[i * L + y] = best + em[i * L + y];
        back[i * L + y] = arg;
      }
    }
    let y = 0;
    let best = -Infinity;
    for (let k = 0; k < L; k++) {
      if (CLOSING(k) && score[(n - 1) * L + k] > best) {
        best = score[(n - 1) * L + k];
        y = k;
      }
    }
    const path = new Array<number>(n);
    for (let i = n - 1; i >= 0; i--) {
      path[i] = y;
      y = back[i * L + y];
    }
    return path;
  }

  tagTokens(tokens: readonly string[]): string[] {
    const feats = this.features(tokens);
    return this.viterbi(this.emissions(feats), tokens.length).map((y) => LABELS[y]);
  }

  tag(text: string): NerSpan[] {
    const out: NerSpan[] = [];
    for (const sent of nerSentences(text)) {
      const words = sent.map((t) => t.text);
      const feats = this.features(words);
      const em = this.emissions(feats);
      const tags = this.viterbi(em, words.length).map((y) => LABELS[y]);
      for (const s of spansOf(tags)) {
        let margin = 0;
        for (let i = s.first; i <= s.last; i++) {
          const y = LABELS.indexOf(tags[i] as (typeof LABELS)[number]);
          let other = -Infinity;
          for (let k = 0; k < L; k++) if (k !== y) other = Math.max(other, em[i * L + k]);
          margin += em[i * L + y] - other;
        }
        const confidence = 1 / (1 + Math.exp(-margin / (s.last - s.first + 1) / 4));
        out.push({ start: sent[s.first].start, end: sent[s.last].end, label: s.label, confidence });
      }
    }
    return out;
  }
}
