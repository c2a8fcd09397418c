// The discovery model: an averaged structured perceptron over hashed features, decoded with a BIOES-constrained Viterbi.
// The file format is in model-file.ts.
import { hash, hintIds, mix, sentenceFeatures, WordFeatBuffer, writeBoundaryFeats, writePairPartials, writeWordFeats, type WordHinter } from './features';
import { hintsFromMentions, type Gazetteer, type TypedSpan } from './gazetteer';
import type { LexiconGazetteer } from './lexicon';
import { isReported, type NerModel, type NerSpan, type TagLabel } from './types';
import { sentenceEnds, tokenSpans } from './tokenize';
import { WordCache } from './word-cache';
import { CodedRows } from './coded-rows';

export const LABELS = ['O', 'B-PER', 'I-PER', 'E-PER', 'S-PER', 'B-ORG', 'I-ORG', 'E-ORG', 'S-ORG', 'B-LOC', 'I-LOC', 'E-LOC', 'S-LOC', 'B-OTH', 'I-OTH', 'E-OTH', 'S-OTH'] as const;
export const L = LABELS.length;

export interface ModelHeader {
  format: 'sa-ner';
  /** 1: one byte per weight; 2: zero runs of weights coded as 0 and a LEB128 run length (model-file.ts). */
  version: 1 | 2;
  featureVersion: number;
  buckets: number;
  labels: string[];
  trainedOn: string;
  /** 'registry': the features include hints from the shipped registry (ner/gazetteer.ts). */
  gazetteer?: 'registry';
  /** Training-data name lexicon ('TYPE<tab>tokens'), hint layer 1: lines, or one string of them joined by newlines. */
  lexicon?: string[] | string;
  /** Training-data word label counts ('word<tab>O<tab>PER<tab>ORG<tab>LOC'), word hints: lines, or joined by newlines. */
  words?: string[] | string;
  /** Word clusters learned from the training text (clusters.ts ClusterTable): lines, or joined by newlines. */
  clusters?: string[] | string;
  /** Word lists (word-lists.ts), hint positions 4 and 5: per list, its entries joined by newlines. */
  lists?: Record<string, string>;
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

/** Weights quantised to one byte each: bucket b's weight for label y is codebook[codes[rows.offsetOf(b) + y]] (model-file.ts). */
export interface CodedWeights {
  rows: CodedRows;
  codebook: Float32Array;
}

/** What the model needs besides its weights: the hint sources it was trained with (undefined: no hints). */
export interface NerHinters {
  /** Registry hints over a sentence's tokens (training, tagTokens). */
  registry?: Gazetteer;
  /** Registry mentions over a whole text (tag). */
  registryText?: (text: string) => TypedSpan[];
  lexicon?: LexiconGazetteer;
  words?: WordHinter;
}

/** No word hints (a model trained without them). */
const NO_HINTS: readonly (string | undefined)[] = [];
/** Word types cached (about 470 bytes each: word-cache.ts), then the cache starts over. */
const CACHE_LIMIT = 50_000;
/** Cached sums per word type: L scores as the first token of a sentence, L otherwise, then 4·L as the neighbour at -2, -1, +1, +2. */
const V = 6 * L;

/** The tagger. tag() and tagTokens() cache sums of weights per word type: the weights must not change after construction. */
export class PerceptronNer implements NerModel {
  private readonly mask: number;
  private readonly cache: WordCache;
  /** The pinned cache entries of the pseudo-words before and after a sentence. */
  private readonly bos: number;
  private readonly eos: number;
  private em = new Float64Array(0);
  private score = new Float64Array(0);
  private back = new Uint8Array(0);
  private readonly extra: number[] = [];
  /** The token's hashes for hintIds. */
  private readonly hashes = { hl: 0, hsh: 0 };
  /** Cache entries of the sentence's tokens, and their words (for the lexicon, in a reused array). */
  private es = new Int32Array(128);
  private readonly sentenceWords: string[] = [];
  private longest = new Int32Array(128);
  /** The features of the word whose cache entry is being built. */
  private readonly feats = new WordFeatBuffer();
  /** Transition scores from each closed label to each opening label (decode's inner loop), and a scratch row. */
  private readonly openFromClosed: Float64Array;
  private readonly closedScores = new Float64Array(N_CLOSED);

