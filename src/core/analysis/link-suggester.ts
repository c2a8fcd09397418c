// Suggested links between claims of different documents: for each claim, the claims elsewhere that likely state
// the same thing or answer it, ranked, with reasons and a guessed relation. Lexical similarity (TF-IDF over stems
// and compound 5-grams) plus shared actors and figures — the CheckThat! baseline with entities — found through an
// inverted index, so a corpus of thousands of claims scores only the pairs that share something.
import type { LinkRelation } from '../model/vocabulary';
import { claimFeatures, type ClaimFeatures, type ClaimInput } from './claim-features';
import { guessRelation } from './relation';
import { sameQuantity, valuesAgree } from './figure-match';
import { termsOf } from './terms';

export interface LinkSuggestion {
  from: string;
  to: string;
  /** In [0, 1]. */
  score: number;
  rel: LinkRelation;
  reasons: string[];
}

const WEIGHTS = { words: 0.35, grams: 0.1, related: 0.2, actors: 0.25, figures: 0.1 };
/** Below this a pair shares too little to show. */
const MIN_SCORE = 0.02;
/** Claims scored fully per claim, the best by shared rare features. */
const CANDIDATES = 50;
/** Background sentences sampled for word rarity and the related words (counting every pair of a 10,000-article corpus would take a gigabyte). */
const SAMPLE = 20_000;
/** Terms kept in a claim's vector of related words. */
const RELATED_TERMS = 40;

/** A weighted term vector with its length, computed once per claim. */
interface Vector { weights: Map<string, number>; norm: number }
interface ClaimVectors { words: Vector; grams: Vector; related: Vector; actors: Vector }

export class LinkSuggester {
  private readonly claims: ClaimFeatures[];
  private readonly index = new Map<string, number>();
  /** Feature ("w:stem", "a:actor", "f:type:unit") → the claims that have it. */
  private readonly postings = new Map<string, number[]>();
  private readonly dfWords = new Map<string, number>();
  private readonly dfGrams = new Map<string, number>();
  private readonly dfActors = new Map<string, number>();
  private docs = 0;
  private readonly vectors: ClaimVectors[];
  /** Per claim, the first score of the claim being suggested for (reused: one array, not one map per claim). */
  private prescore: Float64Array | undefined;
  private readonly idf: { words: (k: string) => number; grams: (k: string) => number; actors: (k: string) => number };

  /** `background`: passages of the corpus (sentences) that make word rarity meaningful beyond the claims. */
  constructor(claims: readonly ClaimInput[], background: Iterable<string> = []) {
    this.claims = claims.map(claimFeatures);
    const add = (df: Map<string, number>, keys: Iterable<string>): void => {
      for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
    };
    for (const [i, c] of this.claims.entries()) {
      this.index.set(c.key, i);
      this.docs++;
      add(this.dfWords, c.terms.words.keys());
      add(this.dfGrams, c.terms.grams.keys());
      add(this.dfActors, new Set(c.actors));
      for (const feature of featuresOf(c)) (this.postings.get(feature) ?? this.postings.set(feature, []).get(feature)!).push(i);
    }
    // Background sentences count for word rarity (not 5-grams: those of a large corpus would cost more than they say).
    const sentences: string[][] = [];
    // An even sample of at most SAMPLE sentences: rarity and company show in any large part of a corpus.
    const all = [...background];
    const step = Math.max(1, Math.ceil(all.length / SAMPLE));
    for (let k = 0; k < all.length; k += step) {
      const text = all[k]!;
      const words = [...termsOf(text, true).words.keys()];
      this.docs++;
      add(this.dfWords, words);
      sentences.push(words);
    }
    const idf = (df: Map<string, number>) => (k: string): number => Math.log((this.docs + 1) / ((df.get(k) ?? 0) + 1)) + 1;
    const [wordIdf, gramIdf, actorIdf] = [idf(this.dfWords), idf(this.dfGrams), idf(this.dfActors)];
    this.idf = { words: wordIdf, grams: gramIdf, actors: actorIdf };
    const related = relatedTerms(this.claims, sentences, wordIdf);
    this.vectors = this.claims.map((c, i) => ({
      words: vector(c.terms.words, wordIdf),
      grams: vector(c.terms.grams, gramIdf),
      related: vector(strongest(related[i]!, RELATED_TERMS), wordIdf),
      actors: vector(new Map([...new Set(c.actors)].map((a) => [a, 1])), actorIdf),
    }));
  }

