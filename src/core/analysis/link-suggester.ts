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

export class LinkSuggester {
  private readonly claims: ClaimFeatures[];
  private readonly byKey = new Map<string, ClaimFeatures>();
  private readonly index = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private readonly df = new Map<string, number>();
  private docs = 0;
  /** Per claim: its stems plus the words that keep company with them in the corpus's sentences. */
  private readonly related: Map<string, number>[];

  /** `background`: passages of the corpus (sentences) that make word rarity meaningful beyond the claims. */
  constructor(claims: readonly ClaimInput[], background: Iterable<string> = []) {
    this.claims = claims.map(claimFeatures);
    for (const [i, c] of this.claims.entries()) {
      this.byKey.set(c.key, c);
      this.index.set(c.key, i);
      this.count([...c.terms.words.keys()].map((w) => `w:${w}`), [...c.terms.grams.keys()].map((g) => `g:${g}`), c.actors.map((a) => `a:${a}`));
      for (const feature of this.featuresOf(c)) {
        const list = this.postings.get(feature);
        if (list) list.push(i);
        else this.postings.set(feature, [i]);
      }
    }
    const sentences: string[][] = [];
    for (const text of background) {
      const t = termsOf(text);
      this.count([...t.words.keys()].map((w) => `w:${w}`), [...t.grams.keys()].map((g) => `g:${g}`), []);
      sentences.push([...t.words.keys()]);
    }
    this.related = relatedTerms(this.claims, sentences, (w) => this.idf(`w:${w}`));
  }

  private count(...lists: string[][]): void {
    this.docs++;
    for (const list of lists) for (const f of list) this.df.set(f, (this.df.get(f) ?? 0) + 1);
  }

  private idf(feature: string): number {
    return Math.log((this.docs + 1) / ((this.df.get(feature) ?? 0) + 1)) + 1;
  }

  /** What a claim can be found by: its stems, actors and figure quantities (5-grams only score). */
  private featuresOf(c: ClaimFeatures): string[] {
    return [...[...c.terms.words.keys()].map((w) => `w:${w}`), ...c.actors.map((a) => `a:${a}`), ...c.figures.map((f) => `f:${f.type}:${f.unit}`)];
  }

  /** The best `top` suggestions for one claim, best first. */
  suggest(key: string, top = 5): LinkSuggestion[] {
    const from = this.byKey.get(key);
    if (!from) return [];
    const excluded = new Set(from.excluded ?? []);
    const candidates = new Set<number>();
    // Features shared by more than a third of all claims find nearly everything: they score, but do not find.
    const cap = Math.max(50, this.claims.length / 3);
    for (const feature of this.featuresOf(from)) {
      const list = this.postings.get(feature);
      if (list && list.length <= cap) for (const i of list) candidates.add(i);
    }
    const out: LinkSuggestion[] = [];
    for (const i of candidates) {
      const to = this.claims[i]!;
      if (to.document === from.document || excluded.has(to.key) || (to.excluded ?? []).includes(from.key)) continue;
      const s = this.score(from, to);
      if (s.score >= MIN_SCORE) out.push(s);
    }
    return out.sort((a, b) => b.score - a.score || (a.to < b.to ? -1 : 1)).slice(0, top);
  }

  /** Suggestions for every claim. */
  all(top = 5): LinkSuggestion[] {
    return this.claims.flatMap((c) => this.suggest(c.key, top));
  }

  private score(a: ClaimFeatures, b: ClaimFeatures): LinkSuggestion {
    const reasons: string[] = [];
    const words = this.cosine(a.terms.words, b.terms.words, 'w:');
    const grams = this.cosine(a.terms.grams, b.terms.grams, 'g:');
    const related = this.cosine(this.related[this.index.get(a.key)!]!, this.related[this.index.get(b.key)!]!, 'w:');
    const sharedWords = [...a.terms.words.keys()].filter((w) => b.terms.words.has(w)).sort((x, y) => this.idf(`w:${y}`) - this.idf(`w:${x}`));
    if (sharedWords.length > 0) reasons.push(`shared words: ${sharedWords.slice(0, 5).map((w) => surface(a.text, w)).join(', ')}`);
    const actors = this.actorSimilarity(a, b);
    const sharedActors = a.actors.filter((x, k) => b.actors.includes(x) && a.actors.indexOf(x) === k);
    if (sharedActors.length > 0) reasons.push(`shared actors: ${sharedActors.join(', ')}`);
    let figures = 0;
    let disagreeing: string | undefined;
    for (const f of a.figures) {
      for (const g of b.figures) {
        if (!sameQuantity(f, g)) continue;
        figures = 1;
        const agree = valuesAgree(f, g);
        reasons.push(`${agree ? 'same quantity' : 'figures disagree'}: “${f.text}” ~ “${g.text}”${f.unit ? ` (${f.unit})` : ''}`);
        if (!agree) disagreeing ??= `${f.text} vs ${g.text}`;
      }
    }
    let score = WEIGHTS.words * words + WEIGHTS.grams * grams + WEIGHTS.related * related + WEIGHTS.actors * actors + WEIGHTS.figures * figures;
    if (a.claimant && a.claimant === b.claimant) {
      score += 0.05;
      reasons.push(`same claimant: ${a.claimant}`);
    }
    const rel = guessRelation(a, b, { similarity: words, disagreeing }, reasons);
    return { from: a.key, to: b.key, score: Math.min(1, Math.round(score * 1000) / 1000), rel, reasons };
  }

  private cosine(x: Map<string, number>, y: Map<string, number>, prefix: string): number {
    let dot = 0;
    let nx = 0;
    let ny = 0;
    for (const [t, n] of x) {
      const w = n * this.idf(prefix + t);
      nx += w * w;
      const m = y.get(t);
      if (m !== undefined) dot += w * m * this.idf(prefix + t);
    }
    for (const [t, n] of y) ny += (n * this.idf(prefix + t)) ** 2;
    return nx === 0 || ny === 0 ? 0 : dot / Math.sqrt(nx * ny);
  }

  /** IDF-weighted overlap of the actors mentioned: "Nordkorea" in every claim says little, "Schoigu" much. */
  private actorSimilarity(a: ClaimFeatures, b: ClaimFeatures): number {
    const [x, y] = [new Set(a.actors), new Set(b.actors)];
    if (x.size === 0 || y.size === 0) return 0;
    const weight = (s: Set<string>): number => [...s].reduce((n, t) => n + this.idf(`a:${t}`), 0);
    const shared = [...x].filter((t) => y.has(t)).reduce((n, t) => n + this.idf(`a:${t}`), 0);
    return shared / Math.sqrt(weight(x) * weight(y));
  }
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

/** A word of the passage whose stem is `stem`, as written (for reasons an analyst reads). */
function surface(text: string, stem: string): string {
  const re = new RegExp(`[\\p{L}]*${stem.slice(0, 4).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\p{L}]*`, 'iu');
  return re.exec(text.replace(/ß/g, 'ss'))?.[0] ?? stem;
}