  /** Weights as floats (training), or as one-byte codes into a codebook (a loaded model: a quarter of the memory). */
  private readonly floats: Float32Array | Float64Array | undefined;
  private readonly coded: CodedRows | undefined;
  /** entryOf's row offsets of a word's features, and where each segment of them ends. */
  private rowOffsets = new Int32Array(64);
  private readonly segEnds = new Int32Array(5);
  private readonly codebook: Float32Array;

  constructor(
    weights: Float32Array | Float64Array | CodedWeights,
    readonly transitions: Float32Array | Float64Array,
    readonly buckets: number,
    readonly hinters: NerHinters = {},
  ) {
    this.mask = buckets - 1;
    if ('rows' in weights) {
      this.coded = weights.rows;
      this.codebook = weights.codebook;
    } else {
      this.floats = weights;
      this.codebook = new Float32Array(0);
    }
    this.openFromClosed = new Float64Array(N_OPEN * N_CLOSED);
    this.refreshTransitions();
    const f = this.feats;
    this.cache = new WordCache(CACHE_LIMIT, V, (word, e) => {
      writeWordFeats(word, hinters.words ? hinters.words(word) : NO_HINTS, this.mask, f);
      this.entryOf(e, word);
    });
    this.bos = this.cache.pin('<S>');
    writeBoundaryFeats(true, this.mask, f);
    this.entryOf(this.bos, '');
    this.eos = this.cache.pin('</S>');
    writeBoundaryFeats(false, this.mask, f);
    this.entryOf(this.eos, '');
  }

  /** Token lookups answered by the per-word cache, and entries built (the bench reports the hit rate). */
  get cacheStats(): { hits: number; misses: number } {
    return this.cache.stats;
  }

  /** The weights as floats (tests, training); a coded model expands them (buckets·L floats). */
  floatWeights(): Float32Array | Float64Array {
    if (this.floats) return this.floats;
    return Float32Array.from(this.coded!.expand(), (c) => this.codebook[c]);
  }

  /** Adds weight row `id` into out[off, off + L). */
  private addRow(out: Float32Array | Float64Array, off: number, id: number): void {
    const coded = this.coded;
    if (coded) {
      const q = coded.codes;
      const base = coded.offsetOf(id);
      const cb = this.codebook;
      for (let y = 0; y < L; y++) out[off + y] += cb[q[base + y]];
    } else {
      const base = id * L;
      const w = this.floats!;
      for (let y = 0; y < L; y++) out[off + y] += w[base + y];
    }
  }

  /** Copies the closed-to-open transitions into decode's table (training changes the transitions between sentences). */
  private refreshTransitions(): void {
    const t = this.transitions;
    for (let a = 0; a < N_OPEN; a++) for (let k = 0; k < N_CLOSED; k++) this.openFromClosed[a * N_CLOSED + k] = t[CLOSED[k] * L + OPEN[a]];
  }

  /** Reference feature ids (training and tests); tagging uses the cached sums instead. */
  features(tokens: readonly string[]): Uint32Array[] {
    const h = this.hinters;
    return sentenceFeatures(tokens, this.buckets, h.words, [h.registry?.(tokens), h.lexicon?.(tokens)]);
  }

  /** Emission scores, one row of L per token. */
  emissions(feats: readonly Uint32Array[]): Float64Array {
    const out = new Float64Array(feats.length * L);
    for (let i = 0; i < feats.length; i++) for (const f of feats[i]) this.addRow(out, i * L, f);
    return out;
  }

  /** Fills cache entry e from this.feats (word: for its lexicon look-up; '' for the boundaries). */
  private entryOf(e: number, word: string): void {
    const c = this.cache;
    const f = this.feats;
    const { ids, ends } = f;
    const off = e * V;
    const v = c.v;
    v.fill(0, off, off + V);
    if (this.rowOffsets.length < f.n) this.rowOffsets = new Int32Array(f.ids.length);
    const rows = this.rowOffsets;
    const coded = this.coded;
    // The rows of each segment (the word's own, then as each neighbour), without the empty ones: most features of a
    // word have no weights in a coded model, and adding the zero row changes no sum.
    const segEnds = this.segEnds;
    let m = 0;
    for (let seg = 0, k = 0; seg < 5; seg++) {
      for (; k < ends[seg]; k++) {
        const at = coded ? coded.offsetOf(ids[k]) : ids[k] * L;
        if (at !== 0 || !coded) rows[m++] = at;
      }
      segEnds[seg] = m;
    }
    this.addRows(v, off, 0, segEnds[0]);
    v.copyWithin(off + L, off, off + L);
    this.addRow(v, off, f.first);
    this.addRow(v, off + L, f.rest);
    for (let k = 0; k < 4; k++) this.addRows(v, off + (2 + k) * L, segEnds[k], segEnds[k + 1]);
    c.hl[e] = f.hl;
    c.hsh[e] = f.hsh;
    c.lex[e] = word === '' ? 0 : (this.hinters.lexicon?.longestEntry(word) ?? 0);
    writePairPartials(f, c.pp, 5 * e);
  }

