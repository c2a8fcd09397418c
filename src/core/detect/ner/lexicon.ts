// A name lexicon learned from the training data: token sequences seen as entities, with their majority type.
// During training each fold sees only the lexicon of the other folds (jackknifing), so that the model learns how far
// to trust a lexicon hit on unseen text.
import { spansOf, type Sentence } from './conll';
import type { NerLabel } from './types';
import { lower, type WordHinter } from './features';
import { LineTable } from './line-table';

const MAX_LEN = 6;
const TYPES: readonly NerLabel[] = ['PER', 'ORG', 'LOC'];

export type LexiconCounts = Map<string, [number, number, number]>;

export function countEntities(sentences: readonly Sentence[]): LexiconCounts {
  const counts: LexiconCounts = new Map();
  for (const s of sentences) {
    for (const sp of spansOf(s.tags)) {
      if (sp.label === 'OTH' || sp.last - sp.first >= MAX_LEN || !/^[\p{Lu}\p{N}]/u.test(s.tokens[sp.first])) continue;
      const key = s.tokens.slice(sp.first, sp.last + 1).join(' ');
      const c = counts.get(key) ?? [0, 0, 0];
      c[TYPES.indexOf(sp.label)]++;
      counts.set(key, c);
    }
  }
  return counts;
}

/** Lexicon entries as 'TYPE<tab>tokens' lines (majority type), the form stored in the model file. */
export function lexiconEntries(counts: LexiconCounts, minus?: LexiconCounts): string[] {
  const out: string[] = [];
  for (const [key, c] of counts) {
    const d = minus?.get(key);
    const v = d ? c.map((x, i) => x - d[i]) : c;
    const best = v.indexOf(Math.max(...v));
    if (v[best] > 0) out.push(`${TYPES[best]}\t${key}`);
  }
  return out;
}

/**
 * The lexicon as a gazetteer; `longest` (optional, per token: the longest entry starting with it, from longestEntry)
 * saves the lookups when the caller has them cached.
 */
export interface LexiconGazetteer {
  (tokens: readonly string[], longest?: ArrayLike<number>): (string | undefined)[] | undefined;
  /** In tokens, the longest entry that starts with this word (0: none). */
  longestEntry(word: string): number;
}

/** Hints 'B-PER', 'I-LOC', … for the longest lexicon match at each position. */
export function lexiconGazetteer(entries: readonly string[]): LexiconGazetteer {
  const map = new Map<string, string>();
  /** First token → the longest entry starting with it, in tokens. */
  const firsts = new Map<string, number>();
  for (const e of entries) {
    const tab = e.indexOf('\t');
    const key = e.slice(tab + 1);
    map.set(key, e.slice(0, tab));
    const parts = key.split(' ');
    firsts.set(parts[0], Math.max(firsts.get(parts[0]) ?? 0, parts.length));
  }
  const gaz = (tokens: readonly string[], longestAt?: ArrayLike<number>): (string | undefined)[] | undefined => {
    let out: (string | undefined)[] | undefined;
    let i = 0;
    while (i < tokens.length) {
      let hit = 0;
      let type: string | undefined;
      const longest = longestAt ? longestAt[i] : (firsts.get(tokens[i]) ?? 0);
      if (longest > 0) {
        let key = '';
        for (let n = 1; n <= longest && i + n <= tokens.length; n++) {
          key = n === 1 ? tokens[i] : `${key} ${tokens[i + n - 1]}`;
          const t = map.get(key);
          if (t) {
            hit = n;
            type = t;
          }
        }
      }
      if (hit === 0) {
        i++;
        continue;
      }
      out ??= new Array<string | undefined>(tokens.length).fill(undefined);
      for (let k = 0; k < hit; k++) out[i + k] = `${k === 0 ? 'B' : 'I'}-${type}${hit === 1 ? '-1' : ''}`;
      i += hit;
    }
    return out;
  };
  return Object.assign(gaz, { longestEntry: (word: string): number => firsts.get(word) ?? 0 });
}

/** Per word: how often it was O, PER, ORG, LOC in training (tokens inside a span count for the span's type). */
export type WordCounts = Map<string, [number, number, number, number]>;

export function countWords(sentences: readonly Sentence[]): WordCounts {
  const counts: WordCounts = new Map();
  for (const s of sentences) {
    s.tokens.forEach((w, i) => {
      const c = counts.get(w) ?? [0, 0, 0, 0];
      const tag = s.tags[i];
      // OTH words count as O here: the columns are the reported types.
      c[1 + TYPES.indexOf(tag.slice(2) as NerLabel)]++;
      counts.set(w, c);
    });
  }
  return counts;
}

