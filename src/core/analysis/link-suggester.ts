// Suggested links between claims of different documents: for each claim, the claims elsewhere that likely state
// the same thing or answer it, ranked, with reasons and a guessed relation. One Okapi BM25 score (Robertson and
// Zaragoza, 2009) over everything two claims can share — base forms of their words and the parts of German
// compounds, the canonical actors they name (so "Moskau", "Kreml" and "Russia" meet), who makes them, and the
// numbers they state — each weighed by its rarity in the corpus: an actor named in every article weighs little, a
// word or figure few passages have weighs much. Found through an inverted index, so a corpus of thousands of
// claims scores only the pairs that share something. With a thesaurus, words also meet through their synonym sets
// ("Streik" and "Ausstand"): each set a word belongs to is one more feature, weighed by its rarity like the rest but
// at half a word, for words of at most three sets (a more ambiguous word says little about which set is meant), and
// not counted again where the claims share the word itself.
import type { Figure } from '../model/entities';
import type { LinkRelation } from '../model/vocabulary';
import { claimFeatures, type ClaimFeatures, type ClaimInput } from './claim-features';
import { CompoundSplitter } from './compounds';
import { figureKey, sameFigure, sameQuantity, valuesAgree } from './figure-match';
import { guessRelation } from './relation';
import { termsOfTokens, tokensOf, type Terms } from './terms';
import type { Thesaurus } from './thesaurus';

export interface LinkSuggestion {
  from: string;
  to: string;
  /** In [0, 1]: the share of the claim's own score that the other claim matches. */
  score: number;
  rel: LinkRelation;
  reasons: string[];
}

/** BM25's term-frequency saturation and length normalisation, at their usual values. */
const K1 = 1.2;
const B = 0.75;
/** Who makes a claim counts half a word: it says less about what is claimed than the words and actors do (a BM25F field weight). */
const CLAIMANT_WEIGHT = 0.5;
/** A shared synonym set counts half a shared word of the same rarity: words of one set often differ in shade or register. */
const SYNONYM_WEIGHT = 0.5;
/**
 * A word in more sets than this is too ambiguous to tell which is meant ("Bahn", "bezeichnen"): its sets are left out.
 * They would also be most of the work: without the limit, four in five of the features the 10,000-article bench looks
 * up were synonym sets, with ten times the postings of all the others.
 */
const MAX_SENSES = 3;
/** Below this a pair shares too little to show. */
const MIN_SCORE = 0.02;
/** Claims scored fully per claim, the best by shared rare features. */
const CANDIDATES = 50;
/** Background sentences sampled for word rarity and the compounds' vocabulary (a large corpus says as much in part). */
const SAMPLE = 20_000;

/**
 * A claim as scored: its features with their weights — `w:` base forms (compound parts share one weight), `s:` the
 * synonym sets of those, `a:` actors, `c:` its claimant — their total without the synonym sets (the claim's length
 * for BM25: an expansion does not make a claim longer), its score against itself, and the words behind its synonym sets.
 */
interface Profile { features: Map<string, number>; length: number; self: number; via: Via }
/** Per `s:` feature, the claim's `w:` features (words) that are in the set. */
type Via = Map<string, string[]>;

export class LinkSuggester {
  private readonly claims: ClaimFeatures[];
  private readonly profiles: Profile[];
  private readonly index = new Map<string, number>();
  /** Feature (as in a profile, and `f:type:value` of figures) → the claims that have it. */
  private readonly postings = new Map<string, number[]>();
  /** Passages (claims and background sentences) with each word; claims with each actor, claimant and figure. */
  private readonly df = new Map<string, number>();
  private readonly idfs = new Map<string, number>();
  private readonly sentences: number;
  private readonly splitter: CompoundSplitter;
  private readonly thesaurus: Thesaurus | undefined;
  /** A synonym set's id → its feature (`s:` + id), made once. */
  private readonly setFeatures = new Map<string, string>();
  private readonly avgLength: number;
  /**
   * Per figure type, the claims' numeric figures sorted by value: a figure finds the claims that state the same number
   * within its tolerance ("rund zwei Dutzend" ~ "about 25"), not only those of its exact value.
   */
  private readonly figuresByValue = new Map<string, Array<{ value: number; claim: number; figure: Figure }>>();
  /** Per claim, the first score of the claim being suggested for (reused: one array, not one map per claim). */
  private prescore: Float64Array | undefined;