  /** The best `top` suggestions for one claim, best first. */
  suggest(key: string, top = 5): LinkSuggestion[] {
    const i = this.index.get(key);
    if (i === undefined) return [];
    return this.ranked(this.claims[i]!, this.vectors[i]!, top);
  }

  /**
   * The claims of other documents that a passage not yet tagged (a sentence) likely states, best first: "this
   * sentence in 002 looks like claim X in 000". Its related words are its own (the co-occurrence table covers claims).
   */
  suggestForPassage(passage: ClaimInput, top = 1): LinkSuggestion[] {
    const from = claimFeatures(passage);
    const words = vector(from.terms.words, this.idf.words);
    return this.ranked(from, { words, grams: vector(from.terms.grams, this.idf.grams), related: words, actors: vector(new Map([...new Set(from.actors)].map((a) => [a, 1])), this.idf.actors) }, top);
  }

  private ranked(from: ClaimFeatures, fromVectors: ClaimVectors, top: number): LinkSuggestion[] {
    const excluded = new Set(from.excluded ?? []);
    // Candidates by a first, cheap score: the summed rarity of the features they share, so that a corpus of
    // thousands of claims scores fully only the hundred that share the most.
    const prescore = (this.prescore ??= new Float64Array(this.claims.length));
    const touched: number[] = [];
    const cap = Math.max(50, this.claims.length / 3);
    for (const feature of featuresOf(from)) {
      const list = this.postings.get(feature);
      if (!list || list.length > cap) continue; // Found in a third of all claims: it scores, but finds nothing.
      const weight = 1 / Math.log(2 + list.length);
      for (const j of list) {
        if (prescore[j] === 0) touched.push(j);
        prescore[j] += weight;
      }
    }
    touched.sort((a, b) => prescore[b]! - prescore[a]!);
    const candidates = touched.slice(0, Math.max(CANDIDATES, top * 4));
    for (const j of touched) prescore[j] = 0;
    const scored: Array<[number, number]> = [];
    for (const j of candidates) {
      const to = this.claims[j]!;
      if (to.document === from.document || excluded.has(to.key) || (to.excluded ?? []).includes(from.key)) continue;
      const score = this.score(from, fromVectors, j);
      if (score >= MIN_SCORE) scored.push([j, score]);
    }
    scored.sort((a, b) => b[1] - a[1] || (this.claims[a[0]]!.key < this.claims[b[0]]!.key ? -1 : 1));
    // Reasons and the relation only for what is shown.
    return scored.slice(0, top).map(([j, score]) => this.explain(from, fromVectors, j, score));
  }

  /** Suggestions for every claim. */
  all(top = 5): LinkSuggestion[] {
    return this.claims.flatMap((c) => this.suggest(c.key, top));
  }

  private score(from: ClaimFeatures, a: ClaimVectors, j: number): number {
    const b = this.vectors[j]!;
    const figures = from.figures.some((f) => this.claims[j]!.figures.some((g) => sameQuantity(f, g))) ? 1 : 0;
    const claimant = from.claimant && from.claimant === this.claims[j]!.claimant ? 0.05 : 0;
    return WEIGHTS.words * cosine(a.words, b.words) + WEIGHTS.grams * cosine(a.grams, b.grams) + WEIGHTS.related * cosine(a.related, b.related) +
      WEIGHTS.actors * cosine(a.actors, b.actors) + WEIGHTS.figures * figures + claimant;
  }