  /**
   * Adds weight rows ids[from, to) into out[off, off + L), label by label: the rows lie far apart in the weights, and
   * reading the first weight of every row before the second lets the processor fetch them all at once (row by row,
   * each waits for memory in turn). Each sum still adds the rows in order, so the float32 results are the same as
   * addRow's.
   */
  private addRows(out: Float32Array, off: number, from: number, to: number): void {
    const rows = this.rowOffsets;
    const q = this.coded?.codes;
    if (q) {
      const cb = this.codebook;
      for (let y = 0; y < L; y++) {
        let acc = out[off + y];
        for (let k = from; k < to; k++) acc = Math.fround(acc + cb[q[rows[k] + y]]);
        out[off + y] = acc;
      }
    } else {
      const w = this.floats!;
      for (let y = 0; y < L; y++) {
        let acc = out[off + y];
        for (let k = from; k < to; k++) acc = Math.fround(acc + w[rows[k] + y]);
        out[off + y] = acc;
      }
    }
  }

  /** Emissions of a sentence from the cache (the same sums as emissions(features(tokens))), into this.em. */
  private fastEmissions(words: readonly string[] | undefined, reg: readonly (string | undefined)[] | undefined, spans?: { text: string; starts: Int32Array; ends: Int32Array; hashes: Uint32Array; first: number; n: number }): Float64Array {
    const n = spans ? spans.n : words!.length;
    if (this.em.length < n * L) this.em = new Float64Array(Math.max(n * L, 2 * this.em.length));
    if (this.es.length < n) this.es = new Int32Array(2 * n);
    const em = this.em;
    const es = this.es;
    const c = this.cache;
    c.reserve(n);
    if (spans) {
      const { text, starts, ends, hashes, first } = spans;
      for (let i = 0; i < n; i++) es[i] = c.at(text, starts[first + i], ends[first + i], hashes[first + i]);
    } else {
      for (let i = 0; i < n; i++) es[i] = c.at(words![i], 0, words![i].length, hash(words![i]));
    }
    // Read after the look-ups: building entries may have grown the arrays.
    const { v, hl, hsh, pp, lex: lexOf } = c;
    let lex: (string | undefined)[] | undefined;
    if (this.hinters.lexicon) {
      let lexHit = false;
      for (let i = 0; i < n && !lexHit; i++) lexHit = lexOf[es[i]] > 0;
      if (lexHit) {
        const longest = this.longest.length >= n ? this.longest : (this.longest = new Int32Array(2 * n));
        for (let i = 0; i < n; i++) longest[i] = lexOf[es[i]];
        let sentence = words;
        if (!sentence) {
          const ws = this.sentenceWords;
          ws.length = n;
          for (let i = 0; i < n; i++) ws[i] = c.words[es[i]];
          sentence = ws;
        }
        lex = this.hinters.lexicon(sentence, longest);
      }
    }
    const w = this.floats;
    const coded = this.coded;
    const q = coded?.codes;
    const cb = this.codebook;
    const mask = this.mask;
    const bos = this.bos;
    const eos = this.eos;
    const extra = this.extra;
    const hashes = this.hashes;
    const hasHints = reg !== undefined || lex !== undefined;
    for (let i = 0; i < n; i++) {
      const row = i * L;
      const t = es[i];
      const p2e = i >= 2 ? es[i - 2] : bos, p1e = i >= 1 ? es[i - 1] : bos;
      const n1e = i + 1 < n ? es[i + 1] : eos, n2e = i + 2 < n ? es[i + 2] : eos;
      // Offsets of the token's own sums (as the first token or not) and of its neighbours' sums for their offset.
      const tv = t * V + (i === 0 ? 0 : L), p2 = p2e * V + 2 * L, p1 = p1e * V + 3 * L, n1 = n1e * V + 4 * L, n2 = n2e * V + 5 * L;
      // The ids of pairIds(p2e, p1e, t, n1e, n2e) from the cached first halves.
      const b0 = pairBucket(pp, 5 * p1e, hl, t, mask);
      const b1 = pairBucket(pp, 5 * t + 1, hl, n1e, mask);
      const b2 = pairBucket(pp, 5 * p2e + 2, hl, p1e, mask);
      const b3 = pairBucket(pp, 5 * n1e + 3, hl, n2e, mask);
      const b4 = shapeTriBucket(pp, 5 * p1e + 4, hsh, t, n1e, mask);
      // The same sum for coded and float weights; two loops keep each one monomorphic.
      if (coded) {
        const r0 = coded.offsetOf(b0), r1 = coded.offsetOf(b1), r2 = coded.offsetOf(b2), r3 = coded.offsetOf(b3), r4 = coded.offsetOf(b4);
        for (let y = 0; y < L; y++) {
          em[row + y] = v[tv + y] + v[p2 + y] + v[p1 + y] + v[n1 + y] + v[n2 + y]
            + cb[q![r0 + y]] + cb[q![r1 + y]] + cb[q![r2 + y]] + cb[q![r3 + y]] + cb[q![r4 + y]];
        }
      } else {
        const r0 = b0 * L, r1 = b1 * L, r2 = b2 * L, r3 = b3 * L, r4 = b4 * L;
        for (let y = 0; y < L; y++) {
          em[row + y] = v[tv + y] + v[p2 + y] + v[p1 + y] + v[n1 + y] + v[n2 + y]
            + w![r0 + y] + w![r1 + y] + w![r2 + y] + w![r3 + y] + w![r4 + y];
        }
      }
      if (!hasHints) continue;
      const regHint = reg !== undefined && (reg[i] || reg[i - 1] || reg[i + 1]);
      const lexHint = lex !== undefined && (lex[i] || lex[i - 1] || lex[i + 1]);
      if (!regHint && !lexHint) continue;
      extra.length = 0;
      hashes.hl = hl[t];
      hashes.hsh = hsh[t];
      if (regHint) hintIds(0, reg[i], reg[i - 1], reg[i + 1], hashes, mask, extra);
      if (lexHint) hintIds(1, lex![i], lex![i - 1], lex![i + 1], hashes, mask, extra);
      for (let k = 0; k < extra.length; k++) this.addRow(em, row, extra[k]);
    }
    return em;
  }