/** The word table stored in the model file: 'word<tab>O<tab>PER<tab>ORG<tab>LOC' (trailing zeros left out) for words seen at least minCount times. */
export function wordTable(counts: WordCounts, minCount: number, minus?: WordCounts): string[] {
  const out: string[] = [];
  for (const [w, c] of counts) {
    const d = minus?.get(w);
    const v = d ? c.map((x, i) => x - d[i]) : c;
    if (v[0] + v[1] + v[2] + v[3] < minCount) continue;
    // Trailing zero counts are left out ('Haus\t12' is 12 times O).
    let k = 4;
    while (k > 1 && v[k - 1] === 0) k--;
    out.push(`${w}\t${v.slice(0, k).join('\t')}`);
  }
  return out;
}

const LABEL_NAMES = ['O', 'PER', 'ORG', 'LOC'];
const SHARES = ['hi', 'mid', 'lo'];
const UPPER_START = /^\p{Lu}/u;

/** The statistics hints made so far, by their parts (one string each, not one per word type). */
const statsHints = new Map<number, string>();
function statsHint(best: number, share: number, frequent: boolean, ent: number): string {
  const key = ((best * 3 + share) * 2 + (frequent ? 1 : 0)) * 5 + ent;
  let h = statsHints.get(key);
  if (h === undefined) statsHints.set(key, (h = `${LABEL_NAMES[best]}:${SHARES[share]}:${frequent ? 'f' : 'r'}:${ent}`));
  return h;
}
/** 'C0f', 'C0r', … 'C4r' by band and frequency. */
const CAPS = ['C0', 'C1', 'C2', 'C3', 'C4'].map((c) => [`${c}r`, `${c}f`]);

/**
 * Word hints from the table: label statistics such as 'PER:hi:f:4' (majority label, its share, frequent or rare,
 * entity share) or 'unk'; and for a capitalised word, how often its type is capitalised ('C0'…'C4', 'Cu' unknown),
 * which separates names from the nouns German capitalises too and from sentence-initial words.
 */
export function wordHinter(table: readonly string[] | string): WordHinter {
  // Lines are found in the joined table and parsed on demand (the model caches the hints per word type), so that
  // loading stays cheap.
  const lines = new LineTable(typeof table === 'string' ? table : table.join('\n'), true);
  const v = [0, 0, 0, 0];
  /** The word's counts into v; false when it is not in the table. */
  const counts = (w: string): boolean => {
    const k = lines.find(w);
    if (k >= 0) tabbedNumbers(lines.text, lines.keyEnd(k), lines.lineEnd(k), v);
    return k >= 0;
  };
  return (w) => {
    const known = counts(w);
    const nw = known ? v[0] + v[1] + v[2] + v[3] : 0;
    let stats = 'unk';
    if (known) {
      const n = nw;
      const best = v.indexOf(Math.max(v[0], v[1], v[2], v[3]));
      const share = v[best] / n;
      const ent = 1 - v[0] / n;
      stats = statsHint(best, share >= 0.9 ? 0 : share >= 0.6 ? 1 : 2, n >= 10, ent === 0 ? 0 : ent < 0.1 ? 1 : ent < 0.5 ? 2 : ent < 0.9 ? 3 : 4);
    }
    let caps: string | undefined;
    if (UPPER_START.test(w)) {
      const lw = lower(w);
      const nl = lw !== w && counts(lw) ? v[0] + v[1] + v[2] + v[3] : 0;
      if (nw + nl === 0) caps = 'Cu';
      else {
        const r = nw / (nw + nl);
        caps = CAPS[r < 0.1 ? 0 : r < 0.5 ? 1 : r < 0.9 ? 2 : r < 0.99 ? 3 : 4][nw + nl >= 20 ? 1 : 0];
      }
    }
    return [stats, caps];
  };
}

/** The first v.length tab-separated numbers of text[from, to) (from: at a tab) into v, as Number() reads them; missing ones 0. */
function tabbedNumbers(text: string, from: number, to: number, v: number[]): void {
  v.fill(0);
  for (let f = 0, i = from; f < v.length && i < to; f++) {
    let j = text.indexOf('\t', i + 1);
    if (j < 0 || j > to) j = to;
    let x = 0;
    for (let k = i + 1; k < j && x >= 0; k++) {
      const d = text.charCodeAt(k) - 48;
      x = d >= 0 && d <= 9 ? x * 10 + d : -1;
    }
    // Anything but plain digits (never written by wordTable) goes through Number().
    v[f] = x >= 0 ? x : Number(text.slice(i + 1, j));
    i = j;
  }
}