  private explain(a: ClaimFeatures, fromVectors: ClaimVectors, j: number, score: number): LinkSuggestion {
    const b = this.claims[j]!;
    const reasons: string[] = [];
    const va = fromVectors.words.weights;
    const shared = [...va.keys()].filter((w) => b.terms.words.has(w)).sort((x, y) => va.get(y)! - va.get(x)!);
    if (shared.length > 0) reasons.push(`shared words: ${shared.slice(0, 5).map((w) => a.terms.surfaces.get(w) ?? w).join(', ')}`);
    const actors = [...new Set(a.actors)].filter((x) => b.actors.includes(x));
    if (actors.length > 0) reasons.push(`shared actors: ${actors.join(', ')}`);
    let disagreeing: string | undefined;
    for (const f of a.figures) {
      for (const g of b.figures) {
        if (!sameQuantity(f, g)) continue;
        const agree = valuesAgree(f, g);
        reasons.push(`${agree ? 'same quantity' : 'figures disagree'}: “${f.text}” ~ “${g.text}”${f.unit ? ` (${f.unit})` : ''}`);
        if (!agree) disagreeing ??= `${f.text} vs ${g.text}`;
      }
    }
    if (a.claimant && a.claimant === b.claimant) reasons.push(`same claimant: ${a.claimant}`);
    const rel = guessRelation(a, b, { similarity: cosine(fromVectors.words, this.vectors[j]!.words), disagreeing }, reasons);
    return { from: a.key, to: b.key, score: Math.min(1, Math.round(score * 1000) / 1000), rel, reasons };
  }
}

/** What a claim can be found by: its stems, actors and figure quantities (5-grams only score). */
function featuresOf(c: ClaimFeatures): string[] {
  return [...[...c.terms.words.keys()].map((w) => `w:${w}`), ...new Set(c.actors.map((a) => `a:${a}`)), ...c.figures.map((f) => `f:${f.type}:${f.unit}`)];
}

function vector(counts: ReadonlyMap<string, number>, idf: (k: string) => number): Vector {
  const weights = new Map<string, number>();
  let norm = 0;
  for (const [k, n] of counts) {
    const w = n * idf(k);
    weights.set(k, w);
    norm += w * w;
  }
  return { weights, norm: Math.sqrt(norm) };
}

function strongest(counts: Map<string, number>, n: number): Map<string, number> {
  return counts.size <= n ? counts : new Map([...counts].sort((a, b) => b[1] - a[1]).slice(0, n));
}

function cosine(a: Vector, b: Vector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a.weights, b.weights] : [b.weights, a.weights];
  let dot = 0;
  for (const [k, w] of small) {
    const v = large.get(k);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}

/**
 * Each claim's stems with the words that co-occur with them in the corpus's sentences, weighted by how much more
 * often than chance: "Munition" brings "Waffe" and "Rakete" where the articles speak of both. A cheap, offline
 * stand-in for word embeddings, learnt from the articles under study.
 */
function relatedTerms(claims: readonly ClaimFeatures[], sentences: readonly string[][], idf: (w: string) => number): Map<string, number>[] {
  const wanted = new Set(claims.flatMap((c) => [...c.terms.words.keys()]));
  const together = new Map<string, Map<string, number>>();
  const seen = new Map<string, number>();
  for (const words of sentences) {
    for (const w of words) seen.set(w, (seen.get(w) ?? 0) + 1);
    for (const t of words) {
      if (!wanted.has(t)) continue;
      let row = together.get(t);
      if (!row) together.set(t, (row = new Map()));
      for (const u of words) if (u !== t) row.set(u, (row.get(u) ?? 0) + 1);
    }
  }
  const n = Math.max(1, sentences.length);
  const top = new Map<string, Array<[string, number]>>();
  for (const [t, row] of together) {
    const scored: Array<[string, number]> = [];
    for (const [u, c] of row) {
      if (c < 2) continue;
      const lift = (c * n) / ((seen.get(t) ?? 1) * (seen.get(u) ?? 1));
      if (lift > 1.5) scored.push([u, Math.log(lift) * Math.min(1, c / 3)]);
    }
    top.set(t, scored.sort((a, b) => b[1] - a[1]).slice(0, 8));
  }
  return claims.map((c) => {
    const v = new Map<string, number>();
    for (const [t, k] of c.terms.words) {
      v.set(t, (v.get(t) ?? 0) + k);
      const list = top.get(t) ?? [];
      const sum = list.reduce((x, [, w]) => x + w, 0) || 1;
      for (const [u, w] of list) v.set(u, (v.get(u) ?? 0) + (k * w) / sum / Math.max(1, idf(t) / idf(u)));
    }
    return v;
  });
}
