// Word clusters learned without labels from the training text: words that occur between the same neighbours end up
// in the same cluster ("Müller", "Schmidt"; "Bank", "Gruppe"; "Paris", "Bonn"), which carries what the model learned
// about frequent words over to rarer ones. Each word gets a fine and a coarse cluster (two spherical k-means runs over
// positive-PMI vectors of its left and right neighbours); they are stored in the model file (model-file.ts).
import type { WordHinter } from './features';
import { mulberry32 } from '../../random';

/** Stored form: one string per fine cluster, 'coarse<space>word word …'; the fine id is the index. */
export type ClusterTable = string[];

export interface ClusterOptions {
  /** Words seen fewer times are not clustered. */
  minCount: number;
  /** Context words: the most frequent this many lower-cased words (per side). */
  contexts: number;
  fine: number;
  coarse: number;
  iterations: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { minCount: 3, contexts: 2000, fine: 256, coarse: 32, iterations: 12, seed: 1 };

interface SparseVec {
  idx: Int32Array;
  val: Float32Array;
}


/** Spherical k-means (k-means++ seeding, deterministic): the cluster of each vector. */
function kmeans(vecs: readonly SparseVec[], dim: number, k: number, iterations: number, random: () => number): Int32Array {
  const n = vecs.length;
  const assign = new Int32Array(n);
  if (n === 0) return assign;
  k = Math.min(k, n);
  const cent = new Float32Array(k * dim);
  const dot = (v: SparseVec, c: number): number => {
    let s = 0;
    const base = c * dim;
    for (let j = 0; j < v.idx.length; j++) s += v.val[j] * cent[base + v.idx[j]];
    return s;
  };
  const setCentroid = (c: number, v: SparseVec): void => {
    for (let j = 0; j < v.idx.length; j++) cent[c * dim + v.idx[j]] = v.val[j];
  };
  // k-means++ over cosine distance (1 - dot), on the first vectors drawn in order of a random permutation.
  const best = new Float64Array(n).fill(Infinity);
  let c = Math.floor(random() * n);
  for (let m = 0; m < k; m++) {
    setCentroid(m, vecs[c]);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = Math.max(0, 1 - dot(vecs[i], m));
      if (d * d < best[i]) best[i] = d * d;
      total += best[i];
    }
    let r = random() * total;
    c = 0;
    for (let i = 0; i < n; i++) {
      r -= best[i];
      if (r <= 0) {
        c = i;
        break;
      }
    }
  }
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      let bi = 0;
      let bs = -Infinity;
      for (let m = 0; m < k; m++) {
        const s = dot(vecs[i], m);
        if (s > bs) {
          bs = s;
          bi = m;
        }
      }
      if (it === 0 || assign[i] !== bi) changed++;
      assign[i] = bi;
    }
    cent.fill(0);
    for (let i = 0; i < n; i++) {
      const v = vecs[i];
      const base = assign[i] * dim;
      for (let j = 0; j < v.idx.length; j++) cent[base + v.idx[j]] += v.val[j];
    }
    for (let m = 0; m < k; m++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += cent[m * dim + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dim; d++) cent[m * dim + d] /= norm;
    }
    if (changed === 0) break;
  }
  return assign;
}

/** Learns the clusters of the words of the given sentences (tokens only: no labels are used). */
export function learnClusters(sentences: readonly (readonly string[])[], options: Partial<ClusterOptions> = {}): ClusterTable {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const freq = new Map<string, number>();
  const lfreq = new Map<string, number>();
  for (const s of sentences) {
    for (const w of s) {
      freq.set(w, (freq.get(w) ?? 0) + 1);
      const l = w.toLowerCase();
      lfreq.set(l, (lfreq.get(l) ?? 0) + 1);
    }
  }
  const ctxWords = [...lfreq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, o.contexts).map(([w]) => w);
  const ctxIndex = new Map(ctxWords.map((w, i) => [w, i]));
  const C = ctxWords.length + 2; // + sentence boundary and 'other', per side
  const dim = 2 * C;
  const vocab = [...freq].filter(([, n]) => n >= o.minCount).map(([w]) => w).sort();
  const vIndex = new Map(vocab.map((w, i) => [w, i]));
  const counts = vocab.map(() => new Map<number, number>());
  const ctxOf = (w: string | undefined): number => (w === undefined ? C - 2 : (ctxIndex.get(w.toLowerCase()) ?? C - 1));
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const v = vIndex.get(s[i]);
      if (v === undefined) continue;
      const m = counts[v];
      const left = ctxOf(s[i - 1]);
      const right = C + ctxOf(s[i + 1]);
      m.set(left, (m.get(left) ?? 0) + 1);
      m.set(right, (m.get(right) ?? 0) + 1);
    }
  }
  // Positive PMI, then unit length.
  const colTotals = new Float64Array(dim);
  let total = 0;
  for (const m of counts) {
    for (const [j, n] of m) {
      colTotals[j] += n;
      total += n;
    }
  }
  const vecs: SparseVec[] = counts.map((m) => {
    let rowTotal = 0;
    for (const n of m.values()) rowTotal += n;
    const idx: number[] = [];
    const val: number[] = [];
    for (const [j, n] of [...m].sort((a, b) => a[0] - b[0])) {
      const pmi = Math.log((n * total) / (rowTotal * colTotals[j]));
      if (pmi > 0) {
        idx.push(j);
        val.push(pmi);
      }
    }
    const norm = Math.sqrt(val.reduce((s, x) => s + x * x, 0)) || 1;
    return { idx: Int32Array.from(idx), val: Float32Array.from(val.map((x) => x / norm)) };
  });
  const random = mulberry32(o.seed);
  const fine = kmeans(vecs, dim, o.fine, o.iterations, random);
  const coarse = kmeans(vecs, dim, o.coarse, o.iterations, random);
  // A fine cluster's coarse cluster: the majority of its words'.
  const votes = new Map<number, Map<number, number>>();
  vocab.forEach((_w, i) => {
    const m = votes.get(fine[i]) ?? new Map<number, number>();
    m.set(coarse[i], (m.get(coarse[i]) ?? 0) + 1);
    votes.set(fine[i], m);
  });
  const table: ClusterTable = [];
  for (let f = 0; f < o.fine; f++) {
    const words = vocab.filter((_w, i) => fine[i] === f);
    const m = votes.get(f);
    const parent = m ? [...m].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0] : 0;
    table.push([String(parent), ...words].join(' '));
  }
  return table;
}

/** Word → [fine, coarse] cluster hints ('f17', 'c3'), or undefined for a word that was not clustered. */
export function clusterLookup(table: readonly string[]): (word: string) => readonly [string, string] | undefined {
  const map = new Map<string, readonly [string, string]>();
  table.forEach((line, f) => {
    const parts = line.split(' ');
    const hint = [`f${f}`, `c${parts[0]}`] as const;
    for (let i = 1; i < parts.length; i++) if (parts[i]) map.set(parts[i], hint);
  });
  return (word) => map.get(word);
}

/** The word hints extended with the word's clusters (hint positions 2 and 3, see features.ts). */
export function withClusters(words: WordHinter | undefined, table: readonly string[]): WordHinter {
  const lookup = clusterLookup(table);
  return (w) => {
    const base = words ? words(w) : [];
    const c = lookup(w);
    return c ? [base[0], base[1], c[0], c[1]] : base;
  };
}
