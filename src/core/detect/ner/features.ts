// Hashed features of the discovery model. Training and inference share this file; change FEATURE_VERSION with it.
//
// The features are split by what they depend on, so that inference can cache them per word type (model.ts):
// - word features: the token alone (its form, lower case, shape, affixes, training-data word statistics);
// - neighbour features: one neighbour alone at offset -2, -1, +1 or +2 (its form, shape, suffix, statistics);
// - pair features: two or three neighbouring words, hashed numerically from the words' own hashes (no strings);
// - sequence hints: registry and lexicon matches, which depend on the sentence.

export const FEATURE_VERSION = 5;

/** 32-bit FNV-1a of s[from, to) (the tokenizer hashes tokens in place, without slicing them). */
export function hash(s: string, from = 0, to = s.length): number {
  return fnv(FNV_OFFSET, s, from, to) >>> 0;
}

/** Combines two 32-bit hashes (murmur3 finaliser over a mix). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x27d4eb2d, 0x165667b1) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

export function shape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const code = ch.charCodeAt(0);
    let c: string;
    if (code < 128) c = code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : ch;
    else c = UPPER.test(ch) ? 'X' : LOWER.test(ch) ? 'x' : DIGIT.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Lower case; for German the same as toLocaleLowerCase('de') (only tr, az and lt have special rules), and faster. */
export const lower = (w: string): string => w.toLowerCase();

/**
 * Hints about a word: [label statistics, capitalisation] from training-data statistics (lexicon.ts), [fine, coarse]
 * word cluster (clusters.ts), then [list class, frequency band] from word lists (word-lists.ts).
 */
export type WordHinter = (word: string) => readonly (string | undefined)[];

/** Everything the model needs to know about one word type; ids are masked to the bucket count. */
export interface WordFeats {
  /** Hash of the lower-cased form and of the shape, for pair features. */
  hl: number;
  hsh: number;
  /** Features of the word itself. */
  self: number[];
  /** The extra feature when the word starts the sentence, and when it does not. */
  first: number;
  rest: number;
  /** Features the word contributes as the neighbour at offset -2, -1, +1, +2. */
  ctx: [number[], number[], number[], number[]];
}

export type WordHashes = Pick<WordFeats, 'hl' | 'hsh'>;

export const CTX_OFFSETS = [-2, -1, 1, 2] as const;