  /** Best label sequence under the BIOES constraints. */
  viterbi(em: Float64Array, n: number): number[] {
    this.refreshTransitions();
    const path = new Array<number>(n);
    this.decode(em, n, path);
    return path;
  }

  /** Viterbi into `path` (only the allowed predecessors of each label are tried). */
  private decode(em: Float64Array, n: number, path: number[] | Int32Array): void {
    if (n === 0) return;
    if (this.score.length < n * L) {
      this.score = new Float64Array(Math.max(n * L, 2 * this.score.length));
      this.back = new Uint8Array(this.score.length);
    }
    const score = this.score;
    const back = this.back;
    const t = this.transitions;
    const openFromClosed = this.openFromClosed;
    const closedScores = this.closedScores;
    for (let y = 0; y < L; y++) score[y] = ALLOWED[L * L + y] ? em[y] + t[L * L + y] : -Infinity;
    for (let i = 1; i < n; i++) {
      const prev = (i - 1) * L;
      const row = i * L;
      // O, B-x, S-x follow a closed label (O, E-x, S-x).
      for (let k = 0; k < N_CLOSED; k++) closedScores[k] = score[prev + CLOSED[k]];
      for (let a = 0; a < N_OPEN; a++) {
        const y = OPEN[a];
        const tr = a * N_CLOSED;
        let best = closedScores[0] + openFromClosed[tr];
        let arg = 0;
        for (let k = 1; k < N_CLOSED; k++) {
          const s = closedScores[k] + openFromClosed[tr + k];
          if (s > best) {
            best = s;
            arg = k;
          }
        }
        score[row + y] = best + em[row + y];
        back[row + y] = CLOSED[arg];
      }
      // I-x (4k+2) and E-x (4k+3) follow B-x (4k+1) or I-x (4k+2).
      for (let b = 1; b < L; b += 4) {
        const sb = score[prev + b], si = score[prev + b + 1];
        for (let y = b + 1; y <= b + 2; y++) {
          const fromB = sb + t[b * L + y];
          const fromI = si + t[(b + 1) * L + y];
          if (fromB >= fromI) {
            score[row + y] = fromB + em[row + y];
            back[row + y] = b;
          } else {
            score[row + y] = fromI + em[row + y];
            back[row + y] = b + 1;
          }
        }
      }
    }
    let y = 0;
    let best = -Infinity;
    const last = (n - 1) * L;
    for (let k = 0; k < L; k++) {
      if (CLOSING_Y[k] && score[last + k] > best) {
        best = score[last + k];
        y = k;
      }
    }
    for (let i = n - 1; i >= 0; i--) {
      path[i] = y;
      y = back[i * L + y];
    }
  }

