// Figures of different documents that measure the same quantity ("über 1000 Container" in 000, "über 11.000
// Container" in 003): the same type and unit or counted noun, in sentences that speak of the same actors and
// things. Buckets by quantity first, so a corpus of 10,000 articles compares only figures that could match.
import type { Figure } from '../model/entities';
import { sameQuantity, valuesAgree } from './figure-match';
import { termsOf, type Terms } from './terms';

export interface FigureInput {
  document: string;
  figure: Figure;
  /** The sentence the figure is in. */
  context: string;
  /** Where that sentence is in the document. */
  sentence: readonly [start: number, end: number];
  /** Canonical actors of that sentence. */
  actors: readonly string[];
}

/**
 * A figure as the index keeps it: where it is, what it counts, and where its sentence is (for figures side by side).
 * The sentence as offsets, not text: 10,000 articles have some 40,000 comparable figures, and their sentences would
 * be a second copy of much of the corpus in the server's memory and in the persisted index.
 */
export type IndexedFigure = Omit<FigureInput, 'document' | 'context'>;

/** What an index keeps of a document's figures: only those one can compare, sentences cut to 300 characters. */
export function comparableFigures(inputs: readonly FigureInput[]): IndexedFigure[] {
  return inputs
    .filter((f) => sameQuantity(f.figure, f.figure))
    .map(({ figure, sentence: [start, end], actors }) => ({ figure, sentence: [start, Math.min(end, start + 300)] as const, actors: [...new Set(actors)] }));
}

/** An indexed figure of `document` as the analysis compares it, its sentence cut from the document's text. */
export const figureInputFromIndex = (document: string, text: string, f: IndexedFigure): FigureInput => ({ document, ...f, context: text.slice(f.sentence[0], f.sentence[1]) });

/** The figures among `others` (other documents) that measure the same quantity as `target`, as groupFigures would group them. */
export function sameQuantityAs(target: FigureInput, others: readonly FigureInput[]): FigureInput[] {
  const peers = others.filter((o) => o.document !== target.document && sameQuantity(o.figure, target.figure));
  if (peers.length === 0) return [];
  return groupFigures([target, ...peers]).flatMap((g) => (g.figures.includes(target) ? g.figures.filter((f) => f !== target) : []));
}

export interface FigureGroup {
  label: string;
  figures: FigureInput[];
  /** Pairs of figures in the group whose values cannot both be true. */
  disagreements: Array<[FigureInput, FigureInput]>;
}

/** How alike the sentences must be: a counted noun ("Container") already says much; money and percentages little. */
const THRESHOLD = { quantity: 0.1, other: 0.25 };
/** A context word shared by more figures of a bucket than this finds no one in particular: it scores, not finds. */
const MAX_POSTING = 200;

interface Vector { weights: Map<string, number>; norm: number }

function vectorOf(t: Terms, idf: (w: string) => number): Vector {
  const weights = new Map<string, number>();
  let norm = 0;
  for (const [w, c] of t.words) {
    const x = c * idf(w);
    weights.set(w, x);
    norm += x * x;
  }
  return { weights, norm: Math.sqrt(norm) };
}

export function groupFigures(inputs: readonly FigureInput[]): FigureGroup[] {
  const buckets = new Map<string, number[]>();
  for (const [i, f] of inputs.entries()) {
    if (!sameQuantity(f.figure, f.figure)) continue;
    const key = `${f.figure.type}:${f.figure.unit ?? ''}`;
    const list = buckets.get(key);
    if (list) list.push(i);
    else buckets.set(key, [i]);
  }
  const vectors = new Map<number, Vector>();
  const df = new Map<string, number>();
  const comparable = [...buckets.values()].filter((list) => new Set(list.map((i) => inputs[i]!.document)).size >= 2);
  const terms = new Map<number, Terms>();
  for (const list of comparable) {
    for (const i of list) {
      const t = termsOf(inputs[i]!.context);
      terms.set(i, t);
      for (const w of t.words.keys()) df.set(w, (df.get(w) ?? 0) + 1);
    }
  }
  const n = terms.size + 1;
  for (const [i, t] of terms) vectors.set(i, vectorOf(t, (w) => Math.log(n / ((df.get(w) ?? 0) + 1)) + 1));
  const parent = inputs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const list of comparable) {
    // Within a bucket, only figures whose sentences share a word that is not everywhere are compared.
    const postings = new Map<string, number[]>();
    for (const i of list) for (const w of vectors.get(i)!.weights.keys()) (postings.get(w) ?? postings.set(w, []).get(w)!).push(i);
    for (const i of list) {
      const seen = new Set<number>();
      for (const w of vectors.get(i)!.weights.keys()) {
        const members = postings.get(w)!;
        if (members.length > MAX_POSTING) continue;
        for (const j of members) {
          if (j <= i || seen.has(j) || inputs[i]!.document === inputs[j]!.document) continue;
          seen.add(j);
          const threshold = inputs[i]!.figure.type === 'quantity' ? THRESHOLD.quantity : THRESHOLD.other;
          if (find(i) !== find(j) && contextSimilarity(inputs[i]!, inputs[j]!, vectors.get(i)!, vectors.get(j)!) >= threshold) parent[find(i)] = find(j);
        }
      }
    }
  }
  const groups = new Map<number, number[]>();
  for (const i of vectors.keys()) {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  }
  const out: FigureGroup[] = [];
  for (const members of groups.values()) {
    const figures = members.sort((a, b) => a - b).map((i) => inputs[i]!);
    if (new Set(figures.map((f) => f.document)).size < 2) continue;
    const disagreements: FigureGroup['disagreements'] = [];
    for (let x = 0; x < figures.length; x++) {
      for (let y = x + 1; y < figures.length; y++) {
        if (figures[x]!.document !== figures[y]!.document && !valuesAgree(figures[x]!.figure, figures[y]!.figure)) disagreements.push([figures[x]!, figures[y]!]);
      }
    }
    out.push({ label: labelOf(figures), figures, disagreements });
  }
  return out.sort((a, b) => b.figures.length - a.figures.length || (a.label < b.label ? -1 : 1));
}

/** Shared words of the two sentences (rare ones weigh more) and shared actors. */
function contextSimilarity(a: FigureInput, b: FigureInput, va: Vector, vb: Vector): number {
  let dot = 0;
  const [small, large] = va.weights.size <= vb.weights.size ? [va.weights, vb.weights] : [vb.weights, va.weights];
  for (const [w, x] of small) {
    const y = large.get(w);
    if (y !== undefined) dot += x * y;
  }
  const words = va.norm && vb.norm ? dot / (va.norm * vb.norm) : 0;
  const shared = a.actors.filter((x) => b.actors.includes(x)).length;
  const union = new Set([...a.actors, ...b.actors]).size;
  return 0.6 * words + 0.4 * (union ? shared / union : 0);
}

function labelOf(figures: readonly FigureInput[]): string {
  const f = figures[0]!.figure;
  const what = f.type === 'money' ? `${f.unit} (money)` : f.type === 'percent' ? 'percent' : `${f.unit}`;
  const actors = figures.map((x) => new Set(x.actors)).reduce((a, b) => new Set([...a].filter((y) => b.has(y))));
  return actors.size > 0 ? `${what} · ${[...actors].slice(0, 3).join(', ')}` : what;
}