/** FNV-1a state after s[from, to), continuing from state h (hash(a + b) === fnv(fnv(FNV_OFFSET, a), b) >>> 0). */
export function fnv(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
export const FNV_OFFSET = 0x811c9dc5;
const pre = (p: string): number => fnv(FNV_OFFSET, p);
const P_W = pre('w='), P_L = pre('l='), P_SH = pre('sh='), P_LEN = pre('len='), P_HY0 = pre('hy0='), P_HYN = pre('hyN=');
const P_PK = [0, 1, 2, 3, 4, 5].map((k) => pre(`p${k}=`)), P_SK = [0, 1, 2, 3, 4, 5].map((k) => pre(`s${k}=`));
const P_H2 = pre('h2='), P_H2SH = pre('h2|sh='), P_H2L = pre('h2|l='), P_CAP = pre('cap='), P_CAPSH = pre('cap|sh=');
const P_CTX = ['l-2=', 'sh-2=', 'w-1=', 'sh-1=', 's3-1=', 'w+1=', 'sh+1=', 's3+1=', 'l+2=', 'sh+2=', 'h2-1=', 'h2+1=', 'cap-1=', 'cap+1='].map(pre);
const P_CF = pre('cf='), P_CC = pre('cc='), P_CFSH = pre('cf|sh='), P_CLU = ['cf-1=', 'cc-1=', 'cf+1=', 'cc+1='].map(pre);
const P_NL = pre('nl='), P_NLSH = pre('nl|sh='), P_FQ = pre('fq='), P_WL = ['nl-1=', 'fq-1=', 'nl+1=', 'fq+1='].map(pre);
const P_NG3 = pre('ng3=');
const P_FIRST = pre('first|sh=true|'), P_REST = pre('first|sh=false|');
const H_B = hash('b');
const BAR = '|';

/**
 * The feature ids of one word in reusable typed arrays, so that the tagger builds a cache entry without an array or
 * closure per word: the word's own ids (WordFeats.self) are ids[0, ends[0]), its ids as the neighbour at offset
 * CTX_OFFSETS[k] are ids[ends[k], ends[k + 1]).
 */
export class WordFeatBuffer implements WordHashes {
  ids = new Int32Array(64);
  n = 0;
  readonly ends = new Int32Array(5);
  hl = 0;
  hsh = 0;
  first = 0;
  rest = 0;

  push(id: number): void {
    if (this.n === this.ids.length) {
      const more = new Int32Array(2 * this.n);
      more.set(this.ids);
      this.ids = more;
    }
    this.ids[this.n++] = id;
  }

  /** As WordFeats (training and the reference path). */
  toFeats(): WordFeats {
    const seg = (a: number, b: number): number[] => Array.from(this.ids.subarray(a, b));
    const e = this.ends;
    return { hl: this.hl, hsh: this.hsh, self: seg(0, e[0]), first: this.first, rest: this.rest, ctx: [seg(e[0], e[1]), seg(e[1], e[2]), seg(e[2], e[3]), seg(e[3], e[4])] };
  }
}

/** fnv(P_LEN, String(n)) for n = 0…12. */
const LEN_IDS = Array.from({ length: 13 }, (_x, n) => fnv(P_LEN, String(n)));
const CARET = 94;
const DOLLAR = 36;

/** Code-unit offset just past the k-th code point of l (k = 1…5), from the front (heads) and from the back (tails). */
const heads = new Int32Array(6);
const tails = new Int32Array(6);

/**
 * The features of a word (see WordFeats) into `out`, hashed from the template prefixes without building the feature
 * strings. The ids are those of the templates 'w=…', 'l=…', 'sh=…', 'len=…', 'p1=…'…'p5=…', 's1=…'…'s5=…' (affixes of
 * the lower case in code points), 'hy0=…', 'hyN=…', 'h2=…', 'h2|sh=…|…', 'h2|l=…|…', 'cap=…', 'cap|sh=…|…', 'cf=…',
 * 'cf|sh=…|…', 'cc=…', 'nl=…', 'nl|sh=…|…', 'fq=…', 'ng3=…' (trigrams of '^lower$' for capitalised words); as
 * neighbours 'l-2', 'sh-2', 'w-1', 'sh-1', 's3-1', 'h2-1', 'cap-1', 'cf-1', 'cc-1', 'nl-1', 'fq-1' and their mirror
 * images. Ids are masked (h & mask is (h >>> 0) & mask for a mask below 2^31).
 */
function writeFeats(w: string, l: string, sh: string, hints: readonly (string | undefined)[], mask: number, out: WordFeatBuffer): void {
  out.n = 0;
  out.push(H_B & mask);
  out.push(fnv(P_W, w) & mask);
  out.push(fnv(P_L, l) & mask);
  out.push(fnv(P_SH, sh) & mask);
  out.push(LEN_IDS[Math.min(w.length, 12)] & mask);
  // Code-unit offsets of the first and last 5 code points of l.
  let nh = 1;
  for (let i = 0; nh <= 5 && i < l.length; ) {
    const c = l.charCodeAt(i);
    const d = i + 1 < l.length ? l.charCodeAt(i + 1) : 0;
    i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    heads[nh++] = i;
  }
  let nt = 1;
  tails[0] = l.length;
  for (let i = l.length; nt <= 5 && i > 0; ) {
    const c = l.charCodeAt(i - 1);
    i -= c >= 0xdc00 && c <= 0xdfff && i - 2 >= 0 && l.charCodeAt(i - 2) >= 0xd800 && l.charCodeAt(i - 2) <= 0xdbff ? 2 : 1;
    tails[nt++] = i;
  }
  const ncp = Math.min(nh, nt) - 1;
  for (let k = 1; k <= 5 && k <= ncp; k++) {
    out.push(fnv(P_PK[k], l, 0, heads[k]) & mask);
    out.push(fnv(P_SK[k], l, tails[k]) & mask);
  }
  // Character trigrams of capitalised words, for names never seen whole ("-kylä", "-hütte", "Ko-", "-ow-"): those of
  // '^' + l + '$', hashed without building that string.
  if (w.length > 0 && w[0] !== l[0]) {
    const n = l.length + 2;
    const at = (i: number): number => (i === 0 ? CARET : i === n - 1 ? DOLLAR : l.charCodeAt(i - 1));
    for (let i = 0; i + 3 <= n; i++) {
      const h = Math.imul(Math.imul(Math.imul(P_NG3 ^ at(i), 0x01000193) ^ at(i + 1), 0x01000193) ^ at(i + 2), 0x01000193);
      out.push(h & mask);
    }
  }
  const hy = w.indexOf('-');
  if (hy > 0 && hy < w.length - 1) {
    out.push(fnv(P_HY0, w, 0, hy) & mask);
    out.push(fnv(P_HYN, lower(w.slice(w.lastIndexOf('-') + 1))) & mask);
  }
  const stats = hints[0], caps = hints[1], cf = hints[2], cc = hints[3], nl = hints[4], fq = hints[5];
  if (stats) {
    out.push(fnv(P_H2, stats) & mask);
    out.push(fnv(fnv(fnv(P_H2SH, stats), BAR), sh) & mask);
    out.push(fnv(fnv(fnv(P_H2L, stats), BAR), l) & mask);
  }
  if (caps) {
    out.push(fnv(P_CAP, caps) & mask);
    out.push(fnv(fnv(fnv(P_CAPSH, caps), BAR), sh) & mask);
  }
  if (cf) {
    out.push(fnv(P_CF, cf) & mask);
    out.push(fnv(fnv(fnv(P_CFSH, cf), BAR), sh) & mask);
  }
  if (cc) out.push(fnv(P_CC, cc) & mask);
  if (nl) {
    out.push(fnv(P_NL, nl) & mask);
    out.push(fnv(fnv(fnv(P_NLSH, nl), BAR), sh) & mask);
  }
  if (fq) out.push(fnv(P_FQ, fq) & mask);
  const ends = out.ends;
  ends[0] = out.n;
  const s3from = tails[Math.min(3, nt - 1)];
  out.push(fnv(P_CTX[0], l) & mask);
  out.push(fnv(P_CTX[1], sh) & mask);
  ends[1] = out.n;
  // Each hint also describes the word as the neighbour just before (-1) and just after (+1) a token.
  out.push(fnv(P_CTX[2], w) & mask);
  out.push(fnv(P_CTX[3], sh) & mask);
  out.push(fnv(P_CTX[4], l, s3from) & mask);
  if (stats) out.push(fnv(P_CTX[10], stats) & mask);
  if (caps) out.push(fnv(P_CTX[12], caps) & mask);
  if (cf) out.push(fnv(P_CLU[0], cf) & mask);
  if (cc) out.push(fnv(P_CLU[1], cc) & mask);
  if (nl) out.push(fnv(P_WL[0], nl) & mask);
  if (fq) out.push(fnv(P_WL[1], fq) & mask);
  ends[2] = out.n;
  out.push(fnv(P_CTX[5], w) & mask);
  out.push(fnv(P_CTX[6], sh) & mask);
  out.push(fnv(P_CTX[7], l, s3from) & mask);
  if (stats) out.push(fnv(P_CTX[11], stats) & mask);
  if (caps) out.push(fnv(P_CTX[13], caps) & mask);
  if (cf) out.push(fnv(P_CLU[2], cf) & mask);
  if (cc) out.push(fnv(P_CLU[3], cc) & mask);
  if (nl) out.push(fnv(P_WL[2], nl) & mask);
  if (fq) out.push(fnv(P_WL[3], fq) & mask);
  ends[3] = out.n;
  out.push(fnv(P_CTX[8], l) & mask);
  out.push(fnv(P_CTX[9], sh) & mask);
  ends[4] = out.n;
  out.hl = hash(l);
  out.hsh = hash(sh);
  out.first = fnv(P_FIRST, sh) & mask;
  out.rest = fnv(P_REST, sh) & mask;
}

/** A word's features into `out` (the tagger's cache). */
export function writeWordFeats(w: string, hints: readonly (string | undefined)[], mask: number, out: WordFeatBuffer): void {
  writeFeats(w, lower(w), shape(w), hints, mask, out);
}

export function wordFeats(w: string, hints: readonly (string | undefined)[], mask: number): WordFeats {
  const out = new WordFeatBuffer();
  writeWordFeats(w, hints, mask, out);
  return out.toFeats();
}

/** The pseudo-words before the start (offsets -1, -2) and after the end of a sentence, into `out`. */
export function writeBoundaryFeats(start: boolean, mask: number, out: WordFeatBuffer): void {
  if (start) writeFeats('<S>', '<s>', '<S>', [], mask, out);
  else writeFeats('</S>', '</s>', '</S>', [], mask, out);
}

/** The pseudo-words before the start (offsets -1, -2) and after the end of a sentence. */
export function boundaryFeats(start: boolean, mask: number): WordFeats {
  const out = new WordFeatBuffer();
  writeBoundaryFeats(start, mask, out);
  return out.toFeats();
}

const P_PREV = hash('l-1|l');
const P_NEXT = hash('l|l+1');
const P_PREV2 = hash('l-2|l-1');
const P_NEXT2 = hash('l+1|l+2');
const P_SH3 = hash('sh3');
const H_SH = hash('h|sh');
const H_L = hash('h|l');

/** The first halves of the pair hashes that a word starts (pairIds = mix(partial, second word) & mask), into out[off, off + 5). */
export function writePairPartials(w: WordHashes, out: Uint32Array, off: number): void {
  out[off] = mix(P_PREV, w.hl);
  out[off + 1] = mix(P_NEXT, w.hl);
  out[off + 2] = mix(P_PREV2, w.hl);
  out[off + 3] = mix(P_NEXT2, w.hl);
  out[off + 4] = mix(P_SH3, w.hsh);
}

/** Pair features of token t with neighbours p2 p1 _ n1 n2; writes 5 ids into out at off. */
export function pairIds(p2: WordHashes, p1: WordHashes, t: WordHashes, n1: WordHashes, n2: WordHashes, mask: number, out: number[] | Uint32Array, off: number): void {
  out[off] = mix(mix(P_PREV, p1.hl), t.hl) & mask;
  out[off + 1] = mix(mix(P_NEXT, t.hl), n1.hl) & mask;
  out[off + 2] = mix(mix(P_PREV2, p2.hl), p1.hl) & mask;
  out[off + 3] = mix(mix(P_NEXT2, n1.hl), n2.hl) & mask;
  out[off + 4] = mix(mix(mix(P_SH3, p1.hsh), t.hsh), n1.hsh) & mask;
}

/** Per layer, hash of each hint as the token's own ('h0=…'), the previous token's and the next token's hint. */
const hintHashes: Map<string, number>[][] = [];
const hintHash = (k: number, part: number, g: string): number => {
  const layer = (hintHashes[k] ??= [new Map(), new Map(), new Map()]);
  let h = layer[part].get(g);
  if (h === undefined) {
    h = hash(`h${k}${part === 0 ? '' : part === 1 ? '-1' : '+1'}=${g}`);
    if (layer[part].size < 10000) layer[part].set(g, h);
  }
  return h;
};

/** Sequence hint features of layer k for token i (g: hint at i, gp/gn: at i-1/i+1); pushes masked ids. */
export function hintIds(k: number, g: string | undefined, gp: string | undefined, gn: string | undefined, t: WordHashes, mask: number, out: number[]): void {
  if (g) {
    const h = hintHash(k, 0, g);
    out.push(h & mask, mix(h ^ H_SH, t.hsh) & mask, mix(h ^ H_L, t.hl) & mask);
  }
  if (gp) out.push(hintHash(k, 1, gp) & mask);
  if (gn) out.push(hintHash(k, 2, gn) & mask);
}

/**
 * Feature ids for each token of a sentence (training and reference path), masked to `buckets` (a power of two).
 * `words` gives the word-statistics hints of a word; `seq[k][i]` is the sequence hint of layer k for token i
 * (layer 0: the registry, 'B-state'; layer 1: the training lexicon, 'B-PER').
 */
export function sentenceFeatures(
  tokens: readonly string[],
  buckets: number,
  words: WordHinter | undefined,
  seq: readonly (readonly (string | undefined)[] | undefined)[] = [],
): Uint32Array[] {
  const mask = buckets - 1;
  const info = tokens.map((w) => wordFeats(w, words ? words(w) : [], mask));
  const bos = boundaryFeats(true, mask);
  const eos = boundaryFeats(false, mask);
  const at = (i: number): WordFeats => info[i] ?? (i < 0 ? bos : eos);
  return info.map((t, i) => {
    const f: number[] = [...t.self, i === 0 ? t.first : t.rest];
    CTX_OFFSETS.forEach((o, k) => f.push(...at(i + o).ctx[k]));
    const pairs = new Array<number>(5);
    pairIds(at(i - 2), at(i - 1), t, at(i + 1), at(i + 2), mask, pairs, 0);
    f.push(...pairs);
    seq.forEach((h, k) => {
      if (h) hintIds(k, h[i], h[i - 1], h[i + 1], t, mask, f);
    });
    return Uint32Array.from(f);
  });
}