  /**
   * `background`: passages of the corpus (sentences) that make word rarity meaningful beyond the claims.
   * `thesaurus`: synonym sets through which words of the same meaning meet (media/thesaurus/).
   */
  constructor(claims: readonly ClaimInput[], background: Iterable<string> = [], options: { thesaurus?: Thesaurus } = {}) {
    this.thesaurus = options.thesaurus;
    const claimTokens = claims.map((c) => tokensOf(c.words ?? c.text));
    // An even sample of at most SAMPLE sentences: rarity shows in any large part of a corpus.
    const all = [...background];
    const step = Math.max(1, Math.ceil(all.length / SAMPLE));
    const sample: Array<ReturnType<typeof tokensOf>> = [];
    for (let k = 0; k < all.length; k += step) sample.push(tokensOf(all[k]!));
    const vocabulary = new Map<string, number>();
    for (const t of [...claimTokens, ...sample]) if (t.language === 'de') for (const { stem } of t.tokens) vocabulary.set(stem, (vocabulary.get(stem) ?? 0) + 1);
    this.splitter = new CompoundSplitter(vocabulary);
    this.sentences = sample.length;
    for (const s of sample) {
      const terms = termsOfTokens(s, this.splitter);
      this.count(terms.words.keys(), 'w:');
      this.count(this.synonymSets(terms).keys());
    }
    this.claims = claims.map((c, i) => claimFeatures(c, termsOfTokens(claimTokens[i]!, this.splitter)));
    const vias = this.claims.map((): Via => new Map());
    const features = this.claims.map((c, i) => this.featuresOf(c, vias[i]!));
    let total = 0;
    for (const [i, c] of this.claims.entries()) {
      this.index.set(c.key, i);
      const keys = [...features[i]!.keys(), ...new Set(c.figures.map(figureFeature))];
      this.count(keys);
      for (const f of keys) (this.postings.get(f) ?? this.postings.set(f, []).get(f)!).push(i);
      total += lengthOf(features[i]!, c);
      for (const figure of c.figures) {
        if (typeof figure.value !== 'number') continue;
        const list = this.figuresByValue.get(figure.type) ?? this.figuresByValue.set(figure.type, []).get(figure.type)!;
        list.push({ value: figure.value, claim: i, figure });
      }
    }
    for (const list of this.figuresByValue.values()) list.sort((a, b) => a.value - b.value);
    this.avgLength = Math.max(1, total / Math.max(1, this.claims.length));
    this.profiles = this.claims.map((c, i) => this.profile(c, features[i]!, vias[i]!));
  }

  /** The best `top` suggestions for one claim, best first. */
  suggest(key: string, top = 5): LinkSuggestion[] {
    const i = this.index.get(key);
    if (i === undefined) return [];
    return this.ranked(this.claims[i]!, this.profiles[i]!, top);
  }

  /** The claims of other documents that a passage not yet tagged (a sentence) likely states, best first: "this sentence in 002 looks like claim X in 000". */
  suggestForPassage(passage: ClaimInput, top = 1): LinkSuggestion[] {
    const from = claimFeatures(passage, termsOfTokens(tokensOf(passage.words ?? passage.text), this.splitter));
    const via: Via = new Map();
    return this.ranked(from, this.profile(from, this.featuresOf(from, via), via), top);
  }

  /** Suggestions for every claim. */
  all(top = 5): LinkSuggestion[] {
    return this.claims.flatMap((c) => this.suggest(c.key, top));
  }

  private count(keys: Iterable<string>, prefix = ''): void {
    for (const k of keys) this.df.set(prefix + k, (this.df.get(prefix + k) ?? 0) + 1);
  }

  /** BM25's rarity: words and synonym sets among all passages, actors, claimants and figures among the claims (whose actors are known). */
  private idf(feature: string): number {
    let idf = this.idfs.get(feature);
    if (idf === undefined) {
      const n = feature.startsWith('w:') || isSynonymSet(feature) ? this.claims.length + this.sentences : this.claims.length;
      const df = this.df.get(feature) ?? 0;
      this.idfs.set(feature, (idf = Math.log(1 + (n - df + 0.5) / (df + 0.5))));
    }
    return idf;
  }

  private profile(c: ClaimFeatures, features: Map<string, number>, via: Via): Profile {
    const p = { features, length: lengthOf(features, c), self: 1, via };
    p.self = this.score(c, p, c, p) || 1;
    return p;
  }