  tagTokens(tokens: readonly string[]): string[] {
    const h = this.hinters;
    const em = this.fastEmissions(tokens, h.registry?.(tokens));
    return this.viterbi(em, tokens.length).map((y) => LABELS[y]);
  }

  /**
   * Entity spans in a text. `registryMentions`, when the caller has already matched the registry over the same text
   * (ActorDetector), saves the model its own registry pass.
   */
  tag(text: string, registryMentions?: readonly TypedSpan[]): NerSpan[] {
    const out: NerSpan[] = [];
    const h = this.hinters;
    let mentions: readonly TypedSpan[] | undefined = registryMentions ?? h.registryText?.(text);
    if (mentions && mentions.some((m, i) => i > 0 && m.start < mentions![i - 1].start)) mentions = [...mentions].sort((a, b) => a.start - b.start);
    let from = 0;
    const reg: (string | undefined)[] = [];
    const toks = tokenSpans(text);
    const { starts, ends, hashes } = toks;
    const spans = { text, starts, ends, hashes, first: 0, n: 0 };
    let path = new Int32Array(128);
    let s0 = 0;
    for (const s1 of sentenceEnds(text, toks)) {
      const n = s1 - s0;
      if (mentions) from = hintsFromMentions(starts, ends, s0, s1, mentions, from, reg);
      spans.first = s0;
      spans.n = n;
      const em = this.fastEmissions(undefined, mentions ? reg : undefined, spans);
      if (path.length < n) path = new Int32Array(2 * n);
      this.decode(em, n, path);
      let i = 0;
      while (i < n) {
        const y0 = path[i];
        if (y0 === 0) {
          i++;
          continue;
        }
        const type = TYPE_Y[y0];
        const first = i;
        let margin = 0;
        for (;;) {
          const y = path[i];
          // How much better the token scores as part of the entity than as O.
          margin += em[i * L + y] - em[i * L];
          i++;
          if (CLOSING_Y[y] || i >= n) break;
          const next = path[i];
          if (next === 0 || TYPE_Y[next] !== type || PREFIX_Y[next] === 'B' || PREFIX_Y[next] === 'S') break;
        }
        const last = i - 1;
        const confidence = 1 / (1 + Math.exp(-margin / (last - first + 1) / 32));
        if (isReported(type)) out.push({ start: starts[s0 + first], end: ends[s0 + last], label: type, confidence });
      }
      s0 = s1;
    }
    return out;
  }
}

/**
 * Bucket of a pair feature: mix(pp[at], h[e]) & mask. It takes indices rather than the 32-bit hashes: a hash passed
 * to a function V8 does not inline is boxed as a heap number (a sampled allocation profile of the 2.9 MB varied
 * article: ~10 MB fewer per detection; the time saved is within the noise).
 */
function pairBucket(pp: Uint32Array, at: number, h: Uint32Array, e: number, mask: number): number {
  return mix(pp[at], h[e]) & mask;
}

/** Bucket of the shape trigram: mix(mix(pp[at], hsh[t]), hsh[n]) & mask (indices for the reason above). */
function shapeTriBucket(pp: Uint32Array, at: number, hsh: Uint32Array, t: number, n: number, mask: number): number {
  return mix(mix(pp[at], hsh[t]), hsh[n]) & mask;
}

/** Per label: does it close a span (O, E-x, S-x)? */
const CLOSING_Y = LABELS.map((l) => l === 'O' || l[0] === 'E' || l[0] === 'S');
/** The closing labels, and the labels that may follow one (O, B-x, S-x). */
const CLOSED = Uint8Array.from(LABELS.map((_l, y) => y).filter((y) => CLOSING_Y[y]));
const N_CLOSED = CLOSED.length;
const OPEN = Uint8Array.from(LABELS.map((_l, y) => y).filter((y) => LABELS[y] === 'O' || LABELS[y][0] === 'B' || LABELS[y][0] === 'S'));
const N_OPEN = OPEN.length;
const TYPE_Y = LABELS.map((l) => l.slice(2) as TagLabel);
const PREFIX_Y = LABELS.map((l) => l[0]);