  private ranked(from: ClaimFeatures, fromProfile: Profile, top: number): LinkSuggestion[] {
    const excluded = new Set(from.excluded ?? []);
    // Candidates by a first, cheap score: the summed rarity of the features they share, so that a corpus of
    // thousands of claims scores fully only the fifty that share the most.
    const prescore = (this.prescore ??= new Float64Array(this.claims.length));
    const touched: number[] = [];
    const cap = Math.max(50, this.claims.length / 3);
    const add = (list: readonly number[], w: number): void => {
      for (const j of list) {
        if (prescore[j] === 0) touched.push(j);
        prescore[j] += w;
      }
    };
    for (const [feature, weight] of fromProfile.features) {
      const list = this.postings.get(feature);
      if (!list || list.length > cap) continue; // Found in a third of all claims: it scores, but finds nothing.
      add(list, weight * this.idf(feature) * (isSynonymSet(feature) ? SYNONYM_WEIGHT : 1));
    }
    for (const figure of from.figures) {
      const list = this.claimsWithSameFigure(figure);
      if (list.length <= cap) add(list, this.idf(figureFeature(figure)));
    }
    touched.sort((a, b) => prescore[b]! - prescore[a]!);
    const candidates = touched.slice(0, Math.max(CANDIDATES, top * 4));
    for (const j of touched) prescore[j] = 0;
    const scored: Array<[number, number]> = [];
    for (const j of candidates) {
      const to = this.claims[j]!;
      if (to.document === from.document || excluded.has(to.key) || (to.excluded ?? []).includes(from.key)) continue;
      const score = this.score(from, fromProfile, to, this.profiles[j]!) / fromProfile.self;
      if (score >= MIN_SCORE) scored.push([j, score]);
    }
    scored.sort((a, b) => b[1] - a[1] || (this.claims[a[0]]!.key < this.claims[b[0]]!.key ? -1 : 1));
    // Reasons and the relation only for what is shown.
    return scored.slice(0, top).map(([j, score]) => this.explain(from, fromProfile, j, score));
  }

  /** The claims with a figure that sameFigure() takes for `f` (each once). */
  private claimsWithSameFigure(f: Figure): number[] {
    const list = this.figuresByValue.get(f.type);
    if (typeof f.value !== 'number' || !list) return this.postings.get(figureFeature(f)) ?? [];
    // sameFigure's widest tolerance is 10 % of the larger value: nothing outside [v / 1.1, v * 1.1] (or its mirror) matches.
    const [lo, hi] = f.value >= 0 ? [f.value / 1.1, f.value * 1.1] : [f.value * 1.1, f.value / 1.1];
    let at = 0;
    for (let top = list.length; at < top; ) {
      const mid = (at + top) >>> 1;
      if (list[mid]!.value < lo) at = mid + 1;
      else top = mid;
    }
    const out = new Set<number>();
    for (; at < list.length && list[at]!.value <= hi; at++) if (sameFigure(f, list[at]!.figure)) out.add(list[at]!.claim);
    return [...out];
  }

  /** BM25 of claim `d` for the query `q`: each shared feature's rarity times its weight in q, saturated and length-normalised in d. */
  private score(q: ClaimFeatures, qp: Profile, d: ClaimFeatures, dp: Profile): number {
    const norm = K1 * (1 - B + (B * dp.length) / this.avgLength);
    let s = 0;
    for (const [f, qtf] of qp.features) {
      const tf = dp.features.get(f);
      if (!tf) continue;
      let weight = 1;
      if (isSynonymSet(f)) {
        if (qp.via.get(f)!.some((w) => dp.features.has(w))) continue; // Shared through a word both have: counted as the word.
        weight = SYNONYM_WEIGHT;
      }
      s += (weight * this.idf(f) * qtf * tf * (K1 + 1)) / (tf + norm);
    }
    for (const x of q.figures) if (d.figures.some((y) => sameFigure(x, y))) s += (this.idf(figureFeature(x)) * (K1 + 1)) / (1 + norm);
    return s;
  }

  private explain(a: ClaimFeatures, ap: Profile, j: number, score: number): LinkSuggestion {
    const b = this.claims[j]!;
    const bp = this.profiles[j]!;
    const reasons: string[] = [];
    const shared = (prefix: string): string[] => [...ap.features.keys()].filter((f) => f.startsWith(prefix) && bp.features.has(f))
      .map((f): [string, number] => [f.slice(2), this.idf(f) * ap.features.get(f)!]).sort((x, y) => y[1] - x[1]).map(([f]) => f);
    // Each word of this claim with the words of the other it meets ("Waffenlieferungen ~ Waffen/liefern").
    const met = new Map<string, Set<string>>();
    for (const w of shared('w:')) {
      const x = a.terms.surfaces.get(w) ?? w;
      const y = b.terms.surfaces.get(w) ?? w;
      const list = met.get(x) ?? met.set(x, new Set()).get(x)!;
      if (y.toLowerCase() !== x.toLowerCase()) list.add(y);
    }
    const words = [...met].map(([x, ys]) => (ys.size ? `${x} ~ ${[...ys].join('/')}` : x));
    if (words.length > 0) reasons.push(`shared words: ${words.slice(0, 5).join(', ')}`);
    const synonyms = synonymPairs(a, ap, b, bp, shared('s:'));
    if (synonyms.length > 0) reasons.push(`synonyms: ${synonyms.slice(0, 3).join(', ')}`);
    const actors = shared('a:');
    if (actors.length > 0) reasons.push(`shared actors: ${actors.join(', ')}`);
    let disagreeing: string | undefined;
    // A figure disagrees when the other claim counts the same quantity and none of its figures of it agree.
    for (const f of a.figures) {
      const partners = b.figures.filter((g) => sameQuantity(f, g));
      const agreeing = partners.find((g) => valuesAgree(f, g));
      const same = agreeing ?? b.figures.find((g) => sameFigure(f, g));
      if (agreeing) reasons.push(`same quantity: “${f.text}” ~ “${agreeing.text}”${f.unit ? ` (${f.unit})` : ''}`);
      else if (partners.length > 0) {
        reasons.push(`figures disagree: “${f.text}” ~ “${partners[0]!.text}”${f.unit ? ` (${f.unit})` : ''}`);
        disagreeing ??= `${f.text} vs ${partners[0]!.text}`;
      } else if (same) reasons.push(`same figure: “${f.text}” ~ “${same.text}”`);
    }
    if (a.claimant && a.claimant === b.claimant) reasons.push(`same claimant: ${a.claimant}`);
    const rel = guessRelation(a, b, { similarity: this.wordCosine(ap, bp), disagreeing }, reasons);
    return { from: a.key, to: b.key, score: Math.min(1, Math.round(score * 1000) / 1000), rel, reasons };
  }

  /** A claim's features and their weights (see Profile); `via` gets the words behind its synonym sets. */
  private featuresOf(c: ClaimFeatures, via: Via): Map<string, number> {
    const out = new Map<string, number>();
    for (const [w, n] of c.terms.words) out.set(`w:${w}`, n);
    for (const [set, n] of this.synonymSets(c.terms, via)) out.set(set, n);
    for (const a of c.actors) out.set(`a:${a}`, 1);
    if (c.claimant) out.set(`c:${c.claimant}`, CLAIMANT_WEIGHT);
    return out;
  }

  /** The synonym sets of a passage's words (`s:` features) with their counts, words of more than MAX_SENSES sets left out. */
  private synonymSets(terms: Terms, via?: Via): Map<string, number> {
    const out = new Map<string, number>();
    if (!this.thesaurus) return out;
    for (const [w, n] of terms.words) {
      const sets = this.thesaurus.synsets(w, terms.language);
      if (!sets || sets.length > MAX_SENSES) continue;
      for (const id of sets) {
        let f = this.setFeatures.get(id);
        if (f === undefined) this.setFeatures.set(id, (f = `s:${id}`));
        out.set(f, (out.get(f) ?? 0) + n);
        if (via) (via.get(f) ?? via.set(f, []).get(f)!).push(`w:${w}`);
      }
    }
    return out;
  }

  /** The cosine of the two claims' words weighed by rarity: near 1 for the same sentence (the relation's `same`). */
  private wordCosine(a: Profile, b: Profile): number {
    let dot = 0, na = 0, nb = 0;
    for (const [f, x] of a.features) {
      if (!f.startsWith('w:')) continue;
      const idf = this.idf(f);
      na += (x * idf) ** 2;
      const y = b.features.get(f);
      if (y) dot += x * y * idf * idf;
    }
    for (const [f, y] of b.features) if (f.startsWith('w:')) nb += (y * this.idf(f)) ** 2;
    return na && nb ? dot / Math.sqrt(na * nb) : 0;
  }
}

/** The words of `a` and `b` that the shared synonym sets (ids) join, as written ("Ausstand ~ Streik"), words both have left out. */
function synonymPairs(a: ClaimFeatures, ap: Profile, b: ClaimFeatures, bp: Profile, sets: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of sets) {
    for (const x of ap.via.get(`s:${id}`)!) {
      if (bp.features.has(x)) continue;
      for (const y of bp.via.get(`s:${id}`)!) {
        if (ap.features.has(y)) continue;
        const [wx, wy] = [x.slice(2), y.slice(2)];
        out.add(`${a.terms.surfaces.get(wx) ?? wx} ~ ${b.terms.surfaces.get(wy) ?? wy}`);
      }
    }
  }
  return [...out];
}

/** Whether a feature is a synonym set's (`s:`). */
const isSynonymSet = (feature: string): boolean => feature.charCodeAt(0) === 115;

/** A figure's feature: what its rarity is counted by, and what finds the claims stating it. */
const figureFeature = (f: Figure): string => `f:${figureKey(f)}`;

/** A claim's length for BM25: the weight of its features and its figures, synonym sets aside. */
function lengthOf(features: ReadonlyMap<string, number>, c: ClaimFeatures): number {
  let n = c.figures.length;
  for (const [f, w] of features) if (!isSynonymSet(f)) n += w;
  return n;
}
